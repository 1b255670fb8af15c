// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "admission/admissionproblem.h"
#include "admission/matching.h"
#include "base/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Mk {

struct AdmissionContext;

/** One priority class of the admission rules; a child is in the first class she qualifies for at a school. */
struct AdmissionPriority {
    enum class Kind { Siblings, Proximity, VvePartner };
    Kind kind = Kind::Siblings;
    double siblingShare = 0.0;   ///< Siblings: share of children with a sibling at a school (drawn by the caller)
    int nearest = 0;             ///< Proximity: the k nearest open schools by straight-line distance; 0 with linkedSchools
    QHash<QString, QStringList> linkedSchools; ///< Proximity: area code -> school ids
    QStringList exemptSchools;   ///< Proximity: schools without this class ("stadsscholen"); they count as nobody's nearest
    bool indicationRequired = true; ///< VvePartner: only children with a VVE indication from the partner voorschool

    bool operator==(const AdmissionPriority&) const = default;
};

/** Reserved seats: a share or number of every (listed) school's seats for eligible children. */
struct AdmissionReserve {
    bool vve = true;             ///< eligible: children with a VVE indication; false: children of `groups`
    QStringList groups;
    int seats = -1;              ///< a number of seats, or -1 with `share`
    double share = -1.0;         ///< a share of the capacity (rounded to whole seats), or -1 with `seats`
    SeatPolicy::Precedence precedence = SeatPolicy::Precedence::First;
    bool soft = true;
    QStringList schools;         ///< the schools that reserve; empty: all

    bool operator==(const AdmissionReserve&) const = default;
};

/** Seat pools by group (the two-basket lottery): each group in exactly one pool, seats by share. */
struct AdmissionBaskets {
    struct Pool {
        QStringList groups;
        double share = -1.0;     ///< given share of the seats; -1 when relativeToGemeente
        bool operator==(const Pool&) const = default;
    };
    QList<Pool> pools;
    bool relativeToGemeente = false; ///< each pool's share = its groups' share of the gemeente's cohort
    bool soft = true;
    QStringList schools;

    bool operator==(const AdmissionBaskets&) const = default;
};

/** An SES target mix as soft bounds: the target groups' share of a school within target ± tolerance. */
struct AdmissionTargetMix {
    enum class RelativeTo { Given, Gemeente, Catchment };
    QStringList groups;
    RelativeTo relativeTo = RelativeTo::Given;
    double share = -1.0;         ///< RelativeTo::Given: the target share; else -1
    double tolerance = 0.0;
    QStringList schools;

    bool operator==(const AdmissionTargetMix&) const = default;
};

/**
 * The admission rules of a gemeente as data (../shared/research/SCENARIOS.md §1.3, §2.2-§2.3), with embedded
 * presets and a strict JSON format. File format "mengkaart-admission-rules", version 1 (unknown keys, wrong types
 * and out-of-range values are refused, naming the file and the key):
 * {
 *   "format": "mengkaart-admission-rules", "version": 1,
 *   "name": "...", "description": "...", "source": "where the rules are published",
 *   "mechanism": "da" | "boston",                  (required: deferred or adaptive immediate acceptance)
 *   "tieBreaking": "single" | "multiple",          (default single: one lottery number per child)
 *   "listLength": 1-20,                            (default 6; Dutch forms ask 3-8 schools)
 *   "priorities": [                                (in order: the first class a child is in counts)
 *     {"class": "siblings", "share": 0-1},
 *     {"class": "vvePartner", "indicationRequired": true},
 *     {"class": "proximity", "nearest": k | "linkedSchools": {"AREA": ["SCHOOL", ...]}, "exemptSchools": ["SCHOOL", ...]}
 *   ],
 *   "reserve": {"eligible": "vve" | ["GROUP", ...], "seats": n | "share": 0-1, "precedence": "first" | "last",
 *               "soft": true | false, "schools": ["SCHOOL", ...]},
 *   "baskets": {"pools": [{"groups": ["GROUP", ...], "share": 0-1}, ...], "relativeTo": "given" | "gemeente",
 *               "soft": true | false, "schools": [...]},
 *   "targetMix": {"groups": ["GROUP", ...], "relativeTo": "given" | "gemeente" | "catchment", "share": 0-1,
 *                 "tolerance": 0-1, "schools": [...]},
 *   "backup": false                                (append the proximity schools not listed, nearest first)
 * }
 * At most one of reserve, baskets and targetMix (one seat policy per rules). "share" in baskets and targetMix only
 * with relativeTo "given"; pool shares then add up to 1. "schools" (optional) limits a seat policy to those
 * schools; ids unknown to the loaded data are reported, not fatal, so a preset can name one gemeente's schools.
 */
class AdmissionRules
{
    Q_DECLARE_TR_FUNCTIONS(Mk::AdmissionRules)

public:
    QString name;
    QString description;
    QString source;
    MechanismKind mechanism = MechanismKind::DeferredAcceptance;
    TieBreaking tieBreaking = TieBreaking::Single;
    int listLength = 6;
    QList<AdmissionPriority> priorities;
    std::optional<AdmissionReserve> reserve;
    std::optional<AdmissionBaskets> baskets;
    std::optional<AdmissionTargetMix> targetMix;
    bool backup = false;

    bool operator==(const AdmissionRules&) const = default;

    /** The share of children with a sibling at a school (the siblings class), 0 without one. */
    double siblingShare() const;
    /** Seat types the rules need: the pools, two for a target mix (target groups, the rest), else one. */
    int typeCount() const;

    QJsonObject toJson() const;
    /** `source` names the file (or preset) in messages. */
    static Result<AdmissionRules> fromJson(const QJsonObject& json, const QString& source);
    static Result<AdmissionRules> load(const QString& path);
    Result<void> save(const QString& path) const;

    /** status-quo, nijmegen, utrecht, amsterdam-po, weesp, amstelveen, apeldoorn. */
    static QStringList presetNames();
    static Result<AdmissionRules> preset(const QString& name);
    /** A preset's title for people, untranslated (AdmissionRulesDescription::presetTitle translates it); null for no preset. */
    static const char* presetTitleSource(const QString& name);
    /** A preset when `fileOrPreset` is a preset's name, else the rules file at that path (`--admission FILE.json|PRESET`). */
    static Result<AdmissionRules> presetOrFile(const QString& fileOrPreset);

    /**
     * One run's problem from `context` (a convenience over AdmissionCompiler, which a Monte-Carlo loop keeps
     * to avoid redoing the per-scenario work every run).
     */
    Result<AdmissionProblem> compile(const AdmissionContext& context) const;
};

} // namespace Mk
