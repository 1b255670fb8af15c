// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/gdaldataset_p.h"

#include "geo/georuntime.h"
#include "io/csvstructure.h"
#include "io/gdalerrorcapture_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

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

/** The separator of the header line, counted outside quotes: DUO uses ';', CBS and exports ','. */
char detectSeparator(const QByteArray& bytes)
{
    int semicolons = 0, commas = 0, tabs = 0;
    bool quoted = false;
    for (char c : bytes) {
        if (c == '\n' || c == '\r')
            break;
        if (c == '"')
            quoted = !quoted;
        else if (!quoted) {
            semicolons += c == ';';
            commas += c == ',';
            tabs += c == '\t';
        }
    }
    if (tabs > semicolons && tabs > commas)
        return '\t';
    return semicolons > commas ? ';' : ',';
}

const char* separatorOption(char separator)
{
    switch (separator) {
    case '\t': return "SEPARATOR=TAB";
    case ';': return "SEPARATOR=SEMICOLON";
    default: return "SEPARATOR=COMMA";
    }
}

/** Whether the shapefile part `.suffix` lies next to `shp` (either case, as shapefiles come from Windows too). */
bool companionExists(const QFileInfo& shp, const QString& suffix)
{
    const QDir dir = shp.absoluteDir();
    const QString base = shp.completeBaseName();
    return dir.exists(base + QLatin1Char('.') + suffix) || dir.exists(base + QLatin1Char('.') + suffix.toUpper());
}

} // namespace

QString GdalDataset::displayName() const
{
    return isResourcePath(m_path) ? m_path : QFileInfo(m_path).fileName();
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

Result<GdalDataset> GdalDataset::open(const QString& path, Diagnostics* diagnostics)
{
    GeoRuntime::init();
    GdalDataset ds;
    ds.m_path = path;
    const QString shown = isResourcePath(path) ? path : QFileInfo(path).fileName();
    if (path.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("No file was given."));

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
    QString gdalPath = path;
    QByteArrayList options;
    QByteArrayList drivers;
    if (isTextTable(suffix) || resource) {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::ReadFailed, tr("The file %1 cannot be opened: %2. Check that you may read it.").arg(shown, file.errorString()));
        QByteArray bytes = file.readAll();
        QString fileName = info.fileName();
        if (isTextTable(suffix)) {
            ds.m_csv = true;
            if (bytes.startsWith("\xEF\xBB\xBF"))
                bytes.remove(0, 3);
            QStringDecoder utf8(QStringDecoder::Utf8);
            const QString text = utf8(bytes);
            if (utf8.hasError()) {
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
            if (text.trimmed().isEmpty())
                return fail(ErrorCode::EmptyInput, tr("The file %1 is empty. Export the data again or choose another file.").arg(shown));
            const char separator = detectSeparator(bytes);
            if (auto regular = CsvStructure::check(bytes, separator, shown); !regular)
                return regular.error();
            options = {separatorOption(separator), "AUTODETECT_TYPE=NO", "HEADERS=YES", "EMPTY_STRING_AS_NULL=NO",
                       "KEEP_GEOM_COLUMNS=YES"};
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
                                         drivers.isEmpty() ? nullptr : driverPtrs.data(), optionPtrs.data(), nullptr));
    if (!ds.m_dataset) {
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
    return ds;
}

} // namespace Mk::detail
