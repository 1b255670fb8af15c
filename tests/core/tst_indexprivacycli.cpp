// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <functional>
#include <map>
#include <numeric>
#include <set>

namespace {

/** One table as the test writes it: unit ids, counts (units x groups) and, for --by, each unit's area. */
struct Table {
    QStringList ids;
    QStringList groups;
    std::vector<std::vector<int>> counts;
    QStringList areas;

    QByteArray csv() const
    {
        QByteArray out = "id;" + groups.join(QLatin1Char(';')).toUtf8() + (areas.isEmpty() ? "" : ";area") + "\n";
        for (qsizetype i = 0; i < ids.size(); ++i) {
            out += ids[i].toUtf8();
            for (int c : counts[static_cast<size_t>(i)])
                out += ";" + QByteArray::number(c);
            if (!areas.isEmpty())
                out += ";" + areas[i].toUtf8();
            out += "\n";
        }
        return out;
    }
};

QJsonObject runIndices(const Table& t, const QStringList& extra = {})
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("units.csv"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(t.csv()) < 0)
        qFatal("cannot write %s", qPrintable(path));
    f.close();
    QStringList args{QStringLiteral("indices"), QStringLiteral("--units"), path, QStringLiteral("--id"), QStringLiteral("id"),
                     QStringLiteral("--groups"), t.groups.join(QLatin1Char(',')), QStringLiteral("--json")};
    if (!t.areas.isEmpty())
        args << QStringLiteral("--by") << QStringLiteral("area");
    QProcess p;
    p.start(QStringLiteral(MK_CLI_PATH), args + extra);
    p.waitForFinished(60000);
    if (p.exitCode() != 0)
        qFatal("indices failed: %s", p.readAllStandardError().constData());
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

/**
 * A reader who wants the withheld counts back: finds every table of whole non-negative counts that reproduces
 * every per-unit and per-area figure the JSON prints (weights, shares, location quotients, area weights and
 * entropies; the group totals from the location quotients, the grand total as printed). The local indices of
 * a unit are printed only when all its shares are, so they are functions of figures already matched. The
 * global indices are left out: see the report of this test's commit.
 *
 * For every withheld figure it collects the values the matching tables give it: a single value means the
 * JSON gives the figure away.
 */
class Reader
{
public:
    Reader(const QJsonObject& json, const Table& t) : m_table(t)
    {
        m_K = t.groups.size();
        m_T = json[QStringLiteral("total")].toDouble();
        const QJsonArray local = json[QStringLiteral("local")].toArray();
        for (qsizetype i = 0; i < local.size(); ++i) {
            const QJsonObject u = local[i].toObject();
            Unit unit;
            unit.weight = u[QStringLiteral("weight")];
            for (const QString& g : t.groups) {
                unit.share.push_back(u[QStringLiteral("share")].toObject()[g]);
                unit.lq.push_back(u[QStringLiteral("location_quotient")].toObject()[g]);
            }
            m_units.push_back(unit);
        }
        // P_k = share / LQ wherever both are printed and not zero; else from the group's printed isolation xPx
        // and correlation ratio V = (xPx - P) / (1 - P).
        m_groupTotal.assign(static_cast<size_t>(m_K), -1);
        for (const Unit& u : m_units)
            for (qsizetype k = 0; k < m_K; ++k)
                if (u.share[k].isDouble() && u.lq[k].isDouble() && u.lq[k].toDouble() > 0)
                    m_groupTotal[k] = static_cast<int>(std::lround(u.share[k].toDouble() / u.lq[k].toDouble() * m_T));
        for (qsizetype k = 0; k < m_K; ++k) {
            const QJsonObject g = json[QStringLiteral("two_group")].toObject()[t.groups[k]].toObject();
            const double isolation = g[QStringLiteral("isolation")].toDouble(), v = g[QStringLiteral("correlation_ratio")].toDouble();
            if (m_groupTotal[k] < 0 && g[QStringLiteral("isolation")].isDouble())
                m_groupTotal[k] = static_cast<int>(std::lround((isolation - v) / (1 - v) * m_T));
        }
        if (json.contains(QStringLiteral("decomposition"))) {
            const QJsonArray areas = json[QStringLiteral("decomposition")].toObject()[QStringLiteral("areas")].toArray();
            for (const QJsonValue& a : areas)
                m_areas.push_back({a[QStringLiteral("id")].toString(), a[QStringLiteral("weight")], a[QStringLiteral("entropy")]});
        }
    }

