// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/tablereader.h"

#include "io/csvrecords_p.h"
#include "io/gdaldataset_p.h"
#include "io/gdalerrorcapture_p.h"
#include "io/numberparser.h"

#include <ogrsf_frmts.h>

#include <cmath>

namespace Mk {

namespace detail {

struct OgrFeatureDeleter {
    void operator()(OGRFeature* f) const { OGRFeature::DestroyFeature(f); }
};

struct TableReaderPrivate {
    GdalDataset dataset;
    OGRLayer* layer = nullptr;
    QStringList columns;
    QStringList normalized;
    std::vector<OGRFieldType> types; ///< each column's, looked up once
    /**
     * Each column's last text and the bytes it came from: most text columns of a national layer repeat from row to
     * row (the gemeente and province of consecutive wijken), and decoding and allocating a string took a tenth of
     * reading one.
     */
    std::vector<std::optional<QByteArray>> lastBytes;
    std::vector<QString> lastText;
    std::unique_ptr<OGRFeature, OgrFeatureDeleter> feature;
    /** A CSV's rows split here rather than by the driver (CsvRecords); the driver still reads its header. */
    std::optional<CsvRecords> records;
    std::optional<CoordinateTransform> transform;
    QString crsName;
    qint64 row = -1;
    std::optional<qint64> total; ///< feature count for progress, read once per filterGeoPackage() condition
    std::optional<Error> failure;
    /** A polygon's coordinates for Geometry::fromRings(), kept between rows so that a row allocates none. */
    std::vector<double> xy;
    std::vector<unsigned> ringPoints, partRings;
};

} // namespace detail

namespace {

QString wkt2(const OGRSpatialReference& srs)
{
    char* text = nullptr;
    const char* options[] = {"FORMAT=WKT2_2019", nullptr};
    srs.exportToWkt(&text, options);
    QString result = QString::fromUtf8(text ? text : "");
    CPLFree(text);
    return result;
}

} // namespace

TableReader::TableReader() : d(std::make_unique<detail::TableReaderPrivate>()) {}
TableReader::~TableReader() = default;
TableReader::TableReader(TableReader&&) noexcept = default;
TableReader& TableReader::operator=(TableReader&&) noexcept = default;

QString TableReader::normalizedName(const QString& name)
{
    QString out;
    out.reserve(name.size());
    for (QChar c : name)
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    return out;
}

Result<QStringList> TableReader::layerNames(const QString& path)
{
    auto ds = detail::GdalDataset::open(path);
    if (!ds)
        return ds.error();
    return ds->layerNames();
}

Result<TableReader> TableReader::open(const QString& path, const QString& layer, Diagnostics* diagnostics)
{
    detail::GdalErrorCapture capture;
    auto ds = detail::GdalDataset::open(path, diagnostics);
    if (!ds)
        return ds.error();
    return fromDataset(std::move(ds.value()), layer, diagnostics);
}

Result<TableReader> TableReader::openChoosingLayer(const QString& path, const LayerChoice& choose, Diagnostics* diagnostics)
{
    detail::GdalErrorCapture capture;
    Diagnostics opening;
    auto ds = detail::GdalDataset::open(path, diagnostics ? &opening : nullptr);
    if (!ds)
        return ds.error();
    const QString layer = choose(ds->layerNames());
    if (diagnostics)
        diagnostics->append(opening);
    return fromDataset(std::move(ds.value()), layer, diagnostics);
}

Result<TableReader> TableReader::openRows(const QString& path, const RowHint& rows, Diagnostics* diagnostics)
{
    detail::GdalErrorCapture capture;
    auto ds = detail::GdalDataset::open(path, diagnostics, &rows);
    if (!ds)
        return ds.error();
    return fromDataset(std::move(ds.value()), {}, diagnostics);
}

Result<TableReader> TableReader::fromDataset(detail::GdalDataset dataset, const QString& layer, Diagnostics* diagnostics)
{
    TableReader reader;
    auto& p = *reader.d;
    p.dataset = std::move(dataset);
    const QString shown = p.dataset.displayName();
    if (layer.isEmpty()) {
        p.layer = p.dataset.get()->GetLayer(0);
    } else {
        p.layer = p.dataset.get()->GetLayerByName(layer.toUtf8().constData());
        if (!p.layer)
            return fail(ErrorCode::NotFound, tr("The file %1 has no layer \"%2\". Its layers are: %3. Choose one of them.")
                                                 .arg(shown, layer, p.dataset.layerNames().join(QStringLiteral(", "))));
    }
    OGRFeatureDefn* defn = p.layer->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        const OGRFieldDefn* field = defn->GetFieldDefn(i);
        const QString name = QString::fromUtf8(field->GetNameRef());
        p.columns.append(name);
        p.normalized.append(normalizedName(name));
        p.types.push_back(field->GetType());
    }
    p.lastBytes.resize(p.types.size());
    p.lastText.resize(p.types.size());

