// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exporttables.h"

#include "catchment/catchmentanalysis.h"
#include "geo/geometry.h"
#include "index/indexcatalogue.h"
#include "index/indexinput.h"
#include "index/segregationsummary.h"
#include "model/dataset.h"
#include "itemmodels/afspiegelingtablemodel.h"
#include "itemmodels/areatablemodel.h"
#include "itemmodels/schooltablemodel.h"
#include "render/layerfactory.h"

namespace Mk {

namespace {

/** One point per school in the dataset's order (empty for a school without a location). */
std::vector<QByteArray> schoolPoints(const Dataset& dataset, const QStringList& ids)
{
    std::vector<QByteArray> points;
    for (const QString& id : ids) {
        const qsizetype s = dataset.schoolIndex(id);
        const auto& location = s >= 0 ? dataset.schools[s].location : std::nullopt;
        points.push_back(location ? pointWkb(location->x(), location->y()) : QByteArray());
    }
    return points;
}

} // namespace

ExportTable ExportTables::areas(const std::shared_ptr<const Dataset>& dataset, int privacyThreshold)
{
    AreaTableModel model;
    model.setDataset(dataset);
    const ValueSource value = LayerFactory::defaultAreaValue(*dataset);
    if (value.isValid())
        model.setMappedValues(value.evaluate(*dataset, dataset->areas), value.label(*dataset), value.format());
    ExportTable table = ExportTable::fromModel(model, QStringLiteral("areas"), privacyThreshold);
    for (const AreaUnit& u : dataset->areas.units)
        table.geometries.push_back(u.geometry ? u.geometry->toWkb() : QByteArray());
    return table;
}

ExportTable ExportTables::schools(const std::shared_ptr<const Dataset>& dataset, int privacyThreshold)
{
    SchoolTableModel model;
    model.setDataset(dataset);
    ExportTable table = ExportTable::fromModel(model, QStringLiteral("schools"), privacyThreshold);
    // The measure column is empty until the map colours the schools by one.
    const int measure = SchoolTableModel::MeasureColumn;
    table.columns.erase(table.columns.begin() + measure);
    for (auto& row : table.rows)
        row.erase(row.begin() + measure);
    QStringList ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.append(model.idAt(r));
    table.geometries = schoolPoints(*dataset, ids);
    return table;
}

ExportTable ExportTables::afspiegeling(const std::shared_ptr<const Dataset>& dataset, const std::shared_ptr<const CatchmentResult>& result,
                                       int privacyThreshold)
{
    AfspiegelingTableModel model;
    model.setResult(dataset, result);
    model.setGroup(0);
    ExportTable table = ExportTable::fromModel(model, QStringLiteral("afspiegeling"), privacyThreshold);
    const int groups = result->catchmentComposition.groupCount();
    const QStringList labels = result->catchmentComposition.groupLabelList();
    // The group-specific columns (school share to verdict), once per group, each heading naming its group; the SES
    // verdict belongs to the school, not to a group, and comes once at the end.
    const int first = AfspiegelingTableModel::SchoolShareColumn;
    const int last = AfspiegelingTableModel::VerdictColumn;
    const auto renameGroupColumns = [&](ExportTable& t, int group) {
        for (int c = first; c <= last; ++c)
            if (c != AfspiegelingTableModel::SchoolShareColumn)
                t.columns[static_cast<size_t>(c)].name = tr("%1: %2").arg(labels.value(group), t.columns[static_cast<size_t>(c)].name);
    };
    renameGroupColumns(table, 0);
    const auto ses = static_cast<size_t>(AfspiegelingTableModel::SesColumn);
    const ExportColumn sesColumn = table.columns[ses];
    std::vector<ExportCell> sesValues;
    for (auto& row : table.rows) {
        sesValues.push_back(row[ses]);
        row.erase(row.begin() + static_cast<std::ptrdiff_t>(ses));
    }
    table.columns.erase(table.columns.begin() + static_cast<std::ptrdiff_t>(ses));
    for (int g = 1; g < groups; ++g) {
        model.setGroup(g);
        ExportTable more = ExportTable::fromModel(model, table.name, privacyThreshold);
        renameGroupColumns(more, g);
        for (int c = first; c <= last; ++c)
            table.columns.push_back(more.columns[static_cast<size_t>(c)]);
        for (size_t r = 0; r < table.rows.size(); ++r)
            for (int c = first; c <= last; ++c)
                table.rows[r].push_back(more.rows[r][static_cast<size_t>(c)]);
    }
    table.columns.push_back(sesColumn);
    for (size_t r = 0; r < table.rows.size(); ++r)
        table.rows[r].push_back(sesValues[r]);
    QStringList ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.append(model.idAt(r));
    table.geometries = schoolPoints(*dataset, ids);
    return table;
}

Result<ExportTable> ExportTables::indices(const CatchmentResult& result, int privacyThreshold)
{
    auto input = IndexInput::fromGroupTable(result.schoolComposition);
    if (!input)
        return input.error();
    const SegregationSummary summary = SegregationSummary::compute(*input);
    ExportTable table;
    table.name = QStringLiteral("indices");
    table.privacyThreshold = privacyThreshold;
    table.columns = {{tr("Index"), false}, {tr("Key"), false}, {tr("Group"), false}, {tr("Value"), true}};
    const auto keys = SegregationSummary::keys(summary.groups, summary.ordered);
    const std::vector<double> values = summary.values();
    for (qsizetype i = 0; i < keys.size() && static_cast<size_t>(i) < values.size(); ++i) {
        const auto& key = keys[i];
        const qsizetype g = result.schoolComposition.groups.indexOf(key.group);
        table.rows.push_back({ExportCell::of(IndexCatalogue::label(key.id)), ExportCell::of(key.name),
                              key.group.isEmpty() ? ExportCell::empty() : ExportCell::of(g >= 0 ? result.schoolComposition.groupLabel(static_cast<int>(g)) : key.group),
                              std::isfinite(values[static_cast<size_t>(i)]) ? ExportCell::of(values[static_cast<size_t>(i)]) : ExportCell::empty()});
    }
    return table;
}

} // namespace Mk
