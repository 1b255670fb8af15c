// SPDX-License-Identifier: GPL-3.0-or-later
// qcustomplot.h (2.1) uses Qt's foreach in inline templates; allow it for this file only, before any Qt header.
#undef QT_NO_FOREACH

#include "geo/georuntime.h"
#include "gui/aboutdialog.h"
#include "gui/attributetabledock.h"
#include "gui/filterdock.h"
#include "gui/identifypanel.h"
#include "gui/layersdock.h"
#include "gui/legenddock.h"
#include "gui/mainwindow.h"
#include "gui/mapcanvas.h"
#include "gui/mapworkspace.h"
#include "gui/welcomewidget.h"
#include "geo/geometry.h"
#include "model/dataset.h"
#include "itemmodels/layertreemodel.h"
#include "render/layerfactory.h"
#include "render/pointmaplayer.h"
#include "guitestutils.h"
#include "core/synthetictown.h"
#include "gui/measuretool.h"
#include "testutils.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QWheelEvent>

#include <qcustomplot.h>

using namespace Mk;

class TstMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // As the application starts: Dutch by default.
        initGuiTest(QStringLiteral("tst_mainwindow"), QStringLiteral("nl"));
    }

    void demoWorkflow()
    {
        MainWindow w;
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.welcome()->isVisible());
        QVERIFY(!w.canvas()->isVisible());

        QSignalSpy shown(&w, &MainWindow::datasetShown);
        QTest::mouseClick(w.welcome()->demoButton(), Qt::LeftButton);
        QVERIFY(w.isLoading());
        QVERIFY(shown.wait(60000));
        QVERIFY(w.canvas()->isVisible());
        const auto ds = w.workspace()->dataset();
        QCOMPARE(ds->gemeenteCode, QStringLiteral("GM0308"));
        QTRY_VERIFY_WITH_TIMEOUT(!w.canvas()->renderedImage().isNull() && !w.canvas()->isRendering(), 10000);

        // Default styling: a migration-background choropleth, schools on top.
        LayerTreeModel* layers = w.workspace()->layers();
        QCOMPARE(layers->layerAt(0)->id(), LayerFactory::kSchoolsId);
        QCOMPARE(layers->renderOrder().front()->id(), LayerFactory::kAreasId);
        QCOMPARE(w.workspace()->areaValue().kind, ValueSource::Kind::GroupShare);
        const int legendGroups = w.legendDock()->groupCount();
        QVERIFY(legendGroups >= 4);

        // Toggle the wijk boundaries off, as a click on the check box would.
        const int wijkRow = layers->rowOf(LayerFactory::kWijkenId);
        QVERIFY(wijkRow >= 0);
        QSignalSpy rendered(w.canvas(), &MapCanvas::renderFinished);
        QVERIFY(layers->setData(layers->index(wijkRow), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(rendered.wait(10000));
        QCOMPARE(w.legendDock()->groupCount(), legendGroups - 1);
        QVERIFY(!layers->layer(LayerFactory::kWijkenId)->isVisible());

        // Click the school with the most pupils on the canvas with the identify tool.
        QVERIFY(w.identifyAction()->isChecked());
        const auto* schools = dynamic_cast<const PointMapLayer*>(layers->layer(LayerFactory::kSchoolsId));
        QVERIFY(schools && schools->featureCount() > 0);
        qsizetype target = 0;
        for (qsizetype i = 0; i < schools->featureCount(); ++i)
            if (schools->features()[i].sizeValue.value_or(0) > schools->features()[target].sizeValue.value_or(0))
                target = i;
        const QPoint at = w.canvas()->toWidget(schools->features()[target].position).toPoint();
        QTest::mouseClick(w.canvas(), Qt::LeftButton, {}, at);
        QCOMPARE(w.workspace()->selectedLayer(), LayerFactory::kSchoolsId);
        QCOMPARE(w.workspace()->selectedFeature(), schools->featureId(target));
        QCOMPARE(w.identifyPanel()->heading(), schools->featureName(target));
        QVERIFY(w.identifyPanel()->attributes()->rowCount() >= 6);
        QVERIFY(w.identifyPanel()->chart()->isVisible());
        QVERIFY(w.identifyPanel()->chart()->plottableCount() >= 2); // its buurt and the gemeente
        // ... and the table follows the map.
        const QModelIndexList selected = w.tableDock()->schoolView()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.front().data().toString(), schools->featureName(target));

        // Selecting a buurt row in the table selects it on the map and in the identify panel.
        QTableView* areaView = w.tableDock()->areaView();
        areaView->selectRow(0);
        const QString code = areaView->model()->index(0, 0).data().toString();
        QCOMPARE(w.workspace()->selectedLayer(), LayerFactory::kAreasId);
        QCOMPARE(w.workspace()->selectedFeature(), code);
        QVERIFY(w.identifyPanel()->heading().contains(code));

        // Clicking inside a buurt away from every school symbol identifies that buurt.
        const AreaUnit* clicked = nullptr;
        QPoint inBuurt;
        for (const AreaUnit& u : ds->areas.units) {
            const QPoint p = w.canvas()->toWidget(u.geometry->pointOnSurface()).toPoint();
            bool clear = w.canvas()->rect().contains(p);
            for (const PointFeature& f : schools->features())
                clear = clear && (w.canvas()->toWidget(f.position) - QPointF(p)).manhattanLength() > 40;
            if (clear) {
                clicked = &u;
                inBuurt = p;
                break;
            }
        }
        QVERIFY(clicked);
        QTest::mouseClick(w.canvas(), Qt::LeftButton, {}, inBuurt);
        QCOMPARE(w.workspace()->selectedLayer(), LayerFactory::kAreasId);
        QCOMPARE(w.workspace()->selectedFeature(), clicked->code);
        QVERIFY(w.identifyPanel()->heading().contains(clicked->name));

        // Filter: no primary schools means no school symbols.
        w.filterDock()->primaryBox()->setChecked(false);
        QCOMPARE(std::count(schools->symbolOf().begin(), schools->symbolOf().end(), -1),
                 static_cast<long>(schools->featureCount()));
        w.filterDock()->primaryBox()->setChecked(true);
        QVERIFY(std::count(schools->symbolOf().begin(), schools->symbolOf().end(), -1) < schools->featureCount());

        // Back to the full view with the school selected, wijken on, for the screenshot.
        QVERIFY(layers->setData(layers->index(wijkRow), Qt::Checked, Qt::CheckStateRole));
        w.workspace()->select(LayerFactory::kSchoolsId, schools->featureId(target));
        w.canvas()->zoomToFullExtent();
        QTRY_VERIFY_WITH_TIMEOUT(!w.canvas()->isRendering(), 10000);
        QTest::qWait(200);
        const QImage shot = w.grab().toImage();
        QVERIFY(!shot.isNull());
        const QString path = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("mainwindow_demo.png"));
        QVERIFY(shot.save(path));
        qInfo("Screenshot of the main window: %s", qPrintable(path));
        // The map is not blank: many distinct colours inside the canvas area.
        const QImage map = w.canvas()->renderedImage();
        QSet<QRgb> colours;
        for (int y = 0; y < map.height(); y += 7)
            for (int x = 0; x < map.width(); x += 7)
                colours.insert(map.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    }

    void navigationTools()
    {
        MainWindow w;
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showDataset(syntheticTown(), QStringLiteral("Rasterdam"));
        MapCanvas* canvas = w.canvas();
        QTRY_VERIFY_WITH_TIMEOUT(!canvas->renderedImage().isNull(), 10000);
        const double scale = canvas->mapSettings().scaleDenominator();

        // One wheel notch forward halves the scale around the cursor, which stays on the same map point.
        const QPointF cursor(canvas->width() / 3.0, canvas->height() / 3.0);
        const QPointF before = canvas->toMap(cursor);
        QWheelEvent wheel(cursor, canvas->mapToGlobal(cursor), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(canvas, &wheel);
        MK_COMPARE_REL(canvas->mapSettings().scaleDenominator(), scale / 2, 1e-9);
        const QPointF after = canvas->toMap(cursor);
        QVERIFY(std::abs(after.x() - before.x()) < 1e-6 && std::abs(after.y() - before.y()) < 1e-6);
        QTest::keyClick(canvas, Qt::Key_Minus);
        MK_COMPARE_REL(canvas->mapSettings().scaleDenominator(), scale, 1e-9);
        // Arrow keys pan by a quarter of the view.
        const QRectF v = canvas->mapSettings().visibleExtent();
        QTest::keyClick(canvas, Qt::Key_Right);
        MK_COMPARE_REL(canvas->mapSettings().visibleExtent().left(), v.left() + v.width() / 4, 1e-9);

        // Measure: two clicks 200 px apart are 200 x metres-per-pixel.
        auto* measure = w.findChild<MeasureTool*>();
        QVERIFY(measure);
        canvas->setMapTool(measure);
        QSignalSpy measured(measure, &MeasureTool::measured);
        QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(100, 300));
        QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(300, 300));
        QTest::mouseClick(canvas, Qt::RightButton, {}, QPoint(300, 300));
        QVERIFY(!measured.isEmpty());
        QVERIFY(measured.last().at(1).toBool());
        MK_COMPARE_REL(measured.last().at(0).toDouble(), 200 * canvas->mapSettings().mapUnitsPerPixel(), 1e-9);
        // Leaving the tool takes the line and what the status bar said about it away (issue 12 item 5).
        const auto measureLinePixels = [canvas] {
            const QImage shot = canvas->grab().toImage();
            int n = 0;
            for (int x = 100; x <= 300; ++x)
                for (int y = 296; y <= 304; ++y)
                    n += shot.pixelColor(x, y) == QColor(0xd0, 0x1c, 0x8b) ? 1 : 0;
            return n;
        };
        QVERIFY(measureLinePixels() > 100);
        QVERIFY(!w.statusBar()->currentMessage().isEmpty());
        w.identifyAction()->trigger();
        QCOMPARE(canvas->mapTool() == measure, false);
        QCOMPARE(measure->length(), 0.0);
        QCOMPARE(measureLinePixels(), 0);
        QVERIFY2(w.statusBar()->currentMessage().isEmpty(), qPrintable(w.statusBar()->currentMessage()));

        // Another module (catchments) adds a per-school measure; the schools can be coloured by it.
        SchoolMeasure gap{QStringLiteral("gap:test"), QStringLiteral("Afspiegeling gap"), ValueFormat::number(), true, {}, {}};
        gap.bySchool.insert(QStringLiteral("00AA00"), AttributeValue::of(-12));
        gap.bySchool.insert(QStringLiteral("00BB00"), AttributeValue::of(8));
        w.workspace()->addSchoolMeasure(gap);
        QVERIFY(w.layersDock()->schoolColourBox()->findData(gap.id) >= 0);
        w.workspace()->setSchoolColouring(gap.id);
        const auto* schools = dynamic_cast<const PointMapLayer*>(w.workspace()->layers()->layer(LayerFactory::kSchoolsId));
        QCOMPARE(schools->style().fill, LayerStyle::Fill::Graduated);
        QCOMPARE(schools->classification().bounds().front(), -12.0);
        QCOMPARE(schools->legend().subtitle, gap.label);

        // Zoom to selection frames the selected buurt.
        w.workspace()->select(LayerFactory::kAreasId, QStringLiteral("BU99990010"));
        canvas->zoomToSelection();
        QVERIFY(canvas->mapSettings().visibleExtent().contains(QPointF(155250, 463250)));
        QVERIFY(canvas->mapSettings().visibleExtent().width() < 2000);
    }

    void welcomeScreenWithoutData()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QImage shot = w.grab().toImage();
        const QString path = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("welcome.png"));
        QVERIFY(shot.save(path));
        qInfo("Screenshot of the welcome screen: %s", qPrintable(path));
        QVERIFY(w.welcome()->isVisible());

        AboutDialog about(&w);
        QString text;
        for (const QLabel* l : about.findChildren<QLabel*>())
            text += l->text();
        QVERIFY(text.contains(QLatin1String("CC BY 4.0")));
        QVERIFY(text.contains(QLatin1String("DUO")));
        QVERIFY(text.contains(QLatin1String("Inspectie")));
        QVERIFY(text.contains(GeoRuntime::versions()));
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
