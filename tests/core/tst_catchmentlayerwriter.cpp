// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/feedback.h"
#include "catchment/catchmentanalysis.h"
#include "catchment/catchmentlayerwriter.h"
#include "geo/geometry.h"
#include "catchmenttesttown.h"
#include "geo/georuntime.h"
#include "model/dataset.h"
#include "testutils.h"

#include <QTemporaryDir>
#include <QTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace Mk;


class TstCatchmentLayerWriter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { GeoRuntime::init(); }

    void writesOneLayerPerMethod()
    {
        const Dataset d = toyTown({QStringLiteral("Nederland"), QStringLiteral("Buiten Europa")});
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catchments.gpkg"));
        Feedback feedback;
        CatchmentOptions options;
        auto voronoi = CatchmentAnalysis::run(d, options, feedback);
        QVERIFY(voronoi);
        auto written = CatchmentLayerWriter::write(path, *voronoi, d);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
        QCOMPARE(*written, QStringLiteral("catchments_voronoi"));
        options.method = CatchmentMethod::Buffer;
        options.distance = 250;
        auto buffer = CatchmentAnalysis::run(d, options, feedback);
        QVERIFY(buffer);
        QCOMPARE(*CatchmentLayerWriter::write(path, *buffer, d), QStringLiteral("catchments_buffer_250m"));
        // Writing the same method again replaces its layer.
        QVERIFY(CatchmentLayerWriter::write(path, *voronoi, d));

        GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR));
        QVERIFY(ds);
        QCOMPARE(ds->GetLayerCount(), 2);
        OGRLayer* layer = ds->GetLayerByName("catchments_voronoi");
        QVERIFY(layer);
        QCOMPARE(layer->GetFeatureCount(), GIntBig(2));
        QCOMPARE(QString::fromUtf8(layer->GetSpatialRef()->GetAuthorityCode(nullptr)), QStringLiteral("28992"));
        QVERIFY(layer->GetLayerDefn()->GetFieldIndex("c_pct_buiten_europa") >= 0);
        QVERIFY(layer->GetLayerDefn()->GetFieldIndex("gap_pp_nederland") >= 0);
        layer->ResetReading();
        OGRFeatureUniquePtr f(layer->GetNextFeature());
        QVERIFY(f);
        QCOMPARE(QString::fromUtf8(f->GetFieldAsString("school_id")), QStringLiteral("W"));
        QCOMPARE(QString::fromUtf8(f->GetFieldAsString("school_comp")), QStringLiteral("estimate"));
        QCOMPARE(QString::fromUtf8(f->GetFieldAsString("pupils_source")), QStringLiteral("school_file"));
        MK_COMPARE_REL(f->GetFieldAsDouble("c_pct_nederland"), 80.0, 1e-9);
        MK_COMPARE_REL(f->GetFieldAsDouble("children"), 100.0, 1e-9);
        MK_COMPARE_REL(f->GetGeometryRef()->toMultiPolygon()->get_Area(), 1e6, 1e-9);
    }

    void fieldNames()
    {
        QCOMPARE(CatchmentLayerWriter::fieldSafe(QStringLiteral("Europa (excl. NL)")), QStringLiteral("europa_excl_nl"));
        QCOMPARE(CatchmentLayerWriter::fieldSafe(QStringLiteral("...")), QStringLiteral("group"));
    }

    void unwritablePathIsAnError()
    {
        const Dataset d = toyTown({QStringLiteral("Nederland"), QStringLiteral("Buiten Europa")});
        Feedback feedback;
        auto r = CatchmentAnalysis::run(d, {}, feedback);
        QVERIFY(r);
        auto written = CatchmentLayerWriter::write(QStringLiteral("/nonexistent-folder/x.gpkg"), *r, d);
        QVERIFY(!written);
        QCOMPARE(written.error().code, ErrorCode::WriteFailed);
    }
};

QTEST_GUILESS_MAIN(TstCatchmentLayerWriter)
#include "tst_catchmentlayerwriter.moc"
