// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal: only core/io/*.cpp include this header.

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

#include <string>
#include <vector>

namespace Mk::detail {

/**
 * The records of a CSV held in memory, split in place as GDAL's CSV driver splits them (CSVReadParseLine3L and
 * CSVSplitLine of GDAL's port/cpl_csv.cpp; RFC 4180, Shafranovich 2005, with GDAL's leniency): a quote anywhere in a
 * value toggles quoting and is dropped, "" inside quotes is one quote, a record continues onto the next line while a
 * quote is open (that line end becoming "\n"), a separator at the end of a record adds an empty value, and an empty
 * line is skipped. The driver builds an OGRFeature and a string list per row: reading the national pupils table
 * (110,000 rows, every value quoted) took 1.2 s of CPU through it, 0.33 s so (bench load, issue 13).
 *
 * Only for input whose lines end in "\n" or "\r\n" and that holds no NUL byte and no backslash before a quote, where
 * GDAL versions differ or stop early: supports() says whether a file is such input, else TableReader uses the driver.
 */
class CsvRecords
{
public:
    /** Whether `bytes` can be split here exactly as GDAL's driver would (see the class comment). */
    static bool supports(const QByteArray& bytes);

    /** Reads `bytes` (kept alive by the caller) separated by `separator`. */
    CsvRecords(const QByteArray& bytes, char separator);

    /** Splits the next non-empty record; false at the end. */
    bool next();
    /** How many values the current record has. */
    int size() const { return static_cast<int>(m_starts.size()); }
    /** Value `i` of the current record, NUL-terminated, as GDAL hands it over (quotes resolved, blanks kept). */
    const char* value(int i) const { return m_cells.data() + m_starts[static_cast<size_t>(i)]; }
    QByteArrayView view(int i) const { return QByteArrayView(value(i), m_lengths[static_cast<size_t>(i)]); }
    /** The fraction of the bytes read so far, for progress. */
    double progress() const;

private:
    const char* m_begin;
    const char* m_pos;
    const char* m_end;
    char m_separator;
    std::string m_cells;               ///< the current record's values, each followed by a NUL
    std::vector<qsizetype> m_starts;   ///< where each value starts in m_cells
    std::vector<qsizetype> m_lengths;  ///< its length without the NUL
};

} // namespace Mk::detail
