// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/scenariolayerwriter.h"

#include "catchment/catchmentlayerwriter.h"
#include "io/geopackagelayer_p.h"
#include "scenario/scenarioprivacy.h"
#include "scenario/scenariorunner.h"

#include <cmath>

namespace Mk {


QString ScenarioLayerWriter::layerName(const ScenarioOutcome& outcome)
{
    const QString name = CatchmentLayerWriter::fieldSafe(outcome.scenario.name);
    return outcome.scenario.name.isEmpty() ? QStringLiteral("scenario_schools") : QStringLiteral("scenario_") + name;
}

Result<QString> ScenarioLayerWriter::write(const QString& path, const ScenarioOutcome& outcome, double privacyThreshold)
{
    auto privacy = ScenarioPrivacy::of(outcome.result, privacyThreshold);
    if (!privacy)
        return privacy.error();
    const QString name = layerName(outcome);
    auto output = detail::GeoPackageLayer::create(path, name, wkbPoint);
    if (!output)
        return output.error();
    const SimulationResult& r = outcome.result;
    const qsizetype groups = r.groups.size();
    output->addTextFields({"school_id", "school_name", "status"});
    output->addIntegerFields({"capacity_before", "capacity_after"});
    output->addRealFields({"pupils_before", "pupils_before_lo", "pupils_before_hi", "pupils_after", "pupils_after_lo",
                           "pupils_after_hi", "pupils_diff"});
    QList<QByteArray> safe;
    for (const QString& g : r.groups) {
        QByteArray s = CatchmentLayerWriter::fieldSafe(g).toUtf8();
        while (safe.contains(s))
            s += '_';
        safe << s;
        output->addRealFields({"pct_before_" + s, "pct_after_" + s, "diff_pp_" + s});
    }

    const auto rows = static_cast<qsizetype>(r.schools.size());
    const double nan = std::nan("");
    using detail::GeoPackageLayer;
    for (qsizetype j = 0; j < rows; ++j) {
        const SchoolOutcome& s = r.schools[static_cast<size_t>(j)];
        OGRFeature feature(output->layer()->GetLayerDefn());
        feature.SetField("school_id", s.id.toUtf8().constData());
        feature.SetField("school_name", s.name.toUtf8().constData());
        feature.SetField("status", s.statusKey().toUtf8().constData());
        if (s.openBefore)
            feature.SetField("capacity_before", s.capacityBefore);
        if (s.openAfter)
            feature.SetField("capacity_after", s.capacityAfter);
        const auto school = static_cast<size_t>(j);
        const bool showBefore = s.openBefore && !privacy->pupilsWithheld(school, ScenarioSituation::Baseline);
        const bool showAfter = s.openAfter && !privacy->pupilsWithheld(school, ScenarioSituation::Scenario);
        GeoPackageLayer::setReal(feature, "pupils_before", showBefore ? s.pupilsBefore.mean : nan);
        GeoPackageLayer::setReal(feature, "pupils_before_lo", showBefore ? s.pupilsBefore.lo : nan);
        GeoPackageLayer::setReal(feature, "pupils_before_hi", showBefore ? s.pupilsBefore.hi : nan);
        GeoPackageLayer::setReal(feature, "pupils_after", showAfter ? s.pupilsAfter.mean : nan);
        GeoPackageLayer::setReal(feature, "pupils_after_lo", showAfter ? s.pupilsAfter.lo : nan);
        GeoPackageLayer::setReal(feature, "pupils_after_hi", showAfter ? s.pupilsAfter.hi : nan);
        const double pupilsBefore = s.openBefore ? s.pupilsBefore.mean : 0.0;
        const double pupilsAfter = s.openAfter ? s.pupilsAfter.mean : 0.0;
        GeoPackageLayer::setReal(feature, "pupils_diff", (s.openBefore && !showBefore) || (s.openAfter && !showAfter) ? nan
                                                                                                                 : pupilsAfter - pupilsBefore);
        for (qsizetype g = 0; g < groups; ++g) {
            const bool b = showBefore && !privacy->shareSuppressed(school, g, ScenarioSituation::Baseline);
            const bool a = showAfter && !privacy->shareSuppressed(school, g, ScenarioSituation::Scenario);
            const double pb = b ? 100.0 * s.sharesBefore[static_cast<size_t>(g)].mean : nan;
            const double pa = a ? 100.0 * s.sharesAfter[static_cast<size_t>(g)].mean : nan;
            const QByteArray& f = safe[g];
            GeoPackageLayer::setReal(feature, "pct_before_" + f, pb);
            GeoPackageLayer::setReal(feature, "pct_after_" + f, pa);
            GeoPackageLayer::setReal(feature, "diff_pp_" + f, pa - pb);
        }
        OGRPoint point(s.location.x(), s.location.y());
        point.assignSpatialReference(output->crs());
        feature.SetGeometry(&point);
        if (auto written = output->write(feature, tr("school %1").arg(s.id)); !written)
            return written.error();
    }
    if (auto committed = output->commit(); !committed)
        return committed.error();
    return name;
}

} // namespace Mk
