// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "i18n/textlanguage.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <cstddef>
#include <vector>

namespace Mk {

struct ScenarioOutcome;
struct SimulationResult;

/**
 * What a scenario run says, in one place for the CLI, the GUI and the briefing: the JSON document of
 * `mengkaart-cli scenario --json` and the plain-text summary.
 *
 * JSON (keys are a contract, see issue 10): `baseline`, `scenario`, `difference` (each {"indices": {name: {mean, lo, hi}}}),
 * `p_decrease` ({name: probability}), `schools` ([{id, name, status, pupils_before, pupils_after, composition_before,
 * composition_after, ...}], each figure {mean, lo, hi}; composition by group), `placement` ({"baseline"|"scenario":
 * {group|"all": {first_choice, top_3, unplaced, distance_mean_m, distance_p90_m}}}), `calibration`, `verification`
 * ({runs, blocking_pairs, capacity_violations, reserve_violations, ...}), `runs`, `seed`, plus `mutual_information_change`,
 * `population`, `edits`, `admission`, `choice_model`, `privacy_threshold` and `diagnostics`.
 * Index names: a multigroup index by its key ("mutual_information"), a two-group one as "key[group]"
 * ("dissimilarity[outside Europe]"). Bands are the 5th and 95th percentiles of the runs.
 *
 * Privacy: what ScenarioPrivacy withholds is null and listed in `suppressed_before`/`suppressed_after` (mean counts
 * below the privacy threshold, with secondary suppression across the school's groups).
 */
class ScenarioReport
{
    Q_DECLARE_TR_FUNCTIONS(Mk::ScenarioReport)
public:
    /** The flat index name used in JSON: "mutual_information" or "dissimilarity[outside Europe]". */
    static QString indexName(const QString& key, const QString& group);
    /** How many schools the text and the briefing list as the most affected. */
    static constexpr size_t kMostAffected = 8;
    /** Indexes into result.schools of the `count` schools whose mean pupils change most, larger changes first (ties keep their order). */
    static std::vector<size_t> mostAffected(const SimulationResult& result, size_t count);
    /** "400 matchings verified: 0 blocking pairs, ..." over both situations, as the text and the briefing print it. */
    static QString verificationText(const SimulationResult& result, const TextLanguage& language = TextLanguage::application());
    static Result<QJsonObject> toJson(const ScenarioOutcome& outcome, double privacyThreshold);
    /** A readable summary for a terminal (headline indices, most affected schools, placement, verification). */
    static Result<QStringList> toText(const ScenarioOutcome& outcome, double privacyThreshold,
                                      const TextLanguage& language = TextLanguage::application());
};

} // namespace Mk