    if (defn->GetGeomFieldCount() > 0) {
        const OGRSpatialReference* srs = p.layer->GetSpatialRef();
        if (srs) {
            auto transform = CoordinateTransform::create(wkt2(*srs));
            if (!transform)
                return Error{transform.error().code,
                             tr("%1: %2").arg(shown, transform.error().message), transform.error().detail};
            p.crsName = transform->sourceName();
            p.transform = std::move(transform.value());
        } else {
            OGREnvelope extent;
            const bool known = p.layer->GetExtent(&extent, TRUE) == OGRERR_NONE;
            const QPointF lo(extent.MinX, extent.MinY), hi(extent.MaxX, extent.MaxY);
            if (known && CoordinateTransform::isPlausibleRd(lo) && CoordinateTransform::isPlausibleRd(hi)) {
                p.transform = CoordinateTransform::create(CoordinateTransform::rdNew()).value();
                p.crsName = p.transform->sourceName();
                if (diagnostics)
                    diagnostics->warning(tr("%1 has no coordinate reference system (for a shapefile: the .prj file is missing). "
                                            "The coordinates look like RD New (EPSG:28992), so that is assumed; add the .prj file to be sure.")
                                             .arg(shown));
            } else {
                return fail(ErrorCode::CrsUnknown,
                            tr("%1 has no coordinate reference system (for a shapefile: the .prj file is missing) and its coordinates "
                               "do not look like RD New. Add the .prj file or save the layer with its CRS in a GIS.")
                                .arg(shown));
            }
        }
    }
    p.layer->ResetReading();
    if (p.dataset.isCsv() && defn->GetGeomFieldCount() == 0 && detail::CsvRecords::supports(p.dataset.csvBytes())) {
        // Split here only when the header splits into the driver's own column names; else the driver reads the rows too.
        detail::CsvRecords records(p.dataset.csvBytes(), p.dataset.csvSeparator());
        bool same = records.next() && records.size() == p.columns.size();
        for (int i = 0; same && i < records.size(); ++i)
            same = QString::fromUtf8(records.view(i)).trimmed() == p.columns[i];
        if (same)
            p.records = std::move(records);
    }
    return reader;
}

QString TableReader::path() const { return d->dataset.path(); }
QString TableReader::displayName() const { return d->dataset.displayName(); }
QString TableReader::layerName() const { return QString::fromUtf8(d->layer->GetName()); }
QString TableReader::driverName() const { return d->dataset.driverName(); }
QString TableReader::encoding() const { return d->dataset.encoding(); }
const QStringList& TableReader::columns() const { return d->columns; }
QString TableReader::columnList() const
{
    constexpr qsizetype maxLength = 300;
    const QString all = d->columns.join(QStringLiteral(", "));
    return all.size() <= maxLength ? all : all.left(maxLength) + QStringLiteral(" …");
}

bool TableReader::hasGeometry() const { return d->transform.has_value(); }
QString TableReader::crsName() const { return d->crsName; }
qint64 TableReader::rowIndex() const { return d->row; }
std::optional<Error> TableReader::failed() const { return d->failure; }

int TableReader::column(const QStringList& candidates) const
{
    for (const QString& c : candidates) {
        const int i = static_cast<int>(d->normalized.indexOf(normalizedName(c)));
        if (i >= 0)
            return i;
    }
    return -1;
}

int TableReader::column(std::initializer_list<const char*> candidates) const
{
    QStringList list;
    for (const char* c : candidates)
        list.append(QString::fromUtf8(c));
    return column(list);
}

bool TableReader::isNumericColumn(int column) const
{
    if (column < 0 || static_cast<size_t>(column) >= d->types.size())
        return false;
    const OGRFieldType type = d->types[static_cast<size_t>(column)];
    return type == OFTInteger || type == OFTInteger64 || type == OFTReal;
}