    bool knowsGroupTotals() const { return std::find(m_groupTotal.begin(), m_groupTotal.end(), -1) == m_groupTotal.end(); }

    /** Runs the search; the true table must be among the results. */
    void solve()
    {
        // Units with a printed weight first; the last unit, which gets what is left, best one without.
        for (size_t i = 0; i < m_units.size(); ++i)
            if (m_units[i].weight.isDouble())
                m_order.push_back(i);
        for (size_t i = 0; i < m_units.size(); ++i)
            if (!m_units[i].weight.isDouble())
                m_order.push_back(i);
        std::vector<std::vector<int>> table(m_units.size(), std::vector<int>(static_cast<size_t>(m_K), 0));
        std::vector<int> left(m_groupTotal);
        assign(0, table, left);
    }

    int tables() const { return m_tables; }
    /** The values matching tables give the count of `group` at `unit`. */
    const std::set<int>& cellValues(qsizetype unit, qsizetype group) { return m_values[QStringLiteral("cell %1 %2").arg(unit).arg(group)]; }
    const std::set<int>& unitTotals(qsizetype unit) { return m_values[QStringLiteral("total %1").arg(unit)]; }
    /** The values of the sum of the unit's withheld counts (two or more). */
    const std::set<int>& withheldUnion(qsizetype unit) { return m_values[QStringLiteral("union %1").arg(unit)]; }
    const std::set<int>& areaCount(qsizetype area, qsizetype group) { return m_values[QStringLiteral("area %1 %2").arg(area).arg(group)]; }

    bool weightShown(qsizetype unit) const { return m_units[static_cast<size_t>(unit)].weight.isDouble(); }
    bool shareShown(qsizetype unit, qsizetype group) const { return m_units[static_cast<size_t>(unit)].share[group].isDouble(); }

private:
    struct Unit {
        QJsonValue weight;
        QList<QJsonValue> share;
        QList<QJsonValue> lq;
    };
    struct Area {
        QString id;
        QJsonValue weight;
        QJsonValue entropy;
    };

    static bool fitsShare(const QJsonValue& share, int count, int total)
    {
        return !share.isDouble() || (total > 0 && near(static_cast<double>(count) / total, share.toDouble()));
    }

