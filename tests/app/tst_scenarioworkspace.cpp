// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/catchmentcontroller.h"
#include "gui/mainwindow.h"
#include "gui/mapcanvas.h"
#include "gui/mapworkspace.h"
#include "gui/projectcontroller.h"
#include "gui/scenariocontroller.h"
#include "gui/scenariodock.h"
#include "gui/scenarioeditdialogs.h"
#include "gui/scenarioresultsdock.h"
#include "models/scenarioeditmodel.h"
#include "models/scenarioindexmodel.h"
#include "models/scenariolistmodel.h"
#include "models/scenarioschoolmodel.h"
#include "project/projectdocument.h"
#include "scenario/scenariorunner.h"
#include "clitestutils.h"
#include "guitestutils.h"
#include "testutils.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

using namespace Mk;

namespace {

/** Waits until the catchment analysis finished and the map is drawn. */
bool settle(MainWindow& w)
{
    if (!QTest::qWaitFor([&] { return w.catchments()->result() && !w.catchments()->isRunning(); }, 60000))
        return false;
    return QTest::qWaitFor([&] { return !w.canvas()->isRendering() && !w.canvas()->renderedImage().isNull(); }, 20000);
}

void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("MK_SCREENSHOTS");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

/** Fills in and accepts the new-school dialog as soon as it shows (the click opens it modally). */
void acceptNewSchoolDialog(const QString& name, int capacity)
{
    QTimer::singleShot(0, [name, capacity] {
        auto* dialog = qobject_cast<NewSchoolDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            acceptNewSchoolDialog(name, capacity); // not shown yet: try again on the next turn
            return;
        }
        dialog->nameEdit()->setText(name);
        dialog->capacityBox()->setValue(capacity);
        dialog->accept();
    });
}

/** A point of the canvas between schools, near the middle of the gemeente. */
QPoint freeSite(MainWindow& w)
{
    const QRect r = w.canvas()->rect();
    return r.center() + QPoint(r.width() / 10, -r.height() / 12);
}

} // namespace

