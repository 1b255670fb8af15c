// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDeadlineTimer>
#include <QString>

#include <functional>

class QStatusBar;

namespace Mk {

/**
 * The status bar's message, worded by a function so that a language switch words it again: retranslate()
 * shows it anew in the current language for the time it had left, and clears a message shown straight on
 * the bar (a task's progress step, worded by the task; its next step comes in the new language).
 */
class StatusMessage
{
public:
    explicit StatusMessage(QStatusBar* bar) : m_bar(bar) {}

    /** Shows `text()` for `timeoutMs` milliseconds (0: until replaced). */
    void show(std::function<QString()> text, int timeoutMs = 0);
    /** After QEvent::LanguageChange. */
    void retranslate();

private:
    QStatusBar* m_bar;
    std::function<QString()> m_text;
    QString m_shown; ///< what show() put on the bar, to tell whether it is still there
    QDeadlineTimer m_until;
};

} // namespace Mk
