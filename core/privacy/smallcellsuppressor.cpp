// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/smallcellsuppressor.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cmath>
#include <functional>
#include <optional>
#include <queue>

namespace Mk {

namespace {

constexpr int kFree = -1; ///< the end of an entry that lies in one line only: it is free to absorb any change

/** A published count: a cell or a total. */
struct Entry {
    double value = 0.0;    ///< the count; 0 for a cell withheld at the source
    bool atSource = false; ///< withheld at the source (DUO "<5"): unknown, at least 1
    bool eligible = true;  ///< may be withheld as a complement (not the grand total, nor a total the reader knows anyway)
    CellPrivacy state = CellPrivacy::Shown;
    std::array<int, 2> lines{kFree, kFree};

    bool withheld() const { return state != CellPrivacy::Shown; }
    /** The least the entry can be, for the size of a union of withheld entries. */
    double leastValue() const { return atSource ? 1.0 : value; }
};

/** A published sum: its parts add up to its total. */
struct Line {
    std::vector<size_t> parts;
    size_t total = 0;
};

/** A total whose parts are printed as shares of it. */
struct Shares {
    size_t total = 0;
    std::vector<size_t> parts;
};

/**
 * The table as a network: entries are the edges, lines the nodes (plus one free node for the ends of
 * entries that lie in one line only). See SmallCellSuppressor for the rules protect() enforces.
 */
class SuppressionNetwork
{
public:
    explicit SuppressionNetwork(const SmallCellSuppressor& suppressor) : m_suppressor(suppressor) {}

    size_t addEntry(double value, bool eligible)
    {
        Entry e;
        e.value = value;
        e.eligible = eligible;
        m_entries.push_back(e);
        return m_entries.size() - 1;
    }
    Entry& entry(size_t e) { return m_entries[e]; }
    /** A line of the network: each entry is in two of them at most. */
    void addLine(std::vector<size_t> parts, size_t total)
    {
        const int id = static_cast<int>(m_lines.size());
        for (size_t e : parts)
            attach(e, id);
        attach(total, id);
        m_lines.push_back(Line{std::move(parts), total});
    }
    /**
     * A sum that follows from the network's lines (it adds nothing to what the reader can solve, so the
     * network leaves it out) but whose withheld parts must still not form a small union.
     */
    void addDerivedLine(std::vector<size_t> parts, size_t total) { m_lines.push_back(Line{std::move(parts), total}); }
    void addShares(size_t total, std::vector<size_t> parts) { m_shares.push_back(Shares{total, std::move(parts)}); }

    void protect()
    {
        for (;;) {
            const bool lines = closeLines();
            const bool shares = closeShares();
            if (!lines && !shares && !closeBridge())
                return;
        }
    }

private:
    void attach(size_t e, int line)
    {
        std::array<int, 2>& ends = m_entries[e].lines;
        Q_ASSERT(ends[1] == kFree);
        ends[ends[0] == kFree ? 0 : 1] = line;
    }

    /** Withholds the smallest non-zero shown entry among `candidates` (ties: the first); false when there is none. */
    bool withholdSmallest(const std::vector<size_t>& candidates)
    {
        std::optional<size_t> best;
        for (size_t e : candidates) {
            const Entry& x = m_entries[e];
            if (x.eligible && !x.withheld() && x.value > 0.0 && (!best || x.value < m_entries[*best].value))
                best = e;
        }
        if (best)
            m_entries[*best].state = CellPrivacy::Secondary;
        return best.has_value();
    }

    /** Lines with exactly one withheld entry, or whose withheld parts are a small union under a shown total. */
    bool closeLines()
    {
        bool changed = false;
        for (const Line& line : m_lines) {
            int withheld = m_entries[line.total].withheld() ? 1 : 0;
            double union_ = 0.0;
            for (size_t e : line.parts) {
                if (m_entries[e].withheld()) {
                    ++withheld;
                    union_ += m_entries[e].leastValue();
                }
            }
            const bool smallUnion = !m_entries[line.total].withheld() && withheld >= 2 && m_suppressor.isSmall(union_);
            if (withheld != 1 && !smallUnion)
                continue;
            std::vector<size_t> entries = line.parts;
            entries.push_back(line.total);
            changed = withholdSmallest(entries) || changed;
        }
        return changed;
    }