/** Issue 15, item 7: the scenario workspace as an officer uses it. */
class TstScenarioWorkspace : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        initGuiTest(QStringLiteral("tst_scenarioworkspace"), QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
    }

    void clickANewSchoolRunUndoRedoAndMatchTheCli()
    {
        MainWindow w;
        QVERIFY(openDemoLikeAUser(w, QSize(1366, 768)));
        QVERIFY(settle(w));
        ScenarioDock* dock = w.scenarioDock();
        ScenarioResultsDock* results = w.scenarioResults();
        QAbstractItemModelTester listTester(dock->scenarioBox()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester editTester(dock->editsView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester schoolTester(results->schoolModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester indexTester(results->indexModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester compareTester(results->comparisonModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // The new-school tool: a click on a site, the dialog, one edit in plain words.
        w.newSchoolAction()->trigger();
        const QPoint at = freeSite(w);
        const QPointF site = w.canvas()->toMap(QPointF(at));
        acceptNewSchoolDialog(QStringLiteral("De Nieuwbouw"), 200);
        QTest::mouseClick(w.canvas(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(dock->editsView()->model()->rowCount(), 1);
        const Project& project = w.projects()->project();
        QCOMPARE(project.scenarios.size(), 1);
        const QString described = dock->editsView()->model()->index(0, 0).data().toString();
        QVERIFY2(described.contains(QStringLiteral("De Nieuwbouw")) && described.contains(QStringLiteral("200")), qPrintable(described));
        QVERIFY(w.isWindowModified());

        // Ctrl+Z removes it, Ctrl+Shift+Z restores it.
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.canvas()->setFocus();
        QTest::keyClick(w.canvas(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(dock->editsView()->model()->rowCount(), 0);
        QTest::keyClick(w.canvas(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(dock->editsView()->model()->rowCount(), 1);
        QCOMPARE(w.projects()->project().scenarios[0].edits.size(), 1);

        // Runs and seed: each spin box's steps are one command.
        const int commands = w.projects()->document()->undoStack()->count();
        dock->runsBox()->setValue(21);
        dock->runsBox()->setValue(20);
        dock->seedBox()->setValue(3);
        QCOMPARE(w.projects()->document()->undoStack()->count(), commands + 2);
        QCOMPARE(w.projects()->project().scenarios[0].runs, 20);

        // Run off the GUI thread; the results name the school.
        QSignalSpy started(w.scenarios(), &ScenarioController::started);
        QTest::mouseClick(dock->runButton(), Qt::LeftButton);
        QCOMPARE(started.count(), 1);
        QVERIFY(dock->progressBar()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(w.scenarios()->currentOutcome() != nullptr, 180000);
        ScenarioSchoolModel* schools = results->schoolModel();
        int newRow = -1;
        for (int r = 0; r < schools->rowCount(); ++r)
            if (schools->index(r, ScenarioSchoolModel::NameColumn).data().toString() == QLatin1String("De Nieuwbouw"))
                newRow = r;
        QVERIFY(newRow >= 0);
        QCOMPARE(schools->index(newRow, 0).data(ScenarioSchoolModel::StatusRole).toString(), QStringLiteral("new"));
        QVERIFY(results->verificationLabel()->text().contains(QStringLiteral("matchings verified")));
        QVERIFY(!results->placementLabel()->text().isEmpty());
        QCOMPARE(w.workspace()->schoolColouring(), ScenarioResultsDock::kChangeMeasure);
        screenshot(&w, QStringLiteral("scenario-results"));

        // Parity: the panel shows the numbers of mengkaart-cli scenario for the same seed.
        const auto cli = CliTest::runCli({QStringLiteral("scenario"), QStringLiteral("--demo"), QStringLiteral("--add-school"),
                                          QStringLiteral("%1,%2,200,De Nieuwbouw").arg(QString::number(site.x(), 'g', 17), QString::number(site.y(), 'g', 17)),
                                          QStringLiteral("--runs"), QStringLiteral("20"), QStringLiteral("--seed"), QStringLiteral("3"),
                                          QStringLiteral("--json")});
        QVERIFY2(cli.exitCode == 0, cli.err.constData());
        const QJsonObject json = cli.json();
        const QJsonObject after = json.value(QStringLiteral("scenario")).toObject().value(QStringLiteral("indices")).toObject();
        const QJsonObject before = json.value(QStringLiteral("baseline")).toObject().value(QStringLiteral("indices")).toObject();
        const QJsonObject pDecrease = json.value(QStringLiteral("p_decrease")).toObject();
        ScenarioIndexModel* indices = results->indexModel();
        QVERIFY(indices->rowCount() > 0);
        for (int r = 0; r < indices->rowCount(); ++r) {
            const QString name = indices->index(r, 0).data(ScenarioIndexModel::KeyRole).toString();
            QVERIFY2(after.contains(name), qPrintable(name));
            QCOMPARE(indices->index(r, 1).data(ScenarioIndexModel::MeanRole).toDouble(),
                     before.value(name).toObject().value(QStringLiteral("mean")).toDouble());
            QCOMPARE(indices->index(r, 2).data(ScenarioIndexModel::MeanRole).toDouble(),
                     after.value(name).toObject().value(QStringLiteral("mean")).toDouble());
            QCOMPARE(indices->index(r, 4).data(ScenarioIndexModel::MeanRole).toDouble(), pDecrease.value(name).toDouble());
        }
        bool foundInCli = false;
        for (const QJsonValue& v : json.value(QStringLiteral("schools")).toArray()) {
            const QJsonObject s = v.toObject();
            if (s.value(QStringLiteral("name")).toString() != QLatin1String("De Nieuwbouw"))
                continue;
            foundInCli = true;
            QCOMPARE(schools->index(newRow, ScenarioSchoolModel::PupilsAfterColumn).data(ScenarioSchoolModel::MeanRole).toDouble(),
                     s.value(QStringLiteral("pupils_after")).toObject().value(QStringLiteral("mean")).toDouble());
        }
        QVERIFY(foundInCli);

        // More runs is another state without a result; undoing back finds the result at once (no run).
        dock->runsBox()->setValue(25);
        QVERIFY(!w.scenarios()->currentOutcome());
        w.projects()->document()->undoStack()->undo();
        QVERIFY(w.scenarios()->currentOutcome() != nullptr);
        QCOMPARE(started.count(), 1);
    }

    void twoScenariosRoundTripThroughTheProjectFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("scenarios.mengkaart"));
        QStringList described;
        {
            MainWindow w;
            QVERIFY(openDemoLikeAUser(w, QSize(1366, 768)));
            QVERIFY(settle(w));
            ProjectDocument* doc = w.projects()->document();
            const QString school = w.workspace()->dataset()->schools.first().id;
            Scenario first;
            first.name = QStringLiteral("Sluiting");
            doc->addScenario(first);
            doc->addEdit(0, ScenarioEdit{CloseSchoolEdit{school}});
            Scenario second;
            second.name = QStringLiteral("Uitbreiding");
            second.seed = 7;
            doc->addScenario(second);
            doc->addEdit(1, ScenarioEdit{ChangeCapacityEdit{school, 400}});
            doc->renameScenario(1, QStringLiteral("Meer plaatsen"));
            QCOMPARE(w.scenarioDock()->scenarioBox()->count(), 2);
            for (const Scenario& s : doc->project().scenarios)
                described << s.name << s.edits.first().describe(w.workspace()->dataset().get());
            QSignalSpy saved(w.projects(), &ProjectController::saved);
            w.projects()->saveTo(path);
            QVERIFY(saved.wait(30000));
            QVERIFY(!w.isWindowModified());
        }
        MainWindow w;
        w.resize(1366, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy shown(&w, &MainWindow::datasetShown);
        w.openProject(path);
        QVERIFY(shown.wait(30000));
        QComboBox* box = w.scenarioDock()->scenarioBox();
        QCOMPARE(box->count(), 2);
        QStringList reopened;
        for (int i = 0; i < 2; ++i) {
            box->setCurrentIndex(i);
            QCOMPARE(w.scenarios()->current(), i);
            reopened << box->itemText(i) << w.scenarioDock()->editsView()->model()->index(0, 0).data().toString();
        }
        QCOMPARE(reopened, described);
        QCOMPARE(w.projects()->project().scenarios[1].seed, quint64(7));
        QVERIFY(!w.isWindowModified());
        QVERIFY(!w.projects()->document()->undoStack()->canUndo()); // a freshly opened project has nothing to undo
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TstScenarioWorkspace)
#include "tst_scenarioworkspace.moc"
