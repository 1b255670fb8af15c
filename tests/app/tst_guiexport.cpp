// SPDX-License-Identifier: GPL-3.0-or-later
// Exports from the program (issue 12 item 2): the tables as shown, the map at a chosen size, the charts.
#undef QT_NO_FOREACH

#include "gui/afspiegelingdock.h"
#include "gui/attributetabledock.h"
#include "gui/exportactions.h"
#include "gui/mainwindow.h"
#include "guitestutils.h"

#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <qcustomplot.h>

using namespace Mk;

class TstGuiExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { initGuiTest(QStringLiteral("tst_guiexport"), QStringLiteral("nl")); }

    void exportsTablesMapAndCharts()
    {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(openDemoLikeAUser(w, QSize(1366, 768)));
        QTRY_VERIFY_WITH_TIMEOUT(w.afspiegelingDock()->view()->model()->rowCount() > 0, 60000);
        for (QTableView* view : {w.tableDock()->areaView(), w.tableDock()->schoolView(), w.afspiegelingDock()->view()})
            QCOMPARE(view->contextMenuPolicy(), Qt::CustomContextMenu);

        // The school table as the user filtered it: one row fewer after a filter on one name.
        QTableView* schools = w.tableDock()->schoolView();
        const QString csv = dir.filePath(QStringLiteral("schools.csv"));
        QVERIFY(w.exports()->exportModel(*schools->model(), QStringLiteral("schools"), csv, ExportFormat::CsvDutch));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), schools->model()->rowCount() + 1);
        QVERIFY(lines[0].startsWith(QStringLiteral("School;BRIN + vestiging;"))); // headings in the UI language

        // The map at 800 x 500 px in PNG (192 dpi recorded), PDF and SVG.
        const QString png = dir.filePath(QStringLiteral("map.png"));
        QVERIFY(w.exports()->exportMap(png, QSize(800, 500), 192));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(800, 500));
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 192);
        int coloured = 0;
        for (int y = 0; y < image.height(); y += 10)
            for (int x = 0; x < image.width(); x += 10)
                coloured += image.pixelColor(x, y) != image.pixelColor(0, 0) ? 1 : 0;
        QVERIFY2(coloured > 200, "the map image shows no map");
        for (const QString& name : {QStringLiteral("map.pdf"), QStringLiteral("map.svg")}) {
            const QString path = dir.filePath(name);
            QVERIFY(w.exports()->exportMap(path, QSize(800, 500), 150));
            QFile out(path);
            QVERIFY(out.open(QIODevice::ReadOnly));
            const QByteArray bytes = out.readAll();
            QVERIFY(bytes.size() > 2000);
            QVERIFY(name.endsWith(QLatin1String(".pdf")) ? bytes.startsWith("%PDF") : bytes.contains("<svg"));
        }

        // A chart as PNG (twice its size on screen) and SVG.
        QCustomPlot* chart = w.afspiegelingDock()->chart();
        chart->resize(400, 300);
        const QString chartPng = dir.filePath(QStringLiteral("chart.png"));
        QVERIFY(ExportActions::exportChart(*chart, chartPng));
        QCOMPARE(QImageReader(chartPng).size(), QSize(800, 600));
        const QString chartSvg = dir.filePath(QStringLiteral("chart.svg"));
        QVERIFY(ExportActions::exportChart(*chart, chartSvg));
        QFile svg(chartSvg);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));
    }
};

QTEST_MAIN(TstGuiExport)
#include "tst_guiexport.moc"
