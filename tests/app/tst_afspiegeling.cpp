// SPDX-License-Identifier: GPL-3.0-or-later
// qcustomplot.h (2.1) uses Qt's foreach in inline templates; allow it for this file only, before any Qt header.
#undef QT_NO_FOREACH

#include "catchment/catchmentanalysis.h"
#include "gui/afspiegelingdock.h"
#include "gui/catchmentcontroller.h"
#include "gui/mainwindow.h"
#include "gui/mapcanvas.h"
#include "gui/mapworkspace.h"
#include "gui/welcomewidget.h"
#include "models/afspiegelingtablemodel.h"
#include "models/layertreemodel.h"
#include "render/catchmentmaplayer.h"
#include "render/layerfactory.h"
#include "render/pointmaplayer.h"
#include "shared/appinit.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <qcustomplot.h>

#include <cmath>

using namespace Mk;

/** The afspiegeling panel, the gap colouring and the catchment layer on the Baarn demo, in Dutch. */
class TstAfspiegeling : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MengkaartTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_afspiegeling"));
        AppInit::initialise(*qApp, QStringLiteral("nl"));
    }

    void demoAfspiegeling()
    {
        MainWindow w;
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy shown(&w, &MainWindow::datasetShown);
        QTest::mouseClick(w.welcome()->demoButton(), Qt::LeftButton);
        QVERIFY(shown.wait(60000));

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
        // The schools are coloured by a gap, with a diverging legend centred on zero.
        QVERIFY(w.workspace()->schoolColouring().startsWith(QLatin1String("gap:")));
        const auto* schools = dynamic_cast<const PointMapLayer*>(w.workspace()->layers()->layer(LayerFactory::kSchoolsId));
        QVERIFY(schools);
        QCOMPARE(schools->style().fill, LayerStyle::Fill::Graduated);
        const QList<double>& bounds = schools->classification().bounds();
        QVERIFY(bounds.size() >= 4);
        QCOMPARE(bounds.front(), -bounds.back());
        QVERIFY(!dock->splitLabel()->text().isEmpty());

        // Choosing another group recolours the schools.
        QVERIFY(dock->groupBox()->count() >= 2);
        const int other = (dock->groupBox()->currentIndex() + 1) % dock->groupBox()->count();
        dock->groupBox()->setCurrentIndex(other);
        QCOMPARE(w.workspace()->schoolColouring(), CatchmentController::gapMeasureId(dock->groupBox()->currentText()));
        QCOMPARE(model->group(), other);

        // Selecting a school in the table selects it on the map and draws its chart.
        QTableView* view = dock->view();
        view->selectRow(2);
        const QString id = view->model()->index(2, 0).data(AfspiegelingTableModel::IdRole).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(w.workspace()->selectedLayer(), LayerFactory::kSchoolsId);
        QCOMPARE(w.workspace()->selectedFeature(), id);
        QVERIFY(dock->chart()->isVisible());
        QCOMPARE(dock->chart()->plottableCount(), 4); // school, catchment, gemeente bars and the school's whiskers
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
};

QTEST_MAIN(TstAfspiegeling)
#include "tst_afspiegeling.moc"
