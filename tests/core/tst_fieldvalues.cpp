// SPDX-License-Identifier: GPL-3.0-or-later
// FieldValues (a unit's attributes over its layer's shared names) and LazyGeometry (a geometry made once, on first use).
#include "geo/geometry.h"
#include "geo/lazygeometry.h"
#include "model/attributevalue.h"
#include "model/fieldvalues.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace Mk;

class TstFieldValues : public QObject
{
    Q_OBJECT

private slots:
    void sharedNamesHoldEachUnitsValues()
    {
        const auto names = std::make_shared<const FieldNames>(QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        FieldValues<AttributeValue> one(names), two(names);
        one.insert(QStringLiteral("c"), AttributeValue::of(3.0));
        one.insert(QStringLiteral("a"), AttributeValue::suppressed());
        two.insert(QStringLiteral("b"), AttributeValue::of(2.0));
        QCOMPARE(one.size(), 2);
        QCOMPARE(two.size(), 1);
        QVERIFY(one.contains(QStringLiteral("a")));
        QVERIFY(!one.contains(QStringLiteral("b"))); // a shared name without a value here
        QVERIFY(!one.contains(QStringLiteral("zz")));
        QVERIFY(one.value(QStringLiteral("a")).isSuppressed());
        QCOMPARE(one.value(QStringLiteral("c")).number, 3.0);
        QVERIFY(one.value(QStringLiteral("b")).isMissing()); // the default value, as a hash gives it
        QCOMPARE(one.value(QStringLiteral("b"), AttributeValue::of(9.0)).number, 9.0);
        // Iteration and keys in column order, whatever the order of insertion.
        QCOMPARE(one.keys(), (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
        QStringList seen;
        for (auto it = one.cbegin(); it != one.cend(); ++it)
            seen << it.key();
        QCOMPARE(seen, one.keys());
        QVERIFY(one.constFind(QStringLiteral("b")) == one.cend());
        QCOMPARE(one.constFind(QStringLiteral("c"))->number, 3.0);
        // Overwriting keeps one entry.
        one.insert(QStringLiteral("c"), AttributeValue::of(4.0));
        QCOMPARE(one.size(), 2);
        QCOMPARE(one.value(QStringLiteral("c")).number, 4.0);
    }

    // insertAt (the loaders' way, by the column's place) holds what insert by name does, and a unit over shared names
    // with no value yet is empty however many names there are.
    void insertAtIsInsertByName()
    {
        const auto names = std::make_shared<const FieldNames>(QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        FieldValues<QString> byName(names), byPlace(names);
        QVERIFY(byPlace.isEmpty());
        QCOMPARE(byPlace.keys(), QStringList());
        QVERIFY(byPlace.cbegin() == byPlace.cend());
        byName.insert(QStringLiteral("c"), QStringLiteral("3"));
        byName.insert(QStringLiteral("a"), QStringLiteral("1"));
        byPlace.insertAt(names->indexOf(QStringLiteral("c")), QStringLiteral("3"));
        byPlace.insertAt(names->indexOf(QStringLiteral("a")), QStringLiteral("1"));
        QVERIFY(byPlace == byName);
        QCOMPARE(byPlace.keys(), byName.keys());
        QCOMPARE(byPlace.value(QStringLiteral("c")), QStringLiteral("3"));
        QVERIFY(!byPlace.contains(QStringLiteral("b")));
    }

    void aNewNameIsThisUnitsOwn()
    {
        const auto names = std::make_shared<const FieldNames>(QStringList{QStringLiteral("a")});
        FieldValues<QString> one(names), two(names);
        one.insert(QStringLiteral("extra"), QStringLiteral("x"));
        two.insert(QStringLiteral("a"), QStringLiteral("y"));
        QCOMPARE(names->size(), 1); // the shared table is never written
        QCOMPARE(one.keys(), QStringList{QStringLiteral("extra")});
        QVERIFY(!two.contains(QStringLiteral("extra")));
        QCOMPARE(two.value(QStringLiteral("a")), QStringLiteral("y"));
        FieldValues<QString> none;
        QVERIFY(none.isEmpty());
        QCOMPARE(none.value(QStringLiteral("a")), QString());
        none.insert(QStringLiteral("a"), QStringLiteral("z"));
        QCOMPARE(none.keys(), QStringList{QStringLiteral("a")});
        none.clear();
        QVERIFY(none.isEmpty());
    }

    void equalityIgnoresOrderAndNames()
    {
        const auto ab = std::make_shared<const FieldNames>(QStringList{QStringLiteral("a"), QStringLiteral("b")});
        FieldValues<QString> x(ab), y;
        x.insert(QStringLiteral("b"), QStringLiteral("2"));
        x.insert(QStringLiteral("a"), QStringLiteral("1"));
        y.insert(QStringLiteral("a"), QStringLiteral("1"));
        QVERIFY(!(x == y));
        y.insert(QStringLiteral("b"), QStringLiteral("2"));
        QVERIFY(x == y);
        y.insert(QStringLiteral("b"), QStringLiteral("3"));
        QVERIFY(!(x == y));
    }

    void lazyGeometryIsMadeOnceWhoeverAsks()
    {
        std::atomic<int> made{0};
        const LazyGeometry lazy = LazyGeometry::onFirstUse([&made] {
            ++made;
            return Geometry::fromWkt(QStringLiteral("POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))"));
        });
        const LazyGeometry copy = lazy;
        QCOMPARE(made.load(), 0); // nothing is made until asked
        std::vector<const Geometry*> got(4, nullptr);
        std::vector<std::thread> threads;
        for (size_t t = 0; t < got.size(); ++t)
            threads.emplace_back([&, t] { got[t] = (t % 2 ? copy : lazy).get(); });
        for (std::thread& t : threads)
            t.join();
        QCOMPARE(made.load(), 1);
        for (const Geometry* g : got)
            QCOMPARE(g, lazy.get());
        QCOMPARE(lazy->area(), 100.0);

        const LazyGeometry ready(std::make_shared<const Geometry>(Geometry::point(1, 2)));
        QVERIFY(ready);
        QCOMPARE(ready->centroid(), QPointF(1, 2));
        QVERIFY(!LazyGeometry());
        QVERIFY(!LazyGeometry(nullptr));
        QVERIFY(!LazyGeometry::onFirstUse([] { return Geometry(); })); // made, and there is none
    }
};

QTEST_GUILESS_MAIN(TstFieldValues)
#include "tst_fieldvalues.moc"
