// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/feedback.h"
#include "base/result.h"
#include "catchment/catchmentanalysis.h"
#include "index/inferencereport.h"
#include "index/segregationsummary.h"
#include "io/gemeentedirectory.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Mk {

class Geometry;
struct Dataset;

/** What GemeenteBatch computes for each gemeente. */
struct GemeenteBatchOptions {
    /** The intervals and values at random of every global index (IndexReport's inference); the indices themselves are always given. */
    bool indices = true;
    bool catchments = false; ///< the residential/choice split over nearest-school areas (ResidentialChoiceSplit)
    /** A gemeente (or a group's two-group indices) resting on fewer pupils gets no figure. */
    double privacyThreshold = 5.0;
    /** Bootstrap and random-allocation replicates of the intervals (0: point values only); as `indices --bootstrap`. */
    int replicates = 200;
    quint64 seed = 1;
    double confidence = 0.95;
    /** Gemeenten computed at once (0: one per core); each gemeente's own work runs on one thread, so the figures do not depend on it. */
    int threads = 0;
    CatchmentOptions catchment; ///< method and settings of the analysis (its privacy and split settings come from above)
};

/** Why a gemeente has no figures, or has them. */
enum class BatchStatus {
    Ok,
    Withheld,  ///< fewer pupils (or children) than the privacy threshold
    NoSchools, ///< no regular primary school with pupils: nothing to compare
    Error,     ///< the data or the analysis failed (the reason says why)
};

/** One gemeente's figures. */
struct GemeenteBatchRow {
    GemeenteInfo gemeente;
    BatchStatus status = BatchStatus::Ok;
    QString reason;              ///< translated; empty when Ok with nothing withheld
    int schools = 0;             ///< schools in the school composition
    double pupils = 0.0;         ///< their pupils (the index input's total)
    double children = 0.0;       ///< children of the gemeente's areas (the catchments' total)
    QString compositionSource;   ///< "observed", "estimate_from_pupil_flows", "estimate_from_nearest_school_areas"
    QStringList groups;          ///< of the school composition
    QList<SegregationSummary::Key> keys;
    std::vector<double> values;  ///< aligned with keys; NaN where undefined or withheld
    std::optional<InferenceReport> inference; ///< with `indices` and at least 2 replicates
    QList<ResidentialChoiceRow> split; ///< with `catchments`
    /** Keys (as keys[i].group) whose figures are withheld because the group has fewer pupils than the threshold. */
    QStringList withheldGroups;
    std::shared_ptr<const Geometry> boundary;

    bool isWithheld(const QString& group) const { return status != BatchStatus::Ok || (!group.isEmpty() && withheldGroups.contains(group)); }
};

/** Every gemeente's row, in the order asked. */
struct GemeenteBatchResult {
    GemeenteBatchOptions options;
    QList<GemeenteBatchRow> rows;
    int errors() const;
};

/**
 * One row of figures per gemeente, what an O&S analyst or a national monitor runs over the country (as a
 * qgis_process or PySAL script would): the school composition of each gemeente (CatchmentAnalysis: observed,
 * or estimated from the pupil flows), every global index of it with the bootstrap interval and the value at
 * random (IndexReport, the path of `mengkaart-cli indices`, so the figures are those of that command), and on
 * request the residential/choice split. Gemeenten run in parallel, each on one thread; a gemeente that fails
 * gets an Error row and the batch goes on. Privacy: a gemeente whose school composition holds fewer pupils
 * than the threshold (or whose areas hold fewer children) shows no figure; the two-group indices of a group
 * with fewer pupils neither (they would tell how that group is spread).
 */
class GemeenteBatch
{
    Q_DECLARE_TR_FUNCTIONS(Mk::GemeenteBatch)
public:
    /** Gives the data set of a gemeente code (e.g. GemeentePartition::dataset); called from several threads. */
    using DatasetSource = std::function<Result<Dataset>(const QString& gemeenteCode)>;
    /** Called once per finished gemeente (any thread, one at a time): how many are done, and that row. */
    using RowDone = std::function<void(int done, int total, const GemeenteBatchRow& row)>;

    /** Fails only on cancel, bad options or no gemeente; a gemeente's own failure is its row. */
    static Result<GemeenteBatchResult> run(const QList<GemeenteInfo>& gemeenten, const DatasetSource& source,
                                           const GemeenteBatchOptions& options, Feedback& feedback, const RowDone& rowDone = {});
    /** One gemeente's row from its data set (what run() does for each). */
    static GemeenteBatchRow compute(const GemeenteInfo& gemeente, const Dataset& dataset, const GemeenteBatchOptions& options);
    /** "ok", "withheld", "no_schools", "error": the status column of every output. */
    static QString statusKey(BatchStatus status);
};

} // namespace Mk
