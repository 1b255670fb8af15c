// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

class QActionGroup;

namespace Mk {

/**
 * Settings → Taal / Language: Nederlands, English or the system's language. Choosing one switches
 * the running program at once (AppInit::setLanguage; every window retranslates at
 * QEvent::LanguageChange) and remembers the choice in QSettings for the next start.
 */
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget* parent = nullptr);

    /** The remembered choice: "nl", "en", or empty for the system's language. */
    static QString savedChoice();
    /** Switches to `choice` ("nl", "en", empty = system) and remembers it. */
    static void choose(const QString& choice);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QActionGroup* m_group;
    QAction* m_dutch;
    QAction* m_english;
    QAction* m_system;
};

} // namespace Mk
