// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "model/attributevalue.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace Mk {

/**
 * A whole text table (CSV, `;`- or tab-separated; also Qt resources) held in memory as text cells,
 * read through TableReader (quotes, separators and encodings as GDAL's CSV driver reads them).
 * For random access by row and column, e.g. to pick id and count columns by name on the command line.
 */
class CsvTable
{
    Q_DECLARE_TR_FUNCTIONS(Mk::CsvTable)

public:
    static Result<CsvTable> read(const QString& path);

    const QString& path() const { return m_path; }
    const QStringList& headers() const { return m_headers; }
    qsizetype rowCount() const { return static_cast<qsizetype>(m_rows.size()); }
    /** Index of a column by exact name, else case-insensitive; -1 when absent. */
    qsizetype columnIndex(const QString& name) const;
    const QString& text(qsizetype row, qsizetype column) const { return m_rows[static_cast<size_t>(row)][column]; }
    /** Line of `row` in the file (header = line 1), also after withRowsWhere(). */
    qsizetype lineNumber(qsizetype row) const { return m_lineNumbers[static_cast<size_t>(row)]; }
    /**
     * The cell as a value (NumberParser: "12", "0.34", "0,34"; CBS sentinels and DUO "<5" are
     * Suppressed or Missing; empty is Missing). Text that is no number is an error naming the file,
     * the line and the column.
     */
    Result<AttributeValue> value(qsizetype row, qsizetype column) const;
    /** The same, but only a plain number is accepted (a missing or suppressed cell is an error too). */
    Result<double> number(qsizetype row, qsizetype column) const;
    /** A copy holding only the rows whose cell in `column` equals `value` (e.g. one school year). */
    CsvTable withRowsWhere(qsizetype column, const QString& value) const;

private:
    QString m_path;
    QStringList m_headers;
    std::vector<QStringList> m_rows;
    std::vector<qsizetype> m_lineNumbers;
};

} // namespace Mk
