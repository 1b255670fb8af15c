// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/geometry.h"
#include "io/columnmapping.h"
#include "io/compositionloader.h"
#include "io/datasetloader.h"
#include "io/numberparser.h"
#include "io/postcodeloader.h"
#include "io/pupilflowloader.h"
#include "io/schoolwegingloader.h"
#include "io/shortlist.h"
#include "io/vveloader.h"
#include "model/localizedtext.h"
#include "render/valuesource.h"
#include "iotestfiles.h"
#include "testutils.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cmath>
#include <QTest>

using namespace Mk;

namespace {

const QByteArray kFlowHeader = "\"PEILDATUM\";\"GEMEENTENUMMER\";\"POSTCODE_LEERLING\";\"GEMEENTENAAM_LEERLING\";\"INSTELLINGSCODE\";"
                               "\"VESTIGINGSCODE\";\"SOORT_PO\";\"LEEFTIJD_4\";\"LEEFTIJD_5\"\n";

} // namespace

/** Pupil flows, PC4 statistics, schoolweging, VVE, composition tables and the column mapping. */
class TstTableLoaders : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString write(const QString& name, const QByteArray& bytes) { return writeTestFile(m_dir.path(), name, bytes); }

private slots:
    void sentinels()
    {
        QVERIFY(NumberParser::fromNumber(-99999999).isMissing());
        QVERIFY(NumberParser::fromNumber(-99999997).isSuppressed());
        QVERIFY(NumberParser::fromNumber(-99995).isMissing());
        QVERIFY(NumberParser::fromNumber(-99997).isSuppressed());
        QCOMPARE(NumberParser::fromNumber(-5).valueOr(), -5.0);
        QVERIFY(NumberParser::fromText(QStringLiteral("<5"))->isSuppressed());
        QVERIFY(NumberParser::fromText(QStringLiteral(" "))->isMissing());
        QCOMPARE(NumberParser::fromText(QStringLiteral("52,2181838"))->valueOr(), 52.2181838);
        QCOMPARE(NumberParser::fromText(QStringLiteral("21.63"))->valueOr(), 21.63);
        QVERIFY(!NumberParser::fromText(QStringLiteral("veel")).has_value());
        // Every start a number can have still parses (texts with another first character are refused unparsed).
        QCOMPARE(NumberParser::fromText(QStringLiteral(",5"))->valueOr(), 0.5);
        QCOMPARE(NumberParser::fromText(QStringLiteral(".25"))->valueOr(), 0.25);
        QCOMPARE(NumberParser::fromText(QStringLiteral("+3"))->valueOr(), 3.0);
        QCOMPARE(NumberParser::fromText(QStringLiteral("-1,5"))->valueOr(), -1.5);
        QCOMPARE(NumberParser::fromText(QStringLiteral(" 7 "))->valueOr(), 7.0);
        for (const char* text : {"inf", "nan", "e5", "WK000300", "x1", "JA"})
            QVERIFY2(!NumberParser::fromText(QString::fromLatin1(text)).has_value(), text);
    }

    // The in-place parser of UTF-8 cells answers as fromText does, for every text: the national tables' decimals and
    // random strings over the characters numbers, sentinels and broken exports are made of (a fixed seed).
    void utf8ParserAgreesWithTextParser()
    {
        QList<QByteArray> texts = {"", " ", "<5", " <5 ", "12", "-3.75", "0.1", "-0", "007", "1.", ".5", "-", ".", "1..2", "1,5",
                                   "52,2181838", "1e5", "+4", "nan", "inf", "-99999999", "-99997", "99999999999999999999999",
                                   "0.30000000000000004", "\t7", "12 ", "1 2", "\xc3\xa9", "123456789.123456789"};
        quint32 state = 20261203;
        const char alphabet[] = "0123456789.-, <5e+\tx";
        for (int i = 0; i < 20000; ++i) {
            QByteArray t;
            state = state * 1664525u + 1013904223u;
            const int length = static_cast<int>(state >> 28) % 9;
            for (int k = 0; k < length; ++k) {
                state = state * 1664525u + 1013904223u;
                t.append(alphabet[(state >> 24) % (sizeof alphabet - 1)]);
            }
            texts.append(t);
        }
        for (const QByteArray& t : texts) {
            const auto fast = NumberParser::fromUtf8(t.constData());
            const auto slow = NumberParser::fromText(QString::fromUtf8(t));
            QVERIFY2(fast.has_value() == slow.has_value(), t.constData());
            if (!fast)
                continue;
            QVERIFY2(fast->isMissing() == slow->isMissing() && fast->isSuppressed() == slow->isSuppressed(), t.constData());
            if (slow->hasValue())
                QVERIFY2(fast->number == slow->number && std::signbit(fast->number) == std::signbit(slow->number), t.constData());
        }
    }

    void longListsAreShortened()
    {
        QStringList ids;
        for (int i = 0; i < 25; ++i)
            ids.append(QString::number(i));
        QCOMPARE(shortList(ids.mid(0, 3)), QStringLiteral("0, 1, 2"));
        const QString text = shortList(ids, QStringLiteral(", "), 2);
        QVERIFY(text.startsWith(QLatin1String("0, 1, ")));
        QVERIFY(text.contains(QLatin1String("23")));
        QVERIFY(!text.contains(QLatin1String("24")));
    }

    void pupilFlowsWithSuppressionAndForeignCodes()
    {
        const QByteArray bytes = kFlowHeader
                                 + "\"20241001\";\"0308\";\"3741\";\"Baarn\";\"04QC\";\"00\";\"Bo\";\"12\";\"<5\"\n"
                                   "\"20241001\";\"0308\";\"10\";\"Belgie\";\"04QC\";\"00\";\"Bo\";\"<5\";\"0\"\n"
                                   "\"20241001\";\"0308\";\"40\";\"Onbekend\";\"04QC\";\"00\";\"Bo\";\"1\";\"\"\n"
                                   "\"20241001\";\"0268\";\"6515\";\"Nijmegen\";\"00TO\";\"00\";\"So\";\"<5\";\"3\"\n"
                                   "\"20241001\";\"0268\";\"6515\";\"Nijmegen\";\"00TO\";\"00\";\"Vso\";\"2\";\"<5\"\n";
        Diagnostics diagnostics;
        auto all = PupilFlowLoader::load(write(QStringLiteral("flows.csv"), bytes), {}, diagnostics);
        QVERIFY2(all.hasValue(), all ? "" : qPrintable(all.error().toString()));
        QCOMPARE(all->size(), 4); // So and Vso rows of one vestiging and postcode are one flow
        const PupilFlow& home = all->at(0);
        QCOMPARE(home.schoolId, QStringLiteral("04QC00"));
        QCOMPARE(home.knownPupils, 12.0);
        QCOMPARE(home.suppressedCells, 1);
        QCOMPARE(home.estimatedPupils(), 14.5);
        QVERIFY(all->at(1).isForeignOrUnknown());
        QCOMPARE(all->at(1).homePostcode, QStringLiteral("10"));
        QCOMPARE(all->at(2).knownPupils, 1.0); // an empty cell is missing, not an error
        QCOMPARE(all->at(3).knownPupils, 5.0);
        QCOMPARE(all->at(3).suppressedCells, 2);

        PupilFlowLoader::Filter byGemeente;
        byGemeente.gemeenteCode = QStringLiteral("GM0268");
        auto nijmegen = PupilFlowLoader::load(write(QStringLiteral("flows.csv"), bytes), byGemeente, diagnostics);
        QCOMPARE(nijmegen->size(), 1);
        PupilFlowLoader::Filter bySchool;
        bySchool.schoolIds = {QStringLiteral("04QC00")};
        QCOMPARE(PupilFlowLoader::load(write(QStringLiteral("flows.csv"), bytes), bySchool, diagnostics)->size(), 3);
    }

    void pupilFlowErrors()
    {
        Diagnostics diagnostics;
        auto text = PupilFlowLoader::load(write(QStringLiteral("bad.csv"), kFlowHeader + "\"x\";\"0308\";\"3741\";\"Baarn\";\"04QC\";\"00\";\"Bo\";\"twaalf\";\"0\"\n"), {}, diagnostics);
        QCOMPARE(text.error().code, ErrorCode::InvalidValue);
        QVERIFY(text.error().message.contains(QLatin1String("LEEFTIJD_4")));
        QVERIFY(text.error().message.contains(QLatin1String("line 2")));
        auto negative = PupilFlowLoader::load(write(QStringLiteral("neg.csv"), kFlowHeader + "\"x\";\"0308\";\"3741\";\"Baarn\";\"04QC\";\"00\";\"Bo\";\"-1\";\"0\"\n"), {}, diagnostics);
        QCOMPARE(negative.error().code, ErrorCode::InvalidValue);
        QVERIFY(negative.error().message.contains(QLatin1String("negative")));
        const QByteArray row = "\"x\";\"0308\";\"3741\";\"Baarn\";\"04QC\";\"00\";\"Bo\";\"1\";\"0\"\n";
        auto duplicate = PupilFlowLoader::load(write(QStringLiteral("dup.csv"), kFlowHeader + row + row), {}, diagnostics);
        QCOMPARE(duplicate.error().code, ErrorCode::DuplicateId);
        QVERIFY(duplicate.error().message.contains(QLatin1String("04QC00")));
        auto columns = PupilFlowLoader::load(write(QStringLiteral("cols.csv"), "school;aantal\nA;1\n"), {}, diagnostics);
        QCOMPARE(columns.error().code, ErrorCode::FieldMissing);
        QVERIFY(columns.error().message.contains(QLatin1String("POSTCODE_LEERLING")));
        auto header = PupilFlowLoader::load(write(QStringLiteral("header.csv"), kFlowHeader), {}, diagnostics);
        QCOMPARE(header.error().code, ErrorCode::EmptyInput);
        // A DUO school list has a school key, a pupils total and the school's own postcode: not pupil flows.
        auto schools = PupilFlowLoader::load(write(QStringLiteral("scholen.csv"), "brin_nummer,vestigingscode,postcode,leerlingen\n"
                                                                                "04QC,04QC00,3743HZ,474\n"),
                                             {}, diagnostics);
        QCOMPARE(schools.error().code, ErrorCode::FieldMissing);
        QVERIFY(schools.error().message.contains(QLatin1String("POSTCODE_LEERLING")));
    }

    void postcodeStatisticsAndCentroids()
    {
        const QByteArray stats = "pc4,inwoners,inw_0_15,p_nl_herkomst\n3741,9475,1635,80\n3742,-99997,-99995,70\n";
        const QByteArray centroids = "POSTCODE;LAT;LON\n3741;52,2181838;5,2862149\n3742;52,20;5,27\n9999;53,0;6,0\n";
        Diagnostics diagnostics;
        auto layer = PostcodeLoader::load(write(QStringLiteral("pc4.csv"), stats), write(QStringLiteral("centroids.csv"), centroids), diagnostics);
        QVERIFY2(layer.hasValue(), layer ? "" : qPrintable(layer.error().toString()));
        QCOMPARE(layer->units.size(), 2);
        QCOMPARE(layer->populationField, QStringLiteral("inwoners"));
        const AreaUnit& b = layer->units[layer->indexOf(QStringLiteral("3742"))];
        QVERIFY(b.number(QStringLiteral("inwoners")).isSuppressed());
        QVERIFY(b.number(QStringLiteral("inw_0_15")).isMissing());
        QVERIFY(std::abs(b.geometry->centroid().x() - 146987.323) < 0.01);
        QVERIFY(std::abs(b.geometry->centroid().y() - 467994.021) < 0.01);
        int suppressed = 0, missing = 0;
        for (const FieldSummary& f : layer->fields) {
            suppressed += f.suppressed;
            missing += f.missing;
        }
        QCOMPARE(suppressed, 1);
        QCOMPARE(missing, 1);
        auto pointsOnly = PostcodeLoader::load({}, write(QStringLiteral("centroids.csv"), centroids), diagnostics);
        QCOMPARE(pointsOnly->units.size(), 3);
        QVERIFY(!mentions(diagnostics, QStringLiteral("more than one line")));
        // A school list has postcodes and coordinates too; its repeated postcodes give it away.
        auto schools = PostcodeLoader::load({}, QStringLiteral(":/demo/baarn/scholen_po_2024.csv"), diagnostics);
        QVERIFY(schools.hasValue());
        QVERIFY(mentions(diagnostics, QStringLiteral("occur on more than one line, for example 3742 (line 5 and line 6)")));
        auto duplicate = PostcodeLoader::load(write(QStringLiteral("dup.csv"), "pc4,inwoners\n3741,1\n3741,2\n"), {}, diagnostics);
        QCOMPARE(duplicate.error().code, ErrorCode::DuplicateId);
    }

    void schoolwegingPerYearAndMean()
    {
        Diagnostics diagnostics;
        auto mean = SchoolwegingLoader::load(QStringLiteral(":/demo/baarn/inspectie_schoolweging_driejaarsgemiddelde_2021-2024.csv"), diagnostics);
        QVERIFY(mean.hasValue());
        QCOMPARE(mean->size(), 8);
        QCOMPARE(mean->first().instelling, QStringLiteral("04QC"));
        QCOMPARE(mean->first().schoolweging, 21.63);
        QCOMPARE(mean->first().period, QStringLiteral("2021-2022, 2022-2023, 2023-2024"));

        // Two OVTs of one instelling: pupil-weighted mean (30 * 300 + 20 * 100) / 400 = 27.5.
        const QByteArray twoOvts = "OVT,INSTELLINGSCODE,schooljaar,schoolweging,aantal_leerlingen,spreiding\n"
                                   "12AB|C1,12AB,2022-2023,31,300,5\n12AB|C1,12AB,2023-2024,30,300,5\n12AB|C2,12AB,2023-2024,20,100,4\n";
        auto records = SchoolwegingLoader::load(write(QStringLiteral("sw.csv"), twoOvts), diagnostics);
        QVERIFY(records.hasValue());
        QCOMPARE(records->size(), 3); // every school year is kept for trends
        QCOMPARE(SchoolwegingLoader::latestPerOvt(records.value()).size(), 2);
        QList<School> schools(2);
        schools[0].id = QStringLiteral("12AB00");
        schools[0].brin = QStringLiteral("12AB");
        schools[1].id = QStringLiteral("99ZZ00");
        QCOMPARE(SchoolwegingLoader::apply(records.value(), schools, diagnostics), 1);
        QCOMPARE(*schools[0].schoolweging, 27.5);
        QCOMPARE(schools[0].schoolwegingPeriod, QStringLiteral("2023-2024"));
        QVERIFY(!schools[1].schoolweging.has_value());
        auto wrong = SchoolwegingLoader::load(write(QStringLiteral("wrong.csv"), "a,b\n1,2\n"), diagnostics);
        QCOMPARE(wrong.error().code, ErrorCode::FieldMissing);
    }

    void vveLocations()
    {
        const QByteArray bytes = "id;naam;postcode;vve;x_rd;y_rd;kindplaatsen\n"
                                 "1;Peuterspeelzaal De Eik;3741AT;ja;148000;469800;32\n"
                                 "2;Kinderdagverblijf Zon;3742 AB;nee;;;\n";
        Diagnostics diagnostics;
        auto list = VveLoader::load(write(QStringLiteral("vve.csv"), bytes), {}, diagnostics);
        QVERIFY2(list.hasValue(), list ? "" : qPrintable(list.error().toString()));
        QCOMPARE(list->size(), 2);
        QVERIFY(list->at(0).isVve);
        QCOMPARE(*list->at(0).capacity, 32);
        QCOMPARE(list->at(0).location->x(), 148000.0);
        QVERIFY(!list->at(1).isVve);
        QCOMPARE(list->at(1).postcode, QStringLiteral("3742AB"));
        auto badFlag = VveLoader::load(write(QStringLiteral("flag.csv"), "id;naam;postcode;vve\n1;A;3741AT;misschien\n"), {}, diagnostics);
        QCOMPARE(badFlag.error().code, ErrorCode::InvalidValue);
        QVERIFY(badFlag.error().message.contains(QLatin1String("misschien")));
        auto noFlag = VveLoader::load(write(QStringLiteral("noflag.csv"), "id;naam;postcode\n1;A;3741AT\n"), {}, diagnostics);
        QCOMPARE(noFlag.error().code, ErrorCode::FieldMissing);
    }

    void compositionTable()
    {
        const QByteArray bytes = "vestigingscode,laag,midden,hoog\n04QC00,10,<5,30\n06GW00,0,12,\n";
        Diagnostics diagnostics;
        auto table = CompositionLoader::load(write(QStringLiteral("inkomen.csv"), bytes), nullptr, diagnostics);
        QVERIFY2(table.hasValue(), table ? "" : qPrintable(table.error().toString()));
        QCOMPARE(table->characteristic, QStringLiteral("inkomen"));
        QCOMPARE(table->groups, (QStringList{QStringLiteral("laag"), QStringLiteral("midden"), QStringLiteral("hoog")}));
        QCOMPARE(table->unitIds, (QStringList{QStringLiteral("04QC00"), QStringLiteral("06GW00")}));
        QCOMPARE(table->cell(0, 0).valueOr(), 10.0);
        QVERIFY(table->cell(0, 1).isSuppressed());
        QVERIFY(table->cell(1, 2).isMissing());

        CharacteristicMapping m;
        m.name = QStringLiteral("income");
        m.target = CharacteristicMapping::Target::Schools;
        m.ordered = true;
        m.groups = {{QStringLiteral("low"), {QStringLiteral("laag")}}, {QStringLiteral("not low"), {QStringLiteral("midden"), QStringLiteral("hoog")}}};
        auto mapped = CompositionLoader::load(write(QStringLiteral("inkomen.csv"), bytes), &m, diagnostics);
        QVERIFY(mapped.hasValue());
        QCOMPARE(mapped->groups, (QStringList{QStringLiteral("low"), QStringLiteral("not low")}));
        QVERIFY(mapped->ordered);
        QVERIFY(mapped->cell(0, 1).isSuppressed()); // 30 + "<5"
        QCOMPARE(mapped->cell(1, 0).valueOr(), 0.0);

        auto negative = CompositionLoader::load(write(QStringLiteral("neg.csv"), "vestigingscode,a,b\n04QC00,-1,2\n"), nullptr, diagnostics);
        QCOMPARE(negative.error().code, ErrorCode::InvalidValue);
        auto text = CompositionLoader::load(write(QStringLiteral("txt.csv"), "vestigingscode,a,b\n04QC00,veel,2\n"), nullptr, diagnostics);
        QCOMPARE(text.error().code, ErrorCode::InvalidValue);
        QVERIFY(text.error().message.contains(QLatin1String("veel")));
        auto duplicate = CompositionLoader::load(write(QStringLiteral("d.csv"), "vestigingscode,a,b\n04QC00,1,2\n04QC00,1,2\n"), nullptr, diagnostics);
        QCOMPARE(duplicate.error().code, ErrorCode::DuplicateId);
    }

    void badTables_data()
    {
        // Every loader, every kind of bad input: the message names file, row, column and what to do.
        QTest::addColumn<QString>("loader");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QStringList>("mentioned");
        const auto row = [](const char* loader, const char* name, const QByteArray& bytes, ErrorCode code, const QStringList& mentioned) {
            QTest::newRow(name) << QString::fromLatin1(loader) << bytes << code << mentioned;
        };
        row("postcodes", "pc4 not a postcode", "pc4,inwoners\n3741,10\nBaarn,5\n", ErrorCode::InvalidValue,
            {QStringLiteral("line 3"), QStringLiteral("pc4"), QStringLiteral("Baarn"), QStringLiteral("Correct the cell")});
        row("postcodes", "pc4 column missing", "code,inwoners\n3741,10\n", ErrorCode::FieldMissing,
            {QStringLiteral("code, inwoners"), QStringLiteral("Rename")});
        row("postcodes", "pc4 header only", "pc4,inwoners\n", ErrorCode::EmptyInput, {QStringLiteral("Choose")});
        row("centroids", "centroids without coordinates", "POSTCODE;NAAM\n3741;Baarn\n", ErrorCode::FieldMissing,
            {QStringLiteral("LAT"), QStringLiteral("POSTCODE, LAT and LON")});
        row("schoolweging", "schoolweging not a number", "OVT,schooljaar,schoolweging\n04QC|C1,2023-2024,hoog\n", ErrorCode::InvalidValue,
            {QStringLiteral("line 2"), QStringLiteral("schoolweging"), QStringLiteral("hoog"), QStringLiteral("Correct the cell")});
        row("schoolweging", "schoolweging without values", "OVT,schooljaar,schoolweging\n04QC|C1,2023-2024,\n", ErrorCode::EmptyInput,
            {QStringLiteral("Choose")});
        row("vve", "vve empty id", "id;naam;postcode;vve\n1;A;3741AT;ja\n;B;3741AT;nee\n", ErrorCode::InvalidValue,
            {QStringLiteral("line 3"), QStringLiteral("id"), QStringLiteral("Fill it in")});
        row("vve", "vve duplicate id", "id;naam;postcode;vve\n1;A;3741AT;ja\n1;B;3741AT;nee\n", ErrorCode::DuplicateId,
            {QStringLiteral("line 3"), QStringLiteral("Remove")});
        row("vve", "vve without place", "id;naam;vve\n1;A;ja\n", ErrorCode::FieldMissing, {QStringLiteral("Add a postcode column")});
        row("vve", "vve header only", "id;naam;postcode;vve\n", ErrorCode::EmptyInput, {QStringLiteral("Choose")});
        row("composition", "composition without id", "naam,a,b\nX,1,2\n", ErrorCode::FieldMissing,
            {QStringLiteral("naam, a, b"), QStringLiteral("BRIN + vestigingsnummer")});
        row("composition", "composition empty id", "vestigingscode,a,b\n04QC00,1,2\n,1,2\n", ErrorCode::InvalidValue,
            {QStringLiteral("line 3"), QStringLiteral("Fill it in")});
        row("composition", "composition header only", "vestigingscode,a,b\n", ErrorCode::EmptyInput, {QStringLiteral("Choose")});
        row("composition", "composition one group", "vestigingscode,a\n04QC00,1\n", ErrorCode::FieldMissing,
            {QStringLiteral("two group columns")});
    }

    void badTables()
    {
        QFETCH(QString, loader);
        QFETCH(QByteArray, bytes);
        QFETCH(ErrorCode, code);
        QFETCH(QStringList, mentioned);
        const QString file = write(QStringLiteral("bad_%1.csv").arg(loader), bytes);
        Diagnostics diagnostics;
        const auto errorOf = [](const auto& result) { return result ? std::nullopt : std::optional<Error>(result.error()); };
        std::optional<Error> error;
        if (loader == QLatin1String("postcodes"))
            error = errorOf(PostcodeLoader::load(file, {}, diagnostics));
        else if (loader == QLatin1String("centroids"))
            error = errorOf(PostcodeLoader::load({}, file, diagnostics));
        else if (loader == QLatin1String("schoolweging"))
            error = errorOf(SchoolwegingLoader::load(file, diagnostics));
        else if (loader == QLatin1String("vve"))
            error = errorOf(VveLoader::load(file, {}, diagnostics));
        else
            error = errorOf(CompositionLoader::load(file, nullptr, diagnostics));
        QVERIFY2(error, "the bad file was accepted");
        QCOMPARE(error->code, code);
        QVERIFY2(error->message.contains(QFileInfo(file).fileName()) || code == ErrorCode::EmptyInput, qPrintable(error->message));
        for (const QString& text : mentioned)
            QVERIFY2(error->message.contains(text), qPrintable(error->message + QStringLiteral(" lacks ") + text));
    }

    void vveAndCompositionInTheDemo()
    {
        LoadRequest request = DatasetLoader::demoRequest();
        request.vveFile = write(QStringLiteral("vve_demo.csv"), "id;naam;postcode;vve\n1;De Eik;3741AT;ja\n2;Nergens;9999XX;nee\n");
        request.compositionFile = write(QStringLiteral("comp.csv"), "vestigingscode;laag;hoog\n04QC00;10;20\nZZZZ00;1;2\n");
        Feedback feedback;
        auto ds = DatasetLoader::load(request, feedback);
        QVERIFY2(ds.hasValue(), ds ? "" : qPrintable(ds.error().toString()));
        QCOMPARE(ds->vveLocations.size(), 2);
        QCOMPARE(ds->vveLocations[0].placement, Placement::GeocodedPc4);
        QVERIFY(std::abs(ds->vveLocations[0].location->x() - 148098.67) < 0.05);
        QVERIFY(!ds->vveLocations[1].location.has_value());
        QCOMPARE(ds->schoolComposition.size(), 1);
        bool unplacedNoted = false, unknownNoted = false;
        for (const auto& d : ds->diagnostics.items()) {
            unplacedNoted |= d.message.contains(QLatin1String("2 Nergens"));
            unknownNoted |= d.message.contains(QLatin1String("ZZZZ00"));
        }
        QVERIFY(unplacedNoted);
        QVERIFY(unknownNoted);
    }

    void columnMappingRoundTrip()
    {
        auto demo = ColumnMapping::load(QStringLiteral(":/demo/baarn/mapping.json"));
        QVERIFY2(demo.hasValue(), demo ? "" : qPrintable(demo.error().toString()));
        QCOMPARE(demo->schoolAgeColumn, QStringLiteral("percentage_personen_0_tot_15_jaar"));
        QCOMPARE(demo->characteristics.size(), 1);
        QCOMPARE(demo->characteristics.first().base, CharacteristicMapping::Base::SchoolAgeChildren);
        const QString path = QDir(m_dir.path()).filePath(QStringLiteral("mapping.json"));
        QVERIFY(demo->save(path).hasValue());
        auto again = ColumnMapping::load(path);
        QVERIFY(again.hasValue());
        QCOMPARE(again->toJson(), demo->toJson());
        QCOMPARE(again->areaColumns(), demo->areaColumns());
    }

    // Labels per language beside the names: the demo's, a mapping without any, and the fallbacks.
    void columnMappingLabels()
    {
        const auto nl = TextLanguage::load(QStringLiteral("nl"));
        const auto en = TextLanguage::load(QStringLiteral("en"));
        QVERIFY(nl && en);
        Feedback feedback;
        const auto demo = DatasetLoader::loadDemo(feedback);
        QVERIFY(demo.hasValue());
        const GroupTable& t = demo->areaComposition.first();
        QCOMPARE(t.characteristic, QStringLiteral("migration background")); // the key is unchanged
        QCOMPARE(t.groups, (QStringList{QStringLiteral("Dutch origin"), QStringLiteral("Europe"), QStringLiteral("outside Europe")}));
        QCOMPARE(t.characteristicLabel(*nl), QStringLiteral("herkomst"));
        QCOMPARE(t.characteristicLabel(*en), QStringLiteral("origin"));
        QCOMPARE(t.groupLabelList(*nl),
                 (QStringList{QStringLiteral("Nederland"), QStringLiteral("Europa (exclusief Nederland)"), QStringLiteral("buiten Europa")}));
        QCOMPARE(t.groupLabelOf(QStringLiteral("Dutch origin"), *en), QStringLiteral("Netherlands"));
        QCOMPARE(t.groupLabelOf(QStringLiteral("not a group"), *nl), QStringLiteral("not a group"));
        QVERIFY(t.assumptionText(*nl).startsWith(QLatin1String("Aangenomen is dat kinderen van 0 tot 15 jaar")));
        QVERIFY(t.assumptionText(*en).startsWith(QLatin1String("Children aged 0-15")));
        // A map value (legend title, attribute table header) names them so in the language asked for.
        const ValueSource share = ValueSource::ofGroupShare(t.characteristic, {QStringLiteral("outside Europe")});
        QCOMPARE(share.label(*demo, *nl), QStringLiteral("Aandeel buiten Europa (herkomst)"));
        QCOMPARE(share.label(*demo, *en), QStringLiteral("Share outside Europe (origin)"));

        // Without labels the name is shown in every language; a plain-string assumption is one text for all.
        const QByteArray plain = "{\"format\":\"mengkaart-column-mapping\",\"version\":1,\"characteristics\":[{\"name\":\"inkomen\","
                                 "\"assumption\":\"zoals CBS\",\"groups\":[{\"name\":\"laag\",\"columns\":[\"a\"]},"
                                 "{\"name\":\"hoog\",\"labels\":{\"nl\":\"hoog inkomen\"},\"columns\":[\"b\"]}]}]}";
        const auto old = ColumnMapping::load(write(QStringLiteral("plain.json"), plain));
        QVERIFY2(old.hasValue(), old ? "" : qPrintable(old.error().toString()));
        const GroupTable table = old->characteristics.first().emptyTable();
        for (const TextLanguage& language : {*nl, *en}) {
            QCOMPARE(table.characteristicLabel(language), QStringLiteral("inkomen"));
            QCOMPARE(table.groupLabel(0, language), QStringLiteral("laag"));
            QCOMPARE(table.assumptionText(language), QStringLiteral("zoals CBS"));
        }
        // Only a Dutch label: English (and any other language) falls back to the name.
        QCOMPARE(table.groupLabel(1, *nl), QStringLiteral("hoog inkomen"));
        QCOMPARE(table.groupLabel(1, *en), QStringLiteral("hoog"));
        // Written back, the labels and the plain assumption keep their form.
        const QJsonObject written = old->toJson().value(QStringLiteral("characteristics")).toArray().first().toObject();
        QCOMPARE(written.value(QStringLiteral("assumption")).toString(), QStringLiteral("zoals CBS"));
        QVERIFY(!written.contains(QStringLiteral("labels")));
        QCOMPARE(written.value(QStringLiteral("groups")).toArray()[1].toObject().value(QStringLiteral("labels")).toObject(),
                 (QJsonObject{{QStringLiteral("nl"), QStringLiteral("hoog inkomen")}}));
        // A language without a text of its own and without English falls back to the name: "fy" (Frisian) here.
        LocalizedText dutchOnly(QMap<QString, QString>{{QStringLiteral("nl"), QStringLiteral("buiten Europa")}});
        QCOMPARE(dutchOnly.text(QStringLiteral("fy"), QStringLiteral("outside Europe")), QStringLiteral("outside Europe"));
        LocalizedText both(QMap<QString, QString>{{QStringLiteral("nl"), QStringLiteral("buiten Europa")}, {QStringLiteral("en"), QStringLiteral("outside Europe")}});
        QCOMPARE(both.text(QStringLiteral("fy"), QStringLiteral("key")), QStringLiteral("outside Europe"));
    }

    void columnMappingLabelErrors_data()
    {
        QTest::addColumn<QByteArray>("characteristic");
        QTest::addColumn<QStringList>("named");
        const QByteArray groups = ",\"groups\":[{\"name\":\"a\",\"columns\":[\"a\"]},{\"name\":\"b\",\"columns\":[\"b\"]}]";
        QTest::newRow("labels not an object") << QByteArray("\"name\":\"x\",\"labels\":\"herkomst\"" + groups)
                                              << QStringList{QStringLiteral("characteristic \"x\""), QStringLiteral("\"labels\""), QStringLiteral("{\"nl\"")};
        QTest::newRow("not a language") << QByteArray("\"name\":\"x\",\"labels\":{\"dutch\":\"herkomst\"}" + groups)
                                        << QStringList{QStringLiteral("\"dutch\" is not a language code"), QStringLiteral("\"nl\"")};
        QTest::newRow("empty label") << QByteArray("\"name\":\"x\",\"labels\":{\"nl\":\" \"}" + groups)
                                     << QStringList{QStringLiteral("\"labels\", \"nl\""), QStringLiteral("non-empty")};
        QTest::newRow("group label a number")
            << QByteArray("\"name\":\"x\",\"groups\":[{\"name\":\"a\",\"labels\":{\"en\":3},\"columns\":[\"a\"]},{\"name\":\"b\",\"columns\":[\"b\"]}]")
            << QStringList{QStringLiteral("characteristic \"x\", group \"a\", \"labels\", \"en\"")};
        QTest::newRow("assumption a list") << QByteArray("\"name\":\"x\",\"assumption\":[\"a\"]" + groups)
                                           << QStringList{QStringLiteral("\"assumption\" must be a text or an object")};
    }

    void columnMappingLabelErrors()
    {
        QFETCH(QByteArray, characteristic);
        QFETCH(QStringList, named);
        const QByteArray json = "{\"format\":\"mengkaart-column-mapping\",\"version\":1,\"characteristics\":[{" + characteristic + "}]}";
        const auto mapping = ColumnMapping::load(write(QStringLiteral("badlabels.json"), json));
        QVERIFY(!mapping.hasValue());
        QCOMPARE(mapping.error().code, ErrorCode::InvalidValue);
        QVERIFY2(mapping.error().message.startsWith(QLatin1String("badlabels.json, ")), qPrintable(mapping.error().message));
        for (const QString& n : named)
            QVERIFY2(mapping.error().message.contains(n), qPrintable(mapping.error().message));
    }

    void columnMappingErrors()
    {
        QCOMPARE(ColumnMapping::load(write(QStringLiteral("broken.json"), "{\"format\": ")).error().code, ErrorCode::UnknownFormat);
        QCOMPARE(ColumnMapping::load(write(QStringLiteral("other.json"), "{\"format\": \"geojson\"}")).error().code, ErrorCode::UnknownFormat);
        QCOMPARE(ColumnMapping::load(QDir(m_dir.path()).filePath(QStringLiteral("absent.json"))).error().code, ErrorCode::FileNotFound);
        const QByteArray noBase = "{\"format\":\"mengkaart-column-mapping\",\"version\":1,\"characteristics\":[{\"name\":\"x\",\"kind\":\"percentage\","
                                  "\"groups\":[{\"name\":\"a\",\"columns\":[\"a\"]},{\"name\":\"b\",\"columns\":[\"b\"]}]}]}";
        QCOMPARE(ColumnMapping::load(write(QStringLiteral("nobase.json"), noBase)).error().code, ErrorCode::InvalidValue);

        // A mapping made for other files names the column the areas lack.
        const QByteArray wrongColumn = "{\"format\":\"mengkaart-column-mapping\",\"version\":1,\"characteristics\":[{\"name\":\"x\",\"kind\":\"count\","
                                       "\"groups\":[{\"name\":\"a\",\"columns\":[\"P_WEST_AL\"]},{\"name\":\"b\",\"columns\":[\"aantal_inwoners\"]}]}]}";
        LoadRequest request;
        request.areasFile = QStringLiteral(":/demo/baarn/buurten_2024.gpkg");
        request.mappingFile = write(QStringLiteral("wrongcolumn.json"), wrongColumn);
        Feedback feedback;
        auto ds = DatasetLoader::load(request, feedback);
        QVERIFY(!ds.hasValue());
        QCOMPARE(ds.error().code, ErrorCode::FieldMissing);
        QVERIFY(ds.error().message.contains(QLatin1String("P_WEST_AL")));
    }

    void cancel()
    {
        Feedback feedback;
        feedback.cancel();
        auto ds = DatasetLoader::loadDemo(feedback);
        QVERIFY(!ds.hasValue());
        QCOMPARE(ds.error().code, ErrorCode::Canceled);
    }

    void nijmegenFromSharedData()
    {
        const QDir dir(QStringLiteral(MK_TEST_DATA_DIR "/../../../shared/data/nijmegen"));
        if (!dir.exists(QStringLiteral("wijken_2022.gpkg")))
            QSKIP("shared/data/nijmegen is not next to the repository");
        LoadRequest request;
        request.areasFile = dir.filePath(QStringLiteral("wijken_2022.gpkg"));
        request.gemeente = QStringLiteral("GM0268");
        request.schoolsFile = dir.filePath(QStringLiteral("scholen_po_2024.csv"));
        request.pupilsByPostcodeFile = dir.filePath(QStringLiteral("duo_leerlingen_po_postcode_leerling_2024.csv"));
        request.schoolwegingFile = dir.filePath(QStringLiteral("inspectie_schoolweging_per_jaar_2021-2024.csv"));
        Feedback feedback;
        auto ds = DatasetLoader::load(request, feedback);
        QVERIFY2(ds.hasValue(), ds ? "" : qPrintable(ds.error().toString()));
        // shared/data/nijmegen/SOURCES.md: 9 wijken, 53 school rows with 12 892 pupils.
        QCOMPARE(ds->areas.units.size(), 9);
        QCOMPARE(ds->schools.size(), 53);
        double pupils = 0.0;
        int estimated = 0;
        for (const School& s : ds->schools) {
            if (s.pupilsSource == PupilSource::SchoolFile)
                pupils += *s.pupils;
            estimated += s.pupilsSource == PupilSource::PupilFlows;
        }
        QCOMPARE(pupils, 12892.0);
        QCOMPARE(estimated, 2); // the 2 rows with an empty "leerlingen" get their total in the flows
        for (const PupilFlow& f : ds->pupilFlows)
            QVERIFY(ds->schoolIndex(f.schoolId) >= 0);
    }
};

QTEST_GUILESS_MAIN(TstTableLoaders)
#include "tst_tableloaders.moc"
