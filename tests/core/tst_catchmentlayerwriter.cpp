// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/feedback.h"
#include "catchment/catchmentanalysis.h"
#include "catchment/catchmentlayerwriter.h"
#include "geo/geometry.h"
#include "geo/georuntime.h"
#include "model/dataset.h"
#include "testutils.h"

#include <QTemporaryDir>
#include <QTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace Mk;

namespace {

Dataset twoBuurten()
{
    Dataset d;
    for (int i = 0; i < 2; ++i) {
        AreaUnit u;
        u.code = QStringLiteral("BU0%1").arg(i + 1);
        const double x0 = 1000.0 * i;
        u.geometry = std::make_shared<const Geometry>(Geometry::polygon({{x0, 0}, {x0 + 1000, 0}, {x0 + 1000, 1000}, {x0, 1000}}));
        d.areas.units.append(u);
    }
    GroupTable t;
    t.characteristic = QStringLiteral("background");
    t.groups = {QStringLiteral("Nederland"), QStringLiteral("Buiten Europa")};
    t.unitIds = {QStringLiteral("BU01"), QStringLiteral("BU02")};
    t.resize(2);
    t.cell(0, 0) = AttributeValue::of(80);
    t.cell(0, 1) = AttributeValue::of(20);
    t.cell(1, 0) = AttributeValue::of(20);
    t.cell(1, 1) = AttributeValue::of(80);
    d.areaComposition = {t};
    for (const auto& [id, x] : {std::pair{QStringLiteral("W"), 500.0}, std::pair{QStringLiteral("E"), 1500.0}}) {
        School s;
        s.id = id;
        s.name = QStringLiteral("School ") + id;
        s.location = QPointF(x, 500);
        s.pupils = 100;
        d.schools.append(s);
    }
    return d;
}

} // namespace

class TstCatchmentLayerWriter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { GeoRuntime::init(); }

    void writesOneLayerPerMethod()
    {
        const Dataset d = twoBuurten();
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
        const Dataset d = twoBuurten();
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
