// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/feedback.h"
#include "clitestutils.h"
#include "io/datasetloader.h"
#include "project/projectfile.h"
#include "testutils.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Mk;

namespace {

using CliTest::Run;
using CliTest::runCli;

} // namespace

/** `--project FILE` in the shared data options, `catchments --project`, `project save` and `project info`, run as processes. */
class TstProjectCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qputenv("LANGUAGE", "en");
        QVERIFY(m_dir.isValid());
        Feedback feedback;
        auto demo = DatasetLoader::loadDemo(feedback);
        QVERIFY(demo);
        Project p;
        p.name = QStringLiteral("Baarn observed");
        p.dataset = std::make_shared<const Dataset>(std::move(*demo));
        p.privacyThreshold = 8;
        p.catchments.method = CatchmentMethod::Observed;
        p.catchments.share = 0.7;
        p.catchments.afspiegeling.thresholdPp = 12.5;
        p.catchments.split.replicates = 20;
        m_project = m_dir.filePath(QStringLiteral("observed.mengkaart"));
        QVERIFY(ProjectFile::save(m_project, p, feedback));
    }

    void catchmentsUseTheSavedSettings()
    {
        const QString out = m_dir.filePath(QStringLiteral("c1.gpkg"));
        const Run run = runCli({QStringLiteral("catchments"), QStringLiteral("--project"), m_project, QStringLiteral("--out"), out,
                                QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject j = run.json();
        QCOMPARE(j.value(QStringLiteral("method")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("observed"));
        QCOMPARE(j.value(QStringLiteral("method")).toObject().value(QStringLiteral("share")).toDouble(), 0.7);
        QCOMPARE(j.value(QStringLiteral("layer")).toString(), QStringLiteral("catchments_observed_70pct"));
        QCOMPARE(j.value(QStringLiteral("afspiegeling")).toObject().value(QStringLiteral("threshold_pp")).toDouble(), 12.5);
        QCOMPARE(j.value(QStringLiteral("residential_choice")).toObject().value(QStringLiteral("replicates")).toInt(), 20);
        QCOMPARE(j.value(QStringLiteral("gemeente")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("GM0308"));
        QVERIFY(QFile::exists(out));
    }

    void commandLineOverridesTheProject()
    {
        const QString out = m_dir.filePath(QStringLiteral("c2.gpkg"));
        const Run run = runCli({QStringLiteral("catchments"), QStringLiteral("--project"), m_project, QStringLiteral("--method"),
                                QStringLiteral("buffer"), QStringLiteral("--distance"), QStringLiteral("600"), QStringLiteral("--bootstrap"),
                                QStringLiteral("0"), QStringLiteral("--out"), out, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject j = run.json();
        QCOMPARE(j.value(QStringLiteral("method")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("buffer"));
        QCOMPARE(j.value(QStringLiteral("method")).toObject().value(QStringLiteral("distance_m")).toDouble(), 600.0);
        QCOMPARE(j.value(QStringLiteral("afspiegeling")).toObject().value(QStringLiteral("threshold_pp")).toDouble(), 12.5);
        QCOMPARE(j.value(QStringLiteral("residential_choice")).toObject().value(QStringLiteral("replicates")).toInt(), 0);
    }

    void loadAcceptsAProject()
    {
        const Run run = runCli({QStringLiteral("load"), QStringLiteral("--project"), m_project, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.json().value(QStringLiteral("schools")).toObject().value(QStringLiteral("loaded")).toInt(), 9);
        QCOMPARE(run.json().value(QStringLiteral("areas")).toObject().value(QStringLiteral("count")).toInt(), 21);
    }

    void saveAndInfo()
    {
        const QString saved = m_dir.filePath(QStringLiteral("resaved.mengkaart"));
        Run run = runCli({QStringLiteral("project"), QStringLiteral("save"), QStringLiteral("--project"), m_project, QStringLiteral("--out"),
                          saved, QStringLiteral("--goals"), testDataPath(QStringLiteral("project/goals.json")),
                          QStringLiteral("--threshold"), QStringLiteral("3")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("2 goals"));
        run = runCli({QStringLiteral("project"), QStringLiteral("info"), saved, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject j = run.json();
        QCOMPARE(j.value(QStringLiteral("name")).toString(), QStringLiteral("Baarn observed"));
        QCOMPARE(j.value(QStringLiteral("privacyThreshold")).toDouble(), 3.0);
        QCOMPARE(j.value(QStringLiteral("goals")).toArray().size(), 2);
        QCOMPARE(j.value(QStringLiteral("goals")).toArray()[1].toObject().value(QStringLiteral("group")).toString(),
                 QStringLiteral("outside Europe"));
        QCOMPARE(j.value(QStringLiteral("catchmentOptions")).toObject().value(QStringLiteral("method")).toString(), QStringLiteral("observed"));
        QCOMPARE(j.value(QStringLiteral("counts")).toObject().value(QStringLiteral("schools")).toInt(), 9);
        run = runCli({QStringLiteral("project"), QStringLiteral("info"), saved});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("Gemeente: GM0308 Baarn"));
        QVERIFY(run.out.contains("Privacy threshold: 3 children"));
        QVERIFY(run.out.contains("by 2027"));
    }

    void mistakesGiveTheRightExitStatus_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exit");
        QTest::addColumn<QString>("message");
        const QString missing = QStringLiteral("nowhere.mengkaart");
        QTest::newRow("project and demo") << QStringList{QStringLiteral("catchments"), QStringLiteral("--project"), QStringLiteral("p.mengkaart"),
                                                         QStringLiteral("--demo"), QStringLiteral("--out"), QStringLiteral("x.gpkg")}
                                          << 2 << QStringLiteral("--project already holds the data");
        QTest::newRow("missing project") << QStringList{QStringLiteral("catchments"), QStringLiteral("--project"), missing,
                                                        QStringLiteral("--out"), QStringLiteral("x.gpkg")}
                                         << 1 << missing;
        QTest::newRow("info missing") << QStringList{QStringLiteral("project"), QStringLiteral("info"), missing} << 1 << missing;
        QTest::newRow("info no file") << QStringList{QStringLiteral("project"), QStringLiteral("info")} << 2 << QStringLiteral("one project file");
        QTest::newRow("zero threshold") << QStringList{QStringLiteral("project"), QStringLiteral("save"), QStringLiteral("--demo"),
                                                       QStringLiteral("--out"), QStringLiteral("x.mengkaart"), QStringLiteral("--threshold"),
                                                       QStringLiteral("0")}
                                        << 2 << QStringLiteral("at least 1");
        QTest::newRow("no out") << QStringList{QStringLiteral("project"), QStringLiteral("save"), QStringLiteral("--demo")} << 2
                                << QStringLiteral("--out");
        QTest::newRow("bad goals") << QStringList{QStringLiteral("project"), QStringLiteral("save"), QStringLiteral("--demo"),
                                                  QStringLiteral("--out"), QStringLiteral("x.mengkaart"), QStringLiteral("--goals"),
                                                  testDataPath(QStringLiteral("fixtures/README.md"))}
                                   << 1 << QStringLiteral("README.md is not valid JSON");
        QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("project"), QStringLiteral("open")} << 2 << QStringLiteral("Usage");
    }

    void mistakesGiveTheRightExitStatus()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exit);
        QFETCH(QString, message);
        const Run run = runCli(args);
        QCOMPARE(run.exitCode, exit);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    }

private:
    QTemporaryDir m_dir;
    QString m_project;
};

QTEST_GUILESS_MAIN(TstProjectCli)
#include "tst_projectcli.moc"
