// SPDX-License-Identifier: GPL-3.0-or-later
#include "clitestutils.h"
#include "testutils.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using CliTest::Run;
using CliTest::runCli;
using CliTest::writeFile;

QJsonObject fixtureCase(int index)
{
    QFile f(testDataPath(QStringLiteral("fixtures/indices/expected.json")));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("expected.json missing");
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("cases")).toArray().at(index).toObject();
}

} // namespace

/** The `mengkaart-cli indices` contract of issue 3, run as a separate process. */
class TstIndexCli : public QObject
{
    Q_OBJECT
private slots:
    void jsonContractAndFixtureValues()
    {
        const QJsonObject c = fixtureCase(1);
        // Dutch messages must not change the JSON numbers (dot decimal, full precision).
        const Run run = runCli({QStringLiteral("--lang"), QStringLiteral("nl"), QStringLiteral("indices"), QStringLiteral("--units"),
                                testDataPath(QStringLiteral("fixtures/indices/schools_example.csv")), QStringLiteral("--id"),
                                QStringLiteral("school_id"), QStringLiteral("--groups"), QStringLiteral("group_a,group_b,group_c"),
                                QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonParseError error;
        const QJsonObject j = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(j[QStringLiteral("units")].toInt(), 10);
        QCOMPARE(j[QStringLiteral("groups")].toArray().size(), 3);
        QVERIFY(j[QStringLiteral("total")].toDouble() > 0);
        QVERIFY(!j.contains(QStringLiteral("decomposition")));
        QVERIFY(!j.contains(QStringLiteral("inference")));
        const QJsonObject expectedTwo = c[QStringLiteral("two_group")].toObject();
        for (const QString& g : expectedTwo.keys()) {
            const QJsonObject e = expectedTwo[g].toObject();
            const QJsonObject a = j[QStringLiteral("two_group")].toObject()[g].toObject();
            for (const QString& name : e.keys())
                MK_COMPARE_REL(a[name].toDouble(), e[name].toDouble(), 1e-9);
        }
        const QJsonObject em = c[QStringLiteral("multigroup")].toObject();
        const QJsonObject am = j[QStringLiteral("multigroup")].toObject();
        for (const QString& name : {QStringLiteral("dissimilarity"), QStringLiteral("theil_h"), QStringLiteral("mutual_information"),
                                    QStringLiteral("normalized_exposure")})
            MK_COMPARE_REL(am[name].toDouble(), em[name].toDouble(), 1e-9);
        const QJsonArray local = j[QStringLiteral("local")].toArray();
        QCOMPARE(local.size(), 10);
        const QJsonObject first = local.first().toObject();
        QCOMPARE(first[QStringLiteral("id")].toString(), QStringLiteral("S01"));
        MK_COMPARE_REL(first[QStringLiteral("local_dissimilarity")].toDouble(),
                       c[QStringLiteral("local")].toObject()[QStringLiteral("dissimilarity_contribution_multigroup")].toArray().first().toDouble(), 1e-9);
        QVERIFY(first[QStringLiteral("local_m")].isDouble());
        QVERIFY(first[QStringLiteral("location_quotient")].toObject()[QStringLiteral("group_a")].isDouble());
    }

    void byBootstrapAndRepeat()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("scholen.csv"),
                                      "brin;wijk;laag;midden;hoog\n01AA;Noord;40;10;5\n02BB;Noord;30;12;9\n03CC;Zuid;5;20;44\n04DD;Zuid;0;0;0\n"
                                      "05EE;Zuid;8;25;30\n");
        const QStringList args = {QStringLiteral("indices"), QStringLiteral("--units"), path, QStringLiteral("--id"), QStringLiteral("brin"),
                                  QStringLiteral("--groups"), QStringLiteral("laag,midden,hoog"), QStringLiteral("--by"), QStringLiteral("wijk"),
                                  QStringLiteral("--bootstrap"), QStringLiteral("50"), QStringLiteral("--seed"), QStringLiteral("9"),
                                  QStringLiteral("--json"), QStringLiteral("--repeat"), QStringLiteral("2")};
        const Run run = runCli(args);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.err.contains("compute seconds: median="));
        QVERIFY(run.err.contains("04DD")); // the empty school is reported
        const QJsonObject j = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(j[QStringLiteral("units")].toInt(), 4);
        QCOMPARE(j[QStringLiteral("skipped_units")].toArray().first().toString(), QStringLiteral("04DD"));
        const QJsonObject d = j[QStringLiteral("decomposition")].toObject();
        QVERIFY(std::abs(d[QStringLiteral("between")].toDouble() + d[QStringLiteral("within")].toDouble()
                         - j[QStringLiteral("multigroup")].toObject()[QStringLiteral("mutual_information")].toDouble())
                <= 1e-12);
        const QJsonObject inference = j[QStringLiteral("inference")].toObject();
        const QJsonObject dLaag = inference[QStringLiteral("two_group")].toObject()[QStringLiteral("laag")].toObject()[QStringLiteral("dissimilarity")].toObject();
        QCOMPARE(dLaag[QStringLiteral("ci")].toArray().size(), 2);
        for (const QString& key : {QStringLiteral("expected_random"), QStringLiteral("bias_corrected"), QStringLiteral("p_value")})
            QVERIFY(dLaag[key].isDouble());
        QVERIFY(inference[QStringLiteral("multigroup")].toObject().contains(QStringLiteral("mutual_information")));
        // Same seed, same output.
        QCOMPARE(runCli(args).out, run.out);
    }

    // Real Inspectie schoolweging of the 8 Baarn schools, 2023-2024; the expected values were derived
    // independently (Python) from the law of total variance with population spreads.
    void continuousSchoolweging()
    {
        const QStringList common = {QStringLiteral("indices"), QStringLiteral("--units"), QStringLiteral(":/demo/baarn/inspectie_schoolweging_per_jaar_2021-2024.csv"),
                                    QStringLiteral("--id"), QStringLiteral("OVT"), QStringLiteral("--mean"), QStringLiteral("schoolweging"),
                                    QStringLiteral("--spread"), QStringLiteral("spreiding"), QStringLiteral("--count"), QStringLiteral("aantal_leerlingen"),
                                    QStringLiteral("--json")};
        const Run run = runCli(common + QStringList{QStringLiteral("--where"), QStringLiteral("schooljaar=2023-2024")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject c = QJsonDocument::fromJson(run.out).object()[QStringLiteral("continuous")].toObject();
        QCOMPARE(c[QStringLiteral("units")].toInt(), 8);
        MK_COMPARE_REL(c[QStringLiteral("mean")].toDouble(), 25.704884393063587, 1e-12);
        MK_COMPARE_REL(c[QStringLiteral("between")].toDouble(), 15.748308705324824, 1e-12);
        MK_COMPARE_REL(c[QStringLiteral("within")].toDouble(), 34.653831647398846, 1e-12);
        MK_COMPARE_REL(c[QStringLiteral("between_share")].toDouble(), 0.31245317351833063, 1e-12);
        // Without the year filter the three years would be mixed: 24 rows.
        const Run all = runCli(common);
        QCOMPARE(QJsonDocument::fromJson(all.out).object()[QStringLiteral("continuous")].toObject()[QStringLiteral("units")].toInt(), 24);
        const Run badWhere = runCli(common + QStringList{QStringLiteral("--where"), QStringLiteral("jaar=2023")});
        QCOMPARE(badWhere.exitCode, 1);
        QVERIFY(badWhere.err.contains("jaar"));
    }

    // Per-unit figures of a unit with 3 pupils in a group are withheld, and so are the complements.
    void perUnitPrivacy()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("klein.csv"), "brin;laag;midden;hoog\n01AA;40;3;20\n02BB;30;12;9\n03CC;25;20;44\n");
        const QStringList args = {QStringLiteral("indices"), QStringLiteral("--units"), path, QStringLiteral("--id"), QStringLiteral("brin"),
                                  QStringLiteral("--groups"), QStringLiteral("laag,midden,hoog")};
        const Run run = runCli(args + QStringList{QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject j = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(j[QStringLiteral("privacy_threshold")].toDouble(), 5.0);
        const QJsonArray local = j[QStringLiteral("local")].toArray();
        const QJsonObject first = local.at(0).toObject();
        QVERIFY(first[QStringLiteral("share")].toObject()[QStringLiteral("midden")].isNull());
        QVERIFY(first[QStringLiteral("location_quotient")].toObject()[QStringLiteral("midden")].isNull());
        QVERIFY(first[QStringLiteral("local_m")].isNull());
        const QJsonArray hidden = first[QStringLiteral("suppressed_groups")].toArray();
        QVERIFY(hidden.contains(QStringLiteral("midden")) && hidden.size() >= 2); // the row cannot give it away
        QVERIFY(!local.at(1).toObject()[QStringLiteral("suppressed_groups")].toArray().isEmpty()); // nor the column
        QVERIFY(j[QStringLiteral("two_group")].toObject()[QStringLiteral("midden")].toObject()[QStringLiteral("dissimilarity")].isDouble());
        const Run text = runCli(args);
        QVERIFY(text.out.contains("<5"));
        // A lower threshold publishes the 3.
        const Run low = runCli(args + QStringList{QStringLiteral("--json"), QStringLiteral("--threshold"), QStringLiteral("2")});
        QVERIFY(QJsonDocument::fromJson(low.out).object()[QStringLiteral("local")].toArray().at(0).toObject()[QStringLiteral("share")]
                    .toObject()[QStringLiteral("midden")].isDouble());
        QCOMPARE(runCli(args + QStringList{QStringLiteral("--threshold"), QStringLiteral("0")}).exitCode, 2);
    }

    void userErrors()
    {
        const QString csv = testDataPath(QStringLiteral("fixtures/indices/schools_example.csv"));
        const Run missing = runCli({QStringLiteral("indices"), QStringLiteral("--units"), csv, QStringLiteral("--id"), QStringLiteral("school_id"),
                                    QStringLiteral("--groups"), QStringLiteral("group_a,group_x")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("group_x"));
        const Run usage = runCli({QStringLiteral("indices"), QStringLiteral("--units"), csv});
        QCOMPARE(usage.exitCode, 2);
        const Run badNumber = runCli({QStringLiteral("indices"), QStringLiteral("--units"), csv, QStringLiteral("--id"), QStringLiteral("school_id"),
                                      QStringLiteral("--groups"), QStringLiteral("group_a,name")});
        QCOMPARE(badNumber.exitCode, 1);
        QVERIFY(badNumber.err.contains("name"));
    }
};

QTEST_GUILESS_MAIN(TstIndexCli)
#include "tst_indexcli.moc"
