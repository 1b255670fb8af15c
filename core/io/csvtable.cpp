// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvtable.h"

#include "io/numberparser.h"
#include "io/tablereader.h"

#include <QFileInfo>

namespace Mk {

Result<CsvTable> CsvTable::read(const QString& path)
{
    auto reader = TableReader::open(path);
    if (!reader)
        return reader.error();
    CsvTable table;
    table.m_path = path;
    table.m_headers = reader->columns();
    const int nColumns = static_cast<int>(table.m_headers.size());
    while (reader->next()) {
        QStringList row;
        row.reserve(nColumns);
        for (int c = 0; c < nColumns; ++c)
            row.append(reader->isNull(c) ? QString() : reader->text(c).trimmed());
        table.m_rows.push_back(std::move(row));
        table.m_lineNumbers.push_back(static_cast<qsizetype>(reader->rowIndex()) + 2);
    }
    if (const std::optional<Error> failure = reader->failed())
        return *failure;
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

Result<AttributeValue> CsvTable::value(qsizetype row, qsizetype column) const
{
    const std::optional<AttributeValue> v = NumberParser::fromText(text(row, column));
    if (!v)
        return fail(ErrorCode::InvalidValue,
                    tr("%1, line %2, column \"%3\": \"%4\" is not a number. Enter a number (0 if there are none).")
                        .arg(QFileInfo(m_path).fileName())
                        .arg(lineNumber(row))
                        .arg(m_headers[column], text(row, column)));
    return *v;
}

Result<double> CsvTable::number(qsizetype row, qsizetype column) const
{
    const Result<AttributeValue> v = value(row, column);
    if (!v)
        return v.error();
    if (!v->hasValue())
        return fail(ErrorCode::InvalidValue, tr("%1, line %2, column \"%3\": the value is %4. Enter a number.")
                                                 .arg(QFileInfo(m_path).fileName())
                                                 .arg(lineNumber(row))
                                                 .arg(m_headers[column], v->isSuppressed() ? tr("suppressed") : tr("missing")));
    return v->number;
}

CsvTable CsvTable::withRowsWhere(qsizetype column, const QString& value) const
{
    CsvTable out;
    out.m_path = m_path;
    out.m_headers = m_headers;
    for (size_t r = 0; r < m_rows.size(); ++r)
        if (m_rows[r][column] == value) {
            out.m_rows.push_back(m_rows[r]);
            out.m_lineNumbers.push_back(m_lineNumbers[r]);
        }
    return out;
}

} // namespace Mk