    bool closeShares()
    {
        bool changed = false;
        for (const Shares& s : m_shares) {
            if (!m_entries[s.total].withheld())
                continue;
            for (size_t e : s.parts) {
                Entry& x = m_entries[e];
                if (!x.withheld() && x.value > 0.0) {
                    x.state = CellPrivacy::Secondary;
                    changed = true;
                }
            }
        }
        return changed;
    }

    int node(int line) const { return line == kFree ? static_cast<int>(m_lines.size()) : line; }

    using Adjacency = std::vector<std::vector<std::pair<size_t, int>>>; ///< per node: (withheld entry, other node)

    Adjacency withheldAdjacency() const
    {
        Adjacency adjacent(m_lines.size() + 1);
        for (size_t e = 0; e < m_entries.size(); ++e) {
            const Entry& x = m_entries[e];
            if (!x.withheld())
                continue;
            const int a = node(x.lines[0]), b = node(x.lines[1]);
            adjacent[static_cast<size_t>(a)].push_back({e, b});
            adjacent[static_cast<size_t>(b)].push_back({e, a});
        }
        return adjacent;
    }

    /**
     * Withheld entries on no cycle of the withheld entries, in entry order: the bridges, by depth-first search
     * with low points (Tarjan 1974, Inform. Process. Lett. 2(6):160-161).
     */
    std::vector<size_t> bridges(const Adjacency& adjacent) const
    {
        const size_t nodes = adjacent.size();
        std::vector<int> order(nodes, -1), low(nodes, 0);
        std::vector<size_t> out;
        int time = 0;
        struct Frame {
            int node;
            size_t viaEntry; ///< the entry walked in by (SIZE_MAX at the root)
            size_t next = 0; ///< next adjacency to visit
        };
        for (size_t root = 0; root < nodes; ++root) {
            if (order[root] >= 0 || adjacent[root].empty())
                continue;
            std::vector<Frame> stack{{static_cast<int>(root), SIZE_MAX}};
            order[root] = low[root] = time++;
            while (!stack.empty()) {
                Frame& f = stack.back();
                const auto v = static_cast<size_t>(f.node);
                if (f.next < adjacent[v].size()) {
                    const auto [e, w] = adjacent[v][f.next++];
                    if (e == f.viaEntry)
                        continue;
                    const auto u = static_cast<size_t>(w);
                    if (order[u] < 0) {
                        order[u] = low[u] = time++;
                        stack.push_back({w, e});
                    } else {
                        low[v] = std::min(low[v], order[u]);
                    }
                    continue;
                }
                const Frame done = f;
                stack.pop_back();
                if (stack.empty())
                    break;
                const auto parent = static_cast<size_t>(stack.back().node);
                low[parent] = std::min(low[parent], low[v]);
                if (low[v] > order[parent])
                    out.push_back(done.viaEntry);
            }
        }
        std::sort(out.begin(), out.end());
        return out;
    }

    /** The nodes reached from `start` over withheld entries other than `cut`. */
    static std::vector<bool> reach(const Adjacency& adjacent, int start, std::optional<size_t> cut)
    {
        std::vector<bool> seen(adjacent.size(), false);
        std::vector<int> todo{start};
        seen[static_cast<size_t>(start)] = true;
        while (!todo.empty()) {
            const auto v = static_cast<size_t>(todo.back());
            todo.pop_back();
            for (const auto& [e, w] : adjacent[v]) {
                if (e != cut && !seen[static_cast<size_t>(w)]) {
                    seen[static_cast<size_t>(w)] = true;
                    todo.push_back(w);
                }
            }
        }
        return seen;
    }

