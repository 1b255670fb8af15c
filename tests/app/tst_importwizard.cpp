// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchment/catchmentanalysis.h"
#include "core/iotestfiles.h"
#include "gui/importwizard.h"
#include "gui/recentanalyses.h"
#include "io/columnmapping.h"
#include "io/datasetloader.h"
#include "guitestutils.h"
#include "testutils.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextDocumentFragment>
#include <QTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace Mk;

namespace {
QString demoFile(const char* name)
{
    return QStringLiteral(MK_TEST_DATA_DIR "/../../resources/demo/baarn/") + QLatin1String(name);
}

QString embedded(const char* name)
{
    return QStringLiteral(":/demo/baarn/") + QLatin1String(name);
}

/** The check's verdict under the path field named `field`, as the user reads it. */
QString statusOf(const ImportWizard& wizard, const QString& field)
{
    return QTextDocumentFragment::fromHtml(wizard.findChild<QLabel*>(field + QStringLiteral("Status"))->text()).toPlainText();
}

/** Whether the check of `field` finished with a verdict containing `text` (it runs on a worker thread). */
bool waitForStatus(const ImportWizard& wizard, const QString& field, const QString& text)
{
    if (QTest::qWaitFor([&] { return statusOf(wizard, field).contains(text); }, 20000))
        return true;
    qWarning("%s says: %s", qPrintable(field), qPrintable(statusOf(wizard, field)));
    return false;
}

/** A GeoPackage like the national Wijk- en Buurtkaart: a buurt and a wijk layer (Baarn's demo files). */
QString writeTwoLayerFile(const QString& dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("wijkenbuurten.gpkg"));
    GDALDriver* gpkg = GetGDALDriverManager()->GetDriverByName("GPKG");
    std::unique_ptr<GDALDataset> out(gpkg->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    for (const char* source : {"buurten_2024.gpkg", "wijken_2022.gpkg"}) {
        std::unique_ptr<GDALDataset> in(GDALDataset::Open(demoFile(source).toUtf8().constData(), GDAL_OF_VECTOR));
        if (!in || !out || !out->CopyLayer(in->GetLayer(0), in->GetLayer(0)->GetName()))
            qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}
} // namespace

/** Walks the New analysis wizard with the real Baarn files, as a user would, and loads the result. */
class TstImportWizard : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    /** Areas and gemeente from the demo; the school file when `schools`; then on to the additional data. */
    bool walkToAdditionalPage(ImportWizard& wizard, bool schools)
    {
        wizard.show();
        if (!QTest::qWaitForWindowExposed(&wizard))
            return false;
        auto filled = [&wizard](const char* box) {
            return QTest::qWaitFor([&] { return wizard.findChild<QComboBox*>(QLatin1String(box))->count() == 1; }, 20000);
        };
        wizard.findChild<QLineEdit*>(QStringLiteral("areaFile"))->setText(demoFile("buurten_2024.gpkg"));
        if (!filled("areaLayer"))
            return false;
        wizard.next();
        if (!filled("gemeente"))
            return false;
        wizard.next();
        if (schools) {
            wizard.findChild<QLineEdit*>(QStringLiteral("schoolFile"))->setText(demoFile("scholen_po_2024.gpkg"));
            if (!filled("schoolLayer"))
                return false;
        }
        wizard.next();
        wizard.next();
        return wizard.currentId() == ImportWizard::AdditionalPage;
    }

private slots:
    void initTestCase()
    {
        initGuiTest(QStringLiteral("tst_importwizard"), QStringLiteral("en"));
        GDALAllRegister();
    }

    void guidedImport()
    {
        ImportWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(ImportWizard::AreaPage));

