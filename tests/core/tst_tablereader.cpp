// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/tablereader.h"
#include "testutils.h"

#include <QTemporaryDir>
#include <QTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace Mk;

namespace {

/** The FIDs 1..`count`. */
QList<qint64> fidsUpTo(qint64 count)
{
    QList<qint64> fids;
    for (qint64 fid = 1; fid <= count; ++fid)
        fids.append(fid);
    return fids;
}

/** The code writeLayer() gives feature `fid` unless told otherwise. */
QString codeOf(qint64 fid)
{
    return QStringLiteral("C%1").arg(fid);
}

/**
 * A GeoPackage layer "t" at `path` (returned; empty when GDAL failed) in RD New with a feature per FID in `fids`:
 * n = fid, a 10 m square at x = fid * 10, and code codes[i] (NULL where that is null), by default codeOf(fid). Without
 * a spatial index, so that a test can spoil a geometry with SQL (the R-tree's triggers would refuse it).
 */
QString writeLayer(const QString& path, const QList<qint64>& fids, const QStringList& codes = {})
{
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    GDALDatasetUniquePtr ds(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    OGRSpatialReference rd;
    if (!ds || rd.importFromEPSG(28992) != OGRERR_NONE)
        return {};
    const char* options[] = {"SPATIAL_INDEX=NO", nullptr};
    OGRLayer* layer = ds->CreateLayer("t", &rd, wkbPolygon, const_cast<char**>(options));
    OGRFieldDefn code("code", OFTString), n("n", OFTInteger64);
    if (!layer || layer->CreateField(&code) != OGRERR_NONE || layer->CreateField(&n) != OGRERR_NONE
        || layer->StartTransaction() != OGRERR_NONE)
        return {};
    for (qsizetype i = 0; i < fids.size(); ++i) {
        const qint64 fid = fids[i];
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetFID(fid);
        const QString code = codes.isEmpty() ? codeOf(fid) : codes[i];
        if (code.isNull())
            feature.SetFieldNull(feature.GetFieldIndex("code"));
        else
            feature.SetField("code", code.toUtf8().constData());
        feature.SetField("n", static_cast<GIntBig>(fid));
        const double x = 10.0 * static_cast<double>(fid);
        OGRLinearRing ring;
        ring.addPoint(x, 400000);
        ring.addPoint(x + 10, 400000);
        ring.addPoint(x + 10, 400010);
        ring.addPoint(x, 400010);
        ring.closeRings();
        OGRPolygon square;
        square.addRing(&ring);
        if (feature.SetGeometry(&square) != OGRERR_NONE || layer->CreateFeature(&feature) != OGRERR_NONE)
            return {};
    }
    return layer->CommitTransaction() == OGRERR_NONE ? path : QString();
}

/** Replaces the geometry of feature `fid` of writeLayer()'s layer by bytes GDAL cannot read. */
void spoilGeometry(const QString& path, qint64 fid)
{
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
    ds->ExecuteSQL(QStringLiteral("UPDATE t SET geom = X'475000030000000000' WHERE fid = %1").arg(fid).toUtf8().constData(), nullptr, nullptr);
}

struct Row {
    qint64 position;
    QString code;
    double left;
};

/** Every row `reader` gives, until its end or failure. */
QList<Row> readAll(TableReader& reader)
{
    QList<Row> rows;
    const int code = reader.column({"code"});
    while (reader.next()) {
        const Geometry g = reader.geometry();
        rows.append({reader.position(), reader.text(code), g.isNull() ? -1.0 : g.boundingBox().left()});
    }
    return rows;
}

} // namespace

/**
 * TableReader over a GeoPackage layer: a damaged feature is reported where it is, a condition set half-way reads the
 * layer from its start, and a text column's value is decoded once while it repeats from row to row.
 */
class TstTableReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { GDALAllRegister(); }

