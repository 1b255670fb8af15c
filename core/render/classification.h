// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <vector>

namespace Mk {

/** How a numeric attribute is cut into classes for a choropleth. */
enum class ClassificationMethod { Quantile, EqualInterval, NaturalBreaks };

/**
 * Class bounds for a choropleth: bounds() holds n+1 ascending values, class i covers
 * (bounds[i], bounds[i+1]], the first class also includes its lower bound.
 *
 * - Quantile: bounds at the i/n sample quantiles, linear interpolation between order statistics
 *   (Hyndman & Fan 1996, "Sample quantiles in statistical packages", Am. Stat. 50(4), type 7).
 *   Tied quantiles collapse, so fewer classes than asked may result.
 * - EqualInterval: n classes of equal width between minimum and maximum.
 * - NaturalBreaks: Jenks natural breaks, minimising the within-class sum of squared deviations
 *   (Jenks 1977, "Optimal data classification for choropleth maps", Univ. of Kansas Occasional
 *   Paper 2; exact dynamic programme of Fisher 1958, JASA 53(284)). Above kJenksSampleSize values
 *   an evenly spaced sample of the sorted data (with min and max) is classified, as QGIS does,
 *   because the programme is O(k n^2).
 */
class Classification
{
    Q_DECLARE_TR_FUNCTIONS(Mk::Classification)
public:
    static constexpr int kJenksSampleSize = 3000;

    Classification() = default;
    explicit Classification(QList<double> bounds) : m_bounds(std::move(bounds)) {}

    /** Classifies the finite values (NaN ignored); empty input gives an empty classification. */
    static Classification compute(ClassificationMethod method, std::vector<double> values, int classes);
    static QString methodName(ClassificationMethod method);
    /**
     * Why there are fewer classes than the `asked` ones (the values take fewer distinct values, or quantiles
     * tie), for the style controls to say; empty when there are as many.
     */
    QString shortfall(int asked) const;

    const QList<double>& bounds() const { return m_bounds; }
    int classCount() const { return m_bounds.size() < 2 ? 0 : static_cast<int>(m_bounds.size() - 1); }
    bool isEmpty() const { return classCount() == 0; }
    /** Class of a value, clamped to the first/last class; -1 for NaN or an empty classification. */
    int classOf(double value) const;

private:
    QList<double> m_bounds;
};

} // namespace Mk
