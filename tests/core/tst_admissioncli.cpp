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

QJsonObject fixture()
{
    QFile f(testDataPath(QStringLiteral("fixtures/admission/deferred_acceptance_example.json")));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("deferred_acceptance_example.json missing");
    return QJsonDocument::fromJson(f.readAll()).object();
}

/** The O8 example as the three CSVs of `match`; `reversed` lets student 10 win lottery ties. */
QStringList workedExampleArguments(const QTemporaryDir& dir, bool reversed)
{
    const QJsonObject fx = fixture();
    const QJsonArray ranks = fx[QStringLiteral("student_ranks")].toArray();
    const QJsonArray priority = fx[QStringLiteral("school_priority")].toArray();
    const QJsonArray capacities = fx[QStringLiteral("capacities")].toArray();
    QByteArray schools = "id,capacity\n", students = "id,preferences,lottery\n", priorities = "student,school,class\n";
    for (int c = 0; c < capacities.size(); ++c)
        schools += "c" + QByteArray::number(c + 1) + ',' + QByteArray::number(capacities[c].toInt()) + '\n';
    const int n = static_cast<int>(priority.size());
    for (int j = 0; j < n; ++j) {
        QList<QByteArray> list(ranks.size());
        for (int c = 0; c < ranks.size(); ++c)
            list[ranks[c].toArray()[j].toInt() - 1] = "c" + QByteArray::number(c + 1);
        students += "s" + QByteArray::number(j + 1) + ',' + list.join(' ') + ',' + QByteArray::number((reversed ? n - j : j + 1) / 100.0) + '\n';
        for (int c = 0; c < ranks.size(); ++c)
            priorities += "s" + QByteArray::number(j + 1) + ",c" + QByteArray::number(c + 1) + ',' + QByteArray::number(priority[j].toArray()[c].toInt()) + '\n';
    }
    return {QStringLiteral("match"), QStringLiteral("--students"), writeFile(dir, QStringLiteral("students.csv"), students),
            QStringLiteral("--schools"), writeFile(dir, QStringLiteral("schools.csv"), schools),
            QStringLiteral("--priorities"), writeFile(dir, QStringLiteral("priorities.csv"), priorities)};
}

QJsonObject parse(const Run& run)
{
    if (QJsonDocument::fromJson(run.out).isNull())
        qFatal("not JSON: %s", run.out.constData());
    return run.json();
}

} // namespace

/** `mengkaart-cli match`, run as another tool would run it. */
class TstAdmissionCli : public QObject
{
    Q_OBJECT
private slots:
    void workedExampleBothLotteries()
    {
        const QJsonObject fx = fixture();
        for (const bool reversed : {false, true}) {
            QTemporaryDir dir;
            const Run run = runCli(workedExampleArguments(dir, reversed) << QStringLiteral("--json"));
            QVERIFY2(run.exitCode == 0, run.err.constData());
            const QJsonObject j = parse(run);
            QCOMPARE(j[QStringLiteral("mechanism")].toString(), QStringLiteral("da"));
            QCOMPARE(j[QStringLiteral("unassigned")].toInt(), 0);
            QCOMPARE(j[QStringLiteral("blocking_pairs")].toInt(), 0);
            const QJsonArray expected = fx[reversed ? QStringLiteral("expected_assignment_reversed_lottery") : QStringLiteral("expected_assignment")].toArray();
            const QJsonArray ranks = fx[QStringLiteral("expected_rank_obtained")].toArray();
            const QJsonArray assignment = j[QStringLiteral("assignment")].toArray();
            QCOMPARE(assignment.size(), expected.size());
            for (qsizetype s = 0; s < assignment.size(); ++s) {
                const QJsonObject a = assignment[s].toObject();
                QCOMPARE(a[QStringLiteral("student")].toString(), QStringLiteral("s%1").arg(s + 1));
                QCOMPARE(a[QStringLiteral("school")].toString(), QStringLiteral("c%1").arg(expected[s].toInt()));
                if (!reversed)
                    QCOMPARE(a[QStringLiteral("rank")].toInt(), ranks[s].toInt());
            }
        }
    }

    void bostonOnTheSameInput()
    {
        QTemporaryDir dir;
        const QStringList args = workedExampleArguments(dir, false);
        const Run boston = runCli(QStringList(args) << QStringLiteral("--mechanism") << QStringLiteral("boston") << QStringLiteral("--json"));
        const Run da = runCli(QStringList(args) << QStringLiteral("--json"));
        QVERIFY2(boston.exitCode == 0, boston.err.constData());
        const QJsonObject j = parse(boston);
        QCOMPARE(j[QStringLiteral("mechanism")].toString(), QStringLiteral("boston"));
        QHash<QString, int> seats;
        int firstChoices = 0, daFirstChoices = 0;
        for (const QJsonValue& v : j[QStringLiteral("assignment")].toArray()) {
            seats[v[QStringLiteral("school")].toString()] += 1;
            firstChoices += v[QStringLiteral("rank")].toInt() == 1 ? 1 : 0;
        }
        for (const QJsonValue& v : parse(da)[QStringLiteral("assignment")].toArray())
            daFirstChoices += v[QStringLiteral("rank")].toInt() == 1 ? 1 : 0;
        const QJsonArray capacities = fixture()[QStringLiteral("capacities")].toArray();
        for (int c = 0; c < capacities.size(); ++c)
            QVERIFY(seats.value(QStringLiteral("c%1").arg(c + 1)) <= capacities[c].toInt());
        QVERIFY(firstChoices >= daFirstChoices);
        const QJsonObject verification = j[QStringLiteral("verification")].toObject();
        QCOMPARE(verification[QStringLiteral("capacity_violations")].toInt(), 0);
        QCOMPARE(verification[QStringLiteral("wasteful_pairs")].toInt(), 0);
        QCOMPARE(verification[QStringLiteral("stable_by_design")].toBool(), false);
        QCOMPARE(verification[QStringLiteral("justified_envy")].toInt(), j[QStringLiteral("blocking_pairs")].toInt());
    }

