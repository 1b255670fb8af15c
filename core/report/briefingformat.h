// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace Mk {

struct BriefingCell;

/**
 * How the briefing prints numbers, in the report's locale (Dutch: 0,034 and 12,3 %): one place for the
 * builder's sentences and the renderer's tables, so text and tables always agree.
 */
class BriefingFormat
{
public:
    /** `suppressed` is the text of a withheld figure ("<5"). */
    BriefingFormat(QLocale locale, QString suppressed) : m_locale(std::move(locale)), m_suppressed(std::move(suppressed)) {}

    const QLocale& locale() const { return m_locale; }
    /** An index on its 0-1 scale with 3 decimals ("0,034"); "–" when undefined. */
    QString index(double value) const;
    /** A share 0-1 as a percentage ("12,3 %"). */
    QString share(double value, int decimals = 1) const;
    /** Percentage points with a sign ("+1,2", "−3,4"). */
    QString points(double value) const;
    /** A difference with its sign ("+0,004", "−0,012"), plain "0,000" when it rounds to zero. */
    QString difference(double value, int decimals = 3) const;
    /** A plain number ("3,97"). */
    QString number(double value, int decimals) const;
    /** "[low; high]" of two formatted numbers. */
    static QString interval(const QString& low, const QString& high);
    /** A cell as a share ("12,3 %"), "<5" when withheld, "–" when missing. */
    QString shareCell(const BriefingCell& cell) const;
    /** A gap cell: "+1,2 [−3,4; 5,6]", "<5" when withheld, "–" when missing. */
    QString gapCell(const BriefingCell& cell) const;
    /** What a missing value looks like: an en dash, never a number. */
    static QString missing() { return QStringLiteral("\u2013"); }

private:
    QLocale m_locale;
    QString m_suppressed;
};

} // namespace Mk
