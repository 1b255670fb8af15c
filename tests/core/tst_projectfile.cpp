// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/feedback.h"
#include "catchment/catchmentanalysis.h"
#include "geo/geometry.h"
#include "geo/georuntime.h"
#include "io/datasetloader.h"
#include "project/catchmentoptionsjson.h"
#include "project/projectfile.h"
#include "testutils.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace Mk;

namespace {

/** The demo with what a real project holds beyond it: suppressed cells, a clashing and a mixed column, an unplaced school, goals. */
Project demoProject()
{
    Feedback feedback;
    auto demo = DatasetLoader::loadDemo(feedback);
    if (!demo)
        qFatal("demo: %s", qPrintable(demo.error().toString()));
    Dataset ds = std::move(*demo);
    ds.areas.units[0].numbers.insert(QStringLiteral("secret_count"), AttributeValue::suppressed());
    ds.areas.units[1].numbers.insert(QStringLiteral("secret_count"), AttributeValue::of(7));
    ds.areas.units[2].numbers.insert(QStringLiteral("secret_count"), AttributeValue::missing());
    ds.areas.units[0].numbers.insert(QStringLiteral("CODE"), AttributeValue::of(1.5)); // clashes with the fixed "code" column
    ds.areas.units[0].numbers.insert(QStringLiteral("mixed"), AttributeValue::of(3));
    ds.areas.units[1].texts.insert(QStringLiteral("mixed"), QStringLiteral("n.v.t."));
    ds.areaComposition[0].cell(0, 0) = AttributeValue::suppressed();
    ds.areaComposition[0].cell(1, 1) = AttributeValue::missing();
    // A table without labels and with one assumption text for every language, as older mappings give.
    GroupTable income;
    income.characteristic = QStringLiteral("income");
    income.groups = {QStringLiteral("laag"), QStringLiteral("hoog")};
    income.ordered = true;
    income.assumption = LocalizedText(QStringLiteral("zoals gepubliceerd"));
    income.unitIds = {ds.schools.first().id};
    income.resize(1);
    ds.schoolComposition.append(income);
    School unplaced = ds.schools.first();
    unplaced.id = QStringLiteral("99XX00");
    unplaced.location.reset();
    unplaced.placement = Placement::Unplaced;
    unplaced.pupils = 12.5; // with two "<5" cells from a pupils file
    unplaced.pupilsSource = PupilSource::PupilCountFile;
    unplaced.pupilsSuppressedCells = 2;
    unplaced.levels = {QStringLiteral("havo"), QStringLiteral("vwo")};
    ds.schools.append(unplaced);
    ds.diagnostics.warning(QStringLiteral("A note, \"quoted\""), QStringLiteral("BU03080101"));

    Project p;
    p.name = QStringLiteral("Baarn – LEA 2025");
    p.dataset = std::make_shared<const Dataset>(std::move(ds));
    p.privacyThreshold = 10;
    p.catchments.method = CatchmentMethod::Observed;
    p.catchments.share = 0.7;
    p.catchments.afspiegeling.thresholdPp = 12.5;
    p.catchments.split.replicates = 40;
    p.catchments.split.seed = 18446744073709551557ULL;
    LeaGoal goal;
    goal.indicator = GoalIndicator::Dissimilarity;
    goal.group = QStringLiteral("laag");
    goal.comparison = GoalComparison::AtMost;
    goal.target = 0.2;
    goal.deadline = 2027;
    goal.description = QStringLiteral("D ≤ 0,20");
    p.goals = {goal, LeaGoal{}};
    p.goals[1].deadline = 2030;
    p.goals[1].target = 0.6;
    p.view = QJsonObject{{QStringLiteral("extent"), QJsonArray{1, 2, 3, 4}}};
    return p;
}

void compareLayers(const AreaLayer& a, const AreaLayer& b)
{
    QCOMPARE(b.sourceFile, a.sourceFile);
    QCOMPARE(b.layerName, a.layerName);
    QCOMPARE(b.level, a.level);
    QCOMPARE(b.populationField, a.populationField);
    QCOMPARE(b.crsName, a.crsName);
    QCOMPARE(b.fields.size(), a.fields.size());
    for (qsizetype i = 0; i < a.fields.size(); ++i) {
        QCOMPARE(b.fields[i].name, a.fields[i].name);
        QCOMPARE(b.fields[i].numeric, a.fields[i].numeric);
        QCOMPARE(b.fields[i].valid, a.fields[i].valid);
        QCOMPARE(b.fields[i].missing, a.fields[i].missing);
        QCOMPARE(b.fields[i].suppressed, a.fields[i].suppressed);
    }
    QCOMPARE(b.units.size(), a.units.size());
    for (qsizetype i = 0; i < a.units.size(); ++i) {
        const AreaUnit& u = a.units[i];
        const AreaUnit& v = b.units[i];
        QCOMPARE(v.code, u.code);
        QCOMPARE(v.name, u.name);
        QCOMPARE(v.level, u.level);
        QCOMPARE(v.wijkCode, u.wijkCode);
        QCOMPARE(v.gemeenteCode, u.gemeenteCode);
        QCOMPARE(v.texts, u.texts);
        // A field a unit lacks reads as missing (AreaUnit::number), which is how the project stores it.
        QSet<QString> fields;
        for (const AreaUnit* x : {&u, &v})
            for (auto it = x->numbers.cbegin(); it != x->numbers.cend(); ++it)
                fields.insert(it.key());
        for (const QString& field : std::as_const(fields)) {
            const AttributeValue w = v.number(field);
            QVERIFY2(w.state == u.number(field).state, qPrintable(u.code + QLatin1Char(' ') + field));
            if (w.hasValue())
                QCOMPARE(w.number, u.number(field).number);
        }
        const bool empty = !u.geometry || u.geometry->isEmpty();
        QCOMPARE(!v.geometry || v.geometry->isEmpty(), empty);
        if (!empty) {
            QCOMPARE(v.geometry->area(), u.geometry->area());
            QCOMPARE(v.geometry->boundingBox(), u.geometry->boundingBox());
        }
    }
}

/** Runs a GDAL update on a copy of the project (the kinds of damage a file meets outside Mengkaart). */
void editGeoPackage(const QString& path, const std::function<void(GDALDataset&)>& edit)
{
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr));
    QVERIFY(ds);
    edit(*ds);
}

} // namespace

