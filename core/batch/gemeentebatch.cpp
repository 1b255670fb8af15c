// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/gemeentebatch.h"

#include "base/parallelfor.h"
#include "index/indexinput.h"
#include "index/indexreport.h"
#include "model/dataset.h"

#include <QLocale>
#include <QMutex>
#include <QThread>

#include <atomic>
#include <cmath>
#include <limits>

namespace Mk {

namespace {

GemeenteBatchRow failed(GemeenteBatchRow row, BatchStatus status, const QString& reason)
{
    row.status = status;
    row.reason = reason;
    row.values.assign(row.values.size(), std::numeric_limits<double>::quiet_NaN());
    row.inference.reset();
    row.split.clear();
    return row;
}

} // namespace

int GemeenteBatchResult::errors() const
{
    int n = 0;
    for (const GemeenteBatchRow& r : rows)
        n += r.status == BatchStatus::Error ? 1 : 0;
    return n;
}

QString GemeenteBatch::statusKey(BatchStatus status)
{
    switch (status) {
    case BatchStatus::Ok: return QStringLiteral("ok");
    case BatchStatus::Withheld: return QStringLiteral("withheld");
    case BatchStatus::NoSchools: return QStringLiteral("no_schools");
    case BatchStatus::Error: break;
    }
    return QStringLiteral("error");
}

GemeenteBatchRow GemeenteBatch::compute(const GemeenteInfo& gemeente, const Dataset& dataset, const GemeenteBatchOptions& options)
{
    GemeenteBatchRow row;
    row.gemeente = gemeente;
    row.boundary = dataset.boundary.shared();
    if (dataset.schools.isEmpty())
        return failed(row, BatchStatus::NoSchools, tr("The data hold no school in this gemeente."));

    CatchmentOptions catchment = options.catchment;
    catchment.afspiegeling.privacyThreshold = options.privacyThreshold;
    catchment.split.replicates = options.catchments ? options.replicates : 0;
    catchment.split.seed = options.seed;
    catchment.split.confidence = options.confidence;
    Feedback quiet; // the batch reports per gemeente; cancel is checked between gemeenten
    auto analysis = CatchmentAnalysis::run(dataset, catchment, quiet);
    if (!analysis)
        return failed(row, BatchStatus::Error, analysis.error().message);
    const CatchmentResult& r = *analysis;
    row.compositionSource = schoolCompositionSourceKey(r.schoolCompositionSource);
    row.children = r.gemeenteChildren;
    row.schools = static_cast<int>(r.schoolComposition.unitCount());
    if (row.schools == 0)
        return failed(row, BatchStatus::NoSchools, tr("No regular primary school of this gemeente has pupils in the data."));

    auto input = IndexInput::fromGroupTable(r.schoolComposition);
    if (!input)
        return failed(row, BatchStatus::Error, input.error().message);
    row.pupils = input->total();
    row.groups = input->groups();
    row.keys = SegregationSummary::keys(input->groups(), input->isOrdered());
    row.values.assign(static_cast<size_t>(row.keys.size()), std::numeric_limits<double>::quiet_NaN());
    const QLocale locale;
    const double threshold = options.privacyThreshold;
    if (row.pupils < threshold || (options.catchments && row.children < threshold))
        return failed(row, BatchStatus::Withheld,
                      tr("Fewer than %1 pupils or children: the figures would rest on too few people.").arg(locale.toString(threshold)));

    {
        IndexReport::Options o;
        o.privacyThreshold = threshold;
        o.withInference = options.indices && options.replicates >= 2;
        o.inference.replicates = std::max(2, options.replicates);
        o.inference.seed = options.seed;
        o.inference.confidence = options.confidence;
        o.inference.threads = 1; // the gemeenten already share the cores; the figures do not depend on it
        auto report = IndexReport::compute(*input, {}, nullptr, o);
        if (!report)
            return failed(row, BatchStatus::Error, report.error().message);
        row.values = report->summary.values();
        row.inference = std::move(report->inference);
    }
    if (options.catchments)
        row.split = r.split.rows;

    for (qsizetype k = 0; k < input->groupCount(); ++k)
        if (input->groupTotal(k) < threshold)
            row.withheldGroups.append(input->groups()[k]);
    if (!row.withheldGroups.isEmpty()) {
        for (qsizetype j = 0; j < row.keys.size(); ++j)
            if (row.withheldGroups.contains(row.keys[j].group))
                row.values[static_cast<size_t>(j)] = std::numeric_limits<double>::quiet_NaN();
        row.reason = tr("Withheld for fewer than %1 pupils: the two-group indices of %2.")
                         .arg(locale.toString(threshold), row.withheldGroups.join(QStringLiteral(", ")));
    }
    return row;
}

Result<GemeenteBatchResult> GemeenteBatch::run(const QList<GemeenteInfo>& gemeenten, const DatasetSource& source,
                                               const GemeenteBatchOptions& options, Feedback& feedback, const RowDone& rowDone)
{
    if (gemeenten.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("No gemeente to compute."));
    if (!options.indices && !options.catchments)
        return fail(ErrorCode::InvalidArgument, tr("Nothing to compute: ask for the indices, the catchments or both."));
    if (!(options.privacyThreshold >= 1))
        return fail(ErrorCode::InvalidArgument, tr("The privacy threshold must be at least 1."));
    if (options.replicates < 0 || !(options.confidence > 0 && options.confidence < 1))
        return fail(ErrorCode::InvalidArgument, tr("The replicates must be 0 or more and the confidence between 0 and 1."));

    GemeenteBatchResult result;
    result.options = options;
    result.rows.resize(gemeenten.size());
    std::atomic<qsizetype> next{0};
    std::atomic<int> done{0};
    QMutex reporting;
    const auto worker = [&] {
        for (qsizetype i = next.fetch_add(1); i < gemeenten.size() && !feedback.isCanceled(); i = next.fetch_add(1)) {
            const GemeenteInfo& g = gemeenten[i];
            auto ds = source(g.code);
            GemeenteBatchRow row;
            if (ds) {
                row = compute(g, *ds, options);
            } else {
                row.gemeente = g;
                row = failed(row, BatchStatus::Error, ds.error().message);
            }
            const QMutexLocker lock(&reporting);
            result.rows[i] = std::move(row);
            const int n = ++done;
            feedback.setProgress(static_cast<double>(n) / static_cast<double>(gemeenten.size()), g.name);
            if (rowDone)
                rowDone(n, static_cast<int>(gemeenten.size()), result.rows[i]);
        }
    };
    const int threads = static_cast<int>(std::min<qsizetype>(options.threads > 0 ? options.threads : QThread::idealThreadCount(), gemeenten.size()));
    std::vector<int> shares(static_cast<size_t>(std::max(1, threads)));
    parallelFor(shares, threads, [&](int) { worker(); });
    if (feedback.isCanceled())
        return fail(ErrorCode::Canceled, tr("The batch was canceled."));
    return result;
}

} // namespace Mk
