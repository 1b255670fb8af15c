// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/feedback.h"
#include "geo/georuntime.h"
#include "io/datasetloader.h"
#include "report/briefingspec.h"

#include <memory>

/** The embedded Baarn demo, loaded once per test process. */
inline std::shared_ptr<const Mk::Dataset> briefingDemo()
{
    static const std::shared_ptr<const Mk::Dataset> demo = [] {
        Mk::GeoRuntime::init();
        Mk::Feedback feedback;
        auto loaded = Mk::DatasetLoader::loadDemo(feedback);
        if (!loaded)
            qFatal("demo does not load: %s", qPrintable(loaded.error().toString()));
        return std::make_shared<const Mk::Dataset>(std::move(*loaded));
    }();
    return demo;
}

/** Observed pupils of the demo school with the most pupils ("Europe" has 3: primary suppression). */
inline constexpr double kSmallCellCounts[] = {380, 3, 92};

/**
 * The demo with an observed school composition of the same characteristic, so that privacy applies:
 * every school has 150 / 40 / 30 pupils per group, except the first, whose Europe count is 3.
 */
inline std::shared_ptr<const Mk::Dataset> briefingDemoWithSmallCells()
{
    auto ds = std::make_shared<Mk::Dataset>(*briefingDemo());
    Mk::GroupTable observed = ds->areaComposition.first();
    observed.estimated = false;
    observed.unitIds.clear();
    for (const Mk::School& s : ds->schools)
        observed.unitIds.append(s.id);
    observed.resize(observed.unitIds.size());
    for (qsizetype u = 0; u < observed.unitCount(); ++u)
        for (qsizetype k = 0; k < observed.groupCount(); ++k)
            observed.cell(u, k) = Mk::AttributeValue::of(u == 0 ? kSmallCellCounts[k] : (k == 0 ? 150.0 : k == 1 ? 40.0 : 30.0));
    ds->schoolComposition = {observed};
    return ds;
}

/** A briefing spec for tests: few replicates, a fixed date, and two goals (one with a trend). */
inline Mk::BriefingSpec briefingTestSpec(const QString& language)
{
    Mk::BriefingSpec s;
    s.language = language;
    s.replicates = 100;
    s.date = QDate(2025, 3, 14);
    Mk::LeaGoal mirror;
    mirror.target = 0.6;
    mirror.deadline = 2027;
    mirror.description = QStringLiteral("60 % / 2027");
    Mk::LeaGoal spread;
    spread.indicator = Mk::GoalIndicator::SchoolwegingSpread;
    spread.comparison = Mk::GoalComparison::AtMost;
    spread.target = 3.0;
    spread.deadline = 2028;
    s.goals = {mirror, spread};
    return s;
}