    // Consecutive rows with the same bytes share one decoded text; a change of bytes, an empty text, a NULL and blanks
    // that trimming removes are each seen.
    void textsThatRepeatAndChange()
    {
        const QStringList codes = {QStringLiteral("A"), QStringLiteral("A"), QStringLiteral(" A "), QString(), QStringLiteral(""),
                                   QStringLiteral("B"), QStringLiteral("\u00e9\u00e9n"), QStringLiteral("A"), QString(), QStringLiteral("A")};
        const QList<qint64> fids = fidsUpTo(codes.size());
        const QString file = writeLayer(m_dir.filePath(QStringLiteral("texts.gpkg")), fids, codes);
        QVERIFY(!file.isEmpty());
        auto reader = TableReader::open(file);
        QVERIFY(reader.hasValue());
        const int code = reader->column({"code"});
        for (const QString& expected : codes) {
            QVERIFY(reader->next());
            QCOMPARE(reader->isNull(code), expected.isNull());
            QCOMPARE(reader->text(code), expected.trimmed());
            QCOMPARE(reader->text(code), expected.trimmed()); // asked twice, as AreaLoader asks for the gemeente code
        }
        QVERIFY(!reader->next());
    }

    // A feature GDAL cannot read stops the reading there, with the rows before it given.
    void damagedFeatureStopsTheReadingThere_data()
    {
        QTest::addColumn<qint64>("damaged");
        QTest::newRow("early") << qint64(100);
        QTest::newRow("late") << qint64(3500);
    }

    void damagedFeatureStopsTheReadingThere()
    {
        QFETCH(qint64, damaged);
        const QString file = writeLayer(m_dir.filePath(QStringLiteral("damaged%1.gpkg").arg(damaged)), fidsUpTo(4000));
        QVERIFY(!file.isEmpty());
        spoilGeometry(file, damaged);
        const CPLErrorHandlerPusher quiet(CPLQuietErrorHandler); // the message is asserted below, not printed
        auto reader = TableReader::open(file);
        QVERIFY(reader.hasValue());
        const QList<Row> rows = readAll(*reader);
        QCOMPARE(rows.size(), damaged - 1);
        QCOMPARE(rows.last().position, damaged - 1);
        QVERIFY(reader->failed());
        QCOMPARE(reader->failed()->code, ErrorCode::ReadFailed);
        QVERIFY2(reader->failed()->message.contains(QStringLiteral("feature %1 ").arg(damaged)), qPrintable(reader->failed()->message));
        QVERIFY2(reader->failed()->detail.contains(QLatin1String("geometry")), qPrintable(reader->failed()->detail));
        QVERIFY(!reader->next());
    }

    // A condition set half-way (AreaLoader narrows a national layer to a gemeente, and widens it again when no row came)
    // reads the layer from its start under the condition, and progress counts the rows it selects.
    void conditionSetHalfWay()
    {
        const QString file = writeLayer(m_dir.filePath(QStringLiteral("filtered.gpkg")), fidsUpTo(4000));
        QVERIFY(!file.isEmpty());
        auto reader = TableReader::open(file);
        QVERIFY(reader.hasValue());
        for (int i = 0; i < 10; ++i)
            QVERIFY(reader->next());
        QVERIFY(reader->filterGeoPackage(QStringLiteral("n < 50 OR n > 3990")));
        QCOMPARE(reader->featureCount(), qint64(59));
        QList<qint64> expected = fidsUpTo(49);
        for (qint64 fid = 3991; fid <= 4000; ++fid)
            expected.append(fid);
        QList<qint64> positions;
        for (const Row& row : readAll(*reader))
            positions.append(row.position);
        QCOMPARE(positions, expected);
        QVERIFY(reader->filterGeoPackage(QString()));
        QCOMPARE(reader->featureCount(), qint64(4000));
        positions.clear();
        for (const Row& row : readAll(*reader))
            positions.append(row.position);
        QCOMPARE(positions, fidsUpTo(4000));
        QVERIFY(!reader->failed());
    }
};

QTEST_GUILESS_MAIN(TstTableReader)
#include "tst_tablereader.moc"
