// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/datasetloader.h"
#include "io/schoolloader.h"
#include "io/tablereader.h"
#include "iotestfiles.h"
#include "testutils.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Mk;

namespace {

const QByteArray kDuo2017Header =
    "PROVINCIE;BEVOEGD GEZAG NUMMER;BRIN NUMMER;VESTIGINGSNUMMER;VESTIGINGSNAAM;STRAATNAAM;HUISNUMMER-TOEVOEGING;POSTCODE;"
    "PLAATSNAAM;GEMEENTENUMMER;GEMEENTENAAM;DENOMINATIE\r\n";


} // namespace

class TstSchoolLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& bytes) { return writeTestFile(m_dir.path(), name, bytes); }

    Error loadError(const QString& name, const QByteArray& bytes)
    {
        Diagnostics diagnostics;
        auto table = SchoolLoader::load(write(name, bytes), {}, diagnostics);
        if (table.hasValue())
            return Error{};
        return table.error();
    }

private slots:
    void duo2017Layout()
    {
        Diagnostics diagnostics;
        auto table = SchoolLoader::load(QStringLiteral(":/demo/baarn/duo_vestigingen_bo_2017.csv"), {}, diagnostics);
        QVERIFY2(table.hasValue(), table ? "" : qPrintable(table.error().toString()));
        QCOMPARE(table->schools.size(), 8);
        QVERIFY(table->hasGemeenteColumn);
        QVERIFY(!table->hasLocations);
        const School& nbs = table->schools.first();
        QCOMPARE(nbs.id, QStringLiteral("04QC00"));
        QCOMPARE(nbs.brin, QStringLiteral("04QC"));
        QCOMPARE(nbs.name, QStringLiteral("Vereniging Nieuwe Baarnsche School"));
        QCOMPARE(nbs.postcode, QStringLiteral("3743HZ")); // "3743 HZ" in the file
        QCOMPARE(nbs.street, QStringLiteral("Vondellaan"));
        QCOMPARE(nbs.houseNumber, QStringLiteral("2"));
        QCOMPARE(nbs.gemeente, QStringLiteral("BAARN"));
        QCOMPARE(nbs.denomination, QStringLiteral("Algemeen bijzonder"));
        QCOMPARE(nbs.sector, SchoolSector::Primary); // from "..._bo_..." in the file name
        QVERIFY(!nbs.location.has_value());
    }

    // The gemeente hint reads a national GeoPackage's rows of one gemeente: exactly the rows whose gemeente, in letters and
    // digits, is the name (DUO writes "S GRAVENHAGE" and "BERGEN NH"), and every row when no row names it (Weesp, part of
    // Amsterdam since 2022), as a load without the hint selects them.
    void gemeenteHintReadsTheGemeentesRows()
    {
        const QString path = QStringLiteral(":/national/scholen_nl_2024.gpkg");
        Diagnostics diagnostics;
        const auto whole = SchoolLoader::load(path, QStringLiteral("scholen"), diagnostics);
        QVERIFY(whole.hasValue());
        const auto idsOf = [](const QList<School>& schools) {
            QSet<QString> ids;
            for (const School& s : schools)
                ids.insert(s.id);
            return ids;
        };
        for (const QString& name : {QStringLiteral("'s-Gravenhage"), QStringLiteral("Bergen (NH.)"), QStringLiteral("Nijmegen")}) {
            QSet<QString> expected;
            for (const School& s : whole->schools)
                if (TableReader::normalizedName(s.gemeente) == TableReader::normalizedName(name))
                    expected.insert(s.id);
            QVERIFY2(!expected.isEmpty(), qPrintable(name));
            const auto hinted = SchoolLoader::load(path, QStringLiteral("scholen"), diagnostics, nullptr, name);
            QVERIFY(hinted.hasValue());
            QCOMPARE(idsOf(hinted->schools), expected);
        }
        const auto weesp = SchoolLoader::load(path, QStringLiteral("scholen"), diagnostics, nullptr, QStringLiteral("Weesp"));
        QVERIFY(weesp.hasValue());
        QCOMPARE(idsOf(weesp->schools), idsOf(whole->schools));
    }

    void duo2024LayoutWithCoordinates()
    {
        Diagnostics diagnostics;
        auto table = SchoolLoader::load(QStringLiteral(":/demo/baarn/scholen_po_2024.csv"), {}, diagnostics);
        QVERIFY(table.hasValue());
        QCOMPARE(table->schools.size(), 9);
        for (const School& s : table->schools) {
            QVERIFY(s.location.has_value());
            QCOMPARE(s.placement, Placement::Coordinates);
            QCOMPARE(s.sector, SchoolSector::Primary);
        }
        QCOMPARE(table->schools.first().id, QStringLiteral("32FE00"));
        QCOMPARE(table->schools.first().houseNumber, QStringLiteral("4"));
    }

    void windows1252AndSemicolons()
    {
        QByteArray bytes = kDuo2017Header;
        bytes += "Utrecht;1;12AB;12AB00;Caf\xe9school \x80uro;Dorpsstraat;1;3741 AT;BAARN;308;BAARN;Openbaar\r\n";
        Diagnostics diagnostics;
        auto table = SchoolLoader::load(write(QStringLiteral("vestigingen_cp1252.csv"), bytes), {}, diagnostics);
        QVERIFY2(table.hasValue(), table ? "" : qPrintable(table.error().toString()));
        QCOMPARE(table->schools.size(), 1);
        QCOMPARE(table->schools.first().name, QStringLiteral("Caf\u00e9school \u20acuro"));
        QVERIFY(mentions(diagnostics, QStringLiteral("Windows-1252")));
    }

    void utf8CommasAndLonLat()
    {
        const QByteArray bytes = "Vestigingscode,Naam,Postcode,Gemeente,Leerlingen,LON,LAT\n"
                                 "12AB00,Caf\xc3\xa9school,3741AT,Baarn,210,5.27,52.20\n"
                                 "12AB01,\"Dependance, oost\",3741 at,Baarn,<5,,\n";
        Diagnostics diagnostics;
        auto table = SchoolLoader::load(write(QStringLiteral("utf8.csv"), bytes), {}, diagnostics);
        QVERIFY2(table.hasValue(), table ? "" : qPrintable(table.error().toString()));
        QCOMPARE(table->schools.size(), 2);
        const School& a = table->schools[0];
        QCOMPARE(a.name, QStringLiteral("Caf\u00e9school"));
        QCOMPARE(a.brin, QStringLiteral("12AB"));
        QCOMPARE(*a.pupils, 210.0);
        // cs2cs EPSG:4326 EPSG:28992: 52.20 5.27 -> 146987.323 467994.021
        QVERIFY(std::abs(a.location->x() - 146987.323) < 0.01);
        QVERIFY(std::abs(a.location->y() - 467994.021) < 0.01);
        const School& b = table->schools[1];
        QCOMPARE(b.name, QStringLiteral("Dependance, oost"));
        QCOMPARE(b.postcode, QStringLiteral("3741AT"));
        QVERIFY(!b.pupils.has_value()); // "<5" is suppressed, not a number
        QVERIFY(!b.location.has_value());
    }

    void placementThroughDatasetLoader()
    {
        const QByteArray bytes = "vestigingscode;naam;postcode;gemeente;x_rd;y_rd\n"
                                 "AA0100;Geocoded;3741AT;BAARN;;\n"
                                 "AA0200;Nowhere;9999ZZ;BAARN;;\n"
                                 "AA0300;Far away;1012AB;BAARN;121492.62;487038.22\n"
                                 "AA0400;Soester school;3761AA;SOEST;150000;466000\n";
        LoadRequest request;
        request.areasFile = QStringLiteral(":/demo/baarn/buurten_2024.gpkg");
        request.gemeente = QStringLiteral("Baarn");
        request.schoolsFile = write(QStringLiteral("placement.csv"), bytes);
        request.postcodeCentroidsFile = QStringLiteral(":/demo/baarn/pc4_centroids_wgs84.csv");
        Feedback feedback;
        auto ds = DatasetLoader::load(request, feedback);
        QVERIFY2(ds.hasValue(), ds ? "" : qPrintable(ds.error().toString()));
        QCOMPARE(ds->schools.size(), 3); // the SOEST row belongs to another gemeente
        const School& geocoded = ds->schools[ds->schoolIndex(QStringLiteral("AA0100"))];
        QCOMPARE(geocoded.placement, Placement::GeocodedPc4);
        // PC4 3741 centroid 52.2181838 N 5.2862149 E; cs2cs: 148098.67 470015.51.
        QVERIFY(std::abs(geocoded.location->x() - 148098.67) < 0.05);
        QVERIFY(!geocoded.outsideGemeente);
        const School& nowhere = ds->schools[ds->schoolIndex(QStringLiteral("AA0200"))];
        QVERIFY(!nowhere.location.has_value());
        QCOMPARE(nowhere.placement, Placement::Unplaced);
        QVERIFY(mentions(ds->diagnostics, QStringLiteral("AA0200 Nowhere")));
        const School& far = ds->schools[ds->schoolIndex(QStringLiteral("AA0300"))];
        QVERIFY(far.outsideGemeente);
        QVERIFY(mentions(ds->diagnostics, QStringLiteral("AA0300 Far away")));
    }

    void unknownGemeenteNameFallsBackToTheBoundary()
    {
        const QByteArray bytes = "vestigingscode;naam;gemeente;x_rd;y_rd\n"
                                 "AA0100;Binnen;S GRAVENHAGE;148098.67;470015.51\n"
                                 "AA0200;Buiten;S GRAVENHAGE;121492.62;487038.22\n";
        LoadRequest request;
        request.areasFile = QStringLiteral(":/demo/baarn/buurten_2024.gpkg");
        request.gemeente = QStringLiteral("GM0308");
        request.schoolsFile = write(QStringLiteral("elders.csv"), bytes);
        Feedback feedback;
        auto ds = DatasetLoader::load(request, feedback);
        QVERIFY(ds.hasValue());
        QCOMPARE(ds->schools.size(), 1);
        QCOMPARE(ds->schools.first().id, QStringLiteral("AA0100"));
        QVERIFY(mentions(ds->diagnostics, QStringLiteral("Baarn")));
    }

    void repeatedRowsAreSkippedConflictsRefused()
    {
        const QByteArray header = "vestigingscode,naam,postcode\n";
        Diagnostics diagnostics;
        auto table = SchoolLoader::load(write(QStringLiteral("repeat.csv"), header + "AA0100,A,3741AT\nAA0100,A,3741AT\n"), {}, diagnostics);
        QVERIFY(table.hasValue());
        QCOMPARE(table->schools.size(), 1);
        QVERIFY(mentions(diagnostics, QStringLiteral("AA0100")));
        const Error e = loadError(QStringLiteral("conflict.csv"), header + "AA0100,A,3741AT\nAA0100,B,3742AT\n");
        QCOMPARE(e.code, ErrorCode::DuplicateId);
        QVERIFY(e.message.contains(QLatin1String("conflict.csv")));
        QVERIFY(e.message.contains(QLatin1String("line 3")));
        QVERIFY(e.message.contains(QLatin1String("line 2")));
    }

    void badSchoolFiles_data()
    {
        // Each bad input: the message names the file, the line, the column and what to do.
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QStringList>("mentioned");
        const QByteArray pupils = "vestigingscode,naam,leerlingen\n";
        QTest::newRow("text count") << pupils + "AA0100,A,200\nAA0200,B,veel\n" << ErrorCode::InvalidValue
                                    << QStringList{QStringLiteral("line 3"), QStringLiteral("leerlingen"), QStringLiteral("veel"),
                                                   QStringLiteral("Correct the cell")};
        QTest::newRow("negative count") << pupils + "AA0100,A,-4\n" << ErrorCode::InvalidValue
                                        << QStringList{QStringLiteral("line 2"), QStringLiteral("-4"), QStringLiteral("negative")};
        QTest::newRow("empty code") << pupils + "AA0100,A,200\n,B,10\n" << ErrorCode::InvalidValue
                                    << QStringList{QStringLiteral("line 3"), QStringLiteral("vestigingscode"), QStringLiteral("remove the row")};
        QTest::newRow("no code column") << QByteArray("naam,postcode\nA,3741AT\n") << ErrorCode::FieldMissing
                                        << QStringList{QStringLiteral("vestigingscode"), QStringLiteral("naam, postcode"), QStringLiteral("Rename")};
        QTest::newRow("only a header") << QByteArray("vestigingscode,naam\n") << ErrorCode::EmptyInput
                                       << QStringList{QStringLiteral("only a header"), QStringLiteral("Choose")};
        QTest::newRow("empty file") << QByteArray() << ErrorCode::EmptyInput << QStringList{QStringLiteral("is empty")};
        QTest::newRow("blank lines") << QByteArray("\n\n") << ErrorCode::EmptyInput << QStringList{QStringLiteral("is empty")};
        QTest::newRow("cut off") << QByteArray("vestigingscode;naam;postcode;gemeente\nAA0100;A;3741AT;BAARN\nAA0200;B") << ErrorCode::ReadFailed
                                 << QStringList{QStringLiteral("line 3"), QStringLiteral("cut off")};
    }

    void badSchoolFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(ErrorCode, code);
        QFETCH(QStringList, mentioned);
        const Error e = loadError(QStringLiteral("bad_schools.csv"), bytes);
        QCOMPARE(e.code, code);
        QVERIFY2(e.message.contains(QLatin1String("bad_schools.csv")), qPrintable(e.message));
        for (const QString& text : mentioned)
            QVERIFY2(e.message.contains(text), qPrintable(e.message + QStringLiteral(" lacks ") + text));
    }

    void typesAndPostcodes()
    {
        QCOMPARE(SchoolLoader::sectorOfType(QStringLiteral("basisschool")), SchoolSector::Primary);
        QCOMPARE(SchoolLoader::sectorOfType(QStringLiteral("SBAO")), SchoolSector::SpecialPrimary);
        QCOMPARE(SchoolLoader::sectorOfType(QStringLiteral("(V)SO")), SchoolSector::Special);
        QCOMPARE(SchoolLoader::sectorOfType(QStringLiteral("VBO/MAVO/HAVO")), SchoolSector::Secondary);
        QCOMPARE(SchoolLoader::sectorOfType(QStringLiteral("Vso")), SchoolSector::Special);
        QCOMPARE(SchoolLoader::normalizePostcode(QStringLiteral(" 3743 hz")), QStringLiteral("3743HZ"));
    }

    void schoolPointLayer()
    {
        Diagnostics diagnostics;
        auto table = SchoolLoader::load(QStringLiteral(":/demo/baarn/scholen_po_2024.gpkg"), QStringLiteral("scholen_po"), diagnostics);
        QVERIFY(table.hasValue());
        QCOMPARE(table->schools.size(), 9);
        const School& marimba = table->schools.first();
        QCOMPARE(marimba.id, QStringLiteral("32FE00"));
        QVERIFY(std::abs(marimba.location->x() - 145012.0) < 0.5);
    }
};

QTEST_GUILESS_MAIN(TstSchoolLoader)
#include "tst_schoolloader.moc"
