// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/gdaldataset_p.h"

#include "geo/georuntime.h"
#include "io/csvrowindex_p.h"
#include "io/csvstructure.h"
#include "io/gdalerrorcapture_p.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QStringDecoder>

#include <cstring>

namespace Mk::detail {

namespace {

bool isResourcePath(const QString& path)
{
    return path.startsWith(QLatin1String(":/")) || path.startsWith(QLatin1String("qrc:"));
}

QString resourceFilePath(const QString& path)
{
    return path.startsWith(QLatin1String("qrc:")) ? path.mid(3) : path;
}

bool isTextTable(const QString& suffix)
{
    return suffix == QLatin1String("csv") || suffix == QLatin1String("txt") || suffix == QLatin1String("tsv");
}

struct SeparatorCounts
{
    int semicolons = 0, commas = 0, tabs = 0;
    int kinds() const { return (semicolons > 0) + (commas > 0) + (tabs > 0); }
};

/** How often each separator occurs in the header line, outside quotes. */
SeparatorCounts countSeparators(const QByteArray& bytes)
{
    SeparatorCounts n;
    bool quoted = false;
    for (char c : bytes) {
        if (c == '\n' || c == '\r')
            break;
        if (c == '"')
            quoted = !quoted;
        else if (!quoted) {
            n.semicolons += c == ';';
            n.commas += c == ',';
            n.tabs += c == '\t';
        }
    }
    return n;
}

/** The separator of the header line, the most frequent outside quotes: DUO uses ';', CBS and exports ','. */
char detectSeparator(const SeparatorCounts& n)
{
    if (n.tabs > n.semicolons && n.tabs > n.commas)
        return '\t';
    return n.semicolons > n.commas ? ';' : ',';
}

/**
 * Whether this GDAL's CSV driver takes the SEPARATOR open option (GDAL 3.8 and later). Older ones detect the
 * separator of the header line themselves and warn about an option they do not know.
 */
bool csvTakesSeparatorOption()
{
    static const bool takes = [] {
        GDALDriverH csv = GDALGetDriverByName("CSV");
        const char* list = csv ? GDALGetMetadataItem(csv, GDAL_DMD_OPENOPTIONLIST, nullptr) : nullptr;
        return list && std::strstr(list, "name=\"SEPARATOR\"");
    }();
    return takes;
}

const char* separatorOption(char separator)
{
    switch (separator) {
    case '\t': return "SEPARATOR=TAB";
    case ';': return "SEPARATOR=SEMICOLON";
    default: return "SEPARATOR=COMMA";
    }
}

/**
 * The drivers a user's file may be opened with: formats that hold their data themselves. Formats that
 * refer to other files or to servers (VRT, WFS, OAPIF, PostgreSQL, MapInfo seamless tables, ...) are not
 * among them, so a file that arrives by e-mail cannot make GDAL open anything else.
 */
const char* const kLocalDrivers[] = {"GPKG", "ESRI Shapefile", "GeoJSON", "GeoJSONSeq", "FlatGeobuf", "CSV",
                                     "GML", "KML", "ODS", "XLSX", nullptr};

bool isLocalDriver(const QString& name)
{
    for (const char* const* d = kLocalDrivers; *d; ++d)
        if (name == QLatin1String(*d))
            return true;
    return false;
}

/** A path that names no local file: a web address ("https://...") or a GDAL virtual file system ("/vsicurl/..."). */
bool isRemoteOrVirtualPath(const QString& path)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    return path.startsWith(QLatin1String("/vsi")) || scheme.match(path).hasMatch();
}

/**
 * The first remote location an XML file (GML, KML, an XML schema) names in a schemaLocation or
 * noNamespaceSchemaLocation attribute, or nothing. In xsi:schemaLocation the tokens come in pairs of
 * namespace (a name, never fetched) and location; xs:import/xs:include name the location alone.
 */
QString remoteSchemaLocation(const QByteArray& head)
{
    static const QRegularExpression attribute(
        QStringLiteral(R"(([A-Za-z_][\w.-]*:)?(noNamespaceSchemaLocation|schemaLocation)\s*=\s*(["'])(.*?)\3)"),
        QRegularExpression::DotMatchesEverythingOption);
    const QString text = QString::fromUtf8(head);
    for (auto it = attribute.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const bool pairs = !m.captured(1).isEmpty() && m.captured(2) == QLatin1String("schemaLocation");
        const QStringList tokens = m.captured(4).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        for (qsizetype i = pairs ? 1 : 0; i < tokens.size(); i += pairs ? 2 : 1)
            if (isRemoteOrVirtualPath(tokens[i]) && !tokens[i].startsWith(QLatin1String("file://")))
                return tokens[i];
    }
    return {};
}

/** Whether a file's first bytes start XML: blanks or a UTF-8 byte-order mark, then '<'. */
bool looksLikeXml(const QByteArray& head)
{
    return head.trimmed().startsWith('<') || head.startsWith("\xEF\xBB\xBF<");
}

/** The first 4 MB of an XML file (where a schemaLocation can be), or the first bytes of any other file. */
QByteArray fileHead(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // Only an XML file is read further: a national GeoPackage would otherwise be read whole before GDAL opens it.
    QByteArray head = file.read(64);
    if (looksLikeXml(head) || head.trimmed().isEmpty())
        head += file.read(4 * 1024 * 1024 - head.size());
    return head;
}

/** Whether the shapefile part `.suffix` lies next to `shp` (either case, as shapefiles come from Windows too). */
bool companionExists(const QFileInfo& shp, const QString& suffix)
{
    const QDir dir = shp.absoluteDir();
    const QString base = shp.completeBaseName();
    return dir.exists(base + QLatin1Char('.') + suffix) || dir.exists(base + QLatin1Char('.') + suffix.toUpper());
}

/** Whether UTF-8 `bytes` are blank as QString::trimmed() sees it: only white space. */
bool isBlank(const QByteArray& bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80) // Unicode white space (no-break space, ...): decode to decide
            return QString::fromUtf8(bytes).trimmed().isEmpty();
        if (c != ' ' && (c < '\t' || c > '\r'))
            return false;
    }
    return true;
}