/** ProjectFile: the demo round trip cell by cell, atomic saves, and a clear message for each kind of bad file. */
class TstProjectFile : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        GeoRuntime::init();
        QVERIFY(m_dir.isValid());
        m_project = demoProject();
        m_path = m_dir.filePath(QStringLiteral("baarn.mengkaart"));
        Feedback feedback;
        auto saved = ProjectFile::save(m_path, m_project, feedback);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
    }

    void roundTripKeepsEveryCell()
    {
        Feedback feedback;
        auto loaded = ProjectFile::load(m_path, feedback);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        const Project& p = *loaded;
        QCOMPARE(p.name, m_project.name);
        QCOMPARE(p.privacyThreshold, 10.0);
        QVERIFY(p.goals == m_project.goals);
        QCOMPARE(p.view, m_project.view);
        QCOMPARE(CatchmentOptionsJson::toJson(p.catchments), CatchmentOptionsJson::toJson(m_project.catchments));
        QCOMPARE(p.catchments.split.seed, 18446744073709551557ULL);

        const Dataset& a = *m_project.dataset;
        const Dataset& b = *p.dataset;
        QCOMPARE(b.gemeenteCode, QStringLiteral("GM0308"));
        QCOMPARE(b.gemeenteName, a.gemeenteName);
        QCOMPARE(b.dataYear, a.dataYear);
        QCOMPARE(b.mappedAreaColumns, a.mappedAreaColumns);
        QCOMPARE(b.sources, a.sources);
        QCOMPARE(b.diagnostics.size(), a.diagnostics.size());
        for (qsizetype i = 0; i < a.diagnostics.size(); ++i) {
            QCOMPARE(b.diagnostics.items()[i].severity, a.diagnostics.items()[i].severity);
            QCOMPARE(b.diagnostics.items()[i].message, a.diagnostics.items()[i].message);
            QCOMPARE(b.diagnostics.items()[i].subjectId, a.diagnostics.items()[i].subjectId);
        }
        QVERIFY(b.boundary);
        QCOMPARE(b.boundary->area(), a.boundary->area());
        compareLayers(a.areas, b.areas);
        compareLayers(a.wijken, b.wijken);
        compareLayers(a.postcodes, b.postcodes);
        QVERIFY(b.areas.units[0].numbers.value(QStringLiteral("secret_count")).isSuppressed());
        QVERIFY(b.areas.units[2].numbers.value(QStringLiteral("secret_count")).isMissing());
        QVERIFY(!b.areas.units[1].numbers.contains(QStringLiteral("mixed")));

        QCOMPARE(b.schools.size(), a.schools.size());
        for (qsizetype i = 0; i < a.schools.size(); ++i) {
            const School& s = a.schools[i];
            const School& t = b.schools[i];
            for (const auto& [x, y] : {std::pair{s.id, t.id}, {s.brin, t.brin}, {s.name, t.name}, {s.street, t.street},
                                       {s.houseNumber, t.houseNumber}, {s.postcode, t.postcode}, {s.place, t.place},
                                       {s.gemeente, t.gemeente}, {s.denomination, t.denomination}, {s.type, t.type},
                                       {s.profile, t.profile}, {s.schoolwegingPeriod, t.schoolwegingPeriod}})
                QCOMPARE(y, x);
            QCOMPARE(t.sector, s.sector);
            QCOMPARE(t.levels, s.levels);
            QCOMPARE(t.location, s.location);
            QCOMPARE(t.placement, s.placement);
            QCOMPARE(t.pupils, s.pupils);
            QCOMPARE(t.pupilsSource, s.pupilsSource);
            QCOMPARE(t.pupilsSuppressedCells, s.pupilsSuppressedCells);
            QCOMPARE(t.capacity, s.capacity);
            QCOMPARE(t.schoolweging, s.schoolweging);
            QCOMPARE(t.schoolwegingSpread, s.schoolwegingSpread);
            QCOMPARE(t.outsideGemeente, s.outsideGemeente);
        }
        QVERIFY(!b.schools.last().location);
        QCOMPARE(b.vveLocations.size(), a.vveLocations.size());
        for (qsizetype i = 0; i < a.vveLocations.size(); ++i) {
            QCOMPARE(b.vveLocations[i].id, a.vveLocations[i].id);
            QCOMPARE(b.vveLocations[i].isVve, a.vveLocations[i].isVve);
            QCOMPARE(b.vveLocations[i].location, a.vveLocations[i].location);
            QCOMPARE(b.vveLocations[i].capacity, a.vveLocations[i].capacity);
        }
        QVERIFY(!a.pupilFlows.isEmpty());
        QCOMPARE(b.pupilFlows.size(), a.pupilFlows.size());
        for (qsizetype i = 0; i < a.pupilFlows.size(); ++i) {
            QCOMPARE(b.pupilFlows[i].schoolId, a.pupilFlows[i].schoolId);
            QCOMPARE(b.pupilFlows[i].homePostcode, a.pupilFlows[i].homePostcode);
            QCOMPARE(b.pupilFlows[i].homeGemeente, a.pupilFlows[i].homeGemeente);
            QCOMPARE(b.pupilFlows[i].knownPupils, a.pupilFlows[i].knownPupils);
            QCOMPARE(b.pupilFlows[i].suppressedCells, a.pupilFlows[i].suppressedCells);
        }
        QVERIFY(!a.schoolwegingHistory.isEmpty());
        QCOMPARE(b.schoolwegingHistory.size(), a.schoolwegingHistory.size());
        for (qsizetype i = 0; i < a.schoolwegingHistory.size(); ++i) {
            QCOMPARE(b.schoolwegingHistory[i].ovt, a.schoolwegingHistory[i].ovt);
            QCOMPARE(b.schoolwegingHistory[i].instelling, a.schoolwegingHistory[i].instelling);
            QCOMPARE(b.schoolwegingHistory[i].period, a.schoolwegingHistory[i].period);
            QCOMPARE(b.schoolwegingHistory[i].schoolweging, a.schoolwegingHistory[i].schoolweging);
            QCOMPARE(b.schoolwegingHistory[i].spread, a.schoolwegingHistory[i].spread);
            QCOMPARE(b.schoolwegingHistory[i].pupils, a.schoolwegingHistory[i].pupils);
        }
        for (const auto& [x, y] : {std::pair{&a.areaComposition, &b.areaComposition}, {&a.schoolComposition, &b.schoolComposition}}) {
            QCOMPARE(y->size(), x->size());
            for (qsizetype t = 0; t < x->size(); ++t) {
                const GroupTable& g = (*x)[t];
                const GroupTable& h = (*y)[t];
                QCOMPARE(h.characteristic, g.characteristic);
                QCOMPARE(h.groups, g.groups);
                QCOMPARE(h.ordered, g.ordered);
                QCOMPARE(h.estimated, g.estimated);
                QCOMPARE(h.sourceColumns, g.sourceColumns);
                QVERIFY(h.assumption == g.assumption);
                QVERIFY(h.characteristicLabels == g.characteristicLabels);
                QVERIFY(h.groupLabels == g.groupLabels);
                QCOMPARE(h.unitIds, g.unitIds);
                for (size_t c = 0; c < g.cells.size(); ++c) {
                    QCOMPARE(h.cells[c].state, g.cells[c].state);
                    QCOMPARE(h.cells[c].number, g.cells[c].number);
                }
            }
        }
        QVERIFY(b.areaComposition[0].cell(0, 0).isSuppressed());
        QVERIFY(b.areaComposition[0].cell(1, 1).isMissing());
        // The labels are those of the demo mapping, in each language; the names stay the keys.
        const auto nl = TextLanguage::load(QStringLiteral("nl"));
        const auto en = TextLanguage::load(QStringLiteral("en"));
        QVERIFY(nl && en);
        const GroupTable& origin = b.areaComposition[0];
        QCOMPARE(origin.characteristic, QStringLiteral("migration background"));
        QCOMPARE(origin.characteristicLabel(*nl), QStringLiteral("herkomst"));
        QCOMPARE(origin.groupLabel(2, *nl), QStringLiteral("buiten Europa"));
        QCOMPARE(origin.groupLabel(0, *en), QStringLiteral("Netherlands"));
        QVERIFY(origin.assumptionText(*nl).startsWith(QLatin1String("Aangenomen")));
        QVERIFY(origin.assumptionText(*en).startsWith(QLatin1String("Children")));
        const GroupTable& income = b.schoolComposition.last();
        QCOMPARE(income.groupLabel(1, *nl), QStringLiteral("hoog"));
        QCOMPARE(income.assumptionText(*en), QStringLiteral("zoals gepubliceerd"));
    }

    // A project written before labels existed (no group_tables.labels column) opens: names as labels, the
    // assumption column as the text for every language.
    void projectWithoutLabelsOpens()
    {
        {
            // In the saved file, a table without labels and with one assumption text has NULL labels.
            GDALDatasetUniquePtr ds(GDALDataset::Open(m_path.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr));
            QVERIFY(ds);
            OGRLayer* tables = ds->GetLayerByName("group_tables");
            QVERIFY(tables);
            QSet<QString> withLabels;
            while (OGRFeatureUniquePtr f{tables->GetNextFeature()})
                if (!f->IsFieldNull(f->GetFieldIndex("labels")))
                    withLabels.insert(QString::fromUtf8(f->GetFieldAsString("characteristic")));
            QCOMPARE(withLabels, QSet<QString>{QStringLiteral("migration background")});
        }
        const QString path = m_dir.filePath(QStringLiteral("before-labels.mengkaart"));
        QFile::remove(path);
        QVERIFY(QFile::copy(m_path, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        editGeoPackage(path, [](GDALDataset& ds) { ds.ExecuteSQL("ALTER TABLE group_tables DROP COLUMN labels", nullptr, nullptr); });
        {
            GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr));
            QVERIFY(ds && ds->GetLayerByName("group_tables"));
            QCOMPARE(ds->GetLayerByName("group_tables")->GetLayerDefn()->GetFieldIndex("labels"), -1);
        }
        Feedback feedback;
        auto loaded = ProjectFile::load(path, feedback);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        const auto nl = TextLanguage::load(QStringLiteral("nl"));
        QVERIFY(nl);
        const GroupTable& origin = loaded->dataset->areaComposition[0];
        QCOMPARE(origin.characteristicLabel(*nl), QStringLiteral("migration background"));
        QCOMPARE(origin.groupLabel(2, *nl), QStringLiteral("outside Europe"));
        QVERIFY(origin.assumptionText(*nl).startsWith(QLatin1String("Children"))); // the English text the column keeps
    }

    void catchmentAnalysisGivesTheSameNumbers()
    {
        // The unmodified demo, so the analysis sees what it sees in the application.
        Feedback feedback;
        auto demo = DatasetLoader::loadDemo(feedback);
        QVERIFY(demo);
        Project p;
        p.dataset = std::make_shared<const Dataset>(std::move(*demo));
        const QString path = m_dir.filePath(QStringLiteral("plain.mengkaart"));
        QVERIFY(ProjectFile::save(path, p, feedback));
        auto loaded = ProjectFile::load(path, feedback);
        QVERIFY(loaded);
        for (CatchmentMethod method : {CatchmentMethod::Voronoi, CatchmentMethod::Observed}) {
            CatchmentOptions options;
            options.method = method;
            options.split.replicates = 30;
            auto before = CatchmentAnalysis::run(*p.dataset, options, feedback);
            auto after = CatchmentAnalysis::run(*loaded->dataset, options, feedback);
            QVERIFY(before && after);
            QVERIFY(!before->afspiegeling.isEmpty());
            QCOMPARE(after->afspiegeling.size(), before->afspiegeling.size());
            for (qsizetype i = 0; i < before->afspiegeling.size(); ++i) {
                const AfspiegelingRow& r = before->afspiegeling[i];
                const AfspiegelingRow& s = after->afspiegeling[i];
                QCOMPARE(s.schoolId, r.schoolId);
                QCOMPARE(s.verdict, r.verdict);
                QCOMPARE(s.verdictGroup, r.verdictGroup);
                QCOMPARE(s.pupils, r.pupils);
                for (qsizetype k = 0; k < r.groups.size(); ++k) {
                    MK_COMPARE_REL(s.groups[k].gapPp, r.groups[k].gapPp, 1e-12);
                    MK_COMPARE_REL(s.groups[k].catchmentShare, r.groups[k].catchmentShare, 1e-12);
                }
            }
            QVERIFY(!before->split.rows.isEmpty());
            QCOMPARE(after->split.rows.size(), before->split.rows.size());
            for (qsizetype i = 0; i < before->split.rows.size(); ++i) {
                MK_COMPARE_REL(after->split.rows[i].observed, before->split.rows[i].observed, 1e-12);
                MK_COMPARE_REL(after->split.rows[i].residential, before->split.rows[i].residential, 1e-12);
                MK_COMPARE_REL(after->split.rows[i].choice, before->split.rows[i].choice, 1e-12);
                MK_COMPARE_REL(after->split.rows[i].choiceLow, before->split.rows[i].choiceLow, 1e-12);
            }
        }
    }

    void failedSaveLeavesTheOldFileIntact()
    {
        const QString path = m_dir.filePath(QStringLiteral("keep.mengkaart"));
        Feedback plain;
        QVERIFY(ProjectFile::save(path, m_project, plain));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();

        Project changed = m_project;
        changed.goals.clear();
        Feedback canceling([&](double, const QString&) { canceling.cancel(); });
        auto saved = ProjectFile::save(path, changed, canceling);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, ErrorCode::Canceled);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        const QStringList left = QDir(m_dir.path()).entryList({QStringLiteral("*.saving*")}, QDir::Files | QDir::Hidden);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(','))));
        auto loaded = ProjectFile::load(path, plain);
        QVERIFY(loaded);
        QCOMPARE(loaded->goals.size(), 2);
    }

    void badFilesSayWhatIsWrong_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing") << QStringLiteral("absent.mengkaart") << int(ErrorCode::FileNotFound) << QStringLiteral("does not exist");
        QTest::newRow("text") << QStringLiteral("notes.mengkaart") << int(ErrorCode::UnknownFormat) << QStringLiteral("not a GeoPackage");
        QTest::newRow("buurten") << QStringLiteral("buurten.gpkg") << int(ErrorCode::UnknownFormat)
                                 << QStringLiteral("not a Mengkaart project");
        QTest::newRow("newer") << QStringLiteral("newer.mengkaart") << int(ErrorCode::UnknownFormat) << QStringLiteral("newer Mengkaart");
        QTest::newRow("truncated") << QStringLiteral("truncated.mengkaart") << int(ErrorCode::ReadFailed)
                                   << QStringLiteral("damaged or incomplete");
        QTest::newRow("missing table") << QStringLiteral("notable.mengkaart") << int(ErrorCode::ReadFailed)
                                       << QStringLiteral("\"pupil_flows\" is missing");
        QTest::newRow("bad labels") << QStringLiteral("badlabels.mengkaart") << int(ErrorCode::ReadFailed)
                                    << QStringLiteral("the labels of the group table \"migration background\"");
    }

    void badFilesSayWhatIsWrong()
    {
        QFETCH(QString, file);
        QFETCH(int, code);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(file);
        if (file == QLatin1String("notes.mengkaart")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("These are my notes, not a project.\n");
        } else if (file == QLatin1String("buurten.gpkg")) {
            QFile::remove(path);
            QVERIFY(QFile::copy(QStringLiteral(":/demo/baarn/buurten_2024.gpkg"), path));
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        } else if (file != QLatin1String("absent.mengkaart")) {
            QFile::remove(path);
            QVERIFY(QFile::copy(m_path, path));
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        }
        if (file == QLatin1String("newer.mengkaart"))
            editGeoPackage(path, [](GDALDataset& ds) {
                ds.ExecuteSQL("UPDATE mengkaart_project SET value = '99' WHERE key = 'format_version'", nullptr, nullptr);
            });
        if (file == QLatin1String("notable.mengkaart"))
            editGeoPackage(path, [](GDALDataset& ds) {
                for (int i = 0; i < ds.GetLayerCount(); ++i)
                    if (QByteArray(ds.GetLayer(i)->GetName()) == "pupil_flows")
                        ds.DeleteLayer(i);
            });
        if (file == QLatin1String("badlabels.mengkaart"))
            editGeoPackage(path, [](GDALDataset& ds) {
                ds.ExecuteSQL("UPDATE group_tables SET labels = '{\"characteristic\": {\"Dutch\": \"herkomst\"}}' "
                              "WHERE characteristic = 'migration background'", nullptr, nullptr);
            });
        if (file == QLatin1String("truncated.mengkaart")) {
            QFile f(path);
            QVERIFY(f.resize(f.size() * 6 / 10));
        }
        Feedback feedback;
        auto loaded = ProjectFile::load(path, feedback);
        QVERIFY(!loaded);
        QCOMPARE(int(loaded.error().code), code);
        QVERIFY2(loaded.error().message.contains(file), qPrintable(loaded.error().message));
        QVERIFY2(loaded.error().message.contains(expected), qPrintable(loaded.error().message));
    }

private:
    QTemporaryDir m_dir;
    Project m_project;
    QString m_path;
};

QTEST_GUILESS_MAIN(TstProjectFile)
#include "tst_projectfile.moc"
