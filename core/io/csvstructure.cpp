// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvstructure.h"

#include <QLocale>

#include <algorithm>
#include <vector>

namespace Mk {

namespace {

/** One record as GDAL would read it: where it starts and ends, and how many values it has. */
struct Record {
    qsizetype firstLine = 0;
    qsizetype lastLine = 0;
    qsizetype values = 0;
    qsizetype filledValues = 0; ///< values up to the last non-blank one
    bool quoteOpen = false;     ///< the file ended inside quotes
    /** Per physical line of the record, its separators counted as if there were no quotes. */
    std::vector<qsizetype> rawSeparators;
};

/** Splits the bytes into records one at a time (see CsvStructure). */
class RecordScanner
{
public:
    RecordScanner(const QByteArray& bytes, char separator) : m_bytes(bytes), m_separator(separator) {}

    /** The next non-blank record; false at the end. */
    bool next(Record& record)
    {
        while (m_pos < m_bytes.size()) {
            record = Record{m_line, m_line, 0, 0, false, {0}};
            bool quoted = false;
            bool blank = true;       // only spaces so far in this record
            bool valueBlank = true;  // only spaces so far in this value
            qsizetype values = 1;
            qsizetype filled = 0;
            bool endedOnNewline = false;
            while (m_pos < m_bytes.size()) {
                const char c = m_bytes[m_pos++];
                endedOnNewline = false;
                if (c == '"') {
                    if (quoted && m_pos < m_bytes.size() && m_bytes[m_pos] == '"')
                        ++m_pos; // a literal quote inside quotes
                    else
                        quoted = !quoted;
                    blank = valueBlank = false;
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && m_pos < m_bytes.size() && m_bytes[m_pos] == '\n')
                        ++m_pos;
                    ++m_line;
                    endedOnNewline = true;
                    if (!quoted)
                        break;
                    record.rawSeparators.push_back(0);
                    valueBlank = false;
                } else if (c == m_separator && quoted) {
                    ++record.rawSeparators.back();
                } else if (c == m_separator) {
                    ++record.rawSeparators.back();
                    if (!valueBlank)
                        filled = values;
                    ++values;
                    valueBlank = true;
                    blank = false;
                } else if (c != ' ' && c != '\t') {
                    blank = valueBlank = false;
                }
            }
            if (!valueBlank)
                filled = values;
            record.lastLine = endedOnNewline ? m_line - 1 : m_line;
            record.values = values;
            record.filledValues = filled;
            record.quoteOpen = quoted;
            if (!blank)
                return true;
        }
        return false;
    }

private:
    const QByteArray& m_bytes;
    char m_separator;
    qsizetype m_pos = 0;
    qsizetype m_line = 1;
};

} // namespace

Result<void> CsvStructure::check(const QByteArray& utf8, char separator, const QString& shownName)
{
    RecordScanner scanner(utf8, separator);
    Record header;
    if (!scanner.next(header))
        return {};
    const QLocale locale;
    if (header.quoteOpen || header.lastLine > header.firstLine)
        return fail(ErrorCode::ReadFailed,
                    tr("%1: a quote (\") in the header (line %2) is not closed on that line, so the header runs on to line %3. "
                       "Remove the stray quote or close it in a text editor.")
                        .arg(shownName)
                        .arg(header.firstLine)
                        .arg(header.lastLine));
    const qsizetype names = header.values;
    Record r;
    qsizetype more = 0, fewer = 0;
    Record firstMore, firstFewer;
    while (scanner.next(r)) {
        const bool spans = r.lastLine > r.firstLine;
        // A value over several lines may be real (an address); one that holds a whole row's separators (of a table
        // wide enough for that to mean something) is a stray quote.
        const bool swallowsARow = spans && names >= 4 && std::count(r.rawSeparators.begin(), r.rawSeparators.end(), names - 1) > 0;
        if (r.quoteOpen || (spans && (r.values != names || swallowsARow)))
            return fail(ErrorCode::ReadFailed,
                        r.quoteOpen ? tr("%1, line %2: a quote (\") opens a value that is never closed, so every line from there "
                                         "to the end of the file (line %3) would be read as one value. Remove the stray quote or "
                                         "close it in a text editor.")
                                          .arg(shownName)
                                          .arg(r.firstLine)
                                          .arg(r.lastLine)
                                    : tr("%1, line %2: a quote (\") opens a value that only closes on line %3, so those lines "
                                         "would be read as one row and the rows among them lost. Remove the stray quote or "
                                         "close it on its own line in a text editor.")
                                          .arg(shownName)
                                          .arg(r.firstLine)
                                          .arg(r.lastLine));
        if (r.filledValues > names) {
            if (more++ == 0)
                firstMore = r;
        } else if (r.values < names) {
            if (fewer++ == 0)
                firstFewer = r;
        }
    }
    if (more > 0)
        return fail(ErrorCode::ReadFailed,
                    tr("%1: the header (line %2) names %3 columns, but line %4 has %5 values (%6 line(s) have more values than "
                       "the header has names). A column name is missing from the header, or a value contains the separator "
                       "without quotes; the columns would shift. Correct that line or the header in a text editor.")
                        .arg(shownName)
                        .arg(header.firstLine)
                        .arg(locale.toString(names))
                        .arg(firstMore.firstLine)
                        .arg(locale.toString(firstMore.filledValues), locale.toString(more)));
    if (fewer > 0)
        return fail(ErrorCode::ReadFailed,
                    tr("%1: the header (line %2) names %3 columns, but line %4 has only %5 values (%6 line(s) have fewer). "
                       "The file may be cut off, the header may name a column too many, or a value contains the separator "
                       "without quotes. Check that line in a text editor.")
                        .arg(shownName)
                        .arg(header.firstLine)
                        .arg(locale.toString(names))
                        .arg(firstFewer.firstLine)
                        .arg(locale.toString(firstFewer.values), locale.toString(fewer)));
    return {};
}

} // namespace Mk
