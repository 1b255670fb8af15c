// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "i18n/textlanguage.h"
#include "index/indexcatalogue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Mk {

/** The measurable quantities an LEA agreement can be about (the Inspectie checks that ambitions are measurable). */
enum class GoalIndicator {
    SchoolsMirroringShare, ///< share (0-1) of schools whose afspiegeling verdict is "mirrors its area"
    Dissimilarity,         ///< dissimilarity D (0-1) of the school composition, one group against the rest
    MutualInformation,     ///< multigroup mutual information M of the school composition
    ChoiceShare,           ///< part of D added by choice and admission: D observed minus D nearest school
    SchoolwegingSpread,    ///< pupil-weighted standard deviation of the schools' schoolweging, per school year
};

/** Whether the indicator must reach at least or stay at most the target. */
enum class GoalComparison { AtLeast, AtMost };

/**
 * One goal the gemeente agreed in its LEA, e.g. "share of schools that mirror their catchment
 * >= 60 % by 2027". Stored in the project and shown in the briefing against its current value.
 * JSON keys (a contract other tools read): indicator, group, comparison (at_least|at_most),
 * target, deadline (year), description.
 */
struct LeaGoal {
    Q_DECLARE_TR_FUNCTIONS(Mk::LeaGoal)

public:
    GoalIndicator indicator = GoalIndicator::SchoolsMirroringShare;
    QString group;  ///< Dissimilarity/ChoiceShare: the group against the rest; empty = the first group
    GoalComparison comparison = GoalComparison::AtLeast;
    double target = 0.0;   ///< in the indicator's own unit (shares as 0-1, schoolweging in points)
    int deadline = 0;      ///< calendar year by which the target is to be met
    QString description;   ///< the agreement in the LEA's own words

    bool operator==(const LeaGoal&) const = default;

    /** True when `value` meets the target. */
    bool isMet(double value) const { return comparison == GoalComparison::AtLeast ? value >= target : value <= target; }
    /** Translated name of the indicator, e.g. "Share of schools that mirror their catchment". */
    static QString indicatorName(GoalIndicator indicator, const TextLanguage& language = TextLanguage::application());
    /** Whether the indicator is a share shown as a percentage. */
    static bool isPercentage(GoalIndicator indicator);

    QJsonObject toJson() const;
    /** Reads one goal; an InvalidValue error names the key and what is accepted. */
    static Result<LeaGoal> fromJson(const QJsonObject& object);
    static QJsonArray toJson(const QList<LeaGoal>& goals);
    /** Reads a list; the error names the goal (1-based) that is wrong. */
    static Result<QList<LeaGoal>> listFromJson(const QJsonArray& array);
    /** Reads a goals file: a JSON list of goals, or an object with a "goals" list; errors name the file. */
    static Result<QList<LeaGoal>> listFromFile(const QString& path);
};

/** Stable key of an indicator in JSON: schools_mirroring_share, dissimilarity, mutual_information, choice_share, schoolweging_spread. */
QString goalIndicatorKey(GoalIndicator indicator);
/** The catalogue's index whose value the indicator is (its key and name are the index's), if it is one. */
std::optional<IndexId> goalIndex(GoalIndicator indicator);
std::optional<GoalIndicator> goalIndicatorFromKey(const QString& key);

} // namespace Mk