    /**
     * Gives the n-th unit of the search order its counts, each within what is left of its group, and goes on.
     * A printed weight fixes the unit's total, a printed share with it the count; the last unit gets what is left.
     */
    void assign(size_t n, std::vector<std::vector<int>>& table, std::vector<int>& left)
    {
        const size_t i = m_order[n];
        const Unit& u = m_units[i];
        std::vector<int>& row = table[i];
        const auto next = [&] {
            int t = 0;
            for (int c : row)
                t += c;
            if (t == 0 || (u.weight.isDouble() && !near(t / m_T, u.weight.toDouble())))
                return;
            for (qsizetype k = 0; k < m_K; ++k)
                if (!fitsShare(u.share[k], row[static_cast<size_t>(k)], t))
                    return;
            for (qsizetype k = 0; k < m_K; ++k)
                left[static_cast<size_t>(k)] -= row[static_cast<size_t>(k)];
            if (n + 1 == m_order.size())
                finish(table);
            else
                assign(n + 1, table, left);
            for (qsizetype k = 0; k < m_K; ++k)
                left[static_cast<size_t>(k)] += row[static_cast<size_t>(k)];
        };
        if (n + 1 == m_order.size()) {
            row = left;
            next();
            return;
        }
        // Totals to try: the printed one, or any (only needed when a share is printed against a withheld total).
        std::vector<int> totals;
        bool sharePrinted = false;
        for (const QJsonValue& s : u.share)
            sharePrinted = sharePrinted || (s.isDouble() && s.toDouble() > 0);
        const int all = std::accumulate(left.begin(), left.end(), 0);
        if (u.weight.isDouble())
            totals.push_back(static_cast<int>(std::lround(u.weight.toDouble() * m_T)));
        else if (sharePrinted)
            for (int t = 1; t <= all; ++t)
                totals.push_back(t);
        else
            totals.push_back(-1); // free: the withheld counts make the total
        for (const int t : totals) {
            std::vector<qsizetype> hidden;
            int fixed = 0;
            bool possible = true;
            for (qsizetype k = 0; k < m_K; ++k) {
                const auto kk = static_cast<size_t>(k);
                if (u.share[k].isDouble() && (t >= 0 || u.share[k].toDouble() == 0.0)) {
                    row[kk] = static_cast<int>(std::lround(u.share[k].toDouble() * std::max(t, 0)));
                    fixed += row[kk];
                    possible = possible && row[kk] <= left[kk];
                } else {
                    hidden.push_back(k);
                }
            }
            if (!possible || (t >= 0 && fixed > t))
                continue;
            std::function<void(size_t, int)> cells = [&](size_t h, int sum) {
                if (h == hidden.size()) {
                    if (t < 0 || sum + fixed == t)
                        next();
                    return;
                }
                const auto kk = static_cast<size_t>(hidden[h]);
                const bool lastHidden = h + 1 == hidden.size();
                if (t >= 0 && lastHidden) {
                    row[kk] = t - fixed - sum;
                    if (row[kk] >= 0 && row[kk] <= left[kk])
                        cells(h + 1, sum + row[kk]);
                    return;
                }
                for (int c = 0; c <= left[kk] && (t < 0 || sum + fixed + c <= t); ++c) {
                    row[kk] = c;
                    cells(h + 1, sum + c);
                }
            };
            cells(0, 0);
        }
    }

    void finish(const std::vector<std::vector<int>>& table)
    {
        // Areas: weight and mix as printed.
        std::vector<QString> areaIds;
        for (const Area& a : m_areas)
            areaIds.push_back(a.id);
        std::vector<std::vector<int>> areaCounts(m_areas.size(), std::vector<int>(static_cast<size_t>(m_K), 0));
        for (size_t i = 0; i < table.size() && !m_areas.empty(); ++i) {
            const auto a = static_cast<size_t>(std::find(areaIds.begin(), areaIds.end(), m_table.areas[static_cast<qsizetype>(i)]) - areaIds.begin());
            for (size_t k = 0; k < table[i].size(); ++k)
                areaCounts[a][k] += table[i][k];
        }
        for (size_t a = 0; a < m_areas.size(); ++a) {
            double n = 0, entropy = 0;
            for (int c : areaCounts[a])
                n += c;
            for (int c : areaCounts[a])
                entropy -= c > 0 ? c / n * std::log(c / n) : 0.0;
            if (m_areas[a].weight.isDouble() && !near(n / m_T, m_areas[a].weight.toDouble()))
                return;
            if (m_areas[a].entropy.isDouble() && std::abs(entropy - m_areas[a].entropy.toDouble()) > 1e-9)
                return;
        }
        ++m_tables;
        for (size_t i = 0; i < table.size(); ++i) {
            int t = 0, withheld = 0, parts = 0;
            for (size_t k = 0; k < table[i].size(); ++k) {
                t += table[i][k];
                m_values[QStringLiteral("cell %1 %2").arg(i).arg(k)].insert(table[i][k]);
                if (!m_units[i].share[static_cast<qsizetype>(k)].isDouble()) {
                    withheld += table[i][k];
                    ++parts;
                }
            }
            m_values[QStringLiteral("total %1").arg(i)].insert(t);
            if (parts >= 2)
                m_values[QStringLiteral("union %1").arg(i)].insert(withheld);
        }
        for (size_t a = 0; a < areaCounts.size(); ++a)
            for (size_t k = 0; k < areaCounts[a].size(); ++k)
                m_values[QStringLiteral("area %1 %2").arg(a).arg(k)].insert(areaCounts[a][k]);
    }

