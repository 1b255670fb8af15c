// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvrecords_p.h"

#include <cstring>

namespace Mk::detail {

bool CsvRecords::supports(const QByteArray& bytes)
{
    const char* begin = bytes.constData();
    const char* end = begin + bytes.size();
    if (std::memchr(begin, '\0', static_cast<size_t>(bytes.size())))
        return false;
    // GDAL's CPLReadLine also ends a line at a lone "\r"; such files take the driver.
    for (const char* p = begin; (p = static_cast<const char*>(std::memchr(p, '\r', static_cast<size_t>(end - p)))); ++p)
        if (p + 1 == end || p[1] != '\n')
            return false;
    // Some GDAL versions do not count an escaped \" when they decide whether a record continues on the next line.
    for (const char* p = begin; (p = static_cast<const char*>(std::memchr(p, '\\', static_cast<size_t>(end - p)))); ++p)
        if (p + 1 < end && p[1] == '"')
            return false;
    return true;
}

CsvRecords::CsvRecords(const QByteArray& bytes, char separator)
    : m_begin(bytes.constData()), m_pos(bytes.constData()), m_end(bytes.constData() + bytes.size()), m_separator(separator)
{
}

double CsvRecords::progress() const
{
    return m_end > m_begin ? double(m_pos - m_begin) / double(m_end - m_begin) : 1.0;
}

bool CsvRecords::next()
{
    while (m_pos < m_end) {
        m_cells.clear();
        m_starts.clear();
        m_lengths.clear();
        const char* const first = m_pos;
        qsizetype start = 0;
        bool quoted = false;
        const auto endValue = [&] {
            m_starts.push_back(start);
            m_lengths.push_back(static_cast<qsizetype>(m_cells.size()) - start);
            m_cells.push_back('\0');
            start = static_cast<qsizetype>(m_cells.size());
        };
        while (m_pos < m_end) {
            const char c = *m_pos;
            if (!quoted && c == m_separator) {
                endValue();
                ++m_pos;
                continue;
            }
            if (c == '\n' || c == '\r') { // supports(): "\r" comes before "\n" only
                m_pos += c == '\r' ? 2 : 1;
                if (!quoted)
                    break;
                m_cells.push_back('\n');
                continue;
            }
            if (c == '"') {
                if (!quoted || m_pos + 1 == m_end || m_pos[1] != '"') {
                    quoted = !quoted;
                    ++m_pos;
                    continue;
                }
                ++m_pos; // "" inside quotes: one quote
            }
            m_cells.push_back(c);
            ++m_pos;
        }
        if (*first == '\n' || *first == '\r')
            continue; // an empty line: GDAL splits it into no values and skips it
        endValue();
        return true;
    }
    return false;
}

} // namespace Mk::detail
