// SPDX-License-Identifier: GPL-3.0-or-later
// The national data that ship with Mengkaart: gemeenten by name (exact, misspelled, ambiguous) and loading gemeenten
// from the embedded files with nothing else, their schools inside the gemeente.
#include "base/feedback.h"
#include "io/datasetloader.h"
#include "io/gemeentedirectory.h"
#include "model/dataset.h"
#include "testutils.h"

#include <QSet>

using namespace Mk;

class TestNationalData : public QObject
{
    Q_OBJECT
private slots:
    void directoryHoldsEveryGemeente()
    {
        const auto& d = GemeenteDirectory::embedded();
        QVERIFY2(d, d ? "" : qPrintable(d.error().message));
        QCOMPARE(d->gemeenten().size(), 345);
        QSet<QString> codes, names;
        for (const GemeenteInfo& g : d->gemeenten()) {
            codes.insert(g.code);
            names.insert(GemeenteDirectory::normalized(g.name));
        }
        QCOMPARE(codes.size(), 345);
        QCOMPARE(names.size(), 345); // no two gemeenten look alike once normalised
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("name") << "Nijmegen" << "GM0268";
        QTest::newRow("lower case, spaces") << "  nijmegen " << "GM0268";
        QTest::newRow("code") << "GM0268" << "GM0268";
        QTest::newRow("bare code") << "268" << "GM0268";
        QTest::newRow("apostrophe") << "'s-Gravenhage" << "GM0518";
        QTest::newRow("without apostrophe") << "s-gravenhage" << "GM0518";
        QTest::newRow("accent as DUO writes it") << QString::fromUtf8("Noardeast-Fryslân") << "GM1970";
        QTest::newRow("Bergen (L.)") << "Bergen (L.)" << "GM0893";
    }
    void resolve()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        const auto g = GemeenteDirectory::embedded()->resolve(text);
        QVERIFY2(g, g ? "" : qPrintable(g.error().message));
        QCOMPARE(g->code, code);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("nearest");
        QTest::newRow("misspelled") << "Nijmgen" << QStringList{QStringLiteral("Nijmegen (GM0268)")};
        QTest::newRow("ambiguous") << "Bergen" << QStringList{QStringLiteral("Bergen (L.) (GM0893)"), QStringLiteral("Bergen (NH.) (GM0373)"),
                                                              QStringLiteral("Bergen op Zoom (GM0748)")};
        QTest::newRow("a wijk name is no gemeente") << "Nijmegen-Oost" << QStringList{QStringLiteral("Nijmegen (GM0268)")};
    }
    void refused()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, nearest);
        const auto g = GemeenteDirectory::embedded()->resolve(text);
        QVERIFY(!g);
        QCOMPARE(g.error().code, ErrorCode::NotFound);
        for (const QString& name : nearest)
            QVERIFY2(g.error().message.contains(name), qPrintable(g.error().message));
        QVERIFY(!GemeenteDirectory::embedded()->resolve(QStringLiteral("GM9999")));
    }

    void nijmegenLoadsWithNothingElse()
    {
        Feedback feedback;
        auto ds = DatasetLoader::load(DatasetLoader::nationalRequest(QStringLiteral("GM0268")), feedback);
        QVERIFY2(ds, ds ? "" : qPrintable(ds.error().message));
        QCOMPARE(ds->gemeenteName, QStringLiteral("Nijmegen"));
        QVERIFY(ds->areas.units.size() > 5);
        QVERIFY(ds->schools.size() > 30);
        QVERIFY(!ds->pupilFlows.isEmpty());
        QVERIFY(!ds->areaComposition.isEmpty());
        QCOMPARE(ds->areaComposition.first().groups, (QStringList{QStringLiteral("low income"), QStringLiteral("middle income"), QStringLiteral("high income")}));
    }
};

QTEST_GUILESS_MAIN(TestNationalData)
#include "tst_nationaldata.moc"
