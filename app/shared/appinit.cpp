// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/appinit.h"

#include "geo/georuntime.h"
#include "i18n/translationcatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QList>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

#include <unistd.h>

namespace Mk {

namespace {
QString s_language;
// Owned by the application (parented to it); QPointer in case it is destroyed first.
QList<QPointer<QTranslator>> s_installed;
} // namespace

void AppInit::setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Mengkaart"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("mengkaart.nl"));
    QCoreApplication::setApplicationName(QStringLiteral("Mengkaart"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MK_VERSION));
}

void AppInit::ensureRuntimeDirectory()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString dir = QDir::tempPath() + QStringLiteral("/mengkaart-runtime-") + QString::number(getuid());
    if (QDir().mkpath(dir)) {
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
    }
}

void AppInit::initialise(QCoreApplication& app, const QString& language, TranslationCatalog::Front front)
{
    Q_UNUSED(app);
    GeoRuntime::init();
    setLanguage(language, front);
}

void AppInit::setLanguage(const QString& language, TranslationCatalog::Front front)
{
    s_language = TranslationCatalog::languages().contains(language) ? language : TranslationCatalog::systemLanguage(front);
    const bool dutch = s_language == QLatin1String("nl");
    // Before the translators: installing one sends LanguageChange, whose handlers format numbers.
    QLocale::setDefault(QLocale(dutch ? QLocale::Dutch : QLocale::English, dutch ? QLocale::Netherlands : QLocale::UnitedKingdom));
    // Widgets keep the locale they were made with (spin boxes and charts format numbers with it); at LocaleChange
    // QApplication gives every window and its children without a locale of their own the new default.
    if (auto* app = QCoreApplication::instance()) {
        QEvent changed(QEvent::LocaleChange);
        QCoreApplication::sendEvent(app, &changed);
    }
    for (const QPointer<QTranslator>& old : std::as_const(s_installed)) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            old->deleteLater();
        }
    }
    s_installed.clear();
    // Translators are parented to the application so they live exactly as long as it does.
    std::unique_ptr<QTranslator> translators[] = {TranslationCatalog::qtTranslator(s_language), TranslationCatalog::appTranslator(s_language)};
    for (auto& translator : translators) {
        if (!translator)
            continue;
        translator->setParent(QCoreApplication::instance());
        s_installed.append(translator.get());
        QCoreApplication::installTranslator(translator.release());
    }
}

QString AppInit::currentLanguage()
{
    return s_language;
}

} // namespace Mk
