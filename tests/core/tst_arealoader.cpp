// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/geometry.h"
#include "io/arealoader.h"
#include "io/datasetloader.h"
#include "io/tablereader.h"
#include "iotestfiles.h"
#include "testutils.h"

#include <gdal_utils.h>
#include <gdal.h>
#include <ogr_api.h>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Mk;

namespace {

/** A square polygon feature in GeoJSON with the given properties (JSON text without braces). */
QByteArray squareFeature(double x0, double y0, double size, const QByteArray& properties)
{
    const QByteArray ring = QStringLiteral("[[%1,%2],[%3,%2],[%3,%4],[%1,%4],[%1,%2]]")
                                .arg(x0, 0, 'f', 6).arg(y0, 0, 'f', 6).arg(x0 + size, 0, 'f', 6).arg(y0 + size, 0, 'f', 6)
                                .toUtf8();
    return "{\"type\":\"Feature\",\"properties\":{" + properties + "},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}}";
}

/** A feature with the given properties and no geometry (GeoJSON null). */
QByteArray featureWithoutGeometry(const QByteArray& properties)
{
    return "{\"type\":\"Feature\",\"properties\":{" + properties + "},\"geometry\":null}";
}

QByteArray collection(const QList<QByteArray>& features)
{
    return "{\"type\":\"FeatureCollection\",\"features\":[" + features.join(',') + "]}";
}

/** Classic Wijk- en Buurtkaart names (shapefile era), WGS84 squares near Baarn, two gemeenten. */
QByteArray classicBuurten()
{
    return collection({
        squareFeature(5.27, 52.20, 0.02, "\"BU_CODE\":\"BU00010001\",\"BU_NAAM\":\"Centrum\",\"WK_CODE\":\"WK000100\",\"GM_CODE\":\"GM0001\","
                                         "\"GM_NAAM\":\"Testdorp\",\"WATER\":\"NEE\",\"AANT_INW\":1200,\"P_00_14_JR\":-99999997"),
        squareFeature(5.29, 52.20, 0.02, "\"BU_CODE\":\"BU00010002\",\"BU_NAAM\":\"Oost\",\"WK_CODE\":\"WK000100\",\"GM_CODE\":\"GM0001\","
                                         "\"GM_NAAM\":\"Testdorp\",\"WATER\":\"NEE\",\"AANT_INW\":-99999999,\"P_00_14_JR\":18"),
        squareFeature(5.29, 52.22, 0.01, "\"BU_CODE\":\"BU00010003\",\"BU_NAAM\":\"Plas\",\"WK_CODE\":\"WK000100\",\"GM_CODE\":\"GM0001\","
                                         "\"GM_NAAM\":\"Testdorp\",\"WATER\":\"JA\",\"AANT_INW\":0,\"P_00_14_JR\":0"),
        squareFeature(5.31, 52.20, 0.02, "\"BU_CODE\":\"BU00020001\",\"BU_NAAM\":\"Stad\",\"WK_CODE\":\"WK000200\",\"GM_CODE\":\"GM0002\","
                                         "\"GM_NAAM\":\"Anderstad\",\"WATER\":\"NEE\",\"AANT_INW\":800,\"P_00_14_JR\":12"),
    });
}

/** ogr2ogr through the GDAL library: converts `source` to `target` with extra arguments. */
void translate(const QString& source, const QString& target, const QStringList& args)
{
    GDALAllRegister();
    QList<QByteArray> bytes;
    for (const QString& a : args)
        bytes.append(a.toUtf8());
    std::vector<char*> argv;
    for (QByteArray& b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    GDALVectorTranslateOptions* options = GDALVectorTranslateOptionsNew(argv.data(), nullptr);
    GDALDatasetH src = GDALOpenEx(source.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    QVERIFY(src);
    const bool update = args.contains(QStringLiteral("-update"));
    GDALDatasetH dst = update ? GDALOpenEx(target.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr) : nullptr;
    int error = 0;
    GDALDatasetH out = GDALVectorTranslate(update ? nullptr : target.toUtf8().constData(), dst, 1, &src, options, &error);
    QVERIFY(out);
    QCOMPARE(error, 0);
    if (out != dst)
        GDALClose(out);
    if (dst)
        GDALClose(dst);
    GDALClose(src);
    GDALVectorTranslateOptionsFree(options);
}

} // namespace

/** Features of a test file that are not good ones, by their place: "null", "outside", "duplicate", "crowded". */
using BadFeatures = QMap<int, QByteArray>;

class TstAreaLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_geojson;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    /** `features` written to the file `name` and loaded checked as each is read, and with the checks on a second thread. */
    std::pair<Result<AreaLayer>, Result<AreaLayer>> loadBothWays(const QString& name, const QList<QByteArray>& features, Diagnostics& asRead,
                                                                 Diagnostics& alongside) const
    {
        const QString file = writeTestFile(m_dir.path(), name, collection(features));
        return {AreaLoader::load(file, {}, {}, asRead), AreaLoader::load(file, {}, {}, alongside, nullptr, {}, AreaLoader::Validity::CheckAlongside)};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_geojson = writeTestFile(m_dir.path(), QStringLiteral("buurten_wgs84.geojson"), classicBuurten());
    }

    void wgs84GeoJsonWithClassicNames()
    {
        Diagnostics diagnostics;
        auto layer = AreaLoader::load(m_geojson, {}, QStringLiteral("testdorp"), diagnostics);
        QVERIFY2(layer.hasValue(), layer ? "" : qPrintable(layer.error().toString()));
        // The water-only buurt is skipped, Anderstad is another gemeente.
        QCOMPARE(layer->units.size(), 2);
        QCOMPARE(layer->level, AreaLevel::Buurt);
        QCOMPARE(layer->populationField, QStringLiteral("AANT_INW"));
        QCOMPARE(layer->crsName, QStringLiteral("WGS 84"));
        const AreaUnit& centrum = layer->units[layer->indexOf(QStringLiteral("BU00010001"))];
        QCOMPARE(centrum.name, QStringLiteral("Centrum"));
        QCOMPARE(centrum.wijkCode, QStringLiteral("WK000100"));
        QCOMPARE(centrum.gemeenteCode, QStringLiteral("GM0001"));
        QCOMPARE(centrum.number(QStringLiteral("AANT_INW")).valueOr(), 1200.0);
        // -99999997: secret (small numbers) = Suppressed; -99999999: unknown = Missing.
        QVERIFY(centrum.number(QStringLiteral("P_00_14_JR")).isSuppressed());
        const AreaUnit& oost = layer->units[layer->indexOf(QStringLiteral("BU00010002"))];
        QVERIFY(oost.number(QStringLiteral("AANT_INW")).isMissing());
        QCOMPARE(layer->field(QStringLiteral("AANT_INW"))->valid, 1);
        QCOMPARE(layer->field(QStringLiteral("AANT_INW"))->missing, 1);
        QCOMPARE(layer->field(QStringLiteral("P_00_14_JR"))->suppressed, 1);
        // Transformed with PROJ; corners from `cs2cs EPSG:4326 EPSG:28992`: (5.27, 52.20) -> 146987.323 467994.021,
        // (5.29, 52.22) -> 148357.608 470217.230.
        const QRectF box = centrum.geometry->boundingBox();
        QVERIFY(std::abs(box.left() - 146987.323) < 0.01);
        QVERIFY(std::abs(box.right() - 148357.608) < 0.01);
        QVERIFY(centrum.geometry->area() > 2.9e6 && centrum.geometry->area() < 3.2e6);
        bool waterNoted = false;
        for (const auto& d : diagnostics.items())
            waterNoted |= d.message.contains(QLatin1String("WATER"));
        QVERIFY(waterNoted);
    }

    void gemeenteByCodeOrAll()
    {
        Diagnostics diagnostics;
        for (const QString& code : {QStringLiteral("GM0002"), QStringLiteral("0002"), QStringLiteral("2"), QStringLiteral("gm0002")}) {
            auto layer = AreaLoader::load(m_geojson, {}, code, diagnostics);
            QVERIFY(layer.hasValue());
            QCOMPARE(layer->units.size(), 1);
            QCOMPARE(layer->units.first().code, QStringLiteral("BU00020001"));
        }
        auto all = AreaLoader::load(m_geojson, {}, {}, diagnostics);
        QVERIFY(all.hasValue());
        QCOMPARE(all->units.size(), 3);
    }

    // A GeoPackage is read through an SQLite condition on the gemeente code: every spelling the code normaliser accepts
    // must still come through (the GeoJSON copy, read whole, is the reference), by GM_CODE and by the unit codes alone.
    void geoPackageGemeenteFilterKeepsEverySpelling()
    {
        QList<QByteArray> features;
        const char* const spellings[] = {"GM0007", "7", " gm007", "0007", "GM07"};
        int i = 0;
        for (const char* code : spellings) {
            features.append(squareFeature(5.27 + 0.01 * i, 52.20, 0.01,
                                          QStringLiteral("\"BU_CODE\":\"BU0007000%1\",\"BU_NAAM\":\"B%1\",\"GM_CODE\":\"%2\",\"AANT_INW\":100")
                                              .arg(i).arg(QString::fromLatin1(code)).toUtf8()));
            ++i;
        }
        features.append(squareFeature(5.40, 52.20, 0.01, "\"BU_CODE\":\"BU00700001\",\"BU_NAAM\":\"Ander\",\"GM_CODE\":\"GM0070\",\"AANT_INW\":100"));
        const QString json = writeTestFile(m_dir.path(), QStringLiteral("spellings.geojson"), collection(features));
        const QString gpkg = path(QStringLiteral("spellings.gpkg"));
        translate(json, gpkg, {QStringLiteral("-f"), QStringLiteral("GPKG"), QStringLiteral("-nln"), QStringLiteral("buurten")});
        const QString unitCodesOnly = path(QStringLiteral("unitcodes.gpkg"));
        translate(json, unitCodesOnly, {QStringLiteral("-f"), QStringLiteral("GPKG"), QStringLiteral("-nln"), QStringLiteral("buurten"),
                                        QStringLiteral("-select"), QStringLiteral("BU_CODE,BU_NAAM,AANT_INW")});
        Diagnostics diagnostics;
        const auto whole = AreaLoader::load(json, {}, QStringLiteral("GM0007"), diagnostics);
        QVERIFY2(whole, whole ? "" : qPrintable(whole.error().message));
        QCOMPARE(whole->units.size(), 5);
        for (const QString& file : {gpkg, unitCodesOnly}) {
            const auto filtered = AreaLoader::load(file, {}, QStringLiteral("7"), diagnostics);
            QVERIFY2(filtered, filtered ? "" : qPrintable(filtered.error().message));
            QCOMPARE(filtered->units.size(), whole->units.size());
            for (const AreaUnit& u : whole->units)
                QVERIFY2(filtered->indexOf(u.code) >= 0, qPrintable(u.code));
        }
        // A gemeente without rows is refused with the gemeenten the file holds, read past the condition.
        const auto absent = AreaLoader::load(gpkg, {}, QStringLiteral("GM0008"), diagnostics);
        QVERIFY(!absent);
        QVERIFY2(absent.error().message.contains(QLatin1String("2 gemeenten")), qPrintable(absent.error().message));
    }

    void listGemeenten()
    {
        auto list = AreaLoader::listGemeenten(m_geojson);
        QVERIFY(list.hasValue());
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).code, QStringLiteral("GM0001"));
        QCOMPARE(list->at(0).name, QStringLiteral("Testdorp"));
        QCOMPARE(list->at(0).units, 3);
        QCOMPARE(list->at(1).name, QStringLiteral("Anderstad"));
    }

    void unknownGemeenteListsExamples()
    {
        Diagnostics diagnostics;
        auto layer = AreaLoader::load(m_geojson, {}, QStringLiteral("Atlantis"), diagnostics);
        QVERIFY(!layer.hasValue());
        QCOMPARE(layer.error().code, ErrorCode::NotFound);
        QVERIFY(layer.error().message.contains(QLatin1String("Atlantis")));
        QVERIFY(layer.error().message.contains(QLatin1String("Anderstad")));
    }

    void shapefileWithPrj()
    {
        const QString shp = path(QStringLiteral("rd.shp"));
        translate(m_geojson, shp, {QStringLiteral("-f"), QStringLiteral("ESRI Shapefile"), QStringLiteral("-t_srs"), QStringLiteral("EPSG:28992")});
        Diagnostics diagnostics;
        auto layer = AreaLoader::load(shp, {}, QStringLiteral("GM0001"), diagnostics);
        QVERIFY2(layer.hasValue(), layer ? "" : qPrintable(layer.error().toString()));
        QCOMPARE(layer->units.size(), 2);
        QCOMPARE(diagnostics.count(Diagnostic::Severity::Warning), 0);
        const QRectF box = layer->units[layer->indexOf(QStringLiteral("BU00010001"))].geometry->boundingBox();
        QVERIFY(std::abs(box.left() - 146987.323) < 0.01);
    }

    void shapefileWithoutPrjInRdIsAssumedWithWarning()
    {
        const QString shp = path(QStringLiteral("noprj.shp"));
        translate(m_geojson, shp, {QStringLiteral("-f"), QStringLiteral("ESRI Shapefile"), QStringLiteral("-t_srs"), QStringLiteral("EPSG:28992")});
        QVERIFY(QFile::remove(path(QStringLiteral("noprj.prj"))));
        Diagnostics diagnostics;
        auto layer = AreaLoader::load(shp, {}, QStringLiteral("GM0001"), diagnostics);
        QVERIFY2(layer.hasValue(), layer ? "" : qPrintable(layer.error().toString()));
        QCOMPARE(layer->units.size(), 2);
        QCOMPARE(diagnostics.count(Diagnostic::Severity::Warning), 1);
        QVERIFY(diagnostics.items().first().message.contains(QLatin1String(".prj")) || diagnostics.items().last().message.contains(QLatin1String(".prj")));
        const QRectF box = layer->units[layer->indexOf(QStringLiteral("BU00010001"))].geometry->boundingBox();
        QVERIFY(std::abs(box.left() - 146987.323) < 0.01);
    }

    void shapefileWithoutPrjOutsideRdIsRefused()
    {
        const QString shp = path(QStringLiteral("lonlat.shp"));
        translate(m_geojson, shp, {QStringLiteral("-f"), QStringLiteral("ESRI Shapefile")});
        QVERIFY(QFile::remove(path(QStringLiteral("lonlat.prj"))));
        Diagnostics diagnostics;
        auto layer = AreaLoader::load(shp, {}, QStringLiteral("GM0001"), diagnostics);
        QVERIFY(!layer.hasValue());
        QCOMPARE(layer.error().code, ErrorCode::CrsUnknown);
        QVERIFY(layer.error().message.contains(QLatin1String("lonlat.shp")));
        QVERIFY(layer.error().message.contains(QLatin1String(".prj")));
    }

    void shapefileWithoutShxOrDbfNamesTheMissingPart()
    {
        for (const char* part : {"shx", "dbf"}) {
            const QString base = QStringLiteral("without_%1").arg(QLatin1String(part));
            const QString shp = path(base + QStringLiteral(".shp"));
            translate(m_geojson, shp, {QStringLiteral("-f"), QStringLiteral("ESRI Shapefile"), QStringLiteral("-t_srs"), QStringLiteral("EPSG:28992")});
            QVERIFY(QFile::remove(path(base + QLatin1Char('.') + QLatin1String(part))));
            Diagnostics diagnostics;
            auto layer = AreaLoader::load(shp, {}, QStringLiteral("GM0001"), diagnostics);
            QVERIFY(!layer.hasValue());
            QCOMPARE(layer.error().code, ErrorCode::FileNotFound);
            QVERIFY2(layer.error().message.contains(base + QLatin1Char('.') + QLatin1String(part)), qPrintable(layer.error().message));
            QVERIFY(layer.error().message.contains(QLatin1String("copy them all")));
        }
    }

    void multiLayerGeoPackageUsesBuurten()
    {
        const QString gpkg = path(QStringLiteral("wijkbuurtkaart.gpkg"));
        const QString wijken = writeTestFile(m_dir.path(), QStringLiteral("wijken.geojson"),
                                             collection({squareFeature(5.27, 52.20, 0.04, "\"WK_CODE\":\"WK000100\",\"WK_NAAM\":\"Wijk 1\",\"GM_CODE\":\"GM0001\",\"AANT_INW\":1200")}));
        translate(wijken, gpkg, {QStringLiteral("-f"), QStringLiteral("GPKG"), QStringLiteral("-nln"), QStringLiteral("wijk_2024"),
                                 QStringLiteral("-t_srs"), QStringLiteral("EPSG:28992")});
        translate(m_geojson, gpkg, {QStringLiteral("-update"), QStringLiteral("-nln"), QStringLiteral("buurt_2024"),
                                    QStringLiteral("-t_srs"), QStringLiteral("EPSG:28992")});
        Diagnostics diagnostics;
        auto buurten = AreaLoader::load(gpkg, {}, QStringLiteral("Testdorp"), diagnostics);
        QVERIFY2(buurten.hasValue(), buurten ? "" : qPrintable(buurten.error().toString()));
        QCOMPARE(buurten->layerName, QStringLiteral("buurt_2024"));
        QCOMPARE(buurten->units.size(), 2);
        auto wijk = AreaLoader::load(gpkg, QStringLiteral("wijk_2024"), QStringLiteral("GM0001"), diagnostics);
        QVERIFY(wijk.hasValue());
        QCOMPARE(wijk->level, AreaLevel::Wijk);
        QCOMPARE(wijk->units.first().name, QStringLiteral("Wijk 1"));
        auto missing = AreaLoader::load(gpkg, QStringLiteral("gemeente_2024"), {}, diagnostics);
        QVERIFY(!missing.hasValue());
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QVERIFY(missing.error().message.contains(QLatin1String("buurt_2024")));
    }

    void tmapWijkenNeedACodeNotAName()
    {
        Diagnostics diagnostics;
        auto byCode = AreaLoader::load(QStringLiteral(":/demo/baarn/wijken_2022.gpkg"), {}, QStringLiteral("GM0308"), diagnostics);
        QVERIFY(byCode.hasValue());
        QCOMPARE(byCode->units.size(), 5);
        QCOMPARE(byCode->populationField, QStringLiteral("population"));
        auto byName = AreaLoader::load(QStringLiteral(":/demo/baarn/wijken_2022.gpkg"), {}, QStringLiteral("Baarn"), diagnostics);
        QVERIFY(!byName.hasValue());
        QCOMPARE(byName.error().code, ErrorCode::FieldMissing);
        QVERIFY(byName.error().message.contains(QLatin1String("GM0268")));
    }

    void duplicateCodes()
    {
        const QString file = writeTestFile(m_dir.path(), QStringLiteral("dup.geojson"),
                                           collection({squareFeature(5.27, 52.20, 0.01, "\"BU_CODE\":\"BU00010001\",\"AANT_INW\":5"),
                                                       squareFeature(5.28, 52.20, 0.01, "\"BU_CODE\":\"BU00010001\",\"AANT_INW\":6")}));
        Diagnostics diagnostics;
        auto layer = AreaLoader::load(file, {}, {}, diagnostics);
        QVERIFY(!layer.hasValue());
        QCOMPARE(layer.error().code, ErrorCode::DuplicateId);
        QVERIFY(layer.error().message.contains(QLatin1String("dup.geojson")));
        QVERIFY(layer.error().message.contains(QLatin1String("BU00010001")));
        QVERIFY(layer.error().message.contains(QLatin1String("BU_CODE")));
    }

    void missingCodeColumn()
    {
        const QString file = writeTestFile(m_dir.path(), QStringLiteral("nocode.geojson"),
                                           collection({squareFeature(5.27, 52.20, 0.01, "\"naam_x\":\"A\",\"AANT_INW\":5")}));
        Diagnostics diagnostics;
        auto layer = AreaLoader::load(file, {}, {}, diagnostics);
        QVERIFY(!layer.hasValue());
        QCOMPARE(layer.error().code, ErrorCode::FieldMissing);
        QVERIFY(layer.error().message.contains(QLatin1String("naam_x")));
    }

    void missingFile()
    {
        Diagnostics diagnostics;
        auto layer = AreaLoader::load(path(QStringLiteral("absent.gpkg")), {}, {}, diagnostics);
        QVERIFY(!layer.hasValue());
        QCOMPARE(layer.error().code, ErrorCode::FileNotFound);
        QVERIFY(layer.error().message.contains(QLatin1String("absent.gpkg")));
    }

    void unknownFormat()
    {
        const QString file = writeTestFile(m_dir.path(), QStringLiteral("notes.xyz"), "just some words\nnot a map\n");
        Diagnostics diagnostics;
        auto layer = AreaLoader::load(file, {}, {}, diagnostics);
        QVERIFY(!layer.hasValue());
        QCOMPARE(layer.error().code, ErrorCode::UnknownFormat);
        QVERIFY(layer.error().message.contains(QLatin1String("notes.xyz")));
    }

    void emptyFile()
    {
        const QString file = writeTestFile(m_dir.path(), QStringLiteral("empty.gpkg"), QByteArray());
        Diagnostics diagnostics;
        auto layer = AreaLoader::load(file, {}, {}, diagnostics);
        QVERIFY(!layer.hasValue());
        QCOMPARE(layer.error().code, ErrorCode::EmptyInput);
        QVERIFY(layer.error().message.contains(QLatin1String("empty.gpkg")));
    }

    void truncatedGeoPackage()
    {
        const QString file = copyDemoFile(m_dir.path(), QStringLiteral("buurten_2024.gpkg"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() / 2));
        f.close();
        Diagnostics diagnostics;
        auto layer = AreaLoader::load(file, {}, QStringLiteral("GM0308"), diagnostics);
        QVERIFY(!layer.hasValue());
        QCOMPARE(layer.error().code, ErrorCode::ReadFailed);
        QVERIFY2(layer.error().message.contains(QLatin1String("buurten_2024.gpkg")), qPrintable(layer.error().message));
    }

    void tableWithoutGeometry()
    {
        const QString file = writeTestFile(m_dir.path(), QStringLiteral("table.csv"), "BU_CODE,AANT_INW\nBU00010001,5\n");
        Diagnostics diagnostics;
        auto layer = AreaLoader::load(file, {}, {}, diagnostics);
        QVERIFY(!layer.hasValue());
        QCOMPARE(layer.error().code, ErrorCode::GeometryInvalid);
    }

    void mappedColumnsOverrideDetection()
    {
        Diagnostics diagnostics;
        auto layer = AreaLoader::load(m_geojson, {}, QStringLiteral("GM0001"), diagnostics, nullptr,
                                      {QStringLiteral("BU_CODE"), QStringLiteral("GM_NAAM"), QStringLiteral("P_00_14_JR")});
        QVERIFY(layer.hasValue());
        QCOMPARE(layer->populationField, QStringLiteral("P_00_14_JR"));
        QCOMPARE(layer->units.first().name, QStringLiteral("Testdorp"));
        auto wrong = AreaLoader::load(m_geojson, {}, {}, diagnostics, nullptr, {QStringLiteral("buurtcode"), {}, {}});
        QVERIFY(!wrong.hasValue());
        QCOMPARE(wrong.error().code, ErrorCode::FieldMissing);
        QVERIFY(wrong.error().message.contains(QLatin1String("buurtcode")));
    }

    void mappedColumnsMustHoldNumbers()
    {
        // Numbers stored as text (a layer saved from a spreadsheet) are read as numbers, CBS codes included.
        auto areas = [&](const QByteArray& secondInhabitants) {
            return writeTestFile(m_dir.path(), QStringLiteral("text_numbers.geojson"),
                                 collection({squareFeature(5.27, 52.20, 0.02, "\"BU_CODE\":\"BU00010001\",\"AANT_INW\":\"1200\",\"P_A\":\"40\",\"P_B\":\"60\""),
                                             squareFeature(5.29, 52.20, 0.02, "\"BU_CODE\":\"BU00010002\",\"AANT_INW\":" + secondInhabitants
                                                                                  + ",\"P_A\":\"50\",\"P_B\":\"50\"")}));
        };
        const QString mapping = writeTestFile(
            m_dir.path(), QStringLiteral("text_numbers.json"),
            "{\"format\":\"mengkaart-column-mapping\",\"version\":1,\"areas\":{\"population\":\"AANT_INW\"},\"characteristics\":[{\"name\":\"x\","
            "\"kind\":\"percentage\",\"base\":\"population\",\"groups\":[{\"name\":\"a\",\"columns\":[\"P_A\"]},{\"name\":\"b\",\"columns\":[\"P_B\"]}]}]}");
        LoadRequest request;
        request.mappingFile = mapping;
        request.areasFile = areas("\"-99999999\"");
        Feedback feedback;
        auto ds = DatasetLoader::load(request, feedback);
        QVERIFY2(ds.hasValue(), ds ? "" : qPrintable(ds.error().toString()));
        const GroupTable& table = ds->areaComposition.front();
        QCOMPARE(table.cell(0, 0).valueOr(), 480.0);
        QVERIFY(table.cell(1, 0).isMissing());
        const FieldSummary* inhabitants = ds->areas.field(QStringLiteral("AANT_INW"));
        QVERIFY(inhabitants);
        QCOMPARE(inhabitants->valid, 1);
        QCOMPARE(inhabitants->missing, 1);

        // Text that is no number, and a negative count, stop the load with file, area, column and what to do.
        request.areasFile = areas("\"veel\"");
        auto text = DatasetLoader::load(request, feedback);
        QVERIFY(!text.hasValue());
        QCOMPARE(text.error().code, ErrorCode::InvalidValue);
        for (const char* part : {"text_numbers.geojson", "BU00010002", "AANT_INW", "veel", "Correct the value"})
            QVERIFY2(text.error().message.contains(QLatin1String(part)), qPrintable(text.error().message));
        request.areasFile = areas("-12");
        auto negative = DatasetLoader::load(request, feedback);
        QVERIFY(!negative.hasValue());
        QCOMPARE(negative.error().code, ErrorCode::InvalidValue);
        for (const char* part : {"BU00010002", "AANT_INW", "-12", "negative"})
            QVERIFY2(negative.error().message.contains(QLatin1String(part)), qPrintable(negative.error().message));
    }

    // TableReader builds a layer's polygons straight from OGR's points (Geometry::fromRings): they are the polygons GEOS
    // reads from the WKB that OGR writes for each feature, bit for bit, for every feature of the national files.
    void polygonsAsGeosReadsOgrsWkb_data()
    {
        QTest::addColumn<QString>("resource");
        QTest::newRow("wijken") << QStringLiteral(":/national/cbs_wijken_2022.gpkg");
        QTest::newRow("gemeenten") << QStringLiteral(":/national/cbs_gemeenten_2022.gpkg");
    }

    void polygonsAsGeosReadsOgrsWkb()
    {
        QFETCH(QString, resource);
        const QString file = path(QFileInfo(resource).fileName());
        QVERIFY(QFile::exists(file) || QFile::copy(resource, file));
        auto reader = TableReader::open(file);
        QVERIFY2(reader.hasValue(), qPrintable(reader.hasValue() ? QString() : reader.error().toString()));
        GDALDatasetH ds = GDALOpenEx(file.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
        QVERIFY(ds);
        OGRLayerH layer = GDALDatasetGetLayer(ds, 0);
        int features = 0;
        while (reader->next()) {
            OGRFeatureH f = OGR_L_GetNextFeature(layer);
            QVERIFY(f);
            QCOMPARE(reader->position(), qint64(OGR_F_GetFID(f)));
            OGRGeometryH g = OGR_F_GetGeometryRef(f);
            QByteArray wkb(OGR_G_WkbSize(g), Qt::Uninitialized);
            QCOMPARE(OGR_G_ExportToIsoWkb(g, wkbNDR, reinterpret_cast<unsigned char*>(wkb.data())), OGRERR_NONE);
            OGR_F_Destroy(f);
            const Geometry built = reader->geometry();
            QVERIFY(!built.isNull());
            QVERIFY2(built.toWkb() == Geometry::fromWkb(wkb).toWkb(), qPrintable(reader->location()));
            ++features;
        }
        QVERIFY(!reader->failed());
        QVERIFY(!OGR_L_GetNextFeature(layer));
        GDALClose(ds);
        QVERIFY(features > 300);
    }

    void codeHelpers()
    {
        QCOMPARE(AreaLoader::normalizeGemeenteCode(QStringLiteral("308")), QStringLiteral("GM0308"));
        QCOMPARE(AreaLoader::normalizeGemeenteCode(QStringLiteral("Baarn")), QString());
        QCOMPARE(AreaLoader::normalizeGemeenteCode(QStringLiteral(" gm268 ")), QStringLiteral("GM0268"));
        QCOMPARE(AreaLoader::normalizeGemeenteCode(QStringLiteral("GM0363")), QStringLiteral("GM0363"));
        QCOMPARE(AreaLoader::normalizeGemeenteCode(QStringLiteral("0003")), QStringLiteral("GM0003"));
        for (const char* text : {"", "GM", "GM12345", "12345", "12a", "GMx1", "G0308", "WK0308", "GM 308"})
            QVERIFY2(AreaLoader::normalizeGemeenteCode(QString::fromLatin1(text)).isEmpty(), text);
        QCOMPARE(AreaLoader::gemeenteOfCode(QStringLiteral("BU03080101")), QStringLiteral("GM0308"));
        QCOMPARE(AreaLoader::gemeenteOfCode(QStringLiteral("WK026801")), QStringLiteral("GM0268"));
        QCOMPARE(AreaLoader::levelOfCode(QStringLiteral("3741")), AreaLevel::Postcode4);
    }

    // A self-intersecting buurt (a bowtie) is repaired with a note naming it, whether the area file is read alone
    // (checked as it is read) or for a data set (checked on a second thread while it is read, repaired at the end): the
    // boundary covers exactly the repaired units, and it is valid.
    void invalidPolygonsAreRepaired()
    {
        const QByteArray properties = "\"GM_CODE\":\"GM0001\",\"GM_NAAM\":\"Testdorp\",\"WK_CODE\":\"WK000100\",\"AANT_INW\":500";
        const QByteArray bowtie = "{\"type\":\"Feature\",\"properties\":{\"BU_CODE\":\"BU00010001\",\"BU_NAAM\":\"Strik\"," + properties
                                  + "},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[5.27,52.20],[5.29,52.22],[5.29,52.20],[5.27,52.22],"
                                    "[5.27,52.20]]]}}";
        const QString file = writeTestFile(m_dir.path(), QStringLiteral("bowtie.geojson"),
                                           collection({bowtie, squareFeature(5.29, 52.20, 0.02, "\"BU_CODE\":\"BU00010002\",\"BU_NAAM\":\"Vierkant\","
                                                                                                   + properties)}));
        const auto repairNoted = [](const Diagnostics& diagnostics) {
            return std::any_of(diagnostics.items().begin(), diagnostics.items().end(), [](const Diagnostic& d) {
                return d.subjectId == QLatin1String("BU00010001") && d.message.contains(QLatin1String("repaired"))
                       && d.message.contains(QLatin1String("bowtie.geojson"));
            });
        };
        const auto checkUnits = [](const AreaLayer& layer) {
            QCOMPARE(layer.units.size(), 2);
            for (const AreaUnit& u : layer.units) {
                QVERIFY2(u.geometry && u.geometry->isValid(), qPrintable(u.code));
                QVERIFY(u.geometry->area() > 0.0);
            }
        };
        Diagnostics alone;
        auto layer = AreaLoader::load(file, {}, {}, alone);
        QVERIFY2(layer.hasValue(), qPrintable(layer.hasValue() ? QString() : layer.error().toString()));
        QVERIFY(repairNoted(alone));
        checkUnits(*layer);

        Diagnostics alongside;
        auto checkedAlongside = AreaLoader::load(file, {}, {}, alongside, nullptr, {}, AreaLoader::Validity::CheckAlongside);
        QVERIFY(checkedAlongside.hasValue());
        QVERIFY(repairNoted(alongside));
        checkUnits(*checkedAlongside);

        LoadRequest request;
        request.areasFile = file;
        Feedback feedback;
        auto ds = DatasetLoader::load(request, feedback);
        QVERIFY2(ds.hasValue(), qPrintable(ds.hasValue() ? QString() : ds.error().toString()));
        QVERIFY(repairNoted(ds->diagnostics));
        checkUnits(ds->areas);
        QVERIFY(ds->boundary && ds->boundary->isValid());
        double summed = 0.0;
        for (const AreaUnit& u : ds->areas.units)
            summed += u.geometry->area();
        QVERIFY2(std::abs(ds->boundary->area() - summed) <= 1e-6 * summed, qPrintable(QString::number(ds->boundary->area() - summed)));
    }

    // The check on a second thread (Validity::CheckAlongside) repairs the same units into the same polygons as the
    // check as each feature is read; its notes are the same, the repairs after the others, in unit order. 301 units,
    // so the thread gets many batches and a rest; three bowties among them, one unit without a geometry.
    void checkAlongsideRepairsAsTheCheckAsRead()
    {
        QList<QByteArray> features;
        const QList<int> bowties{3, 150, 300};
        for (int i = 0; i < 301; ++i) {
            const QByteArray properties = QStringLiteral("\"BU_CODE\":\"BU0001%1\",\"GM_CODE\":\"GM0001\",\"AANT_INW\":%2")
                                              .arg(i, 4, 10, QLatin1Char('0')).arg(i).toUtf8();
            const double x = 5.0 + 0.01 * (i % 20), y = 52.0 + 0.01 * (i / 20);
            if (bowties.contains(i))
                features.append("{\"type\":\"Feature\",\"properties\":{" + properties + "},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[["
                                + QStringLiteral("[%1,%2],[%3,%4],[%3,%2],[%1,%4],[%1,%2]").arg(x).arg(y).arg(x + 0.01).arg(y + 0.01).toUtf8()
                                + "]]}}");
            else if (i == 10)
                features.append(featureWithoutGeometry(properties));
            else
                features.append(squareFeature(x, y, 0.01, properties));
        }
        Diagnostics asRead, alongside;
        auto [read, checked] = loadBothWays(QStringLiteral("alongside.geojson"), features, asRead, alongside);
        QVERIFY2(read.hasValue(), qPrintable(read.hasValue() ? QString() : read.error().toString()));
        QVERIFY2(checked.hasValue(), qPrintable(checked.hasValue() ? QString() : checked.error().toString()));

        QCOMPARE(checked->units.size(), read->units.size());
        for (qsizetype i = 0; i < read->units.size(); ++i) {
            const AreaUnit& a = read->units[i];
            const AreaUnit& b = checked->units[i];
            QCOMPARE(b.code, a.code);
            QCOMPARE(bool(b.geometry), bool(a.geometry));
            if (a.geometry)
                QVERIFY2(b.geometry->toWkb() == a.geometry->toWkb(), qPrintable(a.code));
        }
        const auto messages = [](const Diagnostics& d, bool repairs) {
            QStringList out;
            for (const Diagnostic& item : d.items())
                if (item.message.contains(QLatin1String("has been repaired")) == repairs)
                    out.append(item.subjectId + QLatin1Char(' ') + item.message);
            return out;
        };
        const QStringList repairs = messages(asRead, true);
        QCOMPARE(repairs.size(), bowties.size());
        QCOMPARE(messages(alongside, false), messages(asRead, false));
        QCOMPARE(messages(alongside, true), repairs);
        QCOMPARE(alongside.items().size(), asRead.items().size());
        for (qsizetype i = alongside.items().size() - repairs.size(); i < alongside.items().size(); ++i)
            QVERIFY(alongside.items()[i].message.contains(QLatin1String("has been repaired"))); // the repairs come last

        // A failure half-way (a duplicate code after many polygons went to the second thread) is the same error.
        features.append(squareFeature(5.5, 52.5, 0.01, "\"BU_CODE\":\"BU00010007\",\"GM_CODE\":\"GM0001\""));
        Diagnostics failedAsRead, failedAlongside;
        auto [refused, refusedAlongside] = loadBothWays(QStringLiteral("alongside_dup.geojson"), features, failedAsRead, failedAlongside);
        QVERIFY(!refused.hasValue() && !refusedAlongside.hasValue());
        QCOMPARE(refusedAlongside.error().code, ErrorCode::DuplicateId);
        QCOMPARE(refusedAlongside.error().message, refused.error().message);
    }

    // With the checks on the second thread (Validity::CheckAlongside) a load fails with the error it fails with when
    // each feature is checked as it is read: the first in feature order, whether the first bad feature is an implausible
    // polygon or a duplicate code, a population out of range or a code, with the notes (units without a geometry) of the
    // features read before it and no others, in their order. The bad features come after 200 good ones, so the second
    // thread has taken several batches.
    void checkAlongsideFailsAsTheCheckAsRead_data()
    {
        QTest::addColumn<BadFeatures>("bad"); // feature -> "null", "outside", "duplicate", "crowded", "outside+crowded"
        QTest::addColumn<int>("failing");                // the feature the error names
        QTest::addColumn<QString>("problem");            // a part of its message
        const QString outside = QStringLiteral("reaches outside the Netherlands");
        QTest::newRow("polygon first") << BadFeatures{{5, "null"}, {200, "null"}, {230, "outside"}, {240, "null"},
                                                                  {250, "outside"}, {260, "duplicate"}}
                                       << 230 << outside;
        QTest::newRow("duplicate first") << BadFeatures{{5, "null"}, {200, "null"}, {220, "duplicate"}, {230, "outside"}, {240, "null"}}
                                         << 220 << QStringLiteral("also occurs in an earlier feature");
        QTest::newRow("population first") << BadFeatures{{200, "null"}, {210, "crowded"}, {230, "outside"}} << 210
                                          << QStringLiteral("AANT_INW");
        QTest::newRow("polygon before population") << BadFeatures{{200, "null"}, {210, "outside+crowded"}, {211, "null"}} << 210
                                                   << outside;
        QTest::newRow("polygon only, last") << BadFeatures{{5, "null"}, {240, "null"}, {299, "outside"}} << 299 << outside;
    }

    void checkAlongsideFailsAsTheCheckAsRead()
    {
        QFETCH(BadFeatures, bad);
        QFETCH(int, failing);
        QFETCH(QString, problem);
        QList<QByteArray> features;
        const auto codeOf = [](int i) { return QStringLiteral("BU0001%1").arg(i, 4, 10, QLatin1Char('0')); };
        for (int i = 0; i < 300; ++i) {
            const QByteArray kind = bad.value(i);
            const QString code = codeOf(kind == "duplicate" ? 1 : i);
            const int inhabitants = kind.contains("crowded") ? 10000000 : i;
            const QByteArray properties = QStringLiteral("\"BU_CODE\":\"%1\",\"GM_CODE\":\"GM0001\",\"AANT_INW\":%2").arg(code).arg(inhabitants).toUtf8();
            const double x = kind.contains("outside") ? 20.0 : 5.0 + 0.01 * (i % 20), y = 52.0 + 0.01 * (i / 20);
            if (kind == "null")
                features.append(featureWithoutGeometry(properties));
            else
                features.append(squareFeature(x, y, 0.01, properties));
        }
        Diagnostics asRead, alongside;
        auto [refused, refusedAlongside] = loadBothWays(QStringLiteral("failing.geojson"), features, asRead, alongside);
        QVERIFY(!refused.hasValue() && !refusedAlongside.hasValue());
        const QString failingCode = codeOf(bad.value(failing) == "duplicate" ? 1 : failing);
        QVERIFY2(refused.error().message.contains(failingCode) && refused.error().message.contains(problem), qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(QStringLiteral("feature %1").arg(failing)), qPrintable(refused.error().message));
        QCOMPARE(refusedAlongside.error().code, refused.error().code);
        QCOMPARE(refusedAlongside.error().message, refused.error().message);

        QStringList expected; // the units without a geometry read before the failing feature
        for (auto it = bad.cbegin(); it != bad.cend(); ++it)
            if (it.value() == "null" && it.key() < failing)
                expected.append(codeOf(it.key()));
        const auto notes = [](const Diagnostics& d) {
            QStringList out;
            for (const Diagnostic& item : d.items())
                out.append(item.subjectId + QLatin1Char(' ') + item.message);
            return out;
        };
        QCOMPARE(asRead.items().size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(asRead.items()[i].subjectId, expected[i]);
            QVERIFY(asRead.items()[i].message.contains(QLatin1String("no usable geometry")));
        }
        QCOMPARE(notes(alongside), notes(asRead));
    }
};

QTEST_GUILESS_MAIN(TstAreaLoader)
#include "tst_arealoader.moc"
