// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/feedback.h"
#include "gui/afspiegelingdock.h"
#include "gui/catchmentcontroller.h"
#include "gui/goalsdialog.h"
#include "gui/layersdock.h"
#include "gui/mainwindow.h"
#include "gui/mapcanvas.h"
#include "gui/mapworkspace.h"
#include "gui/projectcontroller.h"
#include "gui/projectsettingsdialog.h"
#include "gui/recoverystore.h"
#include "io/datasetloader.h"
#include "itemmodels/layertreemodel.h"
#include "project/projectfile.h"
#include "render/catchmentmaplayer.h"
#include "render/layerfactory.h"
#include "render/maplayer.h"
#include "shared/appinit.h"
#include "guitestutils.h"
#include "testutils.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Mk;

namespace {

std::shared_ptr<const Dataset> demo()
{
    static std::shared_ptr<const Dataset> cached = [] {
        Feedback feedback;
        auto ds = DatasetLoader::loadDemo(feedback);
        if (!ds)
            qFatal("demo: %s", qPrintable(ds.error().toString()));
        return std::make_shared<const Dataset>(std::move(*ds));
    }();
    return cached;
}

LeaGoal mirroringGoal()
{
    LeaGoal g;
    g.target = 0.6;
    g.deadline = 2027;
    g.description = QStringLiteral("60 % mirror their area");
    return g;
}

} // namespace

