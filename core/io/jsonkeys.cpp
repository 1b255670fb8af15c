// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/jsonkeys.h"

#include <algorithm>
#include <vector>

namespace Mk {

int JsonKeys::distance(const QString& a, const QString& b)
{
    const QString x = a.toLower(), y = b.toLower();
    std::vector<int> row(static_cast<size_t>(y.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= x.size(); ++i) {
        int diagonal = row[0];
        row[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= y.size(); ++j) {
            const int above = row[static_cast<size_t>(j)];
            row[static_cast<size_t>(j)] = std::min({above + 1, row[static_cast<size_t>(j - 1)] + 1,
                                                    diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row.back();
}

Result<void> JsonKeys::check(const QJsonObject& object, const QStringList& known, const QString& where)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        if (known.contains(key))
            continue;
        QString closest;
        int best = 3; // more than two edits away is no typo
        for (const QString& k : known)
            if (const int d = distance(key, k); d < best) {
                best = d;
                closest = k;
            }
        const QString list = QStringLiteral("\"") + known.join(QStringLiteral("\", \"")) + QStringLiteral("\"");
        return fail(ErrorCode::InvalidValue,
                    closest.isEmpty()
                        ? tr("%1: the key \"%2\" is unknown, so its value would be ignored. The keys here are %3; remove or correct it.")
                              .arg(where, key, list)
                        : tr("%1: the key \"%2\" is unknown, so its value would be ignored; did you mean \"%3\"? The keys here are %4.")
                              .arg(where, key, closest, list));
    }
    return {};
}

} // namespace Mk