/** The bytes of an embedded file, unpacked (rcc compresses it) once per process. */
QByteArray unpackedResource(const QString& path)
{
    static QMutex mutex;
    static QHash<QString, QByteArray> unpacked;
    const QMutexLocker lock(&mutex);
    if (const auto it = unpacked.constFind(path); it != unpacked.constEnd())
        return *it;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return *unpacked.insert(path, file.readAll());
}

} // namespace

QString GdalDataset::sqliteDamage(GDALDataset* dataset, const QFileInfo& info)
{
    static QMutex mutex;
    static QHash<QString, QString> checked; // key -> result
    const QString key = info.absoluteFilePath() + QLatin1Char('|') + QString::number(info.size()) + QLatin1Char('|')
                        + QString::number(info.lastModified().toMSecsSinceEpoch());
    {
        const QMutexLocker lock(&mutex);
        if (const auto it = checked.constFind(key); it != checked.constEnd())
            return *it;
    }
    QStringList problems;
    if (OGRLayer* result = dataset->ExecuteSQL("PRAGMA quick_check", nullptr, nullptr)) {
        while (OGRFeature* row = result->GetNextFeature()) {
            const QString text = QString::fromUtf8(row->GetFieldAsString(0));
            if (text != QLatin1String("ok"))
                problems.append(text);
            OGRFeature::DestroyFeature(row);
        }
        dataset->ReleaseResultSet(result);
    } else {
        problems.append(GdalErrorCapture::lastMessage());
    }
    const QString damage = problems.join(QStringLiteral("; "));
    const QMutexLocker lock(&mutex);
    checked.insert(key, damage);
    return damage;
}

qint64 GdalDataset::fileRow(qint64 row) const
{
    return m_subset ? CsvRowIndex::fileRow(*m_subset, row) : row;
}

QString GdalDataset::displayName() const { return displayNameOf(m_path); }

QString GdalDataset::displayNameOf(const QString& path)
{
    return isResourcePath(path) ? path : QFileInfo(path).fileName();
}

QString GdalDataset::driverName() const
{
    return m_dataset ? QString::fromUtf8(m_dataset->GetDriver()->GetDescription()) : QString();
}

QStringList GdalDataset::layerNames() const
{
    QStringList names;
    if (!m_dataset)
        return names;
    for (int i = 0; i < m_dataset->GetLayerCount(); ++i)
        names.append(QString::fromUtf8(m_dataset->GetLayer(i)->GetName()));
    return names;
}

