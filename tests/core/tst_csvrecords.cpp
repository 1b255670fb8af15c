// SPDX-License-Identifier: GPL-3.0-or-later
// TableReader splits CSV rows itself (io/csvrecords_p.h) instead of GDAL's CSV driver: every cell of every test and
// shipped CSV must be what the driver reads from the same file, and the rows as many.
#include "io/tablereader.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#ifndef MK_SOURCE_DIR
#error MK_SOURCE_DIR must be defined
#endif

using namespace Mk;

class TstCsvRecords : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { GDALAllRegister(); }

    void sameCellsAsTheDriver_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString& dir : {QStringLiteral(MK_TEST_DATA_DIR), QStringLiteral(MK_SOURCE_DIR "/resources")}) {
            QDirIterator it(dir, {QStringLiteral("*.csv")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QTest::newRow(qPrintable(path.mid(dir.size() + 1))) << path;
            }
        }
    }

    void sameCellsAsTheDriver()
    {
        QFETCH(QString, path);
        auto opened = TableReader::open(path);
        if (!opened)
            QSKIP("refused before the rows are read (its structure or encoding): nothing to compare");
        TableReader& ours = opened.value();
        if (ours.encoding() != QLatin1String("UTF-8") || ours.hasGeometry())
            QSKIP("read by the driver itself (re-encoded or with geometry)");
        // The driver on the file itself, with TableReader's options; GDAL 3.6 detects the separator from the header.
        const char* options[] = {"AUTODETECT_TYPE=NO", "HEADERS=YES", "EMPTY_STRING_AS_NULL=NO", "KEEP_GEOM_COLUMNS=YES", nullptr};
        const char* drivers[] = {"CSV", nullptr};
        GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, options, nullptr));
        QVERIFY(ds);
        OGRLayer* layer = ds->GetLayer(0);
        QCOMPARE(layer->GetLayerDefn()->GetFieldCount(), int(ours.columns().size()));
        qint64 rows = 0;
        while (true) {
            OGRFeature* raw = layer->GetNextFeature();
            const bool oursNext = ours.next();
            if (!raw) {
                QVERIFY(!oursNext);
                break;
            }
            const std::unique_ptr<OGRFeature, void (*)(OGRFeature*)> f(raw, OGRFeature::DestroyFeature);
            if (!oursNext) { // a record with fewer values than the header: both stop there
                QVERIFY(ours.failed().has_value());
                QVERIFY(!f->IsFieldSet(int(ours.columns().size()) - 1));
                break;
            }
            ++rows;
            for (int c = 0; c < ours.columns().size(); ++c)
                QCOMPARE(ours.text(c), QString::fromUtf8(f->GetFieldAsString(c)).trimmed());
        }
        QCOMPARE(ours.rowIndex() + 1, rows + (ours.failed() ? 1 : 0));
    }
};

QTEST_GUILESS_MAIN(TstCsvRecords)
#include "tst_csvrecords.moc"
