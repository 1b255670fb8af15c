// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvtable.h"

#include "geo/georuntime.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStringDecoder>

#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <atomic>
#include <memory>

namespace Mk {

namespace {

/** Owns an in-memory copy of a Qt resource for GDAL, removed again on destruction. */
class VsiMemFile
{
public:
    explicit VsiMemFile(QByteArray bytes) : m_bytes(std::move(bytes))
    {
        static std::atomic<int> counter{0};
        m_name = QStringLiteral("/vsimem/mk_csvtable_%1.csv").arg(counter.fetch_add(1)).toUtf8();
        VSILFILE* f = VSIFileFromMemBuffer(m_name.constData(), reinterpret_cast<GByte*>(m_bytes.data()),
                                           static_cast<vsi_l_offset>(m_bytes.size()), FALSE);
        if (f)
            VSIFCloseL(f);
    }
    ~VsiMemFile() { VSIUnlink(m_name.constData()); }
    VsiMemFile(const VsiMemFile&) = delete;
    VsiMemFile& operator=(const VsiMemFile&) = delete;
    const QByteArray& name() const { return m_name; }

private:
    QByteArray m_bytes;
    QByteArray m_name;
};

QString decode(const char* bytes, bool utf8)
{
    return utf8 ? QString::fromUtf8(bytes) : QString::fromLatin1(bytes);
}

} // namespace

Result<CsvTable> CsvTable::read(const QString& path)
{
    GeoRuntime::init();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::FileNotFound, tr("Cannot open \"%1\": %2. Check the file name.").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    file.close();
    if (bytes.trimmed().isEmpty())
        return fail(ErrorCode::EmptyInput, tr("\"%1\" is empty; it needs a header line and one line per unit.").arg(path));

    // Only the choice of decimal mark needs the separator; GDAL detects it for the parsing itself.
    const QByteArray firstLine = bytes.left(bytes.indexOf('\n'));
    CsvTable table;
    table.m_path = path;
    table.m_decimalComma = firstLine.count(';') > firstLine.count(',');
    QStringDecoder probe(QStringDecoder::Utf8);
    const bool utf8 = !QString(probe.decode(bytes)).isEmpty() && !probe.hasError();

    // GDAL only recognises the CSV driver by extension or by the CSV: prefix; the copy keeps the
    // dataset independent of the original path (resources, names without .csv).
    const VsiMemFile memory(bytes);
    const char* drivers[] = {"CSV", nullptr};
    const char* options[] = {"HEADERS=YES", "AUTODETECT_TYPE=NO", "KEEP_GEOM_COLUMNS=YES", "EMPTY_STRING_AS_NULL=NO", nullptr};
    GDALDatasetUniquePtr ds(GDALDataset::Open(memory.name().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, options));
    if (!ds || ds->GetLayerCount() < 1)
        return fail(ErrorCode::UnknownFormat, tr("\"%1\" could not be read as a CSV table. Save it as CSV (comma or semicolon separated).").arg(path),
                    QString::fromUtf8(CPLGetLastErrorMsg()));
    OGRLayer* layer = ds->GetLayer(0);
    OGRFeatureDefn* defn = layer->GetLayerDefn();
    const int nFields = defn->GetFieldCount();
    for (int f = 0; f < nFields; ++f)
        table.m_headers.append(decode(defn->GetFieldDefn(f)->GetNameRef(), utf8));
    layer->ResetReading();
    for (auto& feature : *layer) {
        QStringList row;
        row.reserve(nFields);
        for (int f = 0; f < nFields; ++f)
            row.append(feature->IsFieldSetAndNotNull(f) ? decode(feature->GetFieldAsString(f), utf8).trimmed() : QString());
        table.m_rows.push_back(std::move(row));
        // Quoted line breaks would shift this; DUO and CBS tables have none.
        table.m_lineNumbers.push_back(static_cast<qsizetype>(table.m_rows.size()) + 1);
    }
    return table;
}

qsizetype CsvTable::columnIndex(const QString& name) const
{
    const qsizetype exact = m_headers.indexOf(name);
    if (exact >= 0)
        return exact;
    for (qsizetype i = 0; i < m_headers.size(); ++i)
        if (m_headers[i].compare(name, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

Result<double> CsvTable::number(qsizetype row, qsizetype column) const
{
    QString s = text(row, column);
    if (m_decimalComma)
        s.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double v = QLocale::c().toDouble(s, &ok);
    if (!ok)
        return fail(ErrorCode::InvalidValue,
                    tr("%1, line %2, column \"%3\": \"%4\" is not a number. Enter a number (0 if there are none).")
                        .arg(QFileInfo(m_path).fileName())
                        .arg(lineNumber(row))
                        .arg(m_headers[column], text(row, column)));
    return v;
}

CsvTable CsvTable::withRowsWhere(qsizetype column, const QString& value) const
{
    CsvTable out;
    out.m_path = m_path;
    out.m_headers = m_headers;
    out.m_decimalComma = m_decimalComma;
    for (size_t r = 0; r < m_rows.size(); ++r)
        if (m_rows[r][column] == value) {
            out.m_rows.push_back(m_rows[r]);
            out.m_lineNumbers.push_back(m_lineNumbers[r]);
        }
    return out;
}

} // namespace Mk
