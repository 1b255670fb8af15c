// SPDX-License-Identifier: GPL-3.0-or-later
// Table and layer exports (issue 12 item 2): what a reader of the written file finds, read back with GDAL.
#include "base/feedback.h"
#include "catchment/catchmentanalysis.h"
#include "export/exporttables.h"
#include "export/tableexporter.h"
#include "geo/georuntime.h"
#include "io/datasetloader.h"
#include "model/dataset.h"
#include "itemmodels/afspiegelingtablemodel.h"
#include "itemmodels/schooltablemodel.h"

#include <QDir>
#include <QFile>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace Mk;

namespace {

/** Opens a written file as a reader would; a spreadsheet's first row is read as the headings (as Excel shows them). */
GDALDatasetUniquePtr openVector(const QString& path)
{
    CPLSetConfigOption("OGR_XLSX_HEADERS", "FORCE");
    return GDALDatasetUniquePtr(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
}

/** The index of a field by name, or -1. */
int fieldIndex(OGRLayer* layer, const QString& name)
{
    return layer->GetLayerDefn()->GetFieldIndex(name.toUtf8().constData());
}

} // namespace

class TstExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        GeoRuntime::init();
        QVERIFY(m_dir.isValid());
        Feedback feedback;
        auto ds = DatasetLoader::load(DatasetLoader::demoRequest(), feedback);
        QVERIFY2(ds, ds ? "" : qPrintable(ds.error().toString()));
        m_dataset = std::make_shared<const Dataset>(std::move(*ds));
    }

    // A count of children below the threshold is withheld in a column the model marks; zero and larger counts are not.
    void fromModelWithholdsSmallCounts()
    {
        SchoolTableModel model;
        model.setDataset(m_dataset);
        double smallest = 1e9, largest = 0;
        for (const School& s : m_dataset->schools)
            if (s.pupils) {
                smallest = std::min(smallest, *s.pupils);
                largest = std::max(largest, *s.pupils);
            }
        QVERIFY(smallest < largest);
        const int threshold = static_cast<int>(smallest) + 1; // the smallest school falls below it
        const ExportTable table = ExportTable::fromModel(model, QStringLiteral("schools"), threshold);
        QCOMPARE(table.rows.size(), m_dataset->schools.size());
        int withheld = 0, shown = 0;
        for (size_t r = 0; r < table.rows.size(); ++r) {
            const ExportCell& cell = table.rows[r][SchoolTableModel::PupilsColumn];
            const auto& pupils = m_dataset->schools[static_cast<qsizetype>(r)].pupils;
            if (pupils && *pupils > 0 && *pupils < threshold) {
                QCOMPARE(cell.kind, ExportCell::Kind::Withheld);
                ++withheld;
            } else if (pupils) {
                QCOMPARE(cell.kind, ExportCell::Kind::Number);
                QCOMPARE(cell.number, *pupils);
                ++shown;
            }
        }
        QVERIFY(withheld >= 1);
        QVERIFY(shown >= 1);
        QVERIFY(table.columns[SchoolTableModel::PupilsColumn].numeric);
        QVERIFY(!table.columns[SchoolTableModel::NameColumn].numeric);
    }

    // "Excel (Nederlands)": UTF-8 BOM, semicolons, decimal comma; plain CSV: no BOM, commas, decimal point; both "<N" when withheld.
    void csvVariants()
    {
        QStandardItemModel model(2, 3);
        model.setHorizontalHeaderLabels({QStringLiteral("naam"), QStringLiteral("aandeel"), QStringLiteral("leerlingen")});
        for (int c = 0; c < 2; ++c)
            model.setHeaderData(c, Qt::Horizontal, false, ExportRole);
        model.setData(model.index(0, 0), QStringLiteral("De Tweemaster; Baarn"), ExportRole);
        model.setData(model.index(0, 1), 0.34, ExportRole);
        model.setData(model.index(0, 2), 3.0, ExportRole);
        model.setData(model.index(1, 0), QStringLiteral("Ëlckerlyc \"B\""), ExportRole);
        model.setData(model.index(1, 1), 12.5, ExportRole);
        model.setData(model.index(1, 2), 40.0, ExportRole);
        model.setHeaderData(2, Qt::Horizontal, true, ExportRole);
        const ExportTable table = ExportTable::fromModel(model, QStringLiteral("t"), 5);

        const QString nl = m_dir.filePath(QStringLiteral("t-nl.csv"));
        QVERIFY(TableExporter::write(table, nl, ExportFormat::CsvDutch));
        QFile nlFile(nl);
        QVERIFY(nlFile.open(QIODevice::ReadOnly));
        const QByteArray nlBytes = nlFile.readAll();
        QVERIFY(nlBytes.startsWith("\xEF\xBB\xBF"));
        const QStringList nlLines = QString::fromUtf8(nlBytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(nlLines.size(), 3);
        QCOMPARE(nlLines[0], QStringLiteral("naam;aandeel;leerlingen"));
        QCOMPARE(nlLines[1], QStringLiteral("\"De Tweemaster; Baarn\";0,34;<5"));
        QCOMPARE(nlLines[2], QStringLiteral("\"Ëlckerlyc \"\"B\"\"\";12,5;40"));

        const QString plain = m_dir.filePath(QStringLiteral("t.csv"));
        QVERIFY(TableExporter::write(table, plain, ExportFormat::Csv));
        QFile plainFile(plain);
        QVERIFY(plainFile.open(QIODevice::ReadOnly));
        const QByteArray plainBytes = plainFile.readAll();
        QVERIFY(!plainBytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(plainBytes).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines[1], QStringLiteral("De Tweemaster; Baarn,0.34,<5"));
        QCOMPARE(lines[2], QStringLiteral("\"Ëlckerlyc \"\"B\"\"\",12.5,40"));
    }

    // .xlsx through GDAL: a sheet with one row per school, numbers as numbers, a withheld count as an empty cell.
    void xlsxReadsBack()
    {
        const int threshold = 100;
        const ExportTable table = ExportTables::schools(m_dataset, threshold);
        const QString path = m_dir.filePath(QStringLiteral("schools.xlsx"));
        const auto written = TableExporter::write(table, path, ExportFormat::Xlsx);
        QVERIFY2(written, written ? "" : qPrintable(written.error().toString()));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("~partial-schools.xlsx"))));
        auto ds = openVector(path);
        QVERIFY(ds);
        QCOMPARE(QString::fromLatin1(ds->GetDriver()->GetDescription()), QStringLiteral("XLSX"));
        OGRLayer* layer = ds->GetLayerByName("schools");
        QVERIFY(layer);
        QCOMPARE(layer->GetFeatureCount(), static_cast<GIntBig>(m_dataset->schools.size()));
        const int pupils = fieldIndex(layer, table.columns[SchoolTableModel::PupilsColumn].name);
        const int id = fieldIndex(layer, table.columns[SchoolTableModel::IdColumn].name);
        QVERIFY(pupils >= 0 && id >= 0);
        int withheld = 0, shown = 0;
        layer->ResetReading();
        while (OGRFeatureUniquePtr f{layer->GetNextFeature()}) {
            const qsizetype s = m_dataset->schoolIndex(QString::fromUtf8(f->GetFieldAsString(id)));
            QVERIFY(s >= 0);
            const auto& expected = m_dataset->schools[s].pupils;
            if (expected && *expected > 0 && *expected < threshold) {
                QVERIFY(!f->IsFieldSetAndNotNull(pupils));
                ++withheld;
            } else if (expected) {
                QCOMPARE(f->GetFieldAsDouble(pupils), *expected);
                ++shown;
            }
        }
        QVERIFY(withheld >= 1);
        QVERIFY(shown >= 1);
    }

    // GeoPackage: the areas with their polygons and figures, in RD New.
    void geoPackageAreas()
    {
        const ExportTable table = ExportTables::areas(m_dataset, 5);
        const QString path = m_dir.filePath(QStringLiteral("areas.gpkg"));
        const auto written = TableExporter::write(table, path, ExportFormat::GeoPackage);
        QVERIFY2(written, written ? "" : qPrintable(written.error().toString()));
        auto ds = openVector(path);
        QVERIFY(ds);
        OGRLayer* layer = ds->GetLayerByName("areas");
        QVERIFY(layer);
        QCOMPARE(layer->GetFeatureCount(), static_cast<GIntBig>(m_dataset->areas.units.size()));
        QCOMPARE(QString::fromLatin1(layer->GetSpatialRef()->GetAuthorityCode(nullptr)), QStringLiteral("28992"));
        QCOMPARE(layer->GetGeomType(), wkbMultiPolygon); // a declared type, as QGIS shows it
        const int code = fieldIndex(layer, table.columns[0].name);
        const int inhabitants = fieldIndex(layer, QStringLiteral("aantal_inwoners"));
        QVERIFY(code >= 0 && inhabitants >= 0);
        double total = 0;
        layer->ResetReading();
        while (OGRFeatureUniquePtr f{layer->GetNextFeature()}) {
            QVERIFY(f->GetGeometryRef());
            QVERIFY(f->GetGeometryRef()->getGeometryType() == wkbPolygon || f->GetGeometryRef()->getGeometryType() == wkbMultiPolygon);
            const qsizetype i = m_dataset->areas.indexOf(QString::fromUtf8(f->GetFieldAsString(code)));
            QVERIFY(i >= 0);
            QCOMPARE(f->GetFieldAsDouble(inhabitants), m_dataset->areas.units[i].number(QStringLiteral("aantal_inwoners")).number);
            total += f->GetFieldAsDouble(inhabitants);
        }
        QCOMPARE(total, 25065.0); // Baarn, CBS 2024
    }

    // GeoJSON (RFC 7946): school points in WGS 84, around Baarn.
    void geoJsonSchools()
    {
        const ExportTable table = ExportTables::schools(m_dataset, 5);
        const QString path = m_dir.filePath(QStringLiteral("schools.geojson"));
        const auto written = TableExporter::write(table, path, ExportFormat::GeoJson);
        QVERIFY2(written, written ? "" : qPrintable(written.error().toString()));
        auto ds = openVector(path);
        QVERIFY(ds);
        OGRLayer* layer = ds->GetLayer(0);
        QCOMPARE(layer->GetGeomType(), wkbPoint);
        QCOMPARE(layer->GetFeatureCount(), static_cast<GIntBig>(m_dataset->schools.size()));
        layer->ResetReading();
        while (OGRFeatureUniquePtr f{layer->GetNextFeature()}) {
            const auto* point = f->GetGeometryRef() ? f->GetGeometryRef()->toPoint() : nullptr;
            QVERIFY(point);
            QVERIFY2(point->getX() > 5.1 && point->getX() < 5.4, qPrintable(QString::number(point->getX())));
            QVERIFY2(point->getY() > 52.1 && point->getY() < 52.3, qPrintable(QString::number(point->getY())));
        }
    }

    // The afspiegeling has a block of columns per group; the indices a value per index, read back from .xlsx.
    void afspiegelingAndIndices()
    {
        CatchmentOptions options;
        options.split.replicates = 0;
        Feedback feedback;
        auto result = CatchmentAnalysis::run(*m_dataset, options, feedback);
        QVERIFY(result);
        const auto shared = std::make_shared<const CatchmentResult>(*result);
        const ExportTable afspiegeling = ExportTables::afspiegeling(m_dataset, shared, 5);
        QCOMPARE(afspiegeling.rows.size(), static_cast<size_t>(result->afspiegeling.size()));
        const int groups = result->catchmentComposition.groupCount();
        // Name and pupils, five columns per group (school, catchment and gemeente share, gap, verdict), and the
        // school's SES verdict once, at the end.
        QCOMPARE(afspiegeling.columns.size(), static_cast<size_t>(2 + 5 * groups + 1));
        AfspiegelingTableModel headers;
        QCOMPARE(afspiegeling.columns.back().name,
                 headers.headerData(AfspiegelingTableModel::SesColumn, Qt::Horizontal, Qt::DisplayRole).toString());
        auto indices = ExportTables::indices(*result, 5);
        QVERIFY(indices);
        const QString path = m_dir.filePath(QStringLiteral("indices.xlsx"));
        QVERIFY(TableExporter::write(*indices, path, ExportFormat::Xlsx));
        auto ds = openVector(path);
        QVERIFY(ds);
        OGRLayer* layer = ds->GetLayerByName("indices");
        QVERIFY(layer);
        QCOMPARE(layer->GetFeatureCount(), static_cast<GIntBig>(indices->rows.size()));
        bool sawDissimilarity = false;
        layer->ResetReading();
        while (OGRFeatureUniquePtr f{layer->GetNextFeature()}) {
            if (QString::fromUtf8(f->GetFieldAsString(1)) == QLatin1String("dissimilarity")) {
                sawDissimilarity = true;
                QVERIFY(f->GetFieldAsDouble(3) >= 0.0 && f->GetFieldAsDouble(3) <= 1.0);
            }
        }
        QVERIFY(sawDissimilarity);
    }

    // A layer format needs geometry; a table without it is refused with a clear message.
    void layerWithoutGeometryRefused()
    {
        ExportTable table;
        table.name = QStringLiteral("t");
        table.columns = {{QStringLiteral("a"), true}};
        table.rows = {{ExportCell::of(1.0)}};
        const auto written = TableExporter::write(table, m_dir.filePath(QStringLiteral("t.gpkg")), ExportFormat::GeoPackage);
        QVERIFY(!written);
        QVERIFY(written.error().message.contains(QStringLiteral("CSV")));
    }

    // A name that repeats its suffix ("schools.xlsx.xlsx", as a file dialog makes of "schools.xlsx") is written, and
    // a failed export leaves no partial file beside the target.
    void doubledSuffixAndNoPartialLeft()
    {
        const ExportTable table = ExportTables::schools(m_dataset, 10);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("schools.xlsx.xlsx"));
        const auto written = TableExporter::write(table, path, ExportFormat::Xlsx);
        QVERIFY2(written, written ? "" : qPrintable(written.error().toString()));
        auto ds = openVector(path);
        QVERIFY(ds);
        QCOMPARE(ds->GetLayerByName("schools")->GetFeatureCount(), static_cast<GIntBig>(m_dataset->schools.size()));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("schools.xlsx.xlsx")});

        // GDAL cannot write into a folder that is a file: the export fails and nothing is left behind.
        const QString blocked = dir.filePath(QStringLiteral("blocked"));
        QFile file(blocked);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const auto failed = TableExporter::write(table, blocked + QStringLiteral("/schools.geojson"), ExportFormat::GeoJson);
        QVERIFY(!failed);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), (QStringList{QStringLiteral("blocked"), QStringLiteral("schools.xlsx.xlsx")}));
    }

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const Dataset> m_dataset;
};

QTEST_GUILESS_MAIN(TstExport)
#include "tst_export.moc"