qint64 TableReader::featureCount() const
{
    if (!d->total)
        d->total = d->layer->GetFeatureCount(FALSE);
    return *d->total;
}

bool TableReader::next()
{
    auto& p = *d;
    if (p.failure)
        return false;
    if (p.records) {
        if (!p.records->next())
            return false;
        ++p.row;
        return p.records->size() >= p.columns.size() || failFewerValues();
    }
    CPLErrorReset();
    p.feature.reset(p.layer->GetNextFeature());
    if (!p.feature) {
        if (CPLGetLastErrorType() >= CE_Failure)
            p.failure = fail(ErrorCode::ReadFailed,
                             tr("Reading %1 stopped after %2 rows because the file is damaged or incomplete. Download or export it again.")
                                 .arg(displayName()).arg(p.row + 1),
                             detail::GdalErrorCapture::lastMessage());
        return false;
    }
    ++p.row;
    // A damaged page or record can yield a feature and an error at once; the feature is not to be trusted.
    if (CPLGetLastErrorType() >= CE_Failure) {
        p.failure = fail(ErrorCode::ReadFailed,
                         tr("Reading %1 stopped at %2 because the file is damaged there. Download or export it again.")
                             .arg(displayName(), location()),
                         detail::GdalErrorCapture::lastMessage());
        return false;
    }
    if (p.dataset.isCsv() && !p.columns.isEmpty() && !p.feature->IsFieldSet(static_cast<int>(p.columns.size()) - 1))
        return failFewerValues();
    return true;
}

bool TableReader::failFewerValues()
{
    d->failure = fail(ErrorCode::ReadFailed,
                      tr("%1, %2 has fewer values than the header has columns; the file may be cut off, or a value contains the "
                         "separator without quotes. Check that line in a text editor.")
                          .arg(displayName(), location()));
    return false;
}

bool TableReader::next(Feedback* feedback)
{
    if (feedback) {
        if (feedback->isCanceled()) {
            d->failure = fail(ErrorCode::Canceled, tr("Loading was canceled."));
            return false;
        }
        if (d->records) {
            if (((d->row + 1) & 255) == 0)
                feedback->setProgress(d->records->progress());
            return next();
        }
        const qint64 total = featureCount();
        // Every 256th row: a national file has over 100,000, and progress is for people.
        if (total > 0 && ((d->row + 1) & 255) == 0)
            feedback->setProgress(static_cast<double>(d->row + 1) / static_cast<double>(total));
    }
    return next();
}

bool TableReader::isSubset() const { return d->dataset.isSubset(); }

bool TableReader::filterGeoPackage(const QString& where)
{
    if (d->dataset.driverName() != QLatin1String("GPKG"))
        return false;
    d->total.reset();
    const bool ok = d->layer->SetAttributeFilter(where.toUtf8().constData()) == OGRERR_NONE;
    if (!ok)
        d->layer->SetAttributeFilter(nullptr);
    d->layer->ResetReading();
    return ok;
}

