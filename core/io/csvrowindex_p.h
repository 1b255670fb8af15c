// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal: only core/io/*.cpp include this header.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace Mk::detail {

/**
 * Where the records of each value of one column lie in a CSV file, read from the `<file>.rowindex` that the build
 * step core/tools/csvrowindex.cpp writes next to an embedded national table. With it a loader hands GDAL the header
 * and the records of one gemeente's schools instead of the whole 27 MB table. Format, one record a line:
 * `mengkaart-csv-row-index;2;<file bytes>;<header bytes>;<column>`, then `<value>;<offset>;<length>;<first>;<count>`
 * per range of consecutive records with that value: its bytes, the file's index of its first record (0 = the line
 * after the header) and how many records it holds, so messages can name the file's own lines.
 */
class CsvRowIndex
{
public:
    /**
     * The index beside `csvPath`, or null when there is none or it is unreadable. The index of an embedded file is
     * read once per process (thread-safe).
     */
    static std::shared_ptr<const CsvRowIndex> beside(const QString& csvPath);

    const QString& column() const { return m_column; }

    /** From the selection's `firstRow` on, its records are the file's records from `fileRow` on. */
    struct RowRun {
        qint64 firstRow = 0;
        qint64 fileRow = 0;
    };
    /** The file's record index of a selection's record `row` (0 = the first after the header), by its runs. */
    static qint64 fileRow(const std::vector<RowRun>& runs, qint64 row);
    struct Selection {
        QByteArray csv;           ///< the header and the selected records
        std::vector<RowRun> runs; ///< ascending by firstRow
    };
    /**
     * The header and the records whose value is one of `keys`, in file order; nullopt when `csv` is not the file the
     * index was made for (another size), so the caller reads the whole file instead.
     */
    std::optional<Selection> select(const QByteArray& csv, const QSet<QString>& keys) const;

private:
    static std::shared_ptr<const CsvRowIndex> read(const QString& indexPath);
    struct Range {
        qsizetype offset = 0;
        qsizetype length = 0;
        qint64 firstRecord = 0;
        qint64 records = 0;
    };
    qsizetype m_fileSize = 0;
    qsizetype m_headerSize = 0;
    QString m_column;
    QHash<QString, QList<Range>> m_ranges;
};

} // namespace Mk::detail
