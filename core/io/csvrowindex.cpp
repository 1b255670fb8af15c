// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvrowindex_p.h"

#include <QFile>

#include <algorithm>
#include <vector>

namespace Mk::detail {

std::optional<CsvRowIndex> CsvRowIndex::beside(const QString& csvPath)
{
    QFile file(csvPath + QStringLiteral(".rowindex"));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QList<QByteArray> lines = file.readAll().split('\n');
    const QList<QByteArray> head = lines.value(0).split(';');
    if (head.size() != 5 || head[0] != "mengkaart-csv-row-index" || head[1] != "1")
        return std::nullopt;
    CsvRowIndex index;
    bool sizeOk = false, headerOk = false;
    index.m_fileSize = head[2].toLongLong(&sizeOk);
    index.m_headerSize = head[3].toLongLong(&headerOk);
    index.m_column = QString::fromUtf8(head[4]);
    if (!sizeOk || !headerOk || index.m_headerSize <= 0 || index.m_headerSize > index.m_fileSize)
        return std::nullopt;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines[i].isEmpty())
            continue;
        const QList<QByteArray> f = lines[i].split(';');
        bool offsetOk = false, lengthOk = false;
        const Range r{f.value(1).toLongLong(&offsetOk), f.value(2).toLongLong(&lengthOk)};
        if (f.size() != 3 || !offsetOk || !lengthOk || r.offset < index.m_headerSize || r.length <= 0
            || r.offset + r.length > index.m_fileSize)
            return std::nullopt;
        index.m_ranges[QString::fromUtf8(f[0])].append(r);
    }
    return index;
}

std::optional<QByteArray> CsvRowIndex::select(const QByteArray& csv, const QSet<QString>& keys) const
{
    if (csv.size() != m_fileSize)
        return std::nullopt;
    std::vector<Range> chosen;
    for (const QString& key : keys)
        if (const auto it = m_ranges.constFind(key); it != m_ranges.constEnd())
            chosen.insert(chosen.end(), it->cbegin(), it->cend());
    std::sort(chosen.begin(), chosen.end(), [](const Range& a, const Range& b) { return a.offset < b.offset; });
    qsizetype size = m_headerSize + 1;
    for (const Range& r : chosen)
        size += r.length + 1;
    QByteArray out;
    out.reserve(size);
    const auto append = [&](qsizetype offset, qsizetype length) {
        out.append(csv.constData() + offset, length);
        if (!out.endsWith('\n')) // the file's last record may lack its line end
            out.append('\n');
    };
    append(0, m_headerSize);
    for (const Range& r : chosen)
        append(r.offset, r.length);
    return out;
}

} // namespace Mk::detail
