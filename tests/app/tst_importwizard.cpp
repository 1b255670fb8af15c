// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/iotestfiles.h"
#include "gui/importwizard.h"
#include "io/datasetloader.h"
#include "guitestutils.h"
#include "testutils.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Mk;

namespace {
QString demoFile(const char* name)
{
    return QStringLiteral(MK_TEST_DATA_DIR "/../../resources/demo/baarn/") + QLatin1String(name);
}
} // namespace

/** Walks the New analysis wizard with the real Baarn files, as a user would, and loads the result. */
class TstImportWizard : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { initGuiTest(QStringLiteral("tst_importwizard"), QStringLiteral("en")); }

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
        pupilsFile->setText(QDir(m_dir.path()).filePath(QStringLiteral("absent.csv")));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::SchoolPage));
        pupilsFile->setText(writeTestFile(m_dir.path(), QStringLiteral("leerlingen.csv"),
                                          "INSTELLINGSCODE;VESTIGINGSCODE;LEEFTIJD_4;LEEFTIJD_5\n32FE;00;12;<5\n"));

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
        QCOMPARE(wizard.findChild<QComboBox*>(QStringLiteral("population"))->currentText(), QStringLiteral("aantal_inwoners"));
        auto* preview = wizard.findChild<QTableWidget*>(QStringLiteral("valuePreview"));
        QCOMPARE(preview->rowCount(), 12);        // the first buurten of Baarn
        QCOMPARE(preview->columnCount(), 1 + 5);  // area, inhabitants, 0-15 share, three groups

        wizard.button(QWizard::FinishButton)->click();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        const LoadRequest request = wizard.request();
        QCOMPARE(request.gemeente, QStringLiteral("GM0308"));
        QVERIFY(QFile::exists(request.mappingFile));
        QCOMPARE(request.schoolsLayer, QStringLiteral("scholen_po"));
        QCOMPARE(request.pupilsFile, pupilsFile->text());

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
    }
};

QTEST_MAIN(TstImportWizard)
#include "tst_importwizard.moc"
