// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Mk {

/**
 * Wall and thread CPU time spent in named phases of a load (reading, validity repair, placement, ...), summed over
 * threads, for `mengkaart-cli bench load`. Off unless a benchmark switches it on: a Scope then costs one atomic read.
 */
class PhaseClock
{
public:
    struct Phase {
        QString name;
        double wall = 0.0; ///< seconds, summed over the scopes (and threads) of this name
        double cpu = 0.0;  ///< thread CPU seconds, likewise
    };

    /** Switches timing on (and clears what was timed) or off. */
    static void setEnabled(bool on);
    /** The phases timed since setEnabled(true), in the order they were first entered. */
    static QList<Phase> phases();

    /**
     * Times its own lifetime as (part of) the phase `name` (a string literal) when the clock is on. A Scope inside
     * another on the same thread pauses the outer one: phases are disjoint, so they add up to the whole.
     */
    class Scope
    {
    public:
        explicit Scope(const char* name);
        ~Scope();
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        void pause(qint64 wallNow, qint64 cpuNow);
        void resume(qint64 wallNow, qint64 cpuNow);

        const char* m_name;
        Scope* m_outer = nullptr;
        bool m_on = false;
        qint64 m_wallStart = 0, m_cpuStart = 0; ///< since the last (re)start
        qint64 m_wallSum = 0, m_cpuSum = 0;     ///< before the last pause
    };
};

} // namespace Mk