        wizard.findChild<QLineEdit*>(QStringLiteral("areaFile"))->setText(demoFile("buurten_2024.gpkg"));
        auto* layer = wizard.findChild<QComboBox*>(QStringLiteral("areaLayer"));
        QTRY_VERIFY_WITH_TIMEOUT(layer->count() == 1, 20000);
        auto* fields = wizard.findChild<QTableWidget*>(QStringLiteral("areaFields"));
        QVERIFY(fields->rowCount() > 200); // 223 attribute columns
        // The income column is all CBS "-99995": 21 cells treated as missing, none with a value.
        bool foundIncome = false;
        for (int r = 0; r < fields->rowCount(); ++r) {
            if (fields->item(r, 0)->text() == QLatin1String("gemiddeld_inkomen_per_inwoner")) {
                foundIncome = true;
                QCOMPARE(fields->item(r, 2)->text(), QStringLiteral("0"));
                QCOMPARE(fields->item(r, 3)->text(), QStringLiteral("21"));
            }
        }
        QVERIFY(foundIncome);

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::GemeentePage));
        auto* gemeente = wizard.findChild<QComboBox*>(QStringLiteral("gemeente"));
        QTRY_VERIFY_WITH_TIMEOUT(gemeente->count() == 1, 20000);
        QCOMPARE(gemeente->currentData().toString(), QStringLiteral("GM0308"));
        QVERIFY(gemeente->currentText().contains(QLatin1String("Baarn")));

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::SchoolPage));
        wizard.findChild<QLineEdit*>(QStringLiteral("schoolFile"))->setText(demoFile("scholen_po_2024.gpkg"));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.findChild<QComboBox*>(QStringLiteral("schoolLayer"))->count() == 1, 20000);
        // DUO's pupils per vestiging: a path that does not exist keeps the wizard on this page.
        auto* pupilsFile = wizard.findChild<QLineEdit*>(QStringLiteral("pupilsFile"));
        const QString absent = QDir(m_dir.path()).filePath(QStringLiteral("absent.csv"));
        pupilsFile->setText(absent);
        QVERIFY(waitForStatus(wizard, QStringLiteral("pupilsFile"), QStringLiteral("does not exist")));
        QVERIFY(statusOf(wizard, QStringLiteral("pupilsFile")).contains(absent));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::SchoolPage));
        pupilsFile->setText(writeTestFile(m_dir.path(), QStringLiteral("leerlingen.csv"),
                                          "INSTELLINGSCODE;VESTIGINGSCODE;LEEFTIJD_4;LEEFTIJD_5\n32FE;00;12;<5\n"));
        QVERIFY(waitForStatus(wizard, QStringLiteral("pupilsFile"), QStringLiteral("Pupil counts of 1 vestiging.")));

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
        QCOMPARE(wizard.findChild<QComboBox*>(QStringLiteral("population"))->currentText(), QStringLiteral("aantal_inwoners"));
        auto* preview = wizard.findChild<QTableWidget*>(QStringLiteral("valuePreview"));
        QCOMPARE(preview->rowCount(), 12);        // the first buurten of Baarn
        QCOMPARE(preview->columnCount(), 1 + 5);  // area, inhabitants, 0-15 share, three groups

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::AdditionalPage));
        auto set = [&wizard](const char* field, const QString& path) {
            wizard.findChild<QLineEdit*>(QLatin1String(field))->setText(path);
        };
        set("pupilsByPostcodeFile", embedded("duo_leerlingen_po_postcode_leerling_2024.csv"));
        set("postcodeCentroidsFile", embedded("pc4_centroids_wgs84.csv"));
        set("schoolwegingFile", embedded("inspectie_schoolweging_per_jaar_2021-2024.csv"));
        set("postcodeStatsFile", embedded("cbs_pc4_kerncijfers_2024_v1.csv"));
        set("vveFile", writeTestFile(m_dir.path(), QStringLiteral("vve.csv"),
                                     "naam;postcode;vve;x;y\nDe Peuterhoek;3741AB;ja;147000;469500\nKDV Zon;3743EE;nee;;\n"));
        set("compositionFile", writeTestFile(m_dir.path(), QStringLiteral("samenstelling.csv"),
                                             "vestigingscode;laag;midden;hoog\n04QC00;20;80;150\n06GW00;40;90;60\n"));
        // A GeoPackage with a buurt and a wijk layer: the wijk layer is chosen, and another can be.
        set("wijkenFile", writeTwoLayerFile(m_dir.path()));
        auto* wijkLayer = wizard.findChild<QComboBox*>(QStringLiteral("wijkenFileLayer"));
        QVERIFY(waitForStatus(wizard, QStringLiteral("wijkenFile"), QStringLiteral("5 areas of Baarn in layer \"wijken\".")));
        QCOMPARE(wijkLayer->count(), 2);
        QVERIFY(wijkLayer->isVisible());
        wijkLayer->setCurrentText(QStringLiteral("buurten"));
        QVERIFY(waitForStatus(wizard, QStringLiteral("wijkenFile"), QStringLiteral("These are buurten")));
        wijkLayer->setCurrentText(QStringLiteral("wijken"));
        QVERIFY(waitForStatus(wizard, QStringLiteral("wijkenFile"), QStringLiteral("in layer \"wijken\"")));

        // Each file was read by its loader, and says what it holds.
        QVERIFY(waitForStatus(wizard, QStringLiteral("pupilsByPostcodeFile"), QStringLiteral("Pupils of 9 schools, from 25 home postcodes.")));
        QVERIFY(waitForStatus(wizard, QStringLiteral("postcodeCentroidsFile"), QStringLiteral("The positions of 25 postcodes.")));
        QVERIFY(waitForStatus(wizard, QStringLiteral("schoolwegingFile"), QStringLiteral("over 3 school years, 2021-2022 to 2023-2024")));
        QVERIFY(waitForStatus(wizard, QStringLiteral("postcodeStatsFile"), QStringLiteral("columns of figures for")));
        QVERIFY(waitForStatus(wizard, QStringLiteral("vveFile"), QStringLiteral("2 locations, 1 of them with VVE.")));
        QVERIFY(statusOf(wizard, QStringLiteral("vveFile")).contains(QLatin1String("1 location has no coordinates")));
        QVERIFY(waitForStatus(wizard, QStringLiteral("compositionFile"), QStringLiteral("Pupils of 2 schools in the groups laag, midden, hoog.")));

        QTRY_VERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        wizard.button(QWizard::FinishButton)->click();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        const LoadRequest request = wizard.request();
        QCOMPARE(request.gemeente, QStringLiteral("GM0308"));
        QVERIFY(QFile::exists(request.mappingFile));
        QCOMPARE(request.schoolsLayer, QStringLiteral("scholen_po"));
        QCOMPARE(request.pupilsFile, pupilsFile->text());
        QCOMPARE(request.pupilsByPostcodeFile, embedded("duo_leerlingen_po_postcode_leerling_2024.csv"));
        QCOMPARE(request.postcodeCentroidsFile, embedded("pc4_centroids_wgs84.csv"));
        QCOMPARE(request.schoolwegingFile, embedded("inspectie_schoolweging_per_jaar_2021-2024.csv"));
        QCOMPARE(request.postcodeStatsFile, embedded("cbs_pc4_kerncijfers_2024_v1.csv"));
        QVERIFY(request.vveFile.endsWith(QLatin1String("vve.csv")));
        QVERIFY(request.compositionFile.endsWith(QLatin1String("samenstelling.csv")));
        QVERIFY(request.wijkenFile.endsWith(QLatin1String("wijkenbuurten.gpkg")));
        QCOMPARE(request.wijkenLayer, QStringLiteral("wijken"));

        // Recent analyses keep every file of the request.
        RecentAnalyses::add(QStringLiteral("Baarn"), request);
        const LoadRequest recent = RecentAnalyses::entries().value(0).request;
        QCOMPARE(recent.pupilsFile, request.pupilsFile);
        QCOMPARE(recent.pupilsByPostcodeFile, request.pupilsByPostcodeFile);
        QCOMPARE(recent.wijkenLayer, request.wijkenLayer);

        Feedback feedback;
        const auto loaded = DatasetLoader::load(request, feedback);
        QVERIFY2(loaded.hasValue(), qPrintable(loaded.hasValue() ? QString() : loaded.error().toString()));
        QCOMPARE(loaded->areas.units.size(), 21);
        QCOMPARE(loaded->schools.size(), 9);
        QCOMPARE(loaded->areaComposition.size(), 1);
        QCOMPARE(loaded->areaComposition.front().groups.size(), 3);
        const School& marimba = loaded->schools[loaded->schoolIndex(QStringLiteral("32FE00"))];
        QCOMPARE(marimba.pupilsSource, PupilSource::PupilCountFile);
        QCOMPARE(*marimba.pupils, 14.5);
        QCOMPARE(loaded->wijken.units.size(), 5);
        QCOMPARE(loaded->wijken.level, AreaLevel::Wijk);
        QVERIFY(!loaded->pupilFlows.isEmpty());
        QVERIFY(!loaded->postcodes.units.isEmpty());
        QVERIFY(!loaded->schoolwegingHistory.isEmpty());
        QCOMPARE(loaded->vveLocations.size(), 2);
        QCOMPARE(loaded->schoolComposition.size(), 1);

        // Pupils by home postcode make the observed catchments and the flow estimate possible.
        CatchmentOptions options;
        options.method = CatchmentMethod::Observed;
        const auto observed = CatchmentAnalysis::run(*loaded, options, feedback);
        QVERIFY2(observed.hasValue(), qPrintable(observed.hasValue() ? QString() : observed.error().toString()));
        QCOMPARE(observed->catchments.size(), 9);
        QCOMPARE(observed->schoolCompositionSource, SchoolCompositionSource::PupilFlows);
        for (const Catchment& c : observed->catchments)
            QVERIFY(c.suppliedShare >= options.share);
    }

    void wrongFileIsRefused()
    {
        ImportWizard wizard;
        QVERIFY(walkToAdditionalPage(wizard, false));
        auto* finish = wizard.button(QWizard::FinishButton);
        QVERIFY(finish->isEnabled()); // every file is optional

        // DUO's school list is no table of pupils by home postcode, although it has school codes, pupils and a postcode.
        auto* field = wizard.findChild<QLineEdit*>(QStringLiteral("pupilsByPostcodeFile"));
        field->setText(embedded("scholen_po_2024.csv"));
        QVERIFY(waitForStatus(wizard, QStringLiteral("pupilsByPostcodeFile"), QStringLiteral("Expected here:")));
        const QString message = statusOf(wizard, QStringLiteral("pupilsByPostcodeFile"));
        QVERIFY2(message.contains(QLatin1String("scholen_po_2024.csv")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("POSTCODE_LEERLING")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("leerlingen po per vestiging naar postcode leerling")), qPrintable(message));
        QVERIFY(!finish->isEnabled());
        wizard.accept();
        QVERIFY(wizard.isVisible());
        QCOMPARE(wizard.result(), 0);

        // A schoolweging file is not a PC4 centroid table either.
        auto* centroids = wizard.findChild<QLineEdit*>(QStringLiteral("postcodeCentroidsFile"));
        centroids->setText(embedded("inspectie_schoolweging_per_jaar_2021-2024.csv"));
        QVERIFY(waitForStatus(wizard, QStringLiteral("postcodeCentroidsFile"), QStringLiteral("LAT and LON")));

        // With the wrong files gone, the analysis can start; an empty field adds nothing to the request.
        field->clear();
        centroids->clear();
        QTRY_VERIFY(finish->isEnabled());
        finish->click();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QVERIFY(wizard.request().pupilsByPostcodeFile.isEmpty());
        QVERIFY(wizard.request().postcodeCentroidsFile.isEmpty());
    }

    // Issue 11, item 4: a typed gemeente is resolved or refused with the nearest names; shares that do not add up
    // are shown and must be confirmed; a group can be the remainder; the area file can be given a publisher and licence.
    void gemeenteByNameRemainderAndSharesThatDoNotAddUp()
    {
        ImportWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.findChild<QLineEdit*>(QStringLiteral("areaFile"))->setText(demoFile("buurten_2024.gpkg"));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.findChild<QComboBox*>(QStringLiteral("areaLayer"))->count() == 1, 20000);
        wizard.next();
        auto* gemeente = wizard.findChild<QComboBox*>(QStringLiteral("gemeente"));
        QTRY_VERIFY_WITH_TIMEOUT(gemeente->count() == 1, 20000);
        auto* gemeenteStatus = wizard.findChild<QLabel*>(QStringLiteral("gemeenteStatus"));
        gemeente->setEditText(QStringLiteral("Barn"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::GemeentePage));
        QVERIFY2(gemeenteStatus->text().contains(QLatin1String("\"Barn\" is not the name of a gemeente in buurten_2024.gpkg. Nearest: Baarn (GM0308)")),
                 qPrintable(gemeenteStatus->text()));
        gemeente->setEditText(QStringLiteral("baarn"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::SchoolPage));
        QCOMPARE(wizard.analysisName(), QStringLiteral("Baarn"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));

        // Only Dutch origin and Europe: the shares leave out a fifth of Baarn, so the wizard says so and asks.
        auto* third = wizard.findChild<QComboBox*>(QStringLiteral("groupColumn3"));
        QCOMPARE(third->currentText(), QStringLiteral("percentage_met_herkomstland_buiten_europa"));
        third->setCurrentIndex(0);
        auto* status = wizard.findChild<QLabel*>(QStringLiteral("mappingStatus"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
        for (const char* part : {"buurten_2024.gpkg", "do not add up to 100", "Nothing is rescaled", "press Next again"})
            QVERIFY2(status->text().contains(QLatin1String(part)), qPrintable(status->text()));
        wizard.next(); // the user goes on with the shares as they are
        QCOMPARE(wizard.currentId(), int(ImportWizard::AdditionalPage));
        wizard.back();

        // "outside Europe" as the remainder: 100 minus the others, no warning; publisher and licence are kept.
        QCOMPARE(third->itemData(1, Qt::UserRole + 1).toBool(), true);
        third->setCurrentIndex(1);
        wizard.findChild<QLineEdit*>(QStringLiteral("publisher"))->setText(QStringLiteral("CBS"));
        wizard.findChild<QLineEdit*>(QStringLiteral("licence"))->setText(QStringLiteral("CC BY 4.0"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::AdditionalPage));
        auto mapping = ColumnMapping::load(wizard.request().mappingFile);
        QVERIFY2(mapping, qPrintable(mapping ? QString() : mapping.error().message));
        QCOMPARE(mapping->attribution(), QStringLiteral("CBS, CC BY 4.0"));
        const auto& groups = mapping->characteristics.first().groups;
        QCOMPARE(groups.size(), 3);
        QVERIFY(groups[2].remainder);
        QCOMPARE(groups[2].name, QStringLiteral("outside Europe"));
    }

    void pupilsOfAnotherGemeenteAreNoted()
    {
        ImportWizard wizard;
        QVERIFY(walkToAdditionalPage(wizard, true));
        const QByteArray nijmegen = "GEMEENTENUMMER;POSTCODE_LEERLING;INSTELLINGSCODE;VESTIGINGSCODE;LEEFTIJD_4\n0268;6511;00KU;00;12\n";
        wizard.findChild<QLineEdit*>(QStringLiteral("pupilsByPostcodeFile"))
            ->setText(writeTestFile(m_dir.path(), QStringLiteral("nijmegen.csv"), nijmegen));
        QVERIFY(waitForStatus(wizard, QStringLiteral("pupilsByPostcodeFile"), QStringLiteral("Is it the file of another gemeente?")));
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled()); // a note, not a refusal
    }
};

QTEST_MAIN(TstImportWizard)
#include "tst_importwizard.moc"
