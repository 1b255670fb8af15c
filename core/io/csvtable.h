// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace Mk {

/**
 * A whole CSV file read into memory as text cells, through GDAL's CSV driver (quotes, embedded
 * separators and line breaks handled by OGR, no hand-written parser). The separator (`,` `;` tab `|`)
 * is detected by GDAL; a file separated by `;` is taken to use decimal commas (Dutch Excel exports).
 * Paths starting with ":/" are Qt resources, handed to GDAL through /vsimem/.
 * Non-UTF-8 files (older DUO exports) are decoded as Latin-1.
 */
class CsvTable
{
    Q_DECLARE_TR_FUNCTIONS(CsvTable)

public:
    static Result<CsvTable> read(const QString& path);

    const QString& path() const { return m_path; }
    const QStringList& headers() const { return m_headers; }
    qsizetype rowCount() const { return static_cast<qsizetype>(m_rows.size()); }
    /** Index of a column by exact name, else case-insensitive; -1 when absent. */
    qsizetype columnIndex(const QString& name) const;
    const QString& text(qsizetype row, qsizetype column) const { return m_rows[static_cast<size_t>(row)][column]; }
    bool decimalComma() const { return m_decimalComma; }
    /** Line of `row` in the file (header = line 1), also after withRowsWhere(). */
    qsizetype lineNumber(qsizetype row) const { return m_lineNumbers[static_cast<size_t>(row)]; }
    /**
     * The cell as a number ("12", "0.34", or "0,34" in a `;` file). An empty cell or text is an error
     * that names the file, the line (header = line 1) and the column.
     */
    Result<double> number(qsizetype row, qsizetype column) const;
    /** A copy holding only the rows whose cell in `column` equals `value` (e.g. one school year). */
    CsvTable withRowsWhere(qsizetype column, const QString& value) const;

private:
    QString m_path;
    QStringList m_headers;
    std::vector<QStringList> m_rows;
    std::vector<qsizetype> m_lineNumbers;
    bool m_decimalComma = false;
};

} // namespace Mk
