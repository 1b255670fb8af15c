// SPDX-License-Identifier: GPL-3.0-or-later
// Secondary schools in the window, as a person uses them: open the demo, load the vo files of tests/data/vo,
// see the layer and its legend, click a vestiging, filter, and find the vo section in the briefing.
// With MK_SCREENSHOT_DIR set, the window and the briefing are written there to look at; MK_VO_PROJECT opens a
// project instead of the demo and MK_VO_GEMEENTE chooses the gemeente (default Baarn).

#include "guitestutils.h"

#include "gui/briefingdialog.h"
#include "gui/identifypanel.h"
#include "gui/mapcanvas.h"
#include "gui/mapworkspace.h"
#include "gui/vodock.h"
#include "itemmodels/layertreemodel.h"
#include "project/project.h"
#include "report/briefingbuilder.h"
#include "report/briefingcontent.h"
#include "shared/briefing/briefingrenderer.h"
#include "vo/voanalysis.h"

#include <QDir>
#include <QTableWidget>
#include <QTextBrowser>

using namespace Mk;

class TestVoGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { initGuiTest(QStringLiteral("tst_vogui"), QStringLiteral("en")); }

    void voLayerPanelAndBriefing()
    {
        const QString shots = qEnvironmentVariable("MK_SCREENSHOT_DIR");
        const QString projectFile = qEnvironmentVariable("MK_VO_PROJECT");
        const QString gemeente = qEnvironmentVariableIsSet("MK_VO_GEMEENTE") ? qEnvironmentVariable("MK_VO_GEMEENTE") : QStringLiteral("Baarn");
        MainWindow window;
        if (projectFile.isEmpty()) {
            QVERIFY(openDemoLikeAUser(window, QSize(1366, 768)));
        } else {
            window.resize(1366, 768);
            window.show();
            QSignalSpy shown(&window, &MainWindow::datasetShown);
            window.openProject(projectFile);
            QVERIFY(shown.wait(60000));
        }
        const QString data = QStringLiteral(MK_TEST_DATA_DIR "/vo/");
        VoRequest request;
        const QStringList pupils = qEnvironmentVariable("MK_VO_PUPILS").split(QLatin1Char(','), Qt::SkipEmptyParts);
        request.pupilFiles = pupils.isEmpty() ? QStringList{data + QStringLiteral("duo_01_leerlingen_vo_vestiging_onderwijstype_2017-2018_excerpt.csv"),
                                                            data + QStringLiteral("duo_01_leerlingen_vo_vestiging_onderwijstype_2019-2020_inferred_excerpt.csv")}
                                              : pupils;
        request.addressFile = data + QStringLiteral("duo_02_alle_vestigingen_vo_2019-2020_inferred_excerpt.csv");
        request.locatedSchoolsFile = data + QStringLiteral("scholen_2024_excerpt.csv");
        request.postcodeCentroidsFile = data + QStringLiteral("pc4_centroids_excerpt.csv");
        window.openVo(request, {gemeente});
        QTRY_VERIFY_WITH_TIMEOUT(window.workspace()->voAnalysis() != nullptr, 60000);
        const auto vo = window.workspace()->voAnalysis();

        // The layer is on top, with one symbol per placed vestiging, and its legend names the levels.
        auto* layer = dynamic_cast<VoMapLayer*>(window.workspace()->layers()->layer(VoMapLayer::kId));
        QVERIFY(layer);
        QCOMPARE(window.workspace()->layers()->rowOf(VoMapLayer::kId), 0);
        QCOMPARE(layer->featureCount(), vo->latest().locations.size());
        QVERIFY(layer->legend().items.size() == 6);
        auto* dock = window.findChild<VoDock*>();
        QVERIFY(dock && dock->isVisible());
        QVERIFY2(dock->findings()->toPlainText().contains(QStringLiteral("categorical")), qPrintable(dock->findings()->toPlainText()));
        window.canvas()->setExtent(layer->extent().adjusted(-2500, -2500, 2500, 2500));
        QTest::qWait(1500);
        if (!shots.isEmpty())
            QVERIFY(window.grab().save(QDir(shots).filePath(QStringLiteral("vo_map.png"))));

        // Clicking a categorical vestiging (selecting it) shows its levels and programmes.
        QString categorical;
        for (const VoMapFeature& f : layer->features())
            if (f.categorical && categorical.isEmpty())
                categorical = f.id;
        QVERIFY(!categorical.isEmpty());
        window.workspace()->select(VoMapLayer::kId, categorical);
        window.identifyPanel()->raise();
        QTest::qWait(300);
        const QTableWidget* table = window.identifyPanel()->attributes();
        QStringList rows;
        for (int r = 0; r < table->rowCount(); ++r)
            rows.append(table->item(r, 0)->text() + QStringLiteral(": ") + table->item(r, 1)->text());
        const QString text = rows.join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QStringLiteral("Categorical: yes")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("First year: ")), qPrintable(text));
        if (!shots.isEmpty())
            QVERIFY(window.grab().save(QDir(shots).filePath(QStringLiteral("vo_identify.png"))));

        // The filter: only categorical vestigingen.
        VoFilter filter;
        filter.breadth = VoFilter::Breadth::Categorical;
        window.workspace()->setVoFilter(filter);
        for (const VoMapFeature& f : layer->features())
            QCOMPARE(f.visible, f.categorical);
        dock->raise();
        QTest::qWait(1000);
        if (!shots.isEmpty())
            QVERIFY(window.grab().save(QDir(shots).filePath(QStringLiteral("vo_filter_categorical.png"))));

        // The briefing has the vo section, with a row per vestiging.
        BriefingSpec spec;
        spec.language = QStringLiteral("en");
        spec.sections = {BriefingSection::kTitle, BriefingSection::kVo};
        spec.replicates = 20;
        spec.vo = vo;
        Feedback feedback;
        auto content = BriefingBuilder::build(window.workspace()->dataset(), spec, feedback);
        QVERIFY2(content, content ? "" : qPrintable(content.error().toString()));
        QVERIFY(content->vo);
        QCOMPARE(content->vo->rows.size(), vo->latest().locations.size());
        if (!shots.isEmpty()) {
            const BriefingRenderer renderer;
            QVERIFY(renderer.writePdf(*content, QDir(shots).filePath(QStringLiteral("vo_briefing.pdf"))));
        }
    }
};

QTEST_MAIN(TestVoGui)
#include "tst_vogui.moc"
