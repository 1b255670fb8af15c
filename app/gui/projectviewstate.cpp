// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/projectviewstate.h"

#include "gui/mapcanvas.h"
#include "gui/mapworkspace.h"
#include "itemmodels/layertreemodel.h"
#include "render/colorramp.h"
#include "render/layerfactory.h"
#include "render/maplayer.h"

#include <QJsonArray>

#include <algorithm>
#include <utility>

namespace Mk {

namespace {
// The choropleth's classification method as the project file names it.
const std::pair<ClassificationMethod, const char*> kMethodNames[] = {
    {ClassificationMethod::Quantile, "quantile"},
    {ClassificationMethod::EqualInterval, "equal_interval"},
    {ClassificationMethod::NaturalBreaks, "natural_breaks"},
};
} // namespace

QJsonObject ProjectViewState::capture(const MapWorkspace& workspace, const MapCanvas& canvas)
{
    QJsonObject view;
    const QRectF e = canvas.extent();
    if (!e.isEmpty())
        view.insert(QStringLiteral("extent"), QJsonArray{e.x(), e.y(), e.width(), e.height()});
    const ValueSource v = workspace.areaValue();
    if (v.isValid())
        view.insert(QStringLiteral("area_value"),
                    QJsonObject{{QStringLiteral("kind"), v.kind == ValueSource::Kind::Field ? QStringLiteral("field") : QStringLiteral("group_share")},
                                {QStringLiteral("field"), v.field},
                                {QStringLiteral("characteristic"), v.characteristic},
                                {QStringLiteral("groups"), QJsonArray::fromStringList(v.groups)}});
    if (workspace.layers()->layer(LayerFactory::kAreasId)) {
        const LayerStyle style = workspace.areaStyle();
        QString method;
        for (const auto& [m, name] : kMethodNames)
            if (m == style.method)
                method = QString::fromLatin1(name);
        view.insert(QStringLiteral("area_style"), QJsonObject{{QStringLiteral("method"), method},
                                                              {QStringLiteral("classes"), style.classCount},
                                                              {QStringLiteral("ramp"), style.rampId},
                                                              {QStringLiteral("invert_ramp"), style.invertRamp}});
    }
    QJsonObject layers;
    for (const MapLayer* l : workspace.layers()->allLayersBottomFirst())
        layers.insert(l->id(), l->isVisible());
    view.insert(QStringLiteral("layers"), layers);
    return view;
}

QHash<QString, bool> ProjectViewState::apply(const QJsonObject& view, MapWorkspace& workspace, MapCanvas& canvas)
{
    const QJsonObject value = view.value(QStringLiteral("area_value")).toObject();
    if (!value.isEmpty()) {
        QStringList groups;
        for (const QJsonValue& g : value.value(QStringLiteral("groups")).toArray())
            groups.append(g.toString());
        const ValueSource source = value.value(QStringLiteral("kind")).toString() == QLatin1String("group_share")
                                       ? ValueSource::ofGroupShare(value.value(QStringLiteral("characteristic")).toString(), groups)
                                       : ValueSource::ofField(value.value(QStringLiteral("field")).toString());
        workspace.setAreaValue(source);
    }
    const QJsonObject style = view.value(QStringLiteral("area_style")).toObject();
    if (!style.isEmpty()) {
        // What the file does not name (an older project, a ramp this version lacks) keeps its current look.
        LayerStyle st = workspace.areaStyle();
        const QString method = style.value(QStringLiteral("method")).toString();
        for (const auto& [m, name] : kMethodNames)
            if (method == QLatin1String(name))
                st.method = m;
        st.classCount = std::clamp(style.value(QStringLiteral("classes")).toInt(st.classCount), 2, 9);
        if (const QString ramp = style.value(QStringLiteral("ramp")).toString(); ColorRamp::ids().contains(ramp))
            st.rampId = ramp;
        st.invertRamp = style.value(QStringLiteral("invert_ramp")).toBool(st.invertRamp);
        workspace.setAreaStyle(st);
    }
    QHash<QString, bool> pending;
    const QJsonObject layers = view.value(QStringLiteral("layers")).toObject();
    for (auto it = layers.begin(); it != layers.end(); ++it)
        pending.insert(it.key(), it.value().toBool(true));
    applyVisibility(pending, workspace);
    const QJsonArray e = view.value(QStringLiteral("extent")).toArray();
    if (e.size() == 4)
        canvas.setExtent(QRectF(e[0].toDouble(), e[1].toDouble(), e[2].toDouble(), e[3].toDouble()));
    return pending;
}

void ProjectViewState::applyVisibility(QHash<QString, bool>& pending, MapWorkspace& workspace)
{
    for (auto it = pending.begin(); it != pending.end();) {
        if (workspace.layers()->layer(it.key())) {
            workspace.layers()->setLayerVisible(it.key(), it.value());
            it = pending.erase(it);
        } else {
            ++it;
        }
    }
}

} // namespace Mk
