// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/phaseclock.h"

#include <QMutex>

#include <atomic>
#include <chrono>
#include <ctime>

namespace Mk {

namespace {

std::atomic<bool> g_enabled{false};
QMutex g_mutex;
QList<PhaseClock::Phase> g_phases;

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

qint64 wallNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

} // namespace

void PhaseClock::setEnabled(bool on)
{
    const QMutexLocker lock(&g_mutex);
    g_phases.clear();
    g_enabled = on;
}

QList<PhaseClock::Phase> PhaseClock::phases()
{
    const QMutexLocker lock(&g_mutex);
    return g_phases;
}

namespace {
thread_local PhaseClock::Scope* t_innermost = nullptr;
} // namespace

PhaseClock::Scope::Scope(const char* name) : m_name(name)
{
    if (!g_enabled.load(std::memory_order_relaxed))
        return;
    m_on = true;
    m_cpuStart = threadCpuNs();
    m_wallStart = wallNs();
    m_outer = t_innermost;
    if (m_outer)
        m_outer->pause(m_wallStart, m_cpuStart);
    t_innermost = this;
}

void PhaseClock::Scope::pause(qint64 wallNow, qint64 cpuNow)
{
    m_wallSum += wallNow - m_wallStart;
    m_cpuSum += cpuNow - m_cpuStart;
}

void PhaseClock::Scope::resume(qint64 wallNow, qint64 cpuNow)
{
    m_wallStart = wallNow;
    m_cpuStart = cpuNow;
}

PhaseClock::Scope::~Scope()
{
    if (!m_on)
        return;
    const qint64 cpuNow = threadCpuNs();
    const qint64 wallNow = wallNs();
    pause(wallNow, cpuNow);
    t_innermost = m_outer;
    if (m_outer)
        m_outer->resume(wallNow, cpuNow);
    const double wall = double(m_wallSum) * 1e-9;
    const double cpu = double(m_cpuSum) * 1e-9;
    const QMutexLocker lock(&g_mutex);
    if (!g_enabled)
        return;
    const QString name = QString::fromLatin1(m_name);
    for (Phase& p : g_phases)
        if (p.name == name) {
            p.wall += wall;
            p.cpu += cpu;
            return;
        }
    g_phases.append({name, wall, cpu});
}

} // namespace Mk
