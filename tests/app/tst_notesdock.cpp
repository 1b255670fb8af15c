// SPDX-License-Identifier: GPL-3.0-or-later
// The Meldingen (Notes) panel as a user meets it (issue 12 item 3): the status bar's note opens it, it
// lists every note of the data and the afspiegeling analysis, filters by severity and text, copies the
// selected rows, retranslates, and keeps the window within a laptop screen.
#include "gui/catchmentcontroller.h"
#include "gui/diagnosticsdock.h"
#include "gui/mapworkspace.h"
#include "catchment/catchmentanalysis.h"
#include "model/dataset.h"
#include "itemmodels/diagnosticstablemodel.h"
#include "guitestutils.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>
#include <QTranslator>

using namespace Mk;

namespace {

/** A "language" that brackets the notes panel's texts, so a test sees them change without the .qm files. */
class BracketTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char*, int) const override
    {
        const QByteArray c(context);
        if (c == "Mk::DiagnosticsDock" || c == "Mk::DiagnosticsTableModel")
            return QStringLiteral("[%1]").arg(QString::fromUtf8(source));
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TstNotesDock : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { initGuiTest(QStringLiteral("tst_notesdock"), QStringLiteral("en")); }

    void listsFiltersAndCopiesTheNotes()
    {
        MainWindow w;
        QVERIFY(openDemoLikeAUser(w, QSize(1366, 728)));
        QTRY_VERIFY_WITH_TIMEOUT(w.catchments()->result() != nullptr && !w.catchments()->isRunning(), 120000);
        const Diagnostics& data = w.workspace()->dataset()->diagnostics;
        const Diagnostics& analysis = w.catchments()->result()->diagnostics;
        DiagnosticsDock* dock = w.notesDock();
        DiagnosticsTableModel* model = dock->model();
        QVERIFY(data.size() > 0); // the demo has notes; otherwise there is nothing to look at
        QCOMPARE(model->rowCount(), int(data.size() + analysis.size()));
        for (qsizetype i = 0; i < data.size(); ++i)
            QCOMPARE(model->at(int(i)).message, data.items()[i].message);

        // The status bar says how many and opens the panel.
        QToolButton* button = w.notesButton();
        QVERIFY(button->isVisible());
        QVERIFY2(button->text().startsWith(QString::number(model->rowCount()) + QLatin1Char(' ')), qPrintable(button->text()));
        QVERIFY(!dock->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(dock->isVisible());
        QVERIFY(!dock->view()->visibleRegion().isEmpty());
        // The map keeps its room and the window still fits a laptop.
        QVERIFY2(w.minimumSizeHint().height() <= 768, qPrintable(QString::number(w.minimumSizeHint().height())));
        QCOMPARE(w.size(), QSize(1366, 728));

        // Loader notes name their file.
        for (int r = 0; r < int(data.size()); ++r)
            QVERIFY2(!model->at(r).source.isEmpty(), qPrintable(model->at(r).message));

        QTableView* view = dock->view();
        const int all = view->model()->rowCount();
        QCOMPARE(all, model->rowCount());
        // Severity: only the errors and warnings, then all again.
        dock->severityBox()->setCurrentIndex(1);
        QCOMPARE(view->model()->rowCount(), int(model->count(Diagnostic::Severity::Warning) + model->count(Diagnostic::Severity::Error)));
        dock->severityBox()->setCurrentIndex(2);
        QCOMPARE(view->model()->rowCount(), int(model->count(Diagnostic::Severity::Error)));
        dock->severityBox()->setCurrentIndex(0);
        QCOMPARE(view->model()->rowCount(), all);
        // Text: a word of the first note's message keeps exactly the notes that contain it.
        const QString word = model->at(0).message.section(QLatin1Char(' '), 0, 0);
        int containing = 0;
        for (int r = 0; r < model->rowCount(); ++r) {
            bool any = false;
            for (int c = 0; c < DiagnosticsTableModel::ColumnCount; ++c)
                any = any || model->index(r, c).data().toString().contains(word, Qt::CaseInsensitive);
            containing += any ? 1 : 0;
        }
        QTest::keyClicks(dock->filterEdit(), word);
        QCOMPARE(view->model()->rowCount(), containing);
        QVERIFY(containing >= 1);
        dock->filterEdit()->clear();
        QCOMPARE(view->model()->rowCount(), all);

        // Ctrl+C copies the selected rows, in the order shown, under a header.
        QApplication::clipboard()->clear();
        view->setFocus();
        view->selectAll();
        QVERIFY(dock->copyAction()->isEnabled());
        QTest::keySequence(view, QKeySequence::Copy);
        QTRY_VERIFY(!QApplication::clipboard()->text().isEmpty());
        const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), all + 1);
        QVERIFY(lines[0].startsWith(QStringLiteral("Severity\tFile\t")));
        QCOMPARE(lines[1].split(QLatin1Char('\t')).value(DiagnosticsTableModel::MessageColumn), QString(model->at(0).message).replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        // The context menu offers the same copy first, before the exports.
        QCOMPARE(view->contextMenuPolicy(), Qt::CustomContextMenu);

        QVERIFY(w.grab().save(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("notesdock.png"))));
    }

    void retranslatesOnLanguageChange()
    {
        DiagnosticsDock dock;
        Diagnostics d;
        d.warning(QStringLiteral("x"));
        dock.model()->setSection(QStringLiteral("data"), d);
        QCOMPARE(dock.windowTitle(), QStringLiteral("Notes"));
        QCOMPARE(dock.view()->model()->headerData(DiagnosticsTableModel::AdviceColumn, Qt::Horizontal).toString(), QStringLiteral("What to do"));
        BracketTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QTRY_COMPARE(dock.windowTitle(), QStringLiteral("[Notes]"));
        QCOMPARE(dock.view()->model()->headerData(DiagnosticsTableModel::AdviceColumn, Qt::Horizontal).toString(), QStringLiteral("[What to do]"));
        QCOMPARE(dock.view()->model()->index(0, DiagnosticsTableModel::SeverityColumn).data().toString(), QStringLiteral("[Warning]"));
        QCOMPARE(dock.severityBox()->itemText(2), QStringLiteral("[Errors only]"));
        QVERIFY(dock.filterEdit()->placeholderText().startsWith(QLatin1Char('[')));
        QCoreApplication::removeTranslator(&translator);
        QTRY_COMPARE(dock.windowTitle(), QStringLiteral("Notes"));
        QCOMPARE(dock.severityBox()->itemText(2), QStringLiteral("Errors only"));
    }
};

QTEST_MAIN(TstNotesDock)
#include "tst_notesdock.moc"
