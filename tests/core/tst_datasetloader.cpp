// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/geometry.h"
#include "io/datasetloader.h"
#include "testutils.h"

#include <QDir>
#include <QSet>
#include <QTest>

using namespace Mk;

/** The embedded Baarn demo, loaded end to end; expected figures come from shared/data/baarn/SOURCES.md. */
class TstDatasetLoader : public QObject
{
    Q_OBJECT

private:
    Dataset m_demo;

private slots:
    void initTestCase()
    {
        Feedback feedback;
        auto ds = DatasetLoader::loadDemo(feedback);
        QVERIFY2(ds.hasValue(), ds ? "" : qPrintable(ds.error().toString()));
        m_demo = std::move(ds.value());
        QCOMPARE(feedback.progress(), 1.0);
    }

    void areas()
    {
        QCOMPARE(m_demo.gemeenteCode, QStringLiteral("GM0308"));
        QCOMPARE(m_demo.gemeenteName, QStringLiteral("Baarn"));
        QCOMPARE(m_demo.dataYear, QStringLiteral("2024"));
        QCOMPARE(m_demo.areas.units.size(), 21);
        QCOMPARE(m_demo.areas.level, AreaLevel::Buurt);
        QCOMPARE(m_demo.areas.populationField, QStringLiteral("aantal_inwoners"));
        double inhabitants = 0.0;
        for (const AreaUnit& u : m_demo.areas.units) {
            QVERIFY(u.geometry);
            QVERIFY(u.geometry->area() > 0.0);
            QCOMPARE(u.gemeenteCode, QStringLiteral("GM0308"));
            QVERIFY(u.wijkCode.startsWith(QLatin1String("WK0308")));
            inhabitants += u.number(QStringLiteral("aantal_inwoners")).valueOr();
        }
        QCOMPARE(inhabitants, 25065.0);
        const qsizetype i = m_demo.areas.indexOf(QStringLiteral("BU03080000"));
        QVERIFY(i >= 0);
        // -99995 ("not available") is Missing, never a number.
        const AttributeValue income = m_demo.areas.units[i].number(QStringLiteral("gemiddeld_inkomen_per_inwoner"));
        QVERIFY(income.isMissing());
        const FieldSummary* f = m_demo.areas.field(QStringLiteral("gemiddeld_inkomen_per_inwoner"));
        QVERIFY(f);
        QCOMPARE(f->missing, 21);
        QCOMPARE(f->valid, 0);
        QCOMPARE(m_demo.areas.field(QStringLiteral("aantal_inwoners"))->valid, 21);
    }

    void sourcesCarryTheirLicence()
    {
        QCOMPARE(m_demo.sources.size(), 8);
        QVERIFY(m_demo.sources.first().contains(QLatin1String("CBS Wijk- en Buurtkaart 2024, CC BY 4.0")));
        for (const QString& source : m_demo.sources)
            QVERIFY2(source.contains(QLatin1String(": ")) || source.startsWith(QLatin1String("mapping.json")), qPrintable(source));
    }

    // A national load (no gemeente) merges its outline on first use: the same coverage union, and every copy of the
    // data set shares the one result.
    void nationalBoundaryOnFirstUse()
    {
        LoadRequest request;
        request.areasFile = QStringLiteral(":/national/cbs_wijken_2022.gpkg");
        request.areasLayer = QStringLiteral("wijken");
        Feedback feedback;
        auto ds = DatasetLoader::load(request, feedback);
        QVERIFY2(ds.hasValue(), ds ? "" : qPrintable(ds.error().toString()));
        QVERIFY(ds->gemeenteCode.isEmpty());
        QVERIFY(ds->areas.units.size() > 3000);
        const Dataset copy = ds.value();
        double sum = 0.0;
        for (const AreaUnit& u : ds->areas.units)
            sum += u.geometry->area();
        QVERIFY(ds->boundary);
        QVERIFY(ds->boundary->isValid());
        MK_COMPARE_REL(ds->boundary->area(), sum, 1e-9);
        QCOMPARE(copy.boundary.get(), ds->boundary.get());
        // The CBS wijken cover the Netherlands without its large waters (IJsselmeer, Waddenzee): about 35,100 km2.
        QVERIFY(sum > 34e9 && sum < 36e9);
    }

