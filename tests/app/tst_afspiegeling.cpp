// SPDX-License-Identifier: GPL-3.0-or-later
// qcustomplot.h (2.1) uses Qt's foreach in inline templates; allow it for this file only, before any Qt header.
#undef QT_NO_FOREACH

#include "catchment/catchmentanalysis.h"
#include "guitestutils.h"
#include "gui/afspiegelingdock.h"
#include "gui/attributetabledock.h"
#include "gui/catchmentcontroller.h"
#include "gui/mainwindow.h"
#include "gui/mapcanvas.h"
#include "gui/mapworkspace.h"
#include "itemmodels/afspiegelingtablemodel.h"
#include "itemmodels/areatablemodel.h"
#include "itemmodels/layertreemodel.h"
#include "itemmodels/schooltablemodel.h"
#include "render/catchmentmaplayer.h"
#include "render/layerfactory.h"
#include "render/pointmaplayer.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDockWidget>
#include <QDir>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

using namespace Mk;

/** The afspiegeling panel, the gap colouring and the catchment layer on the Baarn demo, in Dutch. */
class TstAfspiegeling : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { initGuiTest(QStringLiteral("tst_afspiegeling"), QStringLiteral("nl")); }

    void demoAfspiegeling()
    {
        MainWindow w;
        QVERIFY(openDemoLikeAUser(w, QSize(1600, 1000)));

        // The analysis starts by itself after the demo loads, off the GUI thread.
        CatchmentController* controller = w.catchments();
        QTRY_VERIFY_WITH_TIMEOUT(controller->result() != nullptr, 120000);
        QVERIFY(!controller->isRunning());
        AfspiegelingDock* dock = w.afspiegelingDock();
        AfspiegelingTableModel* model = dock->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 9);
        for (int r = 0; r < model->rowCount(); ++r) {
            const AfspiegelingRow* row = model->rowAt(r);
            QVERIFY(row);
            QVERIFY2(row->verdict != AfspiegelingVerdict::NoData, qPrintable(row->schoolId));
            QVERIFY(!model->index(r, AfspiegelingTableModel::VerdictColumn).data().toString().isEmpty());
            for (const AfspiegelingGroup& g : row->groups)
                QVERIFY2(std::isfinite(g.gapPp) && g.gapLowPp <= g.gapPp && g.gapPp <= g.gapHighPp, qPrintable(row->schoolId));
            // Demo shares are flow estimates: labelled so, in Dutch number format.
            const QString gap = model->index(r, AfspiegelingTableModel::GapColumn).data().toString();
            QVERIFY2(gap.contains(QLatin1Char(',')) && gap.contains(QLatin1Char('[')), qPrintable(gap));
            QVERIFY(row->estimated);
        }
        // Every share is an estimate: the column says so once.
        QVERIFY(model->headerData(AfspiegelingTableModel::SchoolShareColumn, Qt::Horizontal, Qt::DisplayRole).toString().endsWith(
            QLatin1String("(schatting)")));
        // One pupil figure everywhere, with its source: the afspiegeling table shows what the attribute table shows.
        // Marimba's school-file cell is empty, so both show its total in the pupils by home postcode, marked as an estimate.
        const QAbstractItemModel* attributes = w.findChild<AttributeTableDock*>()->schoolView()->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            QModelIndex same;
            for (int k = 0; k < attributes->rowCount(); ++k)
                if (attributes->index(k, 0).data(SchoolTableModel::IdRole).toString() == model->idAt(r))
                    same = attributes->index(k, SchoolTableModel::PupilsColumn);
            QVERIFY(same.isValid());
            const QModelIndex pupils = model->index(r, AfspiegelingTableModel::PupilsColumn);
            QCOMPARE(pupils.data().toString(), same.data().toString());
            QCOMPARE(pupils.data(Qt::ToolTipRole).toString(), same.data(Qt::ToolTipRole).toString());
            QVERIFY(pupils.data(Qt::ToolTipRole).toString().startsWith(QLatin1String("Bron: ")));
            if (model->idAt(r) == QLatin1String("32FE00"))
                QVERIFY2(pupils.data().toString().endsWith(QLatin1String("(schatting)")), qPrintable(pupils.data().toString()));
        }

        // The compositions are flow estimates, so the schools are coloured by the schoolweging against their pupils'
        // neighbourhoods (issue 11), with a diverging legend centred on zero.
        QCOMPARE(w.workspace()->schoolColouring(), QStringLiteral("ses_gap"));
        const auto* schools = dynamic_cast<const PointMapLayer*>(w.workspace()->layers()->layer(LayerFactory::kSchoolsId));
        QVERIFY(schools);
        QCOMPARE(schools->style().fill, LayerStyle::Fill::Graduated);
        const QList<double>& bounds = schools->classification().bounds();
        QVERIFY(bounds.size() >= 4);
        QCOMPARE(bounds.front(), -bounds.back());
        QVERIFY(!dock->splitLabel()->text().isEmpty());

        // The groups are named by the demo mapping's Dutch labels (CBS herkomst), never by their English keys.
        const QStringList dutch = {QStringLiteral("Nederland"), QStringLiteral("Europa (exclusief Nederland)"), QStringLiteral("buiten Europa")};
        QCOMPARE(dock->groupBox()->count(), 3);
        for (int k = 0; k < 3; ++k)
            QCOMPARE(dock->groupBox()->itemText(k), dutch[k]);
        const QString header = model->headerData(AfspiegelingTableModel::SchoolShareColumn, Qt::Horizontal, Qt::DisplayRole).toString();
        QVERIFY2(dutch.contains(header.section(QStringLiteral(": "), 1).section(QStringLiteral(" (schatting)"), 0, 0)), qPrintable(header));

        // ... and so are the map's value and the attribute table's column of it.
        w.workspace()->setAreaValue(ValueSource::ofGroupShare(QStringLiteral("migration background"), {QStringLiteral("outside Europe")}));
        const QAbstractItemModel* areaTable = w.findChild<AttributeTableDock*>()->areaView()->model();
        QCOMPARE(areaTable->headerData(AreaTableModel::MappedColumn, Qt::Horizontal).toString(), QStringLiteral("Aandeel buiten Europa (herkomst)"));

        // Choosing another group recolours the schools by that group's gap (the measure keeps the group's key).
        const int other = (dock->groupBox()->currentIndex() + 1) % dock->groupBox()->count();
        dock->groupBox()->setCurrentIndex(other);
        QCOMPARE(w.workspace()->schoolColouring(),
                 CatchmentController::gapMeasureId(controller->result()->catchmentComposition.groups[other]));
        QCOMPARE(model->group(), other);
        QVERIFY(model->headerData(AfspiegelingTableModel::SchoolShareColumn, Qt::Horizontal, Qt::DisplayRole).toString().contains(dutch[other]));

        // Selecting a school in the table selects it on the map and draws its chart.
        QTableView* view = dock->view();
        view->selectRow(2);
        const QString id = view->model()->index(2, 0).data(AfspiegelingTableModel::IdRole).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(w.workspace()->selectedLayer(), LayerFactory::kSchoolsId);
        QCOMPARE(w.workspace()->selectedFeature(), id);
        QVERIFY(dock->chart()->isVisibleTo(dock->chart()->parentWidget()));
        QCOMPARE(dock->chart()->plottableCount(), 4); // school, catchment, gemeente bars and the school's whiskers
        auto* ticker = dynamic_cast<QCPAxisTickerText*>(dock->chart()->axisRect()->axis(QCPAxis::atBottom)->ticker().data());
        QVERIFY(ticker);
        QStringList ticks = ticker->ticks().values(); // long labels are broken over lines
        for (QString& t : ticks)
            t.replace(QLatin1Char('\n'), QLatin1Char(' '));
        QCOMPARE(ticks, dutch);
        // A verdict naming a group names it in Dutch too.
        for (int r = 0; r < model->rowCount(); ++r) {
            const QString verdict = model->index(r, AfspiegelingTableModel::VerdictColumn).data().toString();
            for (const char* english : {"Dutch origin", "Europe", "outside Europe"})
                QVERIFY2(!verdict.contains(QLatin1String(english)), qPrintable(verdict));
        }
        // ... and the other way round.
        const QString another = model->idAt(model->rowOf(id) == 0 ? 1 : 0);
        w.workspace()->select(LayerFactory::kSchoolsId, another);
        const QModelIndexList selected = view->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.front().data(AfspiegelingTableModel::IdRole).toString(), another);

        // The catchment layer is in the layer panel, off; switching it on draws the outlines.
        LayerTreeModel* layers = w.workspace()->layers();
        const int row = layers->rowOf(CatchmentMapLayer::kId);
        QVERIFY(row > layers->rowOf(LayerFactory::kSchoolsId));
        QVERIFY(!layers->layer(CatchmentMapLayer::kId)->isVisible());
        QCOMPARE(layers->layer(CatchmentMapLayer::kId)->featureCount(), 9);
        w.workspace()->select({}, {});
        QTRY_VERIFY_WITH_TIMEOUT(!w.canvas()->isRendering(), 10000);
        QSignalSpy rendered(w.canvas(), &MapCanvas::renderFinished);
        w.canvas()->refresh();
        QVERIFY(rendered.wait(10000));
        const QImage before = w.canvas()->renderedImage();
        QVERIFY(layers->setData(layers->index(row), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(rendered.wait(10000));
        const QImage after = w.canvas()->renderedImage();
        QCOMPARE(after.size(), before.size());
        qsizetype changed = 0;
        for (int y = 0; y < after.height(); ++y)
            for (int x = 0; x < after.width(); ++x)
                changed += after.pixel(x, y) != before.pixel(x, y) ? 1 : 0;
        QVERIFY2(changed > 2000, qPrintable(QString::number(changed)));
        const auto* catchments = dynamic_cast<const CatchmentMapLayer*>(layers->layer(CatchmentMapLayer::kId));
        QVERIFY(std::count(catchments->symbolOf().begin(), catchments->symbolOf().end(), -1) == 0);

        // Another method: distance bands; the layer keeps its place and visibility.
        QSignalSpy results(controller, &CatchmentController::resultChanged);
        dock->methodBox()->setCurrentIndex(dock->methodBox()->findData(static_cast<int>(CatchmentMethod::Buffer)));
        QVERIFY(controller->isRunning());
        QVERIFY(dock->cancelButton()->isVisibleTo(dock));
        QVERIFY(results.wait(120000));
        QCOMPARE(controller->result()->options.method, CatchmentMethod::Buffer);
        QVERIFY(layers->layer(CatchmentMapLayer::kId)->isVisible());
        QCOMPARE(layers->layer(CatchmentMapLayer::kId)->name(), CatchmentMapLayer::methodName(CatchmentMethod::Buffer));
        QVERIFY(!dock->cancelButton()->isVisibleTo(dock));

        // Cancel drops the run: the previous result stays.
        QSignalSpy canceled(controller, &CatchmentController::canceled);
        dock->methodBox()->setCurrentIndex(dock->methodBox()->findData(static_cast<int>(CatchmentMethod::Observed)));
        QTest::mouseClick(dock->cancelButton(), Qt::LeftButton);
        QCOMPARE(canceled.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!controller->isRunning(), 120000);
        QTest::qWait(50);
        QCOMPARE(controller->result()->options.method, CatchmentMethod::Buffer);

        // Back to nearest-school areas for the screenshot, with a school selected.
        dock->methodBox()->setCurrentIndex(dock->methodBox()->findData(static_cast<int>(CatchmentMethod::Voronoi)));
        QVERIFY(results.wait(120000));
        view->selectRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(!w.canvas()->isRendering(), 10000);
        QTest::qWait(200);
        const QString png = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("afspiegeling.png"));
        QVERIFY(w.grab().save(png));
    }

    void layoutOnLaptopAndDesktop_data()
    {
        QTest::addColumn<QSize>("screen");
        QTest::newRow("1366x768") << QSize(1366, 768);
        QTest::newRow("1920x1080") << QSize(1920, 1080);
    }

    void layoutOnLaptopAndDesktop()
    {
        QFETCH(QSize, screen);
        MainWindow w;
        // The space a maximised window gets: the screen minus a panel or taskbar.
        const QSize available = screen - QSize(0, 40);
        QVERIFY(openDemoLikeAUser(w, available));
        QTRY_VERIFY_WITH_TIMEOUT(w.catchments()->result() != nullptr && !w.catchments()->isRunning(), 120000);
        // The window fits the screen: no panel demands more height than a laptop has.
        QCOMPARE(w.size(), available);
        AfspiegelingDock* dock = w.afspiegelingDock();
        QVERIFY(!dock->visibleRegion().isEmpty()); // in front of Identify after loading
        QTableView* view = dock->view();
        QCOMPARE(view->visibleRegion().boundingRect(), view->rect());
        const int rowsInView = view->viewport()->height() / view->rowHeight(0);
        QVERIFY2(rowsInView >= (screen.height() >= 1000 ? 9 : 6), qPrintable(QString::number(rowsInView)));

        // Selecting a school draws its chart: beside the table where the panel is tall enough (always on a tall
        // screen; on a laptop, whose table strip starts closed, too), else in its own tab.
        view->selectRow(1);
        if (screen.height() >= 1000)
            QVERIFY(dock->chartBesideTable());
        if (!dock->chartBesideTable()) {
            const QPoint cell = view->visualRect(view->model()->index(1, 0)).center();
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell);
            QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell);
            QCOMPARE(dock->tabs()->currentIndex(), int(AfspiegelingDock::ChartTab));
        }
        QCustomPlot* chart = dock->chart();
        QTRY_VERIFY(chart->isVisible());
        QVERIFY(chart->height() >= 240);
        QTRY_COMPARE(chart->visibleRegion().boundingRect(), chart->rect()); // not cut off by the panel
        QCPAxisRect* rect = chart->axisRect();
        QCOMPARE(rect->axis(QCPAxis::atLeft)->range().lower, 0.0);
        // Every group label is drawn below the bars and inside the chart, with the legend under it.
        QCOMPARE(rect->axis(QCPAxis::atBottom)->tickVectorLabels().size(), dock->groupBox()->count());
        QVERIFY(rect->outerRect().bottom() < chart->legend->outerRect().top());
        QVERIFY(chart->legend->outerRect().bottom() <= chart->height());
        QTRY_VERIFY_WITH_TIMEOUT(!w.canvas()->isRendering(), 10000);
        QTest::qWait(100);
        const QString dir = QCoreApplication::applicationDirPath();
        const QString size = QStringLiteral("%1x%2").arg(screen.width()).arg(screen.height());
        QVERIFY(w.grab().save(QDir(dir).filePath(QStringLiteral("afspiegeling_%1.png").arg(size))));

        for (int tab : {int(AfspiegelingDock::SchoolsTab), int(AfspiegelingDock::SplitTab)}) {
            dock->tabs()->setCurrentIndex(tab);
            QVERIFY(dock->grab().save(QDir(dir).filePath(QStringLiteral("afspiegeling_%1_tab%2.png").arg(size).arg(tab))));
        }
        // The headline is in view next to the name, without scrolling: the demo's school mix is an estimate from the
        // flows, so the SES verdict; and a school name of at least a few words (20 letters or the longest name).
        dock->tabs()->setCurrentIndex(AfspiegelingDock::SchoolsTab);
        QVERIFY(w.catchments()->result()->compositionIsEstimate() && w.catchments()->result()->sesSpread.schools > 0);
        for (int column : {int(AfspiegelingTableModel::NameColumn), int(AfspiegelingTableModel::SesColumn)})
            QVERIFY2(view->columnViewportPosition(column) >= 0
                         && view->columnViewportPosition(column) + view->columnWidth(column) <= view->viewport()->width(),
                     qPrintable(QString::number(column)));
        int longestName = 0;
        for (int r = 0; r < view->model()->rowCount(); ++r)
            longestName = std::max(longestName, view->fontMetrics().horizontalAdvance(
                                                     view->model()->index(r, AfspiegelingTableModel::NameColumn).data().toString()));
        QVERIFY2(view->columnWidth(AfspiegelingTableModel::NameColumn) >= std::min(longestName, 20 * view->fontMetrics().averageCharWidth()),
                 qPrintable(QString::number(view->columnWidth(AfspiegelingTableModel::NameColumn))));

        // A buurt is for Identify: it comes to the front; a school of the table keeps the afspiegeling in front.
        const auto* areas = w.workspace()->layers()->layer(LayerFactory::kAreasId);
        QVERIFY(areas && areas->featureCount() > 0);
        w.workspace()->select(LayerFactory::kAreasId, QStringLiteral("BU03080000"));
        // (A dock behind another tab stays isVisible() to Qt: what counts is whether any of it is on screen.)
        QTRY_VERIFY(dock->visibleRegion().isEmpty());
        QVERIFY(!w.findChild<QDockWidget*>(QStringLiteral("IdentifyPanel"))->visibleRegion().isEmpty());
        dock->raise();
        QTRY_VERIFY(!dock->visibleRegion().isEmpty());
        w.workspace()->select(LayerFactory::kSchoolsId, dock->model()->idAt(0));
        QTest::qWait(50);
        QVERIFY(!dock->visibleRegion().isEmpty());
    }
};

QTEST_MAIN(TstAfspiegeling)
#include "tst_afspiegeling.moc"
