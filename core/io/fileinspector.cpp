// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/fileinspector.h"

#include "io/gdaldataset_p.h"
#include "io/gdalerrorcapture_p.h"
#include "io/numberparser.h"

#include <ogrsf_frmts.h>

namespace Mk {

namespace {

struct FeatureDeleter {
    void operator()(OGRFeature* f) const { OGRFeature::DestroyFeature(f); }
};

void countCell(FieldInfo& info, OGRFeature& feature, int i, bool numeric)
{
    if (!feature.IsFieldSetAndNotNull(i)) {
        ++info.empty;
        return;
    }
    std::optional<AttributeValue> value;
    double raw = 0.0;
    if (numeric) {
        raw = feature.GetFieldAsDouble(i);
        value = NumberParser::fromNumber(raw);
    } else {
        const QString text = QString::fromUtf8(feature.GetFieldAsString(i)).trimmed();
        if (text.isEmpty()) {
            ++info.empty;
            return;
        }
        value = NumberParser::fromText(text);
        if (value && !value->hasValue() && text != QLatin1String("<5"))
            raw = text.toDouble();
    }
    if (!value || value->hasValue()) {
        ++info.valid;
    } else if (NumberParser::isSentinel(raw)) {
        ++info.sentinels[static_cast<qint64>(raw)];
        info.suppressed += value->isSuppressed();
    } else {
        ++info.suppressed;
    }
}

} // namespace

Result<FileInfo> FileInspector::inspect(const QString& path, Feedback* feedback)
{
    detail::GdalErrorCapture capture;
    auto ds = detail::GdalDataset::open(path);
    if (!ds)
        return ds.error();
    FileInfo info;
    info.path = path;
    info.driver = ds->driverName();
    info.encoding = ds->encoding();
    GDALDataset* gdal = ds->get();
    for (int l = 0; l < gdal->GetLayerCount(); ++l) {
        OGRLayer* layer = gdal->GetLayer(l);
        LayerInfo li;
        li.name = QString::fromUtf8(layer->GetName());
        const OGRwkbGeometryType geomType = layer->GetGeomType();
        li.geometryType = geomType == wkbNone ? QStringLiteral("None") : QString::fromUtf8(OGRGeometryTypeToName(geomType));
        if (const OGRSpatialReference* srs = layer->GetSpatialRef()) {
            li.crsName = QString::fromUtf8(srs->GetName());
            if (srs->GetAuthorityName(nullptr) && srs->GetAuthorityCode(nullptr))
                li.crsAuthority = QStringLiteral("%1:%2").arg(QString::fromUtf8(srs->GetAuthorityName(nullptr)),
                                                              QString::fromUtf8(srs->GetAuthorityCode(nullptr)));
        }
        OGRFeatureDefn* defn = layer->GetLayerDefn();
        std::vector<bool> numeric;
        for (int i = 0; i < defn->GetFieldCount(); ++i) {
            const OGRFieldDefn* f = defn->GetFieldDefn(i);
            FieldInfo fi;
            fi.name = QString::fromUtf8(f->GetNameRef());
            fi.type = QString::fromUtf8(OGRFieldDefn::GetFieldTypeName(f->GetType()));
            li.fields.append(fi);
            numeric.push_back(f->GetType() == OFTInteger || f->GetType() == OFTInteger64 || f->GetType() == OFTReal);
        }
        const qint64 total = layer->GetFeatureCount(FALSE);
        layer->ResetReading();
        CPLErrorReset();
        for (std::unique_ptr<OGRFeature, FeatureDeleter> feature(layer->GetNextFeature()); feature;
             feature.reset(layer->GetNextFeature())) {
            ++li.featureCount;
            for (int i = 0; i < defn->GetFieldCount(); ++i)
                countCell(li.fields[i], *feature, i, numeric[static_cast<size_t>(i)]);
            if (feedback && total > 0 && (li.featureCount & 255) == 0) {
                if (feedback->isCanceled())
                    return fail(ErrorCode::Canceled, tr("Canceled."));
                feedback->setProgress((static_cast<double>(l) + static_cast<double>(li.featureCount) / static_cast<double>(total))
                                      / gdal->GetLayerCount());
            }
        }
        if (CPLGetLastErrorType() >= CE_Failure)
            return fail(ErrorCode::ReadFailed,
                        tr("Reading layer \"%1\" of %2 stopped after %3 features because the file is damaged or incomplete. "
                           "Download or export it again.")
                            .arg(li.name, ds->displayName())
                            .arg(li.featureCount),
                        detail::GdalErrorCapture::lastMessage());
        info.layers.append(li);
    }
    return info;
}

} // namespace Mk