    void boundaryAndWijken()
    {
        QVERIFY(m_demo.boundary);
        double sum = 0.0;
        for (const AreaUnit& u : m_demo.areas.units)
            sum += u.geometry->area();
        MK_COMPARE_REL(m_demo.boundary->area(), sum, 1e-6);
        // Baarn is about 33 km2 (CBS: 3,297 ha land and water).
        QVERIFY(m_demo.boundary->area() > 30e6 && m_demo.boundary->area() < 36e6);
        QCOMPARE(m_demo.wijken.units.size(), 5);
        QCOMPARE(m_demo.wijken.level, AreaLevel::Wijk);
        double wijkPopulation = 0.0;
        for (const AreaUnit& u : m_demo.wijken.units)
            wijkPopulation += u.number(QStringLiteral("population")).valueOr();
        QCOMPARE(wijkPopulation, 24875.0);
        // Buurten nest in the 2022 wijken (between/within-wijk decompositions rely on it).
        for (const AreaUnit& u : m_demo.areas.units)
            QVERIFY2(m_demo.wijken.indexOf(u.wijkCode) >= 0, qPrintable(u.wijkCode));
    }

    void schools()
    {
        QCOMPARE(m_demo.schools.size(), 9);
        for (const School& s : m_demo.schools) {
            QCOMPARE(s.id.size(), 6);
            QVERIFY(s.location.has_value());
            QCOMPARE(s.placement, Placement::Coordinates);
            QVERIFY2(!s.outsideGemeente, qPrintable(s.id));
            QCOMPARE(s.sector, SchoolSector::Primary);
        }
        const School& nbs = m_demo.schools[m_demo.schoolIndex(QStringLiteral("04QC00"))];
        QCOMPARE(nbs.postcode, QStringLiteral("3743HZ"));
        QVERIFY(nbs.schoolweging.has_value());
        QCOMPARE(*nbs.schoolweging, 21.93); // 2023-2024, the latest year
        QCOMPARE(*nbs.schoolwegingSpread, 4.93);
        QCOMPARE(nbs.schoolwegingPeriod, QStringLiteral("2023-2024"));
        // The history keeps all three school years of the 8 Inspectie objects (the trend of LEA goals).
        QCOMPARE(m_demo.schoolwegingHistory.size(), 24);
        QSet<QString> periods;
        for (const SchoolwegingRecord& r : m_demo.schoolwegingHistory)
            periods.insert(r.period);
        QCOMPARE(periods.size(), 3);
        const School& marimba = m_demo.schools[m_demo.schoolIndex(QStringLiteral("32FE00"))];
        QVERIFY(!marimba.schoolweging.has_value()); // new school, not in the Inspectie file
        // Its "leerlingen" cell is empty: the count is its total in the pupils-by-postcode file, marked as such.
        QCOMPARE(marimba.pupilsSource, PupilSource::PupilFlows);
        double flowTotal = 0.0;
        int flowSuppressed = 0;
        for (const PupilFlow& f : m_demo.pupilFlows) {
            if (f.schoolId == marimba.id) {
                flowTotal += f.estimatedPupils();
                flowSuppressed += f.suppressedCells;
            }
        }
        QVERIFY(flowTotal > 0.0);
        QCOMPARE(*marimba.pupils, flowTotal);
        QCOMPARE(marimba.pupilsSuppressedCells, flowSuppressed);
        QVERIFY(marimba.pupilsText().endsWith(QLatin1String("(estimate)")));
        bool noted = false;
        for (const Diagnostic& d : m_demo.diagnostics.items())
            noted |= d.message.contains(QLatin1String("32FE00")) && d.message.contains(QLatin1String("estimated"));
        QVERIFY(noted);
        double pupils = 0.0;
        for (const School& s : m_demo.schools) {
            if (s.id == marimba.id)
                continue;
            QCOMPARE(s.pupilsSource, PupilSource::SchoolFile);
            QVERIFY(s.pupilsExplanation().contains(QLatin1String("school file")));
            pupils += s.pupils.value_or(0.0);
        }
        QCOMPARE(pupils, 1985.0); // shared/data/baarn/SOURCES.md
        // The RD location of Marimba from the CSV's x_rd/y_rd.
        QVERIFY(std::abs(marimba.location->x() - 145012.0) < 1.0);
        QVERIFY(std::abs(marimba.location->y() - 470314.0) < 1.0);
    }