    const Table& m_table;
    qsizetype m_K = 0;
    double m_T = 0;
    std::vector<Unit> m_units;
    std::vector<size_t> m_order;
    std::vector<int> m_groupTotal;
    std::vector<Area> m_areas;
    int m_tables = 0;
    std::map<QString, std::set<int>> m_values;
};

/** Every withheld count, unit total and union of withheld counts takes at least two values; the truth is one. */
void verifyNothingRecovered(const QJsonObject& json, const Table& t)
{
    Reader reader(json, t);
    QVERIFY(reader.knowsGroupTotals());
    reader.solve();
    QVERIFY(reader.tables() >= 2);
    int withheld = 0;
    for (qsizetype i = 0; i < t.ids.size(); ++i) {
        QVERIFY(reader.unitTotals(i).contains(std::accumulate(t.counts[i].begin(), t.counts[i].end(), 0)));
        if (!reader.weightShown(i)) {
            ++withheld;
            QVERIFY2(reader.unitTotals(i).size() >= 2, qPrintable(QStringLiteral("total of %1").arg(t.ids[i])));
        }
        for (qsizetype k = 0; k < t.groups.size(); ++k) {
            const int truth = t.counts[static_cast<size_t>(i)][static_cast<size_t>(k)];
            QVERIFY(reader.cellValues(i, k).contains(truth));
            if (reader.shareShown(i, k))
                continue;
            ++withheld;
            QVERIFY2(reader.cellValues(i, k).size() >= 2, qPrintable(QStringLiteral("%1 of %2").arg(t.groups[k], t.ids[i])));
        }
        // A union that is known must not be small (its row's weight can give away "all of them together").
        const std::set<int>& together = reader.withheldUnion(i);
        if (together.size() == 1)
            QVERIFY2(*together.begin() >= 5, qPrintable(QStringLiteral("withheld counts of %1 together").arg(t.ids[i])));
    }
    QVERIFY(withheld > 0); // the table has something to protect
}

Table table(const QStringList& groups, const std::vector<std::vector<int>>& counts, const QStringList& areas = {})
{
    Table t;
    t.groups = groups;
    t.counts = counts;
    t.areas = areas;
    for (size_t i = 0; i < counts.size(); ++i)
        t.ids.append(QStringLiteral("%1").arg(i + 1, 2, 10, QLatin1Char('0')) + QStringLiteral("XX"));
    return t;
}

const QStringList kTwo{QStringLiteral("laag"), QStringLiteral("hoog")};
const QStringList kThree{QStringLiteral("laag"), QStringLiteral("midden"), QStringLiteral("hoog")};

} // namespace

/**
 * Issue 14 item 3, the indices part: no combination of the figures `mengkaart-cli indices --json` prints per
 * unit and per area gives a withheld count back. Each case builds one way a count leaked and runs the reader.
 */
