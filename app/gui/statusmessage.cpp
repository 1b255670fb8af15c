// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/statusmessage.h"

#include <QStatusBar>

#include <algorithm>

namespace Mk {

void StatusMessage::show(std::function<QString()> text, int timeoutMs)
{
    m_text = std::move(text);
    m_shown = m_text();
    m_until = timeoutMs > 0 ? QDeadlineTimer(timeoutMs) : QDeadlineTimer(QDeadlineTimer::Forever);
    m_bar->showMessage(m_shown, timeoutMs);
}

void StatusMessage::retranslate()
{
    const QString current = m_bar->currentMessage();
    if (current.isEmpty())
        return;
    if (!m_text || current != m_shown || m_until.hasExpired()) {
        m_bar->clearMessage();
        return;
    }
    m_shown = m_text();
    m_bar->showMessage(m_shown, m_until.isForever() ? 0 : std::max(1, static_cast<int>(m_until.remainingTime())));
}

} // namespace Mk