    void pupilFlows()
    {
        QCOMPARE(m_demo.pupilFlows.size(), 63);
        double known = 0.0;
        int suppressed = 0;
        for (const PupilFlow& f : m_demo.pupilFlows) {
            known += f.knownPupils;
            suppressed += f.suppressedCells;
            QVERIFY(m_demo.schoolIndex(f.schoolId) >= 0);
            QCOMPARE(f.homePostcode.size(), 4);
        }
        QCOMPARE(known, 1767.0);
        QCOMPARE(suppressed, 125);
    }

    void postcodes()
    {
        QCOMPARE(m_demo.postcodes.level, AreaLevel::Postcode4);
        QCOMPARE(m_demo.postcodes.units.size(), 25);
        const qsizetype i = m_demo.postcodes.indexOf(QStringLiteral("3741"));
        QVERIFY(i >= 0);
        const AreaUnit& pc = m_demo.postcodes.units[i];
        QCOMPARE(pc.number(QStringLiteral("inwoners")).valueOr(), 9475.0);
        QVERIFY(pc.geometry);
        // 52.2181838 N, 5.2862149 E; reference: `echo 52.2181838 5.2862149 | cs2cs EPSG:4326 EPSG:28992` = 148098.67 470015.51.
        const QPointF p = pc.geometry->centroid();
        QVERIFY2(std::abs(p.x() - 148098.67) < 0.05 && std::abs(p.y() - 470015.51) < 0.05, qPrintable(QStringLiteral("%1 %2").arg(p.x()).arg(p.y())));
        int suppressed = 0;
        for (const FieldSummary& f : m_demo.postcodes.fields)
            suppressed += f.suppressed;
        QCOMPARE(suppressed, 6); // six -99997 cells in cbs_pc4_kerncijfers_2024_v1.csv
    }

    void migrationBackground()
    {
        QCOMPARE(m_demo.areaComposition.size(), 1);
        const GroupTable& t = m_demo.areaComposition.first();
        QCOMPARE(t.characteristic, QStringLiteral("migration background"));
        QCOMPARE(t.groups, (QStringList{QStringLiteral("Dutch origin"), QStringLiteral("Europe"), QStringLiteral("outside Europe")}));
        QVERIFY(t.estimated);
        QVERIFY(!t.assumption.isEmpty());
        QCOMPARE(t.unitCount(), 21);
        // BU03080000: 1825 inhabitants, 11 % aged 0-15, herkomst 75 / 10 / 15 %.
        const qsizetype i = t.unitIds.indexOf(QStringLiteral("BU03080000"));
        QVERIFY(i >= 0);
        MK_COMPARE_REL(t.cell(i, 0).valueOr(), 1825 * 0.11 * 0.75, 1e-12);
        MK_COMPARE_REL(t.cell(i, 1).valueOr(), 1825 * 0.11 * 0.10, 1e-12);
        MK_COMPARE_REL(t.cell(i, 2).valueOr(), 1825 * 0.11 * 0.15, 1e-12);
        QVERIFY(m_demo.mappedAreaColumns.contains(QStringLiteral("aantal_inwoners")));
        QVERIFY(m_demo.mappedAreaColumns.contains(QStringLiteral("percentage_met_herkomstland_buiten_europa")));
    }
};

QTEST_GUILESS_MAIN(TstDatasetLoader)
#include "tst_datasetloader.moc"
