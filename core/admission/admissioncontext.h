// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QString>
#include <QStringList>

#include <span>
#include <vector>

namespace Mk {

/**
 * Everything one Monte-Carlo run knows about the children and schools of a cohort, filled by the scenario
 * engine and turned into an AdmissionProblem by AdmissionCompiler::compile(). Schools are referred to by
 * their index in `schools`; groups by their index in `groups`.
 */
struct AdmissionContext {
    struct Child {
        std::vector<int> ranking; ///< school indexes, best first, at least the rules' list length where possible;
                                  ///< compile drops closed schools and repeats, truncates to it and appends back-ups
        QPointF home;             ///< EPSG:28992 metres
        int group = 0;            ///< index into `groups`
        QString areaCode;         ///< buurt or PC4 code (linked-school lists)
        int siblingSchool = -1;   ///< school where a sibling attends (the caller draws who has one, AdmissionRules::siblingShare())
        int vvePartnerSchool = -1; ///< school whose partner voorschool the child attended, -1 none
        bool vveIndication = false;
        double lottery = 0.0;     ///< uniform [0, 1), drawn by the caller (common random numbers)
        quint64 lotteryKey = 0;   ///< multiple tie-breaking: the lottery at a school hashes (lotteryKey, school key)
    };
    struct SchoolInfo {
        QString id;
        quint64 key = 0;          ///< stable across runs and scenarios (e.g. a hash of the id), for the per-school lottery
        QPointF location;         ///< EPSG:28992 metres
        int capacity = 0;
        bool open = true;
    };

    QStringList groups;
    std::vector<Child> children;
    std::vector<SchoolInfo> schools;
    std::vector<double> gemeenteShares;               ///< per group, the cohort's mix in the gemeente
    std::vector<std::vector<double>> catchmentShares; ///< per school, per group: the mix of its catchment (may be empty)
};

/** One run's draws for one child, as AdmissionCompiler::add() takes them (compile() takes them from AdmissionContext::Child). */
struct AdmissionDraw {
    std::span<const int> ranking; ///< as AdmissionContext::Child::ranking
    int siblingSchool = -1;
    double lottery = 0.0;
    quint64 lotteryKey = 0;
    bool head = false; ///< `ranking` is only the head of the child's: no back-ups yet (AdmissionCompiler::extend() adds the rest)
};

} // namespace Mk
