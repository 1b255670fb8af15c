// SPDX-License-Identifier: GPL-3.0-or-later
// The malformed-input corpus of tests/data/bad (see its README.md): every class of broken input is
// refused where it enters, with a message that names the file, the place, the value and what to do.
#include "admission/admissionrules.h"
#include "goals/leagoal.h"
#include "io/arealoader.h"
#include "io/columnmapping.h"
#include "io/compositionloader.h"
#include "io/csvstructure.h"
#include "io/datasetloader.h"
#include "io/postcodeloader.h"
#include "io/pupilcountloader.h"
#include "io/pupilflowloader.h"
#include "io/schoolloader.h"
#include "io/schoolwegingloader.h"
#include "project/projectfile.h"
#include "project/projectsettings_p.h"
#include "scenario/scenario.h"
#include "base/feedback.h"
#include "iotestfiles.h"
#include "testutils.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <gdal_priv.h>

using namespace Mk;

namespace {

QString bad(const QString& name)
{
    return testDataPath(name.contains(QLatin1Char('/')) ? name : QStringLiteral("bad/") + name);
}

/** The settings table of a project written as one "key<TAB>value" per line (the input of fuzz_projectsettings). */
QString projectSettingsRefusal(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read ") + path;
    QHash<QString, QString> table;
    for (const QString& line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        if (tab > 0)
            table.insert(line.left(tab), line.mid(tab + 1));
    }
    const auto read = detail::ProjectSettingsReader::read(table, QFileInfo(path).fileName());
    return read ? QString() : read.error().message;
}

/** The message of a refused load (empty when it was accepted), whatever the loader returns. */
template<typename T>
QString refusal(const Result<T>& result)
{
    return result ? QString() : result.error().message;
}

QString load(const QString& loader, const QString& file)
{
    Diagnostics d;
    const QString path = bad(file);
    if (loader == QLatin1String("schools"))
        return refusal(SchoolLoader::load(path, {}, d));
    if (loader == QLatin1String("pupils"))
        return refusal(PupilCountLoader::load(path, d));
    if (loader == QLatin1String("flows"))
        return refusal(PupilFlowLoader::load(path, {}, d));
    if (loader == QLatin1String("areas"))
        return refusal(AreaLoader::load(path, {}, {}, d));
    if (loader == QLatin1String("postcodes"))
        return refusal(PostcodeLoader::load(path, {}, d));
    if (loader == QLatin1String("schoolweging"))
        return refusal(SchoolwegingLoader::load(path, d));
    if (loader == QLatin1String("mapping"))
        return refusal(ColumnMapping::load(path));
    if (loader == QLatin1String("goals"))
        return refusal(LeaGoal::listFromFile(path));
    if (loader == QLatin1String("admission"))
        return refusal(AdmissionRules::load(path));
    if (loader == QLatin1String("scenario"))
        return refusal(Scenario::load(path));
    if (loader == QLatin1String("projectsettings"))
        return projectSettingsRefusal(path);
    if (loader == QLatin1String("composition")) {
        auto mapping = ColumnMapping::load(bad(QStringLiteral("mapping_school_percentages.json")));
        if (!mapping)
            return QStringLiteral("mapping: ") + mapping.error().message;
        return refusal(CompositionLoader::load(path, mapping->firstFor(CharacteristicMapping::Target::Schools), d));
    }
    qFatal("unknown loader %s", qPrintable(loader));
}

} // namespace

