// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/indexinput.h"

#include <QStringList>
#include <QTest>

#include <vector>

/** Small hand-made tables for the index tests. */
namespace IndexTestTables {

/** prefix1, prefix2, ..., prefixN. */
inline QStringList names(int n, const QString& prefix)
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out.append(prefix + QString::number(i + 1));
    return out;
}

/** A validated table; aborts the test binary when the test's own data is invalid. */
inline Mk::IndexInput table(const QStringList& ids, const QStringList& groups, const std::vector<double>& counts)
{
    auto input = Mk::IndexInput::create(ids, groups, counts);
    if (!input)
        qFatal("%s", qPrintable(input.error().toString()));
    return *input;
}

/** Units u1..uN and groups g1..gK. */
inline Mk::IndexInput table(int units, int groups, const std::vector<double>& counts)
{
    return table(names(units, QStringLiteral("u")), names(groups, QStringLiteral("g")), counts);
}

} // namespace IndexTestTables