QString TableReader::sqlIdentifier(const QString& column)
{
    return QLatin1Char('"') + QString(column).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

qint64 TableReader::position() const
{
    if (d->dataset.isCsv()) // the file's own line, also when only some of its rows were read
        return d->dataset.fileRow(d->row) + 2;
    return d->feature ? d->feature->GetFID() : d->row + 1; // a CSV split here is one of isCsv()
}

QString TableReader::locationAt(qint64 position) const
{
    return d->dataset.isCsv() ? tr("line %1").arg(position) : tr("feature %1").arg(position);
}

QString TableReader::location() const { return locationAt(position()); }

bool TableReader::isNull(int column) const
{
    if (d->records) // the driver reads CSV with EMPTY_STRING_AS_NULL=NO: every value is set
        return column < 0 || column >= d->records->size() || d->row < 0;
    return column < 0 || !d->feature || !d->feature->IsFieldSetAndNotNull(column);
}

QString TableReader::text(int column) const
{
    if (isNull(column))
        return {};
    if (d->records)
        return QString::fromUtf8(d->records->view(column)).trimmed();
    const auto at = static_cast<size_t>(column);
    // A string field's own bytes, as GetFieldAsString() gives them, without looking up the field's definition again.
    const char* bytes = d->types[at] == OFTString ? d->feature->GetRawFieldRef(column)->String : d->feature->GetFieldAsString(column);
    if (!d->lastBytes[at] || *d->lastBytes[at] != bytes) {
        d->lastBytes[at] = bytes;
        d->lastText[at] = QString::fromUtf8(bytes).trimmed();
    }
    return d->lastText[at];
}

std::optional<AttributeValue> TableReader::number(int column) const
{
    if (isNull(column))
        return AttributeValue::missing();
    if (isNumericColumn(column)) {
        // The typed value itself, as GetFieldAsDouble() gives it, without looking up the field's definition again.
        const OGRField& field = *d->feature->GetRawFieldRef(column);
        const OGRFieldType type = d->types[static_cast<size_t>(column)];
        const double raw = type == OFTReal      ? field.Real
                           : type == OFTInteger ? static_cast<double>(field.Integer)
                                                : static_cast<double>(field.Integer64);
        if (!std::isfinite(raw))
            return std::nullopt;
        return NumberParser::fromNumber(raw);
    }
    return NumberParser::fromUtf8(d->records ? d->records->value(column) : d->feature->GetFieldAsString(column));
}

Geometry TableReader::geometry() const
{
    if (!d->feature || !d->transform)
        return {};
    const OGRGeometry* g = d->feature->GetGeometryRef();
    if (!g || g->IsEmpty())
        return {};
    std::unique_ptr<OGRGeometry> linear;
    if (g->hasCurveGeometry() || g->Is3D() || g->IsMeasured()) {
        linear.reset(g->hasCurveGeometry() ? g->getLinearGeometry() : g->clone());
        linear->flattenTo2D();
        linear->setMeasured(FALSE);
        g = linear.get();
    }
    Geometry raw;
    if (isPolygonal(*g)) {
        raw = polygonOf(*g);
    } else {
        QByteArray wkb(static_cast<qsizetype>(g->WkbSize()), Qt::Uninitialized);
        if (g->exportToWkb(wkbNDR, reinterpret_cast<unsigned char*>(wkb.data()), wkbVariantIso) != OGRERR_NONE)
            return {};
        raw = Geometry::fromWkb(wkb);
    }
    return d->transform->isIdentity() ? std::move(raw) : d->transform->transform(raw);
}

bool TableReader::isPolygonal(const OGRGeometry& g)
{
    const OGRwkbGeometryType type = wkbFlatten(g.getGeometryType());
    return type == wkbPolygon || type == wkbMultiPolygon;
}

Geometry TableReader::polygonOf(const OGRGeometry& g) const
{
    // Straight from OGR's points into GEOS: through WKB, GEOS's reader took a fifth of a national layer's reading time,
    // one ordinate at a time.
    static_assert(sizeof(OGRRawPoint) == 2 * sizeof(double));
    auto& p = *d;
    p.xy.clear();
    p.ringPoints.clear();
    p.partRings.clear();
    const auto addPolygon = [&p](const OGRPolygon& polygon) {
        unsigned rings = 0;
        for (const OGRLinearRing* ring : polygon) {
            const int n = ring->getNumPoints();
            const size_t at = p.xy.size();
            p.xy.resize(at + 2 * size_t(n));
            ring->getPoints(reinterpret_cast<OGRRawPoint*>(p.xy.data() + at));
            p.ringPoints.push_back(static_cast<unsigned>(n));
            ++rings;
        }
        p.partRings.push_back(rings);
    };
    const bool multi = wkbFlatten(g.getGeometryType()) == wkbMultiPolygon;
    if (multi)
        for (const OGRPolygon* part : *g.toMultiPolygon())
            addPolygon(*part);
    else
        addPolygon(*g.toPolygon());
    return Geometry::fromRings(p.xy, p.ringPoints, p.partRings, multi);
}

std::optional<QPointF> TableReader::centroid() const
{
    if (!d->feature || !d->transform)
        return std::nullopt;
    const OGRGeometry* g = d->feature->GetGeometryRef();
    if (!g || g->IsEmpty())
        return std::nullopt;
    if (wkbFlatten(g->getGeometryType()) == wkbPoint) {
        const OGRPoint* p = g->toPoint();
        return d->transform->transform(QPointF(p->getX(), p->getY()));
    }
    const Geometry full = geometry();
    if (full.isNull() || full.isEmpty())
        return std::nullopt;
    return full.centroid();
}

} // namespace Mk
