// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/gemeentebatchoutput.h"

#include "batch/gemeentebatch.h"
#include "base/jsonnumber.h"
#include "export/tableexporter.h"
#include "geo/geometry.h"
#include "index/indexcatalogue.h"
#include "index/indexreportjson.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cmath>
#include <functional>

namespace Mk {

namespace {

QString slug(const QString& text)
{
    QString out;
    for (const QChar c : text.toLower())
        out += (c.isLetterOrNumber() && c.unicode() < 128) ? c : QLatin1Char('_');
    return out;
}

/** One column of the table and how a row fills it. */
struct Column {
    QString name;
    bool numeric = true;
    std::function<ExportCell(const GemeenteBatchRow&)> cell;
};

ExportCell number(double v)
{
    return std::isfinite(v) ? ExportCell::of(v) : ExportCell::empty();
}

/** A figure of `group` (empty: multigroup): withheld for a withheld row or group, empty when undefined. */
ExportCell figure(const GemeenteBatchRow& row, const QString& group, double v)
{
    if (row.status == BatchStatus::Withheld || (!group.isEmpty() && row.withheldGroups.contains(group)))
        return ExportCell::withheld();
    return row.status == BatchStatus::Ok ? number(v) : ExportCell::empty();
}

qsizetype keyIndex(const GemeenteBatchRow& row, const QString& name, const QString& group)
{
    for (qsizetype j = 0; j < row.keys.size(); ++j)
        if (row.keys[j].name == name && row.keys[j].group == group)
            return j;
    return -1;
}

const ResidentialChoiceRow* splitRow(const GemeenteBatchRow& row, const QString& name, const QString& group)
{
    for (const ResidentialChoiceRow& s : row.split)
        if (IndexCatalogue::key(s.index) == name && s.group == group)
            return &s;
    return nullptr;
}

QList<Column> columns(const GemeenteBatchResult& result)
{
    QList<Column> out = {
        {QStringLiteral("gemeente_code"), false, [](const GemeenteBatchRow& r) { return ExportCell::of(r.gemeente.code); }},
        {QStringLiteral("gemeente_name"), false, [](const GemeenteBatchRow& r) { return ExportCell::of(r.gemeente.name); }},
        {QStringLiteral("status"), false, [](const GemeenteBatchRow& r) { return ExportCell::of(GemeenteBatch::statusKey(r.status)); }},
        {QStringLiteral("reason"), false, [](const GemeenteBatchRow& r) { return r.reason.isEmpty() ? ExportCell::empty() : ExportCell::of(r.reason); }},
        {QStringLiteral("schools"), true, [](const GemeenteBatchRow& r) { return ExportCell::of(double(r.schools)); }},
        // Counts of people below the threshold are withheld as any other figure.
        {QStringLiteral("pupils"), true, [](const GemeenteBatchRow& r) { return r.status == BatchStatus::Withheld ? ExportCell::withheld() : number(r.pupils); }},
        {QStringLiteral("children"), true, [](const GemeenteBatchRow& r) { return r.status == BatchStatus::Withheld ? ExportCell::withheld() : number(r.children); }},
        {QStringLiteral("composition_source"), false, [](const GemeenteBatchRow& r) { return r.compositionSource.isEmpty() ? ExportCell::empty() : ExportCell::of(r.compositionSource); }},
    };
    // Every key any gemeente has, in the order of the first that has it (the groups are the mapping's, so the same everywhere).
    QList<QPair<QString, QString>> keys;
    for (const GemeenteBatchRow& r : result.rows)
        for (const SegregationSummary::Key& k : r.keys)
            if (!keys.contains(qMakePair(k.name, k.group)))
                keys.append(qMakePair(k.name, k.group));
    const bool intervals = result.options.indices && result.options.replicates >= 2;
    for (const auto& key : keys) {
        // Named copies, not structured bindings: clang before 16 cannot capture a binding in a lambda (the asan stage).
        const QString name = key.first;
        const QString group = key.second;
        const QString base = GemeenteBatchOutput::columnBase(name, group);
        const auto estimate = [name, group](const GemeenteBatchRow& r) -> const InferenceReport::Estimate* {
            const qsizetype j = keyIndex(r, name, group);
            return r.inference && j >= 0 ? &r.inference->estimates[static_cast<size_t>(j)] : nullptr;
        };
        out.append({base, true, [name, group](const GemeenteBatchRow& r) {
                        const qsizetype j = keyIndex(r, name, group);
                        return figure(r, group, j >= 0 ? r.values[static_cast<size_t>(j)] : NAN);
                    }});
        if (intervals) {
            const std::pair<const char*, double InferenceReport::Estimate::*> fields[] = {
                {"_ci_low", &InferenceReport::Estimate::ciLow},
                {"_ci_high", &InferenceReport::Estimate::ciHigh},
                {"_expected_random", &InferenceReport::Estimate::expectedRandom},
                {"_p", &InferenceReport::Estimate::pValue}};
            for (const auto& [suffix, member] : fields)
                out.append({base + QLatin1String(suffix), true, [estimate, group, field = member](const GemeenteBatchRow& r) {
                                const InferenceReport::Estimate* e = estimate(r);
                                return figure(r, group, e ? e->*field : NAN);
                            }});
        }
        if (result.options.catchments) {
            const std::pair<const char*, double ResidentialChoiceRow::*> fields[] = {
                {"_residential", &ResidentialChoiceRow::residential},
                {"_choice", &ResidentialChoiceRow::choice},
                {"_choice_ci_low", &ResidentialChoiceRow::choiceLow},
                {"_choice_ci_high", &ResidentialChoiceRow::choiceHigh}};
            for (const auto& [suffix, member] : fields)
                out.append({base + QLatin1String(suffix), true, [name, group, field = member](const GemeenteBatchRow& r) {
                                const ResidentialChoiceRow* s = splitRow(r, name, group);
                                return figure(r, group, s ? s->*field : NAN);
                            }});
        }
    }
    return out;
}

QJsonValue jsonOf(const ExportCell& cell)
{
    switch (cell.kind) {
    case ExportCell::Kind::Number: return jsonNumber(cell.number);
    case ExportCell::Kind::Text: return cell.text;
    case ExportCell::Kind::Empty:
    case ExportCell::Kind::Withheld: break;
    }
    return QJsonValue(QJsonValue::Null);
}

} // namespace

std::optional<GemeenteBatchOutput::Format> GemeenteBatchOutput::formatOf(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    if (suffix == QLatin1String("gpkg"))
        return Format::GeoPackage;
    if (suffix == QLatin1String("json"))
        return Format::Json;
    return std::nullopt;
}

QString GemeenteBatchOutput::columnBase(const QString& indexKey, const QString& group)
{
    return group.isEmpty() ? indexKey : indexKey + QLatin1Char('_') + slug(group);
}

ExportTable GemeenteBatchOutput::table(const GemeenteBatchResult& result)
{
    ExportTable table;
    table.name = QStringLiteral("gemeenten");
    table.privacyThreshold = static_cast<int>(std::ceil(result.options.privacyThreshold));
    const QList<Column> cols = columns(result);
    for (const Column& c : cols)
        table.columns.push_back({c.name, c.numeric});
    for (const GemeenteBatchRow& r : result.rows) {
        std::vector<ExportCell> cells;
        cells.reserve(static_cast<size_t>(cols.size()));
        for (const Column& c : cols)
            cells.push_back(c.cell(r));
        table.rows.push_back(std::move(cells));
        table.geometries.push_back(r.boundary ? r.boundary->toWkb() : QByteArray());
    }
    return table;
}

QJsonObject GemeenteBatchOutput::json(const GemeenteBatchResult& result)
{
    const GemeenteBatchOptions& o = result.options;
    QJsonArray gemeenten;
    const QJsonValue null(QJsonValue::Null);
    for (const GemeenteBatchRow& r : result.rows) {
        QJsonObject g{{QStringLiteral("code"), r.gemeente.code},
                      {QStringLiteral("name"), r.gemeente.name},
                      {QStringLiteral("status"), GemeenteBatch::statusKey(r.status)},
                      {QStringLiteral("reason"), r.reason.isEmpty() ? null : QJsonValue(r.reason)},
                      {QStringLiteral("schools"), r.schools},
                      {QStringLiteral("pupils"), r.status == BatchStatus::Withheld ? null : jsonNumber(r.pupils)},
                      {QStringLiteral("children"), r.status == BatchStatus::Withheld ? null : jsonNumber(r.children)},
                      {QStringLiteral("composition_source"), r.compositionSource.isEmpty() ? null : QJsonValue(r.compositionSource)},
                      {QStringLiteral("groups"), QJsonArray::fromStringList(r.groups)}};
        const QJsonObject values = IndexReportJson::byKey(r.keys, [&](qsizetype j) {
            return jsonOf(figure(r, r.keys[j].group, r.values[static_cast<size_t>(j)]));
        });
        g.insert(QStringLiteral("two_group"), values.value(QStringLiteral("two_group")));
        g.insert(QStringLiteral("multigroup"), values.value(QStringLiteral("multigroup")));
        if (r.inference)
            g.insert(QStringLiteral("inference"), IndexReportJson::byKey(r.keys, [&](qsizetype j) -> QJsonValue {
                         if (r.isWithheld(r.keys[j].group))
                             return null;
                         return IndexReportJson::estimate(r.inference->estimates[static_cast<size_t>(j)]);
                     }));
        if (o.catchments) {
            QJsonArray split;
            for (const ResidentialChoiceRow& s : r.split) {
                if (r.isWithheld(s.group))
                    continue;
                split.append(QJsonObject{{QStringLiteral("index"), IndexCatalogue::key(s.index)},
                                         {QStringLiteral("group"), s.group.isEmpty() ? null : QJsonValue(s.group)},
                                         {QStringLiteral("observed"), jsonNumber(s.observed)},
                                         {QStringLiteral("residential"), jsonNumber(s.residential)},
                                         {QStringLiteral("choice"), jsonNumber(s.choice)},
                                         {QStringLiteral("choice_ci"), QJsonArray{jsonNumber(s.choiceLow), jsonNumber(s.choiceHigh)}}});
            }
            g.insert(QStringLiteral("residential_choice"), split);
        }
        gemeenten.append(g);
    }
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("mengkaart-batch")},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("privacy_threshold"), o.privacyThreshold},
                       {QStringLiteral("replicates"), o.indices || o.catchments ? o.replicates : 0},
                       {QStringLiteral("seed"), QString::number(o.seed)},
                       {QStringLiteral("confidence"), o.confidence},
                       {QStringLiteral("indices"), o.indices},
                       {QStringLiteral("catchments"), o.catchments},
                       {QStringLiteral("errors"), result.errors()},
                       {QStringLiteral("gemeenten"), gemeenten}};
}

Result<void> GemeenteBatchOutput::write(const GemeenteBatchResult& result, const QString& path, Format format)
{
    if (format == Format::Json) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json(result)).toJson(QJsonDocument::Indented)) < 0 || !file.commit())
            return fail(ErrorCode::WriteFailed, tr("Cannot write \"%1\": %2. Check that the folder exists and that you may write there.")
                                                    .arg(path, file.errorString()));
        return {};
    }
    ExportTable t = table(result);
    if (format == Format::Csv)
        t.geometries.clear();
    return TableExporter::write(t, path, format == Format::Csv ? ExportFormat::Csv : ExportFormat::GeoPackage);
}

} // namespace Mk