    /**
     * The shown eligible entries of least total count that lead from a node of `from` to a node of `to`
     * (Dijkstra 1959, Numer. Math. 1:269-271, from all of `from` at once); empty when there is no such path.
     * Zeros only with `zeros`, at the cost of half a child each.
     */
    std::vector<size_t> cheapestPath(const std::vector<bool>& from, const std::vector<bool>& to, bool zeros) const
    {
        const size_t nodes = from.size();
        Adjacency shown(nodes);
        std::vector<double> cost(m_entries.size(), 0.0);
        for (size_t e = 0; e < m_entries.size(); ++e) {
            const Entry& x = m_entries[e];
            if (x.withheld() || !x.eligible || (!zeros && !(x.value > 0.0)))
                continue;
            cost[e] = std::max(x.value, 0.5);
            const int a = node(x.lines[0]), b = node(x.lines[1]);
            shown[static_cast<size_t>(a)].push_back({e, b});
            shown[static_cast<size_t>(b)].push_back({e, a});
        }
        std::vector<double> distance(nodes, INFINITY);
        std::vector<size_t> via(nodes, SIZE_MAX); // the entry that reached the node
        std::vector<int> previous(nodes, -1);
        using Item = std::pair<double, size_t>;
        std::priority_queue<Item, std::vector<Item>, std::greater<>> queue;
        for (size_t v = 0; v < nodes; ++v) {
            if (from[v]) {
                distance[v] = 0.0;
                queue.push({0.0, v});
            }
        }
        while (!queue.empty()) {
            const auto [d, v] = queue.top();
            queue.pop();
            if (d > distance[v])
                continue;
            if (to[v]) {
                std::vector<size_t> path;
                for (size_t u = v; previous[u] >= 0; u = static_cast<size_t>(previous[u]))
                    path.push_back(via[u]);
                return path;
            }
            for (const auto& [e, w] : shown[v]) {
                const auto u = static_cast<size_t>(w);
                const double next = d + cost[e];
                if (next < distance[u]) {
                    distance[u] = next;
                    via[u] = e;
                    previous[u] = static_cast<int>(v);
                    queue.push({next, u});
                }
            }
        }
        return {};
    }

    /**
     * Puts the first bridge that can be closed on a cycle, by withholding the cheapest path of shown entries
     * between its two sides (one entry when a cell joins them, several when only a way round through other
     * lines does); false when no bridge can be closed. A zero closes a bridge only when nothing else can (a
     * column of one non-zero cell under a known total): a withheld zero can still grow by a whole child, which
     * leaves every count on its cycle two whole values.
     */
    bool closeBridge()
    {
        const Adjacency adjacent = withheldAdjacency();
        for (size_t bridge : bridges(adjacent)) {
            const int end = node(m_entries[bridge].lines[0]);
            const std::vector<bool> side = reach(adjacent, end, bridge);
            std::vector<bool> otherSide = reach(adjacent, end, std::nullopt);
            for (size_t v = 0; v < otherSide.size(); ++v)
                otherSide[v] = otherSide[v] && !side[v];
            std::vector<size_t> path = cheapestPath(side, otherSide, false);
            if (path.empty())
                path = cheapestPath(side, otherSide, true);
            for (size_t e : path)
                m_entries[e].state = CellPrivacy::Secondary;
            if (!path.empty())
                return true;
        }
        return false;
    }

