// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/feedback.h"

namespace Mk {

void Feedback::setProgress(double fraction, const QString& step)
{
    m_progress.store(fraction, std::memory_order_relaxed);
    if (!m_callback)
        return;
    const auto now = std::chrono::steady_clock::now();
    std::lock_guard lock(m_callbackMutex);
    if (fraction < 1.0 && now - m_lastReport < std::chrono::milliseconds(50))
        return;
    if (isCanceled())
        return;
    m_lastReport = now;
    m_callback(fraction, step);
}

void Feedback::cancel()
{
    m_canceled.store(true, std::memory_order_relaxed);
    if (m_callback) {
        const std::lock_guard waitForCallback(m_callbackMutex);
    }
}

} // namespace Mk
