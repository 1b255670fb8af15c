// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/featurereadahead_p.h"

#include "base/phaseclock.h"
#include "io/gdalerrorcapture_p.h"

namespace Mk::detail {

FetchedFeature fetchFeature(OGRLayer& layer)
{
    CPLErrorReset();
    FetchedFeature fetched;
    fetched.feature.reset(layer.GetNextFeature());
    if (CPLGetLastErrorType() >= CE_Failure) {
        fetched.failure = fetched.feature ? FetchedFeature::Failure::Damaged : FetchedFeature::Failure::Ended;
        fetched.message = GdalErrorCapture::lastMessage();
    }
    return fetched;
}

FeatureReadAhead::FeatureReadAhead(QByteArray gdalPath, QByteArray layer, QByteArray where)
    : m_gdalPath(std::move(gdalPath)), m_layer(std::move(layer)), m_where(std::move(where)), m_thread([this] { run(); })
{
}

FeatureReadAhead::~FeatureReadAhead()
{
    if (m_thread.joinable())
        m_thread.join();
}

bool FeatureReadAhead::opened()
{
    if (m_thread.joinable())
        m_thread.join();
    return m_opened;
}

FetchedFeature FeatureReadAhead::next()
{
    return m_next < m_features.size() ? std::move(m_features[m_next++]) : FetchedFeature{};
}

void FeatureReadAhead::run()
{
    const PhaseClock::Scope timed("read ahead (second thread)");
    GdalErrorCapture capture;
    const char* const drivers[] = {"GPKG", nullptr};
    m_dataset.reset(GDALDataset::Open(m_gdalPath.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers));
    OGRLayer* layer = m_dataset ? m_dataset->GetLayerByName(m_layer.constData()) : nullptr;
    m_opened = layer && layer->SetAttributeFilter(m_where.constData()) == OGRERR_NONE;
    while (m_opened) {
        FetchedFeature fetched = fetchFeature(*layer);
        const bool last = !fetched.feature || fetched.failure != FetchedFeature::Failure::None;
        m_features.push_back(std::move(fetched));
        if (last)
            break;
    }
    m_warnings = capture.warnings();
    m_done.store(true, std::memory_order_release);
}

} // namespace Mk::detail
