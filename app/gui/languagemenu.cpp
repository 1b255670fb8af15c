// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/languagemenu.h"

#include "i18n/translationcatalog.h"
#include "shared/appinit.h"

#include <QActionGroup>
#include <QEvent>
#include <QSettings>

namespace Mk {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
} // namespace

LanguageMenu::LanguageMenu(QWidget* parent)
    : QMenu(parent), m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    // Each language under its own name, so it can be found whatever language the program is in.
    m_dutch = addAction(QStringLiteral("Nederlands"));
    m_dutch->setData(QStringLiteral("nl"));
    m_english = addAction(QStringLiteral("English"));
    m_english->setData(QStringLiteral("en"));
    addSeparator();
    m_system = addAction(QString());
    m_system->setData(QString());
    for (QAction* a : {m_dutch, m_english, m_system}) {
        a->setCheckable(true);
        m_group->addAction(a);
    }
    const QString saved = savedChoice();
    (saved == QLatin1String("nl") ? m_dutch : saved == QLatin1String("en") ? m_english : m_system)->setChecked(true);
    connect(m_group, &QActionGroup::triggered, this, [](QAction* a) { choose(a->data().toString()); });
    retranslateUi();
}

QString LanguageMenu::savedChoice()
{
    const QString saved = QSettings().value(kLanguageKey).toString();
    return TranslationCatalog::languages().contains(saved) ? saved : QString();
}

void LanguageMenu::choose(const QString& choice)
{
    QSettings().setValue(kLanguageKey, TranslationCatalog::languages().contains(choice) ? choice : QString());
    AppInit::setLanguage(choice, TranslationCatalog::Front::Desktop);
}

void LanguageMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslateUi()
{
    // Both words always: someone who cannot read the current language still finds the menu.
    setTitle(tr("Taal / &Language"));
    m_system->setText(tr("System language (%1)").arg(TranslationCatalog::systemLanguage(TranslationCatalog::Front::Desktop) ==
                                                             QLatin1String("nl")
                                                         ? QStringLiteral("Nederlands")
                                                         : QStringLiteral("English")));
}

} // namespace Mk
