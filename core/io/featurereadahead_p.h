// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal: only core/io/*.cpp include this header (it exposes ogrsf_frmts.h).

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

namespace Mk::detail {

struct OgrFeatureDeleter {
    void operator()(OGRFeature* f) const { OGRFeature::DestroyFeature(f); }
};
using OgrFeaturePtr = std::unique_ptr<OGRFeature, OgrFeatureDeleter>;

/** One step through a layer: the feature GDAL gave, and whether GDAL reported a failure with it. */
struct FetchedFeature {
    enum class Failure {
        None,
        Ended,   ///< no feature, and an error: the file stops early (a truncated or damaged file)
        Damaged, ///< a feature, and an error: a damaged page or record, so the feature is not to be trusted
    };
    OgrFeaturePtr feature; ///< null at the end of the layer
    Failure failure = Failure::None;
    QString message; ///< GDAL's message with a failure, made plain
};

/** The next feature of `layer` (GetNextFeature), with the failure GDAL reports on this thread meanwhile. */
FetchedFeature fetchFeature(OGRLayer& layer);

/**
 * The features of a layer where an SQL condition holds, read by GDAL on a second thread through a connection of its
 * own to the file, while the caller reads the others. A GeoPackage layer is thus parsed by two threads: one reads the
 * features below a FID, this one those from it on (issue 13, "parallel parsing where it pays"). A GDAL dataset is
 * not to be used by two threads at once, hence the second connection.
 *
 * What GDAL says on the second thread is kept and handed over: the warnings (warnings()), and a failure with the
 * feature where it came, so the caller reports it where a single reading thread would have.
 */
class FeatureReadAhead
{
public:
    /**
     * Starts reading `layer` of the file GDAL opens as `gdalPath` (a local file or a /vsimem/ one, which must outlive
     * this object), with the GeoPackage driver, its features where `where` holds.
     */
    FeatureReadAhead(QByteArray gdalPath, QByteArray layer, QByteArray where);
    /** Waits for the second thread (an abandoned read still ends: it is a few milliseconds of work). */
    ~FeatureReadAhead();
    FeatureReadAhead(const FeatureReadAhead&) = delete;
    FeatureReadAhead& operator=(const FeatureReadAhead&) = delete;

    /** Waits for the second thread; false when it could not open the file or the layer (the caller reads them itself). */
    bool opened();
    /**
     * The next of the features read, in the layer's order, after opened(); a null feature after the last. A feature
     * must not outlive this object.
     */
    FetchedFeature next();
    /** Whether the second thread is done reading (without waiting for it). */
    bool isDone() const { return m_done.load(std::memory_order_acquire); }
    /** GDAL's warnings on the second thread, in order, after opened(). */
    const QStringList& warnings() const { return m_warnings; }

private:
    void run();

    const QByteArray m_gdalPath, m_layer, m_where;
    GDALDatasetUniquePtr m_dataset; ///< open while features read from it live: they refer to its layer's definition
    bool m_opened = false;
    std::vector<FetchedFeature> m_features; ///< the last one ends the read: a null feature, or one with a failure
    size_t m_next = 0;
    QStringList m_warnings;
    std::atomic<bool> m_done{false};
    std::thread m_thread; ///< last: it starts once the members it writes exist
};

} // namespace Mk::detail
