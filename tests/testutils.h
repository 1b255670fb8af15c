// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTest>

#include <cmath>

/** Absolute path of a file under tests/data. */
inline QString testDataPath(const QString& relative)
{
    return QStringLiteral(MK_TEST_DATA_DIR "/") + relative;
}

/** Relative comparison for floating-point index values (QGIS's QGSCOMPARENEAR, relative). */
#define MK_COMPARE_REL(actual, expected, rel)                                                                  \
    do {                                                                                                       \
        const double a_ = (actual);                                                                            \
        const double e_ = (expected);                                                                          \
        const double tol_ = (rel) * std::max(1.0, std::abs(e_));                                               \
        if (!(std::abs(a_ - e_) <= tol_))                                                                      \
            QFAIL(qPrintable(QStringLiteral("%1 = %2, expected %3 (tolerance %4)")                             \
                                 .arg(QStringLiteral(#actual)).arg(a_, 0, 'g', 17).arg(e_, 0, 'g', 17).arg(tol_))); \
    } while (false)
