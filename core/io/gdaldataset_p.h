// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal: only core/io/*.cpp include this header (it exposes gdal_priv.h).

#include "base/diagnostics.h"
#include "base/result.h"
#include "io/csvrowindex_p.h"
#include "io/tablereader.h"
#include "io/vsimemfile_p.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QString>
#include <QStringList>

namespace Mk::detail {

/**
 * An open read-only OGR dataset (RAII over GDALDatasetUniquePtr) for any path a user or the
 * demo gives: local files, Qt resources (":/demo/...", through /vsimem/) and CSV in UTF-8 or
 * Windows-1252 (re-encoded to a /vsimem/ UTF-8 copy; the separator is detected).
 */
class GdalDataset
{
    Q_DECLARE_TR_FUNCTIONS(Mk::detail::GdalDataset)

public:
    GdalDataset() = default;
    GdalDataset(GdalDataset&&) noexcept = default;
    GdalDataset& operator=(GdalDataset&& other) noexcept
    {
        // Close our dataset before its /vsimem/ bytes are replaced (member-wise order would not).
        m_dataset.reset();
        m_memFile = std::move(other.m_memFile);
        m_dataset = std::move(other.m_dataset);
        m_path = std::move(other.m_path);
        m_encoding = std::move(other.m_encoding);
        m_csv = other.m_csv;
        m_separator = other.m_separator;
        m_subset = std::move(other.m_subset);
        return *this;
    }

    /**
     * Opens `path`; a failure names the file and says what to do. Notes (encoding) go to `diagnostics`. With `rows`, a
     * CSV that has a row index beside it is opened as its header and the hinted rows (TableReader::RowHint).
     */
    static Result<GdalDataset> open(const QString& path, Diagnostics* diagnostics = nullptr,
                                    const TableReader::RowHint* rows = nullptr);

    /**
     * What SQLite's quick_check finds wrong with an open GeoPackage (the file `info`), or empty when it is
     * sound. A damaged page may lie outside the rows a loader reads, or garble them without an error, so
     * the whole file is checked, once per version of it (path, size and time of change).
     */
    static QString sqliteDamage(GDALDataset* dataset, const QFileInfo& info);

    GDALDataset* get() const { return m_dataset.get(); }
    const QString& path() const { return m_path; }
    /** The file name shown in messages. */
    QString displayName() const;
    /** How messages show `path`: an embedded file by its resource path, any other by its file name. */
    static QString displayNameOf(const QString& path);
    QString driverName() const;
    QStringList layerNames() const;
    bool isCsv() const { return m_csv; }
    /** A CSV's separator (',', ';' or '\t') and its bytes in UTF-8 as GDAL reads them; for a fast path beside the driver. */
    char csvSeparator() const { return m_separator; }
    const QByteArray& csvBytes() const { return m_memFile.bytes(); }
    /** Whether only the rows of a TableReader::RowHint were read (through a row index). */
    bool isSubset() const { return m_subset.has_value(); }
    /** The file's own index of the layer's row `row` (0 = the first after a CSV header): another one in a subset. */
    qint64 fileRow(qint64 row) const;
    /** "UTF-8" or "Windows-1252" for CSV input, empty otherwise. */
    const QString& encoding() const { return m_encoding; }

private:
    // Declared before m_dataset: the dataset must close before its /vsimem/ bytes go away.
    VsiMemFile m_memFile;
    GDALDatasetUniquePtr m_dataset;
    QString m_path;
    QString m_encoding;
    bool m_csv = false;
    char m_separator = ',';
    std::optional<std::vector<CsvRowIndex::RowRun>> m_subset; ///< set when only hinted rows were read
};

} // namespace Mk::detail
