// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/datasetloader.h"
#include "io/pupilcountloader.h"
#include "iotestfiles.h"
#include "testutils.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Mk;

namespace {

// DUO "01. Leerlingen po per vestiging (soort po, cluster, leeftijd)", 2024 layout (ages shortened).
const QByteArray kHeader = "\"PEILDATUM\";\"INSTELLINGSCODE\";\"VESTIGINGSCODE\";\"INSTELLINGSNAAM_VESTIGING\";\"GEMEENTENUMMER\";"
                           "\"GEMEENTENAAM\";\"SOORT_PO\";\"CLUSTER\";\"LEEFTIJD_JONGER\";\"LEEFTIJD_4\";\"LEEFTIJD_5\";\"LEEFTIJD_OUDER\"\n";

QByteArray row(const char* brin, const char* vestiging, const char* gemeente, const char* soort, const char* cluster, const char* counts)
{
    return QByteArray("\"20241001\";\"") + brin + "\";\"" + vestiging + "\";\"School\";\"" + gemeente + "\";\"X\";\"" + soort + "\";\""
           + cluster + "\";" + counts + "\n";
}

School school(const char* id, std::optional<double> pupils = std::nullopt)
{
    School s;
    s.id = QString::fromLatin1(id);
    s.brin = s.id.left(4);
    s.name = QStringLiteral("School ") + s.id;
    s.pupils = pupils;
    if (pupils)
        s.pupilsSource = PupilSource::SchoolFile;
    return s;
}

} // namespace

/** DUO pupils per vestiging: both key layouts, "<5", rows of one vestiging summed, bad rows, unknown schools. */
class TstPupilCountLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString write(const QString& name, const QByteArray& bytes) { return writeTestFile(m_dir.path(), name, bytes); }

