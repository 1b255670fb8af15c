// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvrowindex_p.h"

#include <QFile>
#include <QMutex>

#include <algorithm>
#include <vector>

namespace Mk::detail {

std::shared_ptr<const CsvRowIndex> CsvRowIndex::beside(const QString& csvPath)
{
    const QString path = csvPath + QStringLiteral(".rowindex");
    if (!path.startsWith(QLatin1Char(':')))
        return read(path);
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const CsvRowIndex>> embedded;
    const QMutexLocker lock(&mutex);
    if (const auto it = embedded.constFind(path); it != embedded.constEnd())
        return *it;
    return *embedded.insert(path, read(path));
}

std::shared_ptr<const CsvRowIndex> CsvRowIndex::read(const QString& indexPath)
{
    QFile file(indexPath);
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    const QList<QByteArray> lines = file.readAll().split('\n');
    const QList<QByteArray> head = lines.value(0).split(';');
    if (head.size() != 5 || head[0] != "mengkaart-csv-row-index" || head[1] != "2")
        return nullptr;
    auto made = std::make_shared<CsvRowIndex>();
    CsvRowIndex& index = *made;
    bool sizeOk = false, headerOk = false;
    index.m_fileSize = head[2].toLongLong(&sizeOk);
    index.m_headerSize = head[3].toLongLong(&headerOk);
    index.m_column = QString::fromUtf8(head[4]);
    if (!sizeOk || !headerOk || index.m_headerSize <= 0 || index.m_headerSize > index.m_fileSize)
        return nullptr;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines[i].isEmpty())
            continue;
        const QList<QByteArray> f = lines[i].split(';');
        bool offsetOk = false, lengthOk = false, firstOk = false, countOk = false;
        const Range r{f.value(1).toLongLong(&offsetOk), f.value(2).toLongLong(&lengthOk), f.value(3).toLongLong(&firstOk),
                      f.value(4).toLongLong(&countOk)};
        if (f.size() != 5 || !offsetOk || !lengthOk || !firstOk || !countOk || r.offset < index.m_headerSize || r.length <= 0
            || r.offset + r.length > index.m_fileSize || r.firstRecord < 0 || r.records <= 0)
            return nullptr;
        index.m_ranges[QString::fromUtf8(f[0])].append(r);
    }
    return made;
}

qint64 CsvRowIndex::fileRow(const std::vector<RowRun>& runs, qint64 row)
{
    const auto after = std::upper_bound(runs.cbegin(), runs.cend(), row, [](qint64 r, const RowRun& run) { return r < run.firstRow; });
    if (after == runs.cbegin())
        return row;
    const RowRun& run = *(after - 1);
    return run.fileRow + (row - run.firstRow);
}

std::optional<CsvRowIndex::Selection> CsvRowIndex::select(const QByteArray& csv, const QSet<QString>& keys) const
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
    Selection out;
    out.csv.reserve(size);
    const auto append = [&](qsizetype offset, qsizetype length) {
        out.csv.append(csv.constData() + offset, length);
        if (!out.csv.endsWith('\n')) // the file's last record may lack its line end
            out.csv.append('\n');
    };
    append(0, m_headerSize);
    qint64 row = 0;
    for (const Range& r : chosen) {
        append(r.offset, r.length);
        out.runs.push_back({row, r.firstRecord});
        row += r.records;
    }
    return out;
}

} // namespace Mk::detail
