// SPDX-License-Identifier: GPL-3.0-or-later
#include "guitestutils.h"
#include "core/briefingtestdata.h"
#include "gui/briefingdialog.h"
#include "gui/mainwindow.h"
#include "gui/welcomewidget.h"
#include "report/briefingcontent.h"
#include "shared/appinit.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Mk;

namespace {

/** The text of every page, as pdftotext (poppler-utils) reads it. */
QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

/** File → Briefing…: computed off the GUI thread, previewed, switched to English, saved; the UI stays Dutch. */
class TstBriefingDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { initGuiTest(QStringLiteral("tst_briefingdialog"), QStringLiteral("nl")); }

    void previewSwitchAndSave()
    {
        LeaGoal goal;
        goal.target = 0.6;
        goal.deadline = 2027;
        Project project;
        project.dataset = briefingDemo();
        project.goals = {goal};
        BriefingDialog dialog(project);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy ready(&dialog, &BriefingDialog::contentReady);
        if (!dialog.content())
            QVERIFY(ready.wait(30000));
        QVERIFY(dialog.content());
        QCOMPARE(dialog.content()->spec.language, QStringLiteral("nl")); // the UI language by default
        QCOMPARE(dialog.content()->goals.size(), 1);
        QVERIFY2(dialog.pageCount() >= 6, qPrintable(QString::number(dialog.pageCount())));
        QVERIFY(dialog.thresholdLabel()->text().contains(QStringLiteral("<5")));
        QCOMPARE(dialog.sectionBoxes().size(), 9); // the seven sections, the secondary schools and the scenarios
        QCOMPARE(dialog.sectionBoxes().value(BriefingSection::kMap)->text(), QStringLiteral("Kaart"));

        // Fewer sections: fewer pages, without recomputing.
        const int all = dialog.pageCount();
        dialog.sectionBoxes().value(BriefingSection::kMap)->setChecked(false);
        dialog.sectionBoxes().value(BriefingSection::kCharts)->setChecked(false);
        QVERIFY(!dialog.isComputing());
        QVERIFY(dialog.pageCount() < all);

        // English briefing, Dutch program.
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("en")));
        QVERIFY(ready.wait(30000));
        QCOMPARE(dialog.content()->title.title, QStringLiteral("School segregation in Baarn"));
        QCOMPARE(dialog.sectionBoxes().value(BriefingSection::kMap)->text(), QStringLiteral("Kaart"));
        QVERIFY(dialog.preview()->pageCount() > 0);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("briefing.pdf"));
        QVERIFY(dialog.savePdf(path));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
    }

    /** The same input gives the same document from File → Briefing… and from mengkaart-cli briefing. */
    void dialogAndCliWriteTheSameDocument()
    {
        Project project;
        project.dataset = briefingDemo();
        BriefingDialog dialog(project);
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("en")));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.content() && dialog.content()->spec.language == QLatin1String("en") && !dialog.isComputing(),
                                 30000);
        QTemporaryDir dir;
        const QString fromDialog = dir.filePath(QStringLiteral("dialog.pdf"));
        const QString fromCli = dir.filePath(QStringLiteral("cli.pdf"));
        QVERIFY(dialog.savePdf(fromDialog));
        QProcess cli;
        cli.start(QStringLiteral(MK_CLI_PATH), {QStringLiteral("briefing"), QStringLiteral("--demo"), QStringLiteral("--lang"),
                                                QStringLiteral("en"), QStringLiteral("--out"), fromCli});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QString dialogText = pdfText(fromDialog);
        QVERIFY(dialogText.contains(QStringLiteral("School segregation in Baarn")));
        QCOMPARE(pdfText(fromCli), dialogText);
    }

    void mainWindowOffersTheBriefingOnceDataIsShown()
    {
        MainWindow w;
        QVERIFY(!w.briefingAction()->isEnabled());
        QVERIFY(!w.printAction()->isEnabled());
        w.showDataset(briefingDemo(), QStringLiteral("Baarn"));
        QVERIFY(w.briefingAction()->isEnabled());
        QVERIFY(w.printAction()->isEnabled());
        w.briefingAction()->trigger();
        auto* dialog = w.findChild<BriefingDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->content() != nullptr, 30000);
        QVERIFY(dialog->pageCount() > 0);
        dialog->close();
    }
};

QTEST_MAIN(TstBriefingDialog)
#include "tst_briefingdialog.moc"