class TstBadInput : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void refusedWithAMessage_data()
    {
        QTest::addColumn<QString>("loader");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("mentions"); // each must occur in the message
        const auto row = [](const char* name, const char* loader, const char* file, std::initializer_list<const char*> parts) {
            QStringList mentions;
            for (const char* p : parts)
                mentions.append(QString::fromUtf8(p));
            QTest::newRow(name) << QString::fromLatin1(loader) << QString::fromLatin1(file) << mentions;
        };
        row("count beyond the pupils of a school", "schools", "schools_pupils_4300000000.csv",
            {"schools_pupils_4300000000.csv", "line 3", "\"leerlingen\"", "4300000000", "pupils of one school", "10,000"});
        row("count of 1e308", "pupils", "pupils_1e308.csv", {"line 2", "\"LEEFTIJD_5\"", "1e308", "pupils of one school"});
        row("NaN count", "pupils", "pupils_nan.csv", {"line 2", "\"LEEFTIJD_5\"", "\"nan\"", "not a pupil count"});
        row("infinite count", "flows", "flows_inf.csv", {"line 2", "\"LEEFTIJD_5\"", "\"inf\"", "not a pupil count"});
        row("percentage over 100", "composition", "composition_percentage_300.csv",
            {"line 2", "\"p_nl\"", "300", "a percentage", "100.5"});
        row("header missing a name", "schools", "schools_header_missing_name.csv",
            {"names 19 columns", "line 2 has 20 values", "missing from the header"});
        row("header with a name too many", "schools", "schools_header_extra_name.csv",
            {"names 21 columns", "line 2 has only 20 values"});
        row("stray quote", "schools", "schools_stray_quote.csv", {"line 3", "never closed", "stray quote"});
        row("quote over several lines", "schools", "schools_quote_spans_lines.csv", {"line 2", "only closes on line 3", "read as one row"});
        row("vertex moved x1000", "areas", "areas_vertex_x1000.geojson", {"BU03080002", "outside the Netherlands", "147000000"});
        row("NaN vertex", "areas", "areas_nan_vertex.geojson", {"BU03080002", "NaN or infinite"});
        row("absurd area", "areas", "areas_absurd_area.geojson", {"BU03080002", "67,600 km²", "at most 1,000 km²"});
        row("population beyond a buurt", "areas", "areas_population_3000000.geojson",
            {"BU03080002", "\"aantal_inwoners\"", "3000000", "people in one buurt"});
        row("inhabitants beyond a postcode", "postcodes", "postcodes_inhabitants_1000000.csv",
            {"line 2", "postcode 3741", "\"inwoners\"", "people in one postcode area"});
        row("schoolweging -40", "schoolweging", "schoolweging_minus40.csv", {"line 3", "\"schoolweging\"", "-40", "a schoolweging", "between 15 and 50"});
        row("typo in a mapping key", "mapping", "mapping_key_typo.json",
            {"mapping_key_typo.json", "characteristic 1", "\"kidn\"", "did you mean \"kind\""});
        row("typo in a goal key", "goals", "goals_key_typo.json", {"\"deadlien\"", "did you mean \"deadline\""});
        // Findings of the fuzz targets (fuzz/, scripts/fuzz.sh), each input kept in tests/data/fuzz.
        row("fuzz: privacy threshold nan", "projectsettings", "fuzz/projectsettings_threshold_nan.tsv",
            {"projectsettings_threshold_nan.tsv", "privacy threshold is not a number of at least 1"});
        row("fuzz: privacy threshold inf", "projectsettings", "fuzz/projectsettings_threshold_inf.tsv",
            {"projectsettings_threshold_inf.tsv", "privacy threshold is not a number of at least 1"});
        row("fuzz: goal deadline not a whole year", "goals", "fuzz/goals_deadline_fraction.json",
            {"goals_deadline_fraction.json", "\"deadline\" year between 2000 and 2100"});
        row("typo in an admission rules key", "admission", "admission_key_typo.json",
            {"admission_key_typo.json", "\"listLenght\"", "not part of the admission rules format", "listLength"});
        row("typo in a scenario key", "scenario", "scenario_key_typo.json",
            {"scenario_key_typo.json", "edits[0]", "unknown key \"capactiy\"", "capacity"});
    }

    void refusedWithAMessage()
    {
        QFETCH(QString, loader);
        QFETCH(QString, file);
        QFETCH(QStringList, mentions);
        QVERIFY2(QFile::exists(bad(file)), qPrintable(file));
        const QString message = load(loader, file);
        QVERIFY2(!message.isEmpty(), qPrintable(file + QStringLiteral(" was accepted")));
        for (const QString& m : mentions)
            QVERIFY2(message.contains(m), qPrintable(QStringLiteral("\"%1\" lacks \"%2\"").arg(message, m)));
    }

    void schoolwegingBeyondItsRange()
    {
        const QString path = writeTestFile(m_dir.path(), QStringLiteral("weging.csv"),
                                           "OVT,INSTELLINGSCODE,schooljaar,schoolweging\n04QC|C1,04QC,2023-2024,1e308\n");
        Diagnostics d;
        const QString message = refusal(SchoolwegingLoader::load(path, d));
        QVERIFY2(message.contains(QStringLiteral("a schoolweging")) && message.contains(QStringLiteral("between 15 and 50")),
                 qPrintable(message));
    }

    void regularTablesPass()
    {
        // Trailing separators (empty surplus values) and a quoted value over two lines are regular CSV.
        QVERIFY(CsvStructure::check("a;b\n1;2;\n\"x\ny\";3\n\n", ';', QStringLiteral("t.csv")));
        QVERIFY(!CsvStructure::check("a;b\n1;2;3\n", ';', QStringLiteral("t.csv")));
        // Every real file of the demo passes.
        for (const char* name : {"scholen_po_2024.csv", "duo_leerlingen_po_postcode_leerling_2024.csv", "cbs_pc4_kerncijfers_2024_v1.csv",
                                 "duo_vestigingen_bo_2017.csv", "pc4_centroids_wgs84.csv", "inspectie_schoolweging_per_jaar_2021-2024.csv"}) {
            QFile f(QStringLiteral(":/demo/baarn/") + QLatin1String(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            const char separator = bytes.left(bytes.indexOf('\n')).count(';') > bytes.left(bytes.indexOf('\n')).count(',') ? ';' : ',';
            const auto checked = CsvStructure::check(bytes, separator, QLatin1String(name));
            QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().message));
        }
    }

    void headerMixingSeparators()
    {
        // "LEEFTIJD_4,5" in a semicolon header: a GDAL that detects the separator itself (before 3.8) would read the
        // file as comma-separated and shift every column, so the load is refused; a GDAL that takes the separator
        // from Mengkaart reads the six columns.
        Diagnostics d;
        const auto loaded = PupilCountLoader::load(bad(QStringLiteral("pupils_header_mixed_separators.csv")), d);
        const char* list = GDALGetMetadataItem(GDALGetDriverByName("CSV"), GDAL_DMD_OPENOPTIONLIST, nullptr);
        if (list && QByteArray(list).contains("name=\"SEPARATOR\"")) {
            QVERIFY2(loaded, qPrintable(refusal(loaded)));
            return;
        }
        const QString message = refusal(loaded);
        QVERIFY2(message.contains(QStringLiteral("pupils_header_mixed_separators.csv"))
                     && message.contains(QStringLiteral("mixes separators")) && message.contains(QStringLiteral("double quotes")),
                 qPrintable(message));
    }

    void damagedGeoPackage()
    {
        // A buurten leaf page garbled: SQLite's quick_check fails although GDAL reads every row without an error.
        const QString path = copyDemoFile(m_dir.path(), QStringLiteral("buurten_2024.gpkg"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        constexpr qsizetype page = 4096, damaged = 31;
        for (qsizetype i = (damaged - 1) * page + 100; i < damaged * page; i += 5)
            bytes[i] = static_cast<char>(static_cast<unsigned char>(bytes[i]) * 31 + 7);
        f.seek(0);
        f.write(bytes);
        f.close();
        Diagnostics d;
        const QString message = refusal(AreaLoader::load(path, QStringLiteral("buurten"), {}, d));
        QVERIFY2(message.contains(QStringLiteral("buurten_2024.gpkg is damaged")), qPrintable(message));
    }

    void impossibleValueInAProject()
    {
        Feedback feedback;
        auto demo = DatasetLoader::loadDemo(feedback);
        QVERIFY(demo);
        Project project;
        project.dataset = std::make_shared<const Dataset>(std::move(*demo));
        const QString path = m_dir.filePath(QStringLiteral("edited.mengkaart"));
        QVERIFY(ProjectFile::save(path, project, feedback));
        {
            // Edited outside Mengkaart, as QGIS could.
            GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
            QVERIFY(ds);
            ds->ExecuteSQL("UPDATE schools SET schoolweging = -40 WHERE id = '04QC00'", nullptr, nullptr);
        }
        const auto reread = ProjectFile::load(path, feedback);
        QVERIFY(!reread);
        QVERIFY2(reread.error().message.contains(QStringLiteral("school 04QC00")) && reread.error().message.contains(QStringLiteral("-40")),
                 qPrintable(reread.error().message));
    }
};

QTEST_GUILESS_MAIN(TstBadInput)
#include "tst_badinput.moc"
