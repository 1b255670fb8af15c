// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchment/catchmentlayerwriter.h"

#include "catchment/catchmentanalysis.h"
#include "geo/geometry.h"
#include "io/geopackagelayer_p.h"
#include "model/dataset.h"

#include <QHash>

#include <cmath>

namespace Mk {

namespace {

void setReal(OGRFeature& f, const QByteArray& field, double value)
{
    detail::GeoPackageLayer::setReal(f, field, value);
}

} // namespace

QString CatchmentLayerWriter::layerName(const CatchmentResult& result)
{
    const CatchmentOptions& o = result.options;
    switch (o.method) {
    case CatchmentMethod::Voronoi: return QStringLiteral("catchments_voronoi");
    case CatchmentMethod::Buffer: return QStringLiteral("catchments_buffer_%1m").arg(std::llround(o.distance));
    case CatchmentMethod::Observed: return QStringLiteral("catchments_observed_%1pct").arg(std::llround(100.0 * o.share));
    }
    return {};
}

QString CatchmentLayerWriter::fieldSafe(const QString& group)
{
    QString out;
    for (const QChar c : group.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c.isDigit())
            out.append(c);
        else if (!out.endsWith(QLatin1Char('_')))
            out.append(QLatin1Char('_'));
    }
    while (out.endsWith(QLatin1Char('_')))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("group") : out;
}

Result<QString> CatchmentLayerWriter::write(const QString& path, const CatchmentResult& result, const Dataset& dataset)
{
    const QString name = layerName(result);
    auto output = detail::GeoPackageLayer::create(path, name, wkbMultiPolygon);
    if (!output)
        return output.error();
    OGRSpatialReference* rd = output->crs();
    OGRLayer* layer = output->layer();

    const QStringList& groups = result.catchmentComposition.groups;
    QList<QByteArray> textFields = {"school_id", "school_name", "method", "postcodes", "school_comp",
                                    "school_comp_source", "pupils_source", "verdict", "verdict_label", "verdict_group"};
    QList<QByteArray> realFields = {"distance_m", "supplied_share", "unmapped_share", "pupils", "children", "verdict_gap_pp"};
    QList<QByteArray> groupPrefixes = {"c_pct_", "s_pct_", "gap_pp_", "gap_lo_", "gap_hi_", "gem_gap_"};
    output->addTextFields(textFields);
    output->addIntegerFields({"shared_with"});
    output->addRealFields(realFields);
    QStringList safe;
    for (const QString& g : groups) {
        QString s = fieldSafe(g);
        while (safe.contains(s))
            s += QLatin1Char('_');
        safe.append(s);
        for (const QByteArray& p : std::as_const(groupPrefixes))
            output->addRealFields({p + s.toUtf8()});
    }

    QHash<QString, const AfspiegelingRow*> rowOf;
    for (const AfspiegelingRow& r : result.afspiegeling)
        rowOf.insert(r.schoolId, &r);
    const bool estimated = result.schoolComposition.estimated;

    for (qsizetype i = 0; i < result.catchments.size(); ++i) {
        const Catchment& c = result.catchments[i];
        const qsizetype schoolIndex = dataset.schoolIndex(c.schoolId);
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField("school_id", c.schoolId.toUtf8().constData());
        if (schoolIndex >= 0)
            feature.SetField("school_name", dataset.schools[schoolIndex].name.toUtf8().constData());
        feature.SetField("method", catchmentMethodKey(c.method).toUtf8().constData());
        feature.SetField("postcodes", c.postcodes.join(QLatin1Char(',')).toUtf8().constData());
        feature.SetField("shared_with", c.sharedWith);
        feature.SetField("school_comp", estimated ? "estimate" : "observed");
        feature.SetField("school_comp_source", result.schoolCompositionDescription().toUtf8().constData());
        setReal(feature, "distance_m", c.method == CatchmentMethod::Buffer ? c.distance : std::nan(""));
        setReal(feature, "supplied_share", c.method == CatchmentMethod::Observed ? c.suppliedShare : std::nan(""));
        setReal(feature, "unmapped_share", c.method == CatchmentMethod::Observed ? c.unmappedShare : std::nan(""));
        double children = 0.0;
        const qsizetype crow = result.catchmentComposition.unitIds.indexOf(c.schoolId);
        for (qsizetype k = 0; crow >= 0 && k < groups.size(); ++k)
            children += result.catchmentComposition.cell(crow, k).valueOr(0.0);
        setReal(feature, "children", children);
        if (const AfspiegelingRow* row = rowOf.value(c.schoolId)) {
            setReal(feature, "pupils", row->pupilsSuppressed ? std::nan("") : row->pupils);
            feature.SetField("pupils_source", result.pupilSourceKeyOf(*row, dataset).toUtf8().constData());
            feature.SetField("verdict", row->verdictKey().toUtf8().constData());
            feature.SetField("verdict_label", row->label(result.schoolComposition).toUtf8().constData());
            feature.SetField("verdict_group", row->verdictGroup.toUtf8().constData());
            setReal(feature, "verdict_gap_pp", row->showsVerdictGap() ? row->verdictGapPp : std::nan(""));
            for (qsizetype k = 0; k < row->groups.size(); ++k) {
                const AfspiegelingGroup& g = row->groups[k];
                const QByteArray s = safe[k].toUtf8();
                const bool hide = g.suppressed;
                setReal(feature, QByteArray("c_pct_") + s, 100.0 * g.catchmentShare);
                setReal(feature, QByteArray("s_pct_") + s, hide ? std::nan("") : 100.0 * g.schoolShare);
                setReal(feature, QByteArray("gap_pp_") + s, hide ? std::nan("") : g.gapPp);
                setReal(feature, QByteArray("gap_lo_") + s, hide ? std::nan("") : g.gapLowPp);
                setReal(feature, QByteArray("gap_hi_") + s, hide ? std::nan("") : g.gapHighPp);
                setReal(feature, QByteArray("gem_gap_") + s, hide ? std::nan("") : g.gemeenteGapPp);
            }
        }
        if (c.geometry && !c.geometry->isEmpty()) {
            const QByteArray wkb = c.geometry->toWkb();
            OGRGeometry* geometry = nullptr;
            if (OGRGeometryFactory::createFromWkb(wkb.constData(), rd, &geometry, wkb.size()) == OGRERR_NONE && geometry)
                feature.SetGeometryDirectly(OGRGeometryFactory::forceToMultiPolygon(geometry));
        }
        if (auto written = output->write(feature, tr("the catchment of school %1").arg(c.schoolId)); !written)
            return written.error();
    }
    if (auto committed = output->commit(); !committed)
        return committed.error();
    return name;
}

} // namespace Mk