private slots:
    void instellingscodeAndTwoDigitVestigingscode()
    {
        const QByteArray bytes = kHeader + row("04QC", "00", "0308", "Bo", "", "\"0\";\"25\";\"<5\";\"0\"")
                                 + row("00TO", "1", "0268", "So", "1", "\"<5\";\"3\";\"\";\"0\"")
                                 + row("00TO", "1", "0268", "Vso", "1", "\"0\";\"0\";\"0\";\"40\"");
        Diagnostics diagnostics;
        auto counts = PupilCountLoader::load(write(QStringLiteral("01-leerlingen.csv"), bytes), diagnostics);
        QVERIFY2(counts.hasValue(), counts ? "" : qPrintable(counts.error().toString()));
        QCOMPARE(counts->size(), 2);
        const PupilCount& a = counts->at(0);
        QCOMPARE(a.schoolId, QStringLiteral("04QC00"));
        QCOMPARE(a.gemeenteCode, QStringLiteral("GM0308"));
        QCOMPARE(a.knownPupils, 25.0);
        QCOMPARE(a.suppressedCells, 1); // "<5" is kept apart, never read as a number
        QCOMPARE(a.estimatedPupils(), 27.5);
        // The So and Vso rows of one vestiging add up; a one-digit vestigingscode is padded.
        const PupilCount& b = counts->at(1);
        QCOMPARE(b.schoolId, QStringLiteral("00TO01"));
        QCOMPARE(b.knownPupils, 43.0);
        QCOMPARE(b.suppressedCells, 1);
        QCOMPARE(b.location, QStringLiteral("line 3"));
    }

    void sixCharacterVestigingscodeAndTotalColumn()
    {
        // An older layout: the 6-character code, comma-separated, and a TOTAAL column that wins over the ages.
        const QByteArray bytes = "VESTIGINGSCODE,NAAM,LEEFTIJD_4,LEEFTIJD_5,TOTAAL\n12ab00,Een,10,<5,212\n12AB01,Twee,1,1,<5\n";
        Diagnostics diagnostics;
        auto counts = PupilCountLoader::load(write(QStringLiteral("totaal.csv"), bytes), diagnostics);
        QVERIFY2(counts.hasValue(), counts ? "" : qPrintable(counts.error().toString()));
        QCOMPARE(counts->size(), 2);
        QCOMPARE(counts->at(0).schoolId, QStringLiteral("12AB00"));
        QCOMPARE(counts->at(0).knownPupils, 212.0);
        QCOMPARE(counts->at(0).suppressedCells, 0);
        QCOMPARE(counts->at(1).knownPupils, 0.0);
        QCOMPARE(counts->at(1).suppressedCells, 1);
    }

    void windows1252File()
    {
        QByteArray bytes = kHeader + row("04QC", "00", "0308", "Bo", "", "\"0\";\"25\";\"<5\";\"0\"");
        bytes.replace("\"School\"", "\"Caf\xe9school\""); // é in Windows-1252: not UTF-8
        Diagnostics diagnostics;
        auto counts = PupilCountLoader::load(write(QStringLiteral("cp1252.csv"), bytes), diagnostics);
        QVERIFY2(counts.hasValue(), counts ? "" : qPrintable(counts.error().toString()));
        QCOMPARE(counts->at(0).knownPupils, 25.0);
        QVERIFY(mentions(diagnostics, QStringLiteral("Windows-1252")));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QStringList>("mentioned");
        const QByteArray good = row("04QC", "00", "0308", "Bo", "", "\"0\";\"25\";\"1\";\"0\"");
        QTest::newRow("text in a count") << kHeader + good + row("06GW", "00", "0308", "Bo", "", "\"0\";\"twaalf\";\"1\";\"0\"")
                                         << ErrorCode::InvalidValue
                                         << QStringList{QStringLiteral("bad.csv"), QStringLiteral("line 3"), QStringLiteral("LEEFTIJD_4"),
                                                        QStringLiteral("twaalf"), QStringLiteral("<5")};
        QTest::newRow("negative count") << kHeader + row("06GW", "00", "0308", "Bo", "", "\"0\";\"-3\";\"1\";\"0\"")
                                        << ErrorCode::InvalidValue
                                        << QStringList{QStringLiteral("line 2"), QStringLiteral("LEEFTIJD_4"), QStringLiteral("negative")};
        QTest::newRow("empty school code") << kHeader + row("", "", "0308", "Bo", "", "\"0\";\"1\";\"1\";\"0\"") << ErrorCode::InvalidValue
                                           << QStringList{QStringLiteral("line 2"), QStringLiteral("INSTELLINGSCODE"), QStringLiteral("remove the row")};
        QTest::newRow("duplicate row") << kHeader + good + good << ErrorCode::DuplicateId
                                       << QStringList{QStringLiteral("line 3"), QStringLiteral("04QC00"), QStringLiteral("line 2")};
        QTest::newRow("no count columns") << QByteArray("INSTELLINGSCODE;VESTIGINGSCODE;NAAM\n04QC;00;A\n") << ErrorCode::FieldMissing
                                          << QStringList{QStringLiteral("LEEFTIJD_* / TOTAAL"), QStringLiteral("NAAM")};
        QTest::newRow("no school code") << QByteArray("NAAM;TOTAAL\nA;12\n") << ErrorCode::FieldMissing
                                        << QStringList{QStringLiteral("INSTELLINGSCODE + VESTIGINGSCODE")};
        QTest::newRow("only a header") << kHeader << ErrorCode::EmptyInput << QStringList{QStringLiteral("only a header")};
        QTest::newRow("empty file") << QByteArray() << ErrorCode::EmptyInput << QStringList{QStringLiteral("bad.csv")};
        QTest::newRow("cut off") << kHeader + QByteArray("\"20241001\";\"04QC\";\"00\";\"School\"") << ErrorCode::ReadFailed
                                 << QStringList{QStringLiteral("line 2"), QStringLiteral("cut off")};
    }

    void badInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(ErrorCode, code);
        QFETCH(QStringList, mentioned);
        Diagnostics diagnostics;
        auto counts = PupilCountLoader::load(write(QStringLiteral("bad.csv"), bytes), diagnostics);
        QVERIFY(!counts.hasValue());
        QCOMPARE(counts.error().code, code);
        for (const QString& text : mentioned)
            QVERIFY2(counts.error().message.contains(text), qPrintable(counts.error().message + QStringLiteral(" lacks ") + text));
    }

    void missingFile()
    {
        Diagnostics diagnostics;
        auto counts = PupilCountLoader::load(QDir(m_dir.path()).filePath(QStringLiteral("absent.csv")), diagnostics);
        QCOMPARE(counts.error().code, ErrorCode::FileNotFound);
        QVERIFY(counts.error().message.contains(QLatin1String("absent.csv")));
    }

    void applyReplacesFillsAndReports()
    {
        QList<PupilCount> counts(4);
        counts[0] = {QStringLiteral("04QC00"), QStringLiteral("GM0308"), QStringLiteral("line 2"), 200.0, 2, true};
        counts[1] = {QStringLiteral("99ZZ00"), QStringLiteral("GM0308"), QStringLiteral("line 3"), 50.0, 0, true}; // not loaded
        counts[2] = {QStringLiteral("00TO00"), QStringLiteral("GM0268"), QStringLiteral("line 4"), 80.0, 0, true}; // another gemeente
        counts[3] = {QStringLiteral("06GW00"), QStringLiteral("GM0308"), QStringLiteral("line 5"), 0.0, 0, false}; // only empty cells
        QList<School> schools = {school("04QC00", 180.0), school("06GW00", 90.0), school("07WX00")};
        Diagnostics diagnostics;
        QCOMPARE(PupilCountLoader::apply(counts, PupilSource::PupilCountFile, schools, QStringLiteral("GM0308"),
                                         QStringLiteral("leerlingen.csv"), diagnostics),
                 1);
        // The pupils file replaces the school file's count; "<5" cells count 2.5 and are remembered.
        QCOMPARE(*schools[0].pupils, 205.0);
        QCOMPARE(schools[0].pupilsSource, PupilSource::PupilCountFile);
        QCOMPARE(schools[0].pupilsSuppressedCells, 2);
        QVERIFY(schools[0].pupilsExplanation().contains(QLatin1String("202")));
        QVERIFY(schools[0].pupilsExplanation().contains(QLatin1String("208")));
        QCOMPARE(*schools[1].pupils, 90.0); // empty cells say nothing: the school file's count stays
        QCOMPARE(schools[1].pupilsSource, PupilSource::SchoolFile);
        QVERIFY(!schools[2].pupils.has_value());
        // The unknown school of this gemeente is reported with its line; the other gemeente's school is not.
        QVERIFY(mentions(diagnostics, QStringLiteral("99ZZ00 (line 3)")));
        QVERIFY(!mentions(diagnostics, QStringLiteral("00TO00")));
        // So are the loaded schools the file has no pupils for.
        QVERIFY(mentions(diagnostics, QStringLiteral("06GW00")));
        QVERIFY(mentions(diagnostics, QStringLiteral("07WX00")));

        // Flow totals only fill schools without a count.
        Diagnostics flowNotes;
        QList<PupilFlow> flows(3);
        flows[0] = {QStringLiteral("07WX00"), QStringLiteral("3741"), QStringLiteral("Baarn"), 30.0, 2};
        flows[1] = {QStringLiteral("07WX00"), QStringLiteral("40"), QStringLiteral("Onbekend"), 0.0, 1};
        flows[2] = {QStringLiteral("04QC00"), QStringLiteral("3741"), QStringLiteral("Baarn"), 100.0, 0};
        QCOMPARE(PupilCountLoader::apply(PupilCountLoader::fromFlows(flows), PupilSource::PupilFlows, schools, QStringLiteral("GM0308"),
                                         QStringLiteral("flows.csv"), flowNotes),
                 1);
        QCOMPARE(*schools[2].pupils, 37.5);
        QCOMPARE(schools[2].pupilsSource, PupilSource::PupilFlows);
        QCOMPARE(schools[2].pupilsSuppressedCells, 3);
        QVERIFY(schools[2].pupilsText().endsWith(QLatin1String("(estimate)")));
        QCOMPARE(*schools[0].pupils, 205.0);
        QVERIFY(mentions(flowNotes, QStringLiteral("07WX00")));
    }

    void demoWithPupilsFile()
    {
        // The demo's 9 schools, one of them twice (So + Sbo rows), and a vestiging the school file lacks.
        const QByteArray bytes = kHeader + row("04QC", "00", "0308", "Bo", "", "\"0\";\"30\";\"<5\";\"0\"")
                                 + row("06GW", "00", "0308", "Bo", "", "\"0\";\"40\";\"0\";\"0\"")
                                 + row("07WX", "00", "0308", "Bo", "", "\"0\";\"50\";\"0\";\"0\"")
                                 + row("08EM", "00", "0308", "Bo", "", "\"0\";\"60\";\"0\";\"0\"")
                                 + row("08KO", "00", "0308", "Bo", "", "\"0\";\"70\";\"0\";\"0\"")
                                 + row("09BJ", "00", "0308", "Bo", "", "\"0\";\"80\";\"0\";\"0\"")
                                 + row("17WX", "00", "0308", "Bo", "", "\"0\";\"90\";\"0\";\"0\"")
                                 + row("17XV", "00", "0308", "Bo", "", "\"0\";\"100\";\"0\";\"0\"")
                                 + row("17XV", "00", "0308", "Sbo", "", "\"0\";\"5\";\"0\";\"0\"")
                                 + row("32FE", "00", "0308", "Bo", "", "\"0\";\"12\";\"<5\";\"<5\"")
                                 + row("99XX", "00", "0308", "Bo", "", "\"0\";\"20\";\"0\";\"0\"");
        LoadRequest request = DatasetLoader::demoRequest();
        request.pupilsFile = write(QStringLiteral("leerlingen_baarn.csv"), bytes);
        Feedback feedback;
        auto ds = DatasetLoader::load(request, feedback);
        QVERIFY2(ds.hasValue(), ds ? "" : qPrintable(ds.error().toString()));
        for (const School& s : ds->schools)
            QCOMPARE(s.pupilsSource, PupilSource::PupilCountFile);
        // Marimba's empty "leerlingen" cell is filled from the pupils file, not estimated from the flows.
        const School& marimba = ds->schools[ds->schoolIndex(QStringLiteral("32FE00"))];
        QCOMPARE(*marimba.pupils, 17.0);
        QCOMPARE(marimba.pupilsSuppressedCells, 2);
        QCOMPARE(*ds->schools[ds->schoolIndex(QStringLiteral("17XV00"))].pupils, 105.0);
        QVERIFY(mentions(ds->diagnostics, QStringLiteral("99XX00")));
        QVERIFY(ds->sources.join(QLatin1Char('\n')).contains(QLatin1String("leerlingen_baarn.csv")));
    }
};

QTEST_GUILESS_MAIN(TstPupilCountLoader)
#include "tst_pupilcountloader.moc"