class TstIndexPrivacyCli : public QObject
{
    Q_OBJECT
private slots:
    // The reader has teeth: with only the small cell nulled (primary suppression alone), it finds the 3.
    void readerFindsAPrimaryOnlyLeak()
    {
        const Table t = table(kThree, {{40, 3, 20}, {30, 12, 9}, {25, 20, 44}});
        QJsonObject json = runIndices(t, {QStringLiteral("--threshold"), QStringLiteral("1")});
        QJsonArray local = json[QStringLiteral("local")].toArray();
        QJsonObject first = local[0].toObject();
        for (const char* figure : {"share", "location_quotient"}) {
            QJsonObject o = first[QLatin1String(figure)].toObject();
            o.insert(QStringLiteral("midden"), QJsonValue(QJsonValue::Null));
            first.insert(QLatin1String(figure), o);
        }
        local[0] = first;
        json.insert(QStringLiteral("local"), local);
        Reader reader(json, t);
        reader.solve();
        QCOMPARE(reader.cellValues(0, 1), (std::set<int>{3}));
    }

    // A unit with one small count: its complements in the row and the column are withheld too.
    void smallCountWithComplements()
    {
        const Table t = table(kThree, {{40, 3, 20}, {30, 12, 9}, {25, 20, 44}});
        verifyNothingRecovered(runIndices(t), t);
    }

    // Two small counts that shield each other in their row (so no complement was needed line by line),
    // but the shown total minus the shown count gave away "3 together".
    void twoSmallCountsWithoutComplement()
    {
        const Table t = table(kThree, {{1, 2, 40}, {30, 12, 9}, {25, 20, 44}});
        const QJsonObject json = runIndices(t);
        verifyNothingRecovered(json, t);
        QVERIFY(json[QStringLiteral("local")].toArray()[0].toObject()[QStringLiteral("suppressed_groups")].toArray().size() == 3
                || json[QStringLiteral("local")].toArray()[0].toObject()[QStringLiteral("weight")].isNull());
    }

    // A unit of 3 pupils: its total (weight x total) is small as well, so its weight is withheld.
    void unitTotalItselfSmall()
    {
        const Table t = table(kTwo, {{3, 0}, {30, 41}, {25, 30}, {50, 60}});
        const QJsonObject json = runIndices(t);
        QVERIFY(json[QStringLiteral("local")].toArray()[0].toObject()[QStringLiteral("weight")].isNull());
        verifyNothingRecovered(json, t);
    }

    // With its weight withheld, the grand total minus the other units' pupils still gave the unit of 3 away,
    // and so did the shares of the unit withheld to cover it (their denominator is its total).
    void grandTotalMinusTheOthers()
    {
        const Table t = table(kThree, {{2, 1, 0}, {30, 12, 9}, {25, 20, 44}, {50, 31, 12}});
        const QJsonObject json = runIndices(t);
        int weightsWithheld = 0;
        for (const QJsonValue& u : json[QStringLiteral("local")].toArray())
            weightsWithheld += u[QStringLiteral("weight")].isNull() ? 1 : 0;
        QVERIFY(weightsWithheld >= 2);
        verifyNothingRecovered(json, t);
    }

    // The areas of --by print their weight and mix: an area's count minus its other units' counts is a cell.
    void areaFiguresOfTheDecomposition()
    {
        const QStringList areas{QStringLiteral("noord"), QStringLiteral("noord"), QStringLiteral("zuid"), QStringLiteral("zuid")};
        const Table t = table(kTwo, {{2, 30}, {30, 40}, {25, 35}, {40, 20}}, areas);
        const QJsonObject json = runIndices(t);
        QVERIFY(json.contains(QStringLiteral("decomposition")));
        verifyNothingRecovered(json, t);
        Table alone = t; // a unit that is an area on its own: the area's figures are the unit's
        alone.areas = {QStringLiteral("noord"), QStringLiteral("zuid"), QStringLiteral("zuid"), QStringLiteral("zuid")};
        const QJsonObject aloneJson = runIndices(alone);
        QVERIFY(aloneJson[QStringLiteral("decomposition")].toObject()[QStringLiteral("areas")].toArray()[0].toObject()[QStringLiteral("entropy")].isNull());
        verifyNothingRecovered(aloneJson, alone);
    }
};

QTEST_GUILESS_MAIN(TstIndexPrivacyCli)
#include "tst_indexprivacycli.moc"
