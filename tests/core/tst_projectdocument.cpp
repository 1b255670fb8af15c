// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/projectdocument.h"
#include "scenario/scenariorunner.h"
#include "synthetictown.h"
#include "testutils.h"

#include <QSignalSpy>
#include <QTest>

using namespace Mk;

namespace {

Project town()
{
    Project p;
    p.name = QStringLiteral("Town");
    p.dataset = syntheticTown();
    return p;
}

ScenarioEdit newSchool(int capacity)
{
    AddSchoolEdit e;
    e.name = QStringLiteral("De Nieuwbouw");
    e.location = QPointF(1000, 1000);
    e.capacity = capacity;
    return ScenarioEdit{e};
}

} // namespace

/** The project's one owner: every edit undoable, modified = stack not clean, merged value edits, results by content. */
class TstProjectDocument : public QObject
{
    Q_OBJECT
private slots:
    void goalsUndoAndTheModifiedMarker()
    {
        ProjectDocument doc;
        doc.reset(town(), false);
        QVERIFY(!doc.isModified());
        QSignalSpy modified(&doc, &ProjectDocument::modifiedChanged);
        QSignalSpy changed(&doc, &ProjectDocument::changed);
        LeaGoal g;
        g.target = 0.6;
        g.description = QStringLiteral("60 %");
        doc.setGoals({g});
        QCOMPARE(doc.project().goals.size(), 1);
        QVERIFY(doc.isModified());
        QCOMPARE(modified.count(), 1);
        QCOMPARE(changed.last().at(0).value<ProjectDocument::Part>(), ProjectDocument::Part::Goals);
        doc.setGoals({g}); // the same value: no command
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->undo();
        QVERIFY(doc.project().goals.isEmpty());
        QVERIFY(!doc.isModified()); // back at the clean state
        doc.undoStack()->redo();
        QCOMPARE(doc.project().goals.first(), g);
        QVERIFY(doc.isModified());
    }

    void spinBoxStepsMergeIntoOneCommand()
    {
        ProjectDocument doc;
        doc.reset(town(), false);
        for (double v : {6.0, 7.0, 8.0, 9.0})
            doc.setPrivacyThreshold(v);
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.project().privacyThreshold, 9.0);
        doc.setAfspiegelingThreshold(12.0); // another value: its own command
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(doc.project().privacyThreshold, 5.0);
        QVERIFY(!doc.isModified());
        // Steps that come back to where they began leave nothing to undo (Tiled's obsolete ChangeValue).
        doc.setPrivacyThreshold(6.0);
        doc.setPrivacyThreshold(5.0);
        QCOMPARE(doc.project().privacyThreshold, 5.0);
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(!doc.isModified());
        doc.setPrivacyThreshold(0.0); // never below 1
        QCOMPARE(doc.project().privacyThreshold, 5.0);
    }

    void scenariosAreNamedUniquelyAndEveryEditUndoes()
    {
        ProjectDocument doc;
        doc.reset(town(), false);
        QCOMPARE(doc.addScenario(Scenario{}), 0);
        QCOMPARE(doc.addScenario(Scenario{}), 1);
        QCOMPARE(doc.project().scenarios[0].name, QStringLiteral("Scenario"));
        QCOMPARE(doc.project().scenarios[1].name, QStringLiteral("Scenario 2"));
        doc.addEdit(0, newSchool(200));
        QCOMPARE(doc.undoStack()->undoText(), newSchool(200).describe(doc.project().dataset.get()));
        QCOMPARE(doc.duplicateScenario(0), 1);
        QCOMPARE(doc.project().scenarios.size(), 3);
        QCOMPARE(doc.project().scenarios[1].edits.size(), 1);
        doc.renameScenario(1, QStringLiteral("Scenario 2")); // taken: made unique
        QCOMPARE(doc.project().scenarios[1].name, QStringLiteral("Scenario 2 2"));
        doc.removeEdit(1, 0);
        QVERIFY(doc.project().scenarios[1].edits.isEmpty());
        QCOMPARE(doc.project().scenarios[0].edits.size(), 1);
        doc.removeScenario(2);
        QCOMPARE(doc.project().scenarios.size(), 2);
        const int commands = doc.undoStack()->count();
        QCOMPARE(commands, 7);
        while (doc.undoStack()->canUndo())
            doc.undoStack()->undo();
        QVERIFY(doc.project().scenarios.isEmpty());
        QVERIFY(!doc.isModified());
        while (doc.undoStack()->canRedo())
            doc.undoStack()->redo();
        QCOMPARE(doc.project().scenarios.size(), 2);
        QCOMPARE(doc.project().scenarios[1].name, QStringLiteral("Scenario 2 2"));
    }

    void runsAndSeedStepsMerge()
    {
        ProjectDocument doc;
        doc.reset(town(), false);
        doc.addScenario(Scenario{});
        for (int runs : {20, 30, 40}) {
            Scenario s = doc.project().scenarios[0];
            s.runs = runs;
            doc.setScenario(0, s, [] { return QStringLiteral("runs"); }, QStringLiteral("runs"));
        }
        QCOMPARE(doc.undoStack()->count(), 2);
        QCOMPARE(doc.project().scenarios[0].runs, 40);
        doc.undoStack()->undo();
        QCOMPARE(doc.project().scenarios[0].runs, Scenario::kDefaultRuns);
    }

    void aSaveOfAnEarlierStateLeavesTheProjectModified()
    {
        ProjectDocument doc;
        doc.reset(town(), true); // new work from sources
        QVERIFY(doc.isModified());
        const quint64 atSave = doc.revision();
        doc.setPrivacyThreshold(7.0); // while the file is written
        doc.markSaved(atSave);
        QVERIFY(doc.isModified());
        doc.markSaved(doc.revision());
        QVERIFY(!doc.isModified());
        doc.undoStack()->undo(); // undo past the saved state: modified again
        QVERIFY(doc.isModified());
    }

    void resultsAreFoundAgainAfterAnUndo()
    {
        ProjectDocument doc;
        doc.reset(town(), false);
        doc.addScenario(Scenario{});
        doc.addEdit(0, newSchool(200));
        const Scenario withSchool = doc.project().scenarios[0];
        auto outcome = std::make_shared<ScenarioOutcome>();
        outcome->scenario = withSchool;
        doc.cacheOutcome(withSchool, outcome);
        doc.removeEdit(0, 0);
        QVERIFY(!doc.cachedOutcome(doc.project().scenarios[0]));
        doc.undoStack()->undo();
        QVERIFY(doc.cachedOutcome(doc.project().scenarios[0]) == outcome);
        // Another capacity is another scenario.
        Scenario other = withSchool;
        other.edits[0] = newSchool(250);
        QVERIFY(!doc.cachedOutcome(other));
        doc.reset(town(), false); // another project: nothing cached
        QVERIFY(!doc.cachedOutcome(withSchool));
    }
};

QTEST_GUILESS_MAIN(TstProjectDocument)
#include "tst_projectdocument.moc"