    void unplacedStudentsAndTextOutput()
    {
        QTemporaryDir dir;
        // One seat, two students who both want it and list nothing else; no priorities file: the lottery decides.
        const QStringList args = {QStringLiteral("match"), QStringLiteral("--students"),
                                  writeFile(dir, QStringLiteral("students.csv"), "id;preferences;lottery\na;x;0,7\nb;x;0,2\nc;;0,5\n"),
                                  QStringLiteral("--schools"), writeFile(dir, QStringLiteral("schools.csv"), "id;capacity\nx;1\n")};
        const Run json = runCli(QStringList(args) << QStringLiteral("--json"));
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const QJsonObject j = parse(json);
        QCOMPARE(j[QStringLiteral("unassigned")].toInt(), 2);
        const QJsonArray a = j[QStringLiteral("assignment")].toArray();
        QVERIFY(a[0].toObject()[QStringLiteral("school")].isNull());
        QVERIFY(a[0].toObject()[QStringLiteral("rank")].isNull());
        QCOMPARE(a[1].toObject()[QStringLiteral("school")].toString(), QStringLiteral("x"));
        QVERIFY(a[2].toObject()[QStringLiteral("school")].isNull());
        const Run text = runCli(QStringList(args) << QStringLiteral("--lang") << QStringLiteral("en"));
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY(text.out.contains("Blocking pairs: 0"));
        QVERIFY(text.out.contains("(unplaced)"));
    }

    void badInputNamesFileLineAndColumn()
    {
        QTemporaryDir dir;
        const QString schools = writeFile(dir, QStringLiteral("schools.csv"), "id,capacity\nx,2\ny,1\n");
        struct Case {
            QByteArray students;
            QByteArray priorities;
            QStringList expected;
        };
        const Case cases[] = {
            {"id,preferences,lottery\na,x y,0.1\nb,x z,0.2\n", {}, {QStringLiteral("students.csv, line 3, column \"preferences\""), QStringLiteral("\"z\"")}},
            {"id,preferences,lottery\na,x x,0.1\n", {}, {QStringLiteral("line 2"), QStringLiteral("listed twice")}},
            {"id,preferences,lottery\na,x,veel\n", {}, {QStringLiteral("line 2, column \"lottery\""), QStringLiteral("\"veel\"")}},
            {"id,preferences\na,x\n", {}, {QStringLiteral("no column \"lottery\"")}},
            {"id,preferences,lottery\na,x,0.1\na,y,0.2\n", {}, {QStringLiteral("line 3, column \"id\""), QStringLiteral("twice")}},
            {"id,preferences,lottery\na,x,0.1\n", "student,school,class\na,x,1\nq,x,2\n", {QStringLiteral("priorities.csv, line 3, column \"student\""), QStringLiteral("\"q\"")}},
            {"id,preferences,lottery\na,x,0.1\n", "student,school,class\na,x,1.5\n", {QStringLiteral("priorities.csv, line 2, column \"class\"")}},
        };
        for (const Case& c : cases) {
            QStringList args = {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("match"), QStringLiteral("--students"),
                                writeFile(dir, QStringLiteral("students.csv"), c.students), QStringLiteral("--schools"), schools};
            if (!c.priorities.isEmpty())
                args << QStringLiteral("--priorities") << writeFile(dir, QStringLiteral("priorities.csv"), c.priorities);
            const Run run = runCli(args);
            QCOMPARE(run.exitCode, 1);
            for (const QString& part : c.expected)
                QVERIFY2(QString::fromUtf8(run.err).contains(part), run.err.constData());
        }
        const Run badSchools = runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("match"), QStringLiteral("--students"),
                                       writeFile(dir, QStringLiteral("students.csv"), "id,preferences,lottery\na,x,0.1\n"), QStringLiteral("--schools"),
                                       writeFile(dir, QStringLiteral("bad_schools.csv"), "id,capacity\nx,-1\n")});
        QCOMPARE(badSchools.exitCode, 1);
        QVERIFY2(badSchools.err.contains("bad_schools.csv, line 2, column \"capacity\""), badSchools.err.constData());
        const Run mechanism = runCli({QStringLiteral("match"), QStringLiteral("--students"), schools, QStringLiteral("--schools"), schools,
                                      QStringLiteral("--mechanism"), QStringLiteral("ttc")});
        QCOMPARE(mechanism.exitCode, 2);
        QVERIFY(mechanism.err.contains("ttc"));
        QCOMPARE(runCli({QStringLiteral("match"), QStringLiteral("--schools"), schools}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TstAdmissionCli)
#include "tst_admissioncli.moc"