Result<GdalDataset> GdalDataset::open(const QString& path, Diagnostics* diagnostics, const TableReader::RowHint* rows)
{
    GeoRuntime::init();
    GdalDataset ds;
    ds.m_path = path;
    const QString shown = isResourcePath(path) ? path : QFileInfo(path).fileName();
    if (path.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("No file was given."));
    if (isRemoteOrVirtualPath(path))
        return fail(ErrorCode::InvalidArgument,
                    tr("%1 is not a file on this computer but a web address or a GDAL virtual path. Mengkaart works offline and "
                       "reads only local files: download the file first and choose the downloaded copy.")
                        .arg(path));

    const bool resource = isResourcePath(path);
    const QFileInfo info(resource ? resourceFilePath(path) : path);
    if (!info.exists())
        return fail(ErrorCode::FileNotFound, tr("The file %1 does not exist. Check the path and the file name.").arg(path));
    if (info.isFile() && info.size() == 0)
        return fail(ErrorCode::EmptyInput, tr("The file %1 is empty. Export the data again or choose another file.").arg(shown));

    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("shp") && !resource) {
        // GDAL reports a missing .shx as a damaged file and a missing .dbf as a layer without columns.
        QStringList missing;
        for (const char* part : {"shx", "dbf"})
            if (!companionExists(info, QLatin1String(part)))
                missing.append(info.completeBaseName() + QLatin1Char('.') + QLatin1String(part));
        if (!missing.isEmpty())
            return fail(ErrorCode::FileNotFound,
                        tr("The shapefile %1 is incomplete: %2 is missing. A shapefile is several files with the same name "
                           "(.shp, .shx, .dbf and .prj); copy them all into one folder.")
                            .arg(shown, missing.join(QStringLiteral(", "))));
    }
    if (!resource && info.isFile()) {
        // GDAL would fetch a remote schema of a GML file (or of the .xsd beside it); Mengkaart refuses the file instead.
        for (const QString& candidate : {info.filePath(), info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(".xsd"))}) {
            const QByteArray head = QFileInfo::exists(candidate) ? fileHead(candidate) : QByteArray();
            if (!looksLikeXml(head))
                continue;
            if (const QString remote = remoteSchemaLocation(head); !remote.isEmpty())
                return fail(ErrorCode::UnknownFormat,
                            tr("%1 refers to %2 on the internet (its XML schema), which GDAL would download. Mengkaart works "
                               "offline and does not open such files: save the layer as a GeoPackage (.gpkg) in a GIS such as "
                               "QGIS, or remove the remote schemaLocation.")
                                .arg(QFileInfo(candidate).fileName(), remote));
        }
    }
    QString gdalPath = path;
    QByteArrayList options;
    QByteArrayList drivers;
    if (isTextTable(suffix) || resource) {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::ReadFailed, tr("The file %1 cannot be opened: %2. Check that you may read it.").arg(shown, file.errorString()));
        const std::shared_ptr<const CsvRowIndex> index = rows && isTextTable(suffix) ? CsvRowIndex::beside(info.filePath()) : nullptr;
        const bool indexed = index && index->column().compare(rows->column, Qt::CaseInsensitive) == 0;
        // An embedded GeoPackage, and an embedded table read by its index, stay unpacked for the process: every gemeente
        // reads other rows of them, and unpacking the national wijken and schools took a tenth of a gemeente's load.
        QByteArray bytes = resource && (indexed || !isTextTable(suffix)) ? unpackedResource(info.filePath()) : file.readAll();
        QString fileName = info.fileName();
        if (indexed)
            if (auto selected = index->select(bytes, rows->values)) {
                bytes = std::move(selected->csv);
                ds.m_subset = std::move(selected->runs);
            }
        if (isTextTable(suffix)) {
            ds.m_csv = true;
            if (bytes.startsWith("\xEF\xBB\xBF"))
                bytes.remove(0, 3);
            if (!bytes.isValidUtf8()) {
                // Older DUO exports are Windows-1252; GDAL's CSV driver wants UTF-8. Qt without ICU lacks that codec:
                // Latin-1 then differs only in 0x80-0x9F (quotes, euro sign), never in letters such as é or ë.
                QStringDecoder cp1252("windows-1252");
                QStringDecoder latin1(QStringDecoder::Latin1);
                bytes = QString(cp1252.isValid() ? cp1252(bytes) : latin1(bytes)).toUtf8();
                ds.m_encoding = QStringLiteral("Windows-1252");
                if (diagnostics)
                    diagnostics->info(tr("%1 is not UTF-8; it was read as Windows-1252.").arg(shown));
            } else {
                ds.m_encoding = QStringLiteral("UTF-8");
            }
            if (isBlank(bytes))
                return fail(ErrorCode::EmptyInput, tr("The file %1 is empty. Export the data again or choose another file.").arg(shown));
            const SeparatorCounts counts = countSeparators(bytes);
            const char separator = detectSeparator(counts);
            ds.m_separator = separator;
            // Without the option GDAL takes a header that mixes separators as comma-separated: refuse rather than
            // read shifted columns.
            if (!csvTakesSeparatorOption() && counts.kinds() > 1 && separator != ',')
                return fail(ErrorCode::ReadFailed,
                            tr("The header line of %1 mixes separators (semicolons, commas or tabs outside quotes). "
                               "Put the column names that contain a separator in double quotes, or export the file "
                               "again with one separator.")
                                .arg(shown));
            if (auto regular = CsvStructure::check(bytes, separator, shown); !regular)
                return regular.error();
            options = {"AUTODETECT_TYPE=NO", "HEADERS=YES", "EMPTY_STRING_AS_NULL=NO", "KEEP_GEOM_COLUMNS=YES"};
            if (csvTakesSeparatorOption())
                options.append(separatorOption(separator));
            drivers = {"CSV"};
            fileName = info.completeBaseName() + QStringLiteral(".csv");
        }
        ds.m_memFile = VsiMemFile(std::move(bytes), fileName);
        if (!ds.m_memFile.isValid())
            return fail(ErrorCode::Internal, tr("%1 could not be prepared for reading.").arg(shown));
        gdalPath = ds.m_memFile.path();
    }

    std::vector<const char*> optionPtrs;
    for (const QByteArray& o : options)
        optionPtrs.push_back(o.constData());
    optionPtrs.push_back(nullptr);
    std::vector<const char*> driverPtrs;
    for (const QByteArray& d : drivers)
        driverPtrs.push_back(d.constData());
    driverPtrs.push_back(nullptr);

    GdalErrorCapture capture;
    ds.m_dataset.reset(GDALDataset::Open(gdalPath.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                         drivers.isEmpty() ? kLocalDrivers : driverPtrs.data(), optionPtrs.data(), nullptr));
    if (!ds.m_dataset) {
        // Which driver would have opened it tells a format Mengkaart refuses from a damaged file (Identify reads the header only).
        if (GDALDriverH other = GDALIdentifyDriverEx(gdalPath.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr)) {
            const QString name = QString::fromUtf8(GDALGetDriverShortName(other));
            if (!isLocalDriver(name))
                return fail(ErrorCode::UnknownFormat,
                            tr("%1 is in the format \"%2\" (GDAL driver %3). Mengkaart does not open this format, because such "
                               "a file can make GDAL read other files or contact servers. Save the layer as a GeoPackage (.gpkg) "
                               "in a GIS such as QGIS.")
                                .arg(shown, QString::fromUtf8(GDALGetMetadataItem(other, GDAL_DMD_LONGNAME, nullptr)), name));
        }
        static const QStringList known = {QStringLiteral("gpkg"), QStringLiteral("shp"), QStringLiteral("geojson"),
                                          QStringLiteral("json"), QStringLiteral("fgb"), QStringLiteral("gml"),
                                          QStringLiteral("kml"), QStringLiteral("sqlite"), QStringLiteral("dbf")};
        if (known.contains(suffix) || ds.m_csv || capture.hasErrors())
            return fail(ErrorCode::ReadFailed,
                        tr("The file %1 could not be read; it may be damaged or incomplete (for example a download that was cut off). Export or download it again.").arg(shown),
                        capture.text());
        return fail(ErrorCode::UnknownFormat,
                    tr("The file %1 is not in a format Mengkaart can read. Use a GeoPackage (.gpkg), shapefile (.shp), GeoJSON or CSV file.").arg(shown),
                    capture.text());
    }
    if (ds.m_dataset->GetLayerCount() == 0)
        return fail(ErrorCode::EmptyInput, tr("The file %1 contains no table or map layer. Choose a file with data.").arg(shown));
    if (!resource && ds.driverName() == QLatin1String("GPKG"))
        if (const QString damage = sqliteDamage(ds.m_dataset.get(), info); !damage.isEmpty())
            return fail(ErrorCode::ReadFailed,
                        tr("The GeoPackage %1 is damaged: SQLite's check of the file failed, so some of its data cannot be "
                           "trusted. Download or export it again.")
                            .arg(shown),
                        damage.left(300));
    return ds;
}

} // namespace Mk::detail
