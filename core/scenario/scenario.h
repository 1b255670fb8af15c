// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "admission/admissionrules.h"
#include "base/result.h"
#include "choice/choicemodelparameters.h"
#include "scenario/scenarioedit.h"
#include "scenario/syntheticpopulation.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Mk {

/**
 * A what-if: the loaded data + a list of edits + the admission rules of the baseline and of the scenario + the
 * choice model + the seed. Run again on the same data it gives the same numbers to the last digit.
 *
 * File format "mengkaart-scenario", version 1 (JSON, UTF-8; every key is checked, an unknown one is refused):
 * {
 *   "format": "mengkaart-scenario", "version": 1,
 *   "name": "Nieuwe school Oostdorp",
 *   "seed": 1, "runs": 200,                   // Monte-Carlo runs (1-100000), seed of every random number
 *   "population": {"scope": "pupils"|"cohort", "characteristic": "...", "centroid_spread_m": 300},
 *   "edits": [ ... ScenarioEdit objects, applied in order (see scenarioedit.h) ... ],
 *   "baseline_admission": "status-quo" | { admission rules, see admission/admissionrules.h },
 *   "admission": "nijmegen" | { admission rules },  // absent: the baseline's rules
 *   "choice_model": { choice-model parameters (choice/choicemodelparameters.h),   // absent: fitted on the flows
 *                     "school_constants": {"04QC00": 0.31, ...} }                 // absent: calibrated
 * }
 * A preset is named by a string; a rule set of one's own is an object. A project file stores scenarios in the
 * same form.
 */
struct Scenario {
    Q_DECLARE_TR_FUNCTIONS(Mk::Scenario)
public:
    static constexpr int kDefaultRuns = 200;
    static constexpr int kMaxRuns = 100000;

    QString name;
    quint64 seed = 1;
    int runs = kDefaultRuns;
    PopulationOptions population;
    QList<ScenarioEdit> edits;
    AdmissionRules baselineAdmission = statusQuoRules();
    std::optional<AdmissionRules> admission; ///< nullopt: the baseline's rules
    std::optional<ChoiceModelParameters> choiceModel; ///< nullopt: fitted on the flows (or the literature defaults)
    QHash<QString, double> schoolConstants;           ///< empty: calibrated

    /** The embedded "status-quo" preset: decentral admission (adaptive Boston), siblings first, then lottery. */
    static AdmissionRules statusQuoRules();
    /** The preset `rules` equal, or empty for rules of one's own. */
    static QString presetNameOf(const AdmissionRules& rules);

    const AdmissionRules& scenarioAdmission() const { return admission ? *admission : baselineAdmission; }

    QJsonObject toJson() const;
    /** Reads toJson()'s form; `source` (the file name) starts every message. */
    static Result<Scenario> fromJson(const QJsonObject& json, const QString& source);
    static Result<Scenario> load(const QString& path);
    /** Writes the file atomically (QSaveFile). */
    Result<void> save(const QString& path) const;
};

} // namespace Mk