/** Projects in the GUI: Save As and reopen, the modified marker, autosave and recovery, the settings and goals dialogs. */
class TstProject : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        initGuiTest(QStringLiteral("tst_project"), QStringLiteral("en"));
        QDir(RecoveryStore::directory()).removeRecursively();
        QVERIFY(m_dir.isValid());
    }

    void saveAsAndReopenShowTheSameMap()
    {
        const QString path = m_dir.filePath(QStringLiteral("baarn.mengkaart"));
        QImage before;
        QRectF extent;
        ValueSource value;
        LayerStyle style;
        {
            MainWindow w;
            w.resize(1400, 900);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.showDataset(demo(), QStringLiteral("Demo gemeente Baarn"));
            QCOMPARE(w.windowTitle(), QStringLiteral("Demo gemeente Baarn[*] — Mengkaart"));
            QVERIFY(!w.isWindowModified());
            QVERIFY(settle(w));

            // Change what a person would change: the method shown, a layer, the choropleth, the extent.
            w.afspiegelingDock()->methodBox()->setCurrentIndex(w.afspiegelingDock()->methodBox()->findData(int(CatchmentMethod::Observed)));
            QVERIFY(w.isWindowModified());
            LayerTreeModel* layers = w.workspace()->layers();
            layers->setLayerVisible(LayerFactory::kWijkenId, false);
            w.workspace()->setAreaValue(ValueSource::ofField(w.workspace()->dataset()->areas.populationField));
            QVERIFY(settle(w));
            // The whole map style (issue 12 item 5): classes, their number and the colours, as the layers dock sets them.
            LayerStyle st = w.workspace()->areaStyle();
            st.method = ClassificationMethod::NaturalBreaks;
            st.classCount = 4;
            st.rampId = QStringLiteral("viridis");
            st.invertRamp = true;
            w.workspace()->setAreaStyle(st);
            style = w.workspace()->areaStyle();
            QCOMPARE(style.classCount, 4);
            QVERIFY(settle(w));
            layers->setLayerVisible(CatchmentMapLayer::kId, true);
            const QRectF full = w.canvas()->extent();
            w.canvas()->setExtent(full.adjusted(full.width() * 0.1, full.height() * 0.1, -full.width() * 0.2, 0));
            QVERIFY(settle(w));
            screenshot(&w, QStringLiteral("project-modified"));

            QSignalSpy saved(w.projects(), &ProjectController::saved);
            w.projects()->saveTo(path);
            QVERIFY(saved.wait(30000));
            QCOMPARE(w.windowTitle(), QStringLiteral("baarn[*] — Mengkaart"));
            QVERIFY(!w.isWindowModified());
            QCOMPARE(w.projects()->filePath(), path);
            before = w.canvas()->renderedImage();
            extent = w.canvas()->extent();
            value = w.workspace()->areaValue();
        }
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy shown(&w, &MainWindow::datasetShown);
        w.openProject(path);
        QVERIFY(shown.wait(30000));
        QVERIFY(settle(w));
        QCOMPARE(w.windowTitle(), QStringLiteral("baarn[*] — Mengkaart"));
        QVERIFY(!w.isWindowModified());
        QCOMPARE(w.workspace()->dataset()->areas.units.size(), demo()->areas.units.size());
        QCOMPARE(w.workspace()->areaValue().field, value.field);
        QCOMPARE(w.workspace()->areaStyle().method, ClassificationMethod::NaturalBreaks);
        QCOMPARE(w.workspace()->areaStyle().classCount, 4);
        QCOMPARE(w.workspace()->areaStyle().rampId, QStringLiteral("viridis"));
        QVERIFY(w.workspace()->areaStyle().invertRamp);
        QVERIFY(w.workspace()->areaStyle() == style);
        // The layers dock shows the restored style, not the one it started with.
        w.layersDock()->view()->setCurrentIndex(w.workspace()->layers()->index(w.workspace()->layers()->rowOf(LayerFactory::kAreasId)));
        QCOMPARE(w.layersDock()->findChild<QSpinBox*>()->value(), 4);
        QCOMPARE(w.canvas()->extent(), extent);
        QCOMPARE(w.afspiegelingDock()->methodBox()->currentData().toInt(), int(CatchmentMethod::Observed));
        QVERIFY(!w.workspace()->layers()->layer(LayerFactory::kWijkenId)->isVisible());
        QVERIFY(w.workspace()->layers()->layer(CatchmentMapLayer::kId)->isVisible());
        QCOMPARE(w.canvas()->renderedImage(), before);
        screenshot(&w, QStringLiteral("project-reopened"));
    }

    void editingGoalsSetsTheModifiedMarker()
    {
        MainWindow w;
        w.showDataset(demo(), QStringLiteral("Baarn"));
        QVERIFY(!w.isWindowModified());
        QSignalSpy changed(w.projects(), &ProjectController::goalsChanged);
        w.projects()->setGoals({mirroringGoal()});
        QVERIFY(w.isWindowModified());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(w.projects()->goals().size(), 1);
        // The settings too, and the analysis gets the new privacy threshold.
        w.projects()->setPrivacyThreshold(8);
        QCOMPARE(w.projects()->catchmentOptions().afspiegeling.privacyThreshold, 8.0);
        QCOMPARE(w.projects()->privacyThreshold(), 8.0);
    }

    void autosaveWritesARecoveryFile()
    {
        MainWindow w;
        w.showDataset(demo(), QStringLiteral("Baarn"));
        QCOMPARE(w.projects()->autosaveMinutes(), ProjectController::kDefaultAutosaveMinutes);
        QSignalSpy autosaved(w.projects(), &ProjectController::autosaved);
        w.projects()->autosave();
        QTest::qWait(100);
        QCOMPARE(autosaved.size(), 0); // nothing changed, nothing to recover
        w.projects()->setGoals({mirroringGoal()});
        w.projects()->autosave();
        QVERIFY(autosaved.wait(30000));
        const QString recovery = w.projects()->recoveryFile();
        QVERIFY(recovery.startsWith(RecoveryStore::directory()));
        Feedback feedback;
        auto copy = ProjectFile::load(recovery, feedback);
        QVERIFY(copy);
        QCOMPARE(copy->goals.size(), 1);
        QVERIFY(w.isWindowModified()); // an autosave is no save

        // A normal save makes the copy unnecessary.
        QSignalSpy saved(w.projects(), &ProjectController::saved);
        w.projects()->saveTo(m_dir.filePath(QStringLiteral("autosaved.mengkaart")));
        QVERIFY(saved.wait(30000));
        QVERIFY(!QFile::exists(recovery));
    }

    void aLeftRecoveryFileIsOfferedOnStart()
    {
        // What a crashed Mengkaart leaves: a recovery project and its sidecar, with no live lock.
        const QString base = QDir(RecoveryStore::directory()).filePath(QStringLiteral("autosave-crashed"));
        QDir().mkpath(RecoveryStore::directory());
        Project left;
        left.name = QStringLiteral("Left behind");
        left.dataset = demo();
        left.goals = {mirroringGoal()};
        Feedback feedback;
        QVERIFY(ProjectFile::save(base + QStringLiteral(".mengkaart"), left, feedback));
        QFile info(base + QStringLiteral(".json"));
        QVERIFY(info.open(QIODevice::WriteOnly));
        info.write(QJsonDocument(QJsonObject{{QStringLiteral("path"), m_dir.filePath(QStringLiteral("left.mengkaart"))},
                                             {QStringLiteral("name"), QStringLiteral("Left behind")}})
                       .toJson());
        info.close();

        MainWindow w;
        w.resize(1200, 800);
        w.show();
        QString question;
        QTimer::singleShot(200, this, [&question] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            question = box->text();
            screenshot(box, QStringLiteral("recovery-question"));
            for (QAbstractButton* b : box->buttons())
                if (b->text() == QStringLiteral("Restore"))
                    b->click();
        });
        QSignalSpy shown(&w, &MainWindow::datasetShown);
        QVERIFY(w.projects()->offerRecovery());
        QVERIFY2(question.contains(QStringLiteral("Left behind")), qPrintable(question));
        QVERIFY(shown.wait(30000));
        QCOMPARE(w.projects()->name(), QStringLiteral("Left behind"));
        QCOMPARE(w.projects()->filePath(), m_dir.filePath(QStringLiteral("left.mengkaart")));
        QVERIFY(w.isWindowModified()); // restored work is not saved yet
        QCOMPARE(w.projects()->goals().size(), 1);
        QVERIFY(!QFile::exists(base + QStringLiteral(".mengkaart")));
        QVERIFY(RecoveryStore::leftOver().isEmpty());
    }

    void goalsDialogEditsRoundTrip()
    {
        LeaGoal d;
        d.indicator = GoalIndicator::Dissimilarity;
        d.group = QStringLiteral("outside Europe");
        d.comparison = GoalComparison::AtMost;
        d.target = 0.25;
        d.deadline = 2028;
        const QList<LeaGoal> goals = {mirroringGoal(), d};
        GoalsDialog dialog(goals, demo()->areaComposition.first());
        QCOMPARE(dialog.table()->rowCount(), 2);
        QVERIFY(dialog.goals() == goals); // unchanged edits give the same goals back, exactly
        auto* target = qobject_cast<QDoubleSpinBox*>(dialog.table()->cellWidget(0, GoalsDialog::TargetColumn));
        QCOMPARE(target->value(), 60.0); // a share is shown as a percentage
        QCOMPARE(target->suffix(), QStringLiteral(" %"));
        QVERIFY(!dialog.table()->cellWidget(0, GoalsDialog::GroupColumn)->isEnabled());
        // A goal added to an empty list shows its indicator's whole name (the longest is a sentence).
        GoalsDialog empty({}, demo()->areaComposition.first());
        empty.addGoal(mirroringGoal());
        QVERIFY(empty.table()->columnWidth(GoalsDialog::IndicatorColumn)
                >= empty.table()->cellWidget(0, GoalsDialog::IndicatorColumn)->sizeHint().width());

        // Edit as a person would: a new goal through the widgets, the first one's target, remove the second.
        dialog.addGoal(mirroringGoal());
        auto widget = [&](int row, int column) { return dialog.table()->cellWidget(row, column); };
        auto* indicator = qobject_cast<QComboBox*>(widget(2, GoalsDialog::IndicatorColumn));
        indicator->setCurrentIndex(indicator->findData(int(GoalIndicator::ChoiceShare)));
        QVERIFY(widget(2, GoalsDialog::GroupColumn)->isEnabled());
        auto* group = qobject_cast<QComboBox*>(widget(2, GoalsDialog::GroupColumn));
        group->setCurrentIndex(group->findData(QStringLiteral("Europe")));
        qobject_cast<QComboBox*>(widget(2, GoalsDialog::ComparisonColumn))->setCurrentIndex(1);
        qobject_cast<QDoubleSpinBox*>(widget(2, GoalsDialog::TargetColumn))->setValue(0.05);
        qobject_cast<QSpinBox*>(widget(2, GoalsDialog::DeadlineColumn))->setValue(2029);
        qobject_cast<QLineEdit*>(widget(2, GoalsDialog::DescriptionColumn))->setText(QStringLiteral("Choice adds little"));
        target->setValue(65.0);
        dialog.table()->selectRow(1);
        dialog.removeSelected();
        dialog.resize(1100, 300);
        screenshot(&dialog, QStringLiteral("goals-dialog"));

        const QList<LeaGoal> edited = dialog.goals();
        QCOMPARE(edited.size(), 2);
        QCOMPARE(edited[0].indicator, GoalIndicator::SchoolsMirroringShare);
        QCOMPARE(edited[0].target, 0.65);
        QCOMPARE(edited[1].indicator, GoalIndicator::ChoiceShare);
        QCOMPARE(edited[1].group, QStringLiteral("Europe"));
        QCOMPARE(edited[1].comparison, GoalComparison::AtMost);
        QCOMPARE(edited[1].target, 0.05);
        QCOMPARE(edited[1].deadline, 2029);
        QCOMPARE(edited[1].description, QStringLiteral("Choice adds little"));
        // ... and they survive the project's JSON contract.
        auto back = LeaGoal::listFromJson(LeaGoal::toJson(edited));
        QVERIFY(back && *back == edited);
    }

    void settingsDialogKeepsThePrivacyThresholdAtLeastOne()
    {
        ProjectSettingsDialog dialog(5, 10);
        QCOMPARE(dialog.privacyBox()->minimum(), 1);
        dialog.privacyBox()->setValue(0);
        QCOMPARE(dialog.privacyThreshold(), 1.0);
        dialog.thresholdBox()->setValue(12.5);
        QCOMPARE(dialog.afspiegelingThresholdPp(), 12.5);
        screenshot(&dialog, QStringLiteral("settings-dialog"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TstProject)
#include "tst_project.moc"