    const SmallCellSuppressor& m_suppressor;
    std::vector<Entry> m_entries;
    std::vector<Line> m_lines;
    std::vector<Shares> m_shares;
};

std::vector<AttributeValue> plainCells(const std::vector<double>& counts)
{
    std::vector<AttributeValue> cells;
    cells.reserve(counts.size());
    for (double v : counts)
        cells.push_back(AttributeValue::of(v));
    return cells;
}

} // namespace

bool SuppressionPattern::rowHasSuppressed(qsizetype row) const
{
    for (qsizetype c = 0; c < columns; ++c)
        if (isSuppressed(row, c))
            return true;
    return false;
}

bool SuppressionPattern::areaHasSuppressed(qsizetype area) const
{
    for (qsizetype c = 0; c < columns; ++c)
        if (areaCells[static_cast<size_t>(area * columns + c)] != CellPrivacy::Shown)
            return true;
    return false;
}

int SuppressionPattern::count(CellPrivacy reason) const
{
    int n = 0;
    for (const auto* list : {&cells, &rowTotals, &columnTotals, &areaCells, &areaTotals})
        n += static_cast<int>(std::count(list->begin(), list->end(), reason));
    return n;
}

Result<SmallCellSuppressor> SmallCellSuppressor::create(double threshold)
{
    if (!(threshold >= 1.0))
        return fail(ErrorCode::InvalidArgument,
                    tr("The privacy threshold must be at least 1 (it is the smallest number of children a published figure "
                       "may rest on), not %1.")
                        .arg(threshold));
    return SmallCellSuppressor(threshold);
}

QString SmallCellSuppressor::suppressedText(const QLocale& locale) const
{
    return QLatin1Char('<') + locale.toString(m_threshold, 'g', 6);
}

SuppressionPattern SmallCellSuppressor::apply(const std::vector<double>& counts, qsizetype rows, qsizetype columns,
                                              PublishedTotals totals) const
{
    return apply(plainCells(counts), rows, columns, PublicationLayout{totals, false, false, {}});
}

SuppressionPattern SmallCellSuppressor::apply(const std::vector<AttributeValue>& cells, qsizetype rows, qsizetype columns,
                                              PublishedTotals totals) const
{
    return apply(cells, rows, columns, PublicationLayout{totals, false, false, {}});
}

SuppressionPattern SmallCellSuppressor::apply(const std::vector<double>& counts, qsizetype rows, qsizetype columns,
                                              const PublicationLayout& layout) const
{
    return apply(plainCells(counts), rows, columns, layout);
}

SuppressionPattern SmallCellSuppressor::apply(const std::vector<AttributeValue>& cells, qsizetype rows, qsizetype columns,
                                              const PublicationLayout& layout) const
{
    Q_ASSERT(cells.size() == static_cast<size_t>(rows * columns));
    const bool rowTotals = layout.totals != PublishedTotals::Columns;
    const bool columnTotals = layout.totals != PublishedTotals::Rows;
    const bool byArea = !layout.areaOfRow.empty();
    Q_ASSERT(!byArea || (rowTotals && columnTotals && layout.areaOfRow.size() == static_cast<size_t>(rows)));
    const qsizetype areas = byArea ? *std::max_element(layout.areaOfRow.begin(), layout.areaOfRow.end()) + 1 : 0;
    const auto R = static_cast<size_t>(rows);
    const auto C = static_cast<size_t>(columns);
    const auto A = static_cast<size_t>(areas);

    // Entries: cells, row totals, area cells, area totals, column totals, the grand total.
    SuppressionNetwork net(*this);
    std::vector<double> rowSum(R, 0.0), columnSum(C, 0.0), areaSum(A, 0.0), areaColumnSum(A * C, 0.0);
    double grandSum = 0.0;
    std::vector<size_t> cell(R * C);
    for (size_t r = 0; r < R; ++r) {
        for (size_t c = 0; c < C; ++c) {
            const AttributeValue& v = cells[r * C + c];
            const double x = v.valueOr(0.0);
            cell[r * C + c] = net.addEntry(x, true);
            Entry& e = net.entry(cell[r * C + c]);
            e.atSource = v.isSuppressed();
            if (e.atSource || isSmall(x))
                e.state = CellPrivacy::Primary;
            rowSum[r] += x;
            columnSum[c] += x;
            grandSum += x;
            if (byArea) {
                const auto a = static_cast<size_t>(layout.areaOfRow[r]);
                areaSum[a] += x;
                areaColumnSum[a * C + c] += x;
            }
        }
    }
    // A published total resting on few children is itself small; the grand total is taken as known.
    const auto addTotal = [&](double sum, bool eligible) {
        const size_t e = net.addEntry(sum, eligible);
        if (eligible && isSmall(sum))
            net.entry(e).state = CellPrivacy::Primary;
        return e;
    };
    std::vector<size_t> rowTotal, areaCell, areaTotal, columnTotal;
    for (size_t r = 0; rowTotals && r < R; ++r)
        rowTotal.push_back(addTotal(rowSum[r], true));
    for (size_t i = 0; i < A * C; ++i)
        areaCell.push_back(addTotal(areaColumnSum[i], true));
    for (size_t a = 0; a < A; ++a)
        areaTotal.push_back(addTotal(areaSum[a], true));
    for (size_t c = 0; columnTotals && c < C; ++c)
        columnTotal.push_back(addTotal(columnSum[c], !layout.columnTotalsKnown));
    const size_t grand = net.addEntry(grandSum, false);

    // Lines: each row; the sums over the rows (per area, then over the areas); each column; the grand total.
    const auto rowCells = [&](size_t r) { return std::vector<size_t>(cell.begin() + static_cast<qsizetype>(r * C), cell.begin() + static_cast<qsizetype>((r + 1) * C)); };
    for (size_t r = 0; rowTotals && r < R; ++r)
        net.addLine(rowCells(r), rowTotal[r]);
    if (rowTotals && byArea) {
        for (size_t a = 0; a < A; ++a) {
            std::vector<size_t> parts;
            for (size_t r = 0; r < R; ++r)
                if (static_cast<size_t>(layout.areaOfRow[r]) == a)
                    parts.push_back(rowTotal[r]);
            net.addLine(std::move(parts), areaTotal[a]);
        }
        net.addLine(areaTotal, grand);
    } else if (rowTotals) {
        net.addLine(rowTotal, grand);
    }
    for (size_t c = 0; columnTotals && c < C; ++c) {
        if (byArea) {
            std::vector<size_t> ofAreas;
            for (size_t a = 0; a < A; ++a) {
                std::vector<size_t> parts;
                for (size_t r = 0; r < R; ++r)
                    if (static_cast<size_t>(layout.areaOfRow[r]) == a)
                        parts.push_back(cell[r * C + c]);
                net.addLine(std::move(parts), areaCell[a * C + c]);
                ofAreas.push_back(areaCell[a * C + c]);
            }
            net.addLine(std::move(ofAreas), columnTotal[c]);
        } else {
            std::vector<size_t> parts;
            for (size_t r = 0; r < R; ++r)
                parts.push_back(cell[r * C + c]);
            net.addLine(std::move(parts), columnTotal[c]);
        }
    }
    if (columnTotals)
        net.addLine(columnTotal, grand);
    if (byArea) {
        for (size_t a = 0; a < A; ++a)
            net.addDerivedLine(std::vector<size_t>(areaCell.begin() + static_cast<qsizetype>(a * C),
                                                   areaCell.begin() + static_cast<qsizetype>((a + 1) * C)),
                               areaTotal[a]);
        for (size_t c = 0; c < C; ++c) {
            std::vector<size_t> parts;
            for (size_t r = 0; r < R; ++r)
                parts.push_back(cell[r * C + c]);
            net.addDerivedLine(std::move(parts), columnTotal[c]);
        }
        net.addDerivedLine(rowTotal, grand);
    }
    if (layout.sharesOfTotals) {
        for (size_t r = 0; rowTotals && r < R; ++r)
            net.addShares(rowTotal[r], rowCells(r));
        for (size_t a = 0; a < A; ++a)
            net.addShares(areaTotal[a], std::vector<size_t>(areaCell.begin() + static_cast<qsizetype>(a * C),
                                                             areaCell.begin() + static_cast<qsizetype>((a + 1) * C)));
    }

    net.protect();

    const auto states = [&net](const std::vector<size_t>& entries) {
        std::vector<CellPrivacy> out;
        out.reserve(entries.size());
        for (size_t e : entries)
            out.push_back(net.entry(e).state);
        return out;
    };
    SuppressionPattern p;
    p.rows = rows;
    p.columns = columns;
    p.cells = states(cell);
    p.rowTotals = rowTotals ? states(rowTotal) : std::vector<CellPrivacy>(R, CellPrivacy::Shown);
    p.columnTotals = columnTotals ? states(columnTotal) : std::vector<CellPrivacy>(C, CellPrivacy::Shown);
    p.areas = areas;
    p.areaCells = states(areaCell);
    p.areaTotals = states(areaTotal);
    return p;
}

} // namespace Mk
