// SPDX-License-Identifier: GPL-3.0-or-later
// Secondary schools (issue 16): DUO vo pupil files in their three layouts, the programme table, areas,
// placement, segregation by level and its change. The excerpts in tests/data/vo are byte-for-byte rows of
// ../shared/data/vo (Nijmegen, Baarn and one Arnhem vestiging with a Windows-1252 name); the national
// files are read when they are next to the repository.

#include "testutils.h"

#include "index/indexcatalogue.h"
#include "render/vomaplayer.h"
#include "vo/voanalysis.h"
#include "vo/voreportjson.h"
#include "vo/vosummary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringDecoder>
#include <QTemporaryDir>

#include <cmath>

using namespace Mk;

namespace {

const QString kExcerpt16 = QStringLiteral("vo/duo_01_leerlingen_vo_vestiging_onderwijstype_2016-2017_excerpt.csv");
const QString kExcerpt17 = QStringLiteral("vo/duo_01_leerlingen_vo_vestiging_onderwijstype_2017-2018_excerpt.csv");
const QString kExcerpt19 = QStringLiteral("vo/duo_01_leerlingen_vo_vestiging_onderwijstype_2019-2020_inferred_excerpt.csv");
const QString kAddresses = QStringLiteral("vo/duo_02_alle_vestigingen_vo_2019-2020_inferred_excerpt.csv");

const QDir kShared(QStringLiteral(MK_TEST_DATA_DIR "/../../../shared/data/vo"));
const QStringList kNationalFiles = {QStringLiteral("duo_01_leerlingen_vo_vestiging_onderwijstype_2016-2017.csv"),
                                    QStringLiteral("duo_01_leerlingen_vo_vestiging_onderwijstype_2017-2018.csv"),
                                    QStringLiteral("duo_01_leerlingen_vo_vestiging_onderwijstype_2019-2020_inferred.csv")};

/** The raw rows of a DUO file split by hand (no GDAL): the independent reading the loader is checked against. */
struct RawFile {
    QStringList header;
    QList<QStringList> rows;
};

RawFile readRaw(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringDecoder latin1(QStringDecoder::Latin1);
    const QString text = latin1(f.readAll());
    RawFile raw;
    for (const QString& line : text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
        if (raw.header.isEmpty())
            raw.header = line.split(QLatin1Char(';'));
        else
            raw.rows.append(line.split(QLatin1Char(';')));
    }
    return raw;
}

/** The sum of every LEER- OF VERBLIJFSJAAR cell of a raw file. */
double rawTotal(const RawFile& raw)
{
    double total = 0.0;
    for (const QStringList& row : raw.rows)
        for (qsizetype c = 0; c < raw.header.size(); ++c)
            if (raw.header[c].startsWith(QLatin1String("LEER- OF VERBLIJFSJAAR")))
                total += row.value(c).toDouble();
    return total;
}

Result<VoData> loadExcerpts(const QStringList& pupilFiles)
{
    VoRequest request;
    for (const QString& f : pupilFiles)
        request.pupilFiles.append(testDataPath(f));
    request.addressFile = testDataPath(kAddresses);
    request.locatedSchoolsFile = testDataPath(QStringLiteral("vo/scholen_2024_excerpt.csv"));
    request.postcodeCentroidsFile = testDataPath(QStringLiteral("vo/pc4_centroids_excerpt.csv"));
    return VoDataLoader::load(request);
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
    return path;
}

} // namespace

class TestVo : public QObject
{
    Q_OBJECT

private slots:
    void eachLayoutParses_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("lwoo");
        QTest::addColumn<bool>("unpadded");
        QTest::addColumn<QString>("year");
        QTest::newRow("2016-17") << kExcerpt16 << true << true << QStringLiteral("2016-2017");
        QTest::newRow("2017-18") << kExcerpt17 << true << false << QStringLiteral("2017-2018");
        QTest::newRow("2019-20") << kExcerpt19 << false << false << QStringLiteral("2019-2020");
    }
    void eachLayoutParses()
    {
        QFETCH(QString, file);
        QFETCH(bool, lwoo);
        QFETCH(bool, unpadded);
        QFETCH(QString, year);
        Diagnostics diagnostics;
        auto loaded = VoPupilLoader::load(testDataPath(file), diagnostics);
        QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().toString()));
        QCOMPARE(loaded->hasLwooColumn, lwoo);
        QCOMPARE(loaded->unpaddedCodes, unpadded);
        QCOMPARE(loaded->schoolYear, year);
        QCOMPARE(loaded->yearInferred, file.contains(QLatin1String("inferred")));
        QCOMPARE(diagnostics.count(Diagnostic::Severity::Warning), 0);
        const RawFile raw = readRaw(testDataPath(file));
        QCOMPARE(loaded->rows, raw.rows.size());
        QCOMPARE(loaded->totalPupils, rawTotal(raw));
        // The 2016-17 vestigingsnummer "0" is "00" and ELEMENTCODE "400" is "0400", as in the later layouts.
        const VoLocationYear* waldheim = loaded->find(QStringLiteral("00YO00"));
        QVERIFY(waldheim);
        QCOMPARE(waldheim->firstYear.size(), 1);
        QCOMPARE(waldheim->firstYear.first().code, QStringLiteral("0400"));
        QVERIFY(waldheim->firstYear.first().programme);
        QVERIFY(!waldheim->firstYear.first().programme->heterogeneous());
        // Windows-1252: the Arnhem vestiging is "Mariëndael" with a real ë.
        const VoLocationYear* mariendael = loaded->find(QStringLiteral("00TQ00"));
        QVERIFY(mariendael);
        QVERIFY2(mariendael->name.contains(QStringLiteral("Mari\u00EBndael")), qPrintable(mariendael->name));
    }

    void classificationTable()
    {
        // Item 2's examples, and every code of the table leads somewhere.
        QVERIFY(VoProgrammes::firstYear(QStringLiteral("24"))->heterogeneous());
        QVERIFY(VoProgrammes::firstYear(QStringLiteral("0015"))->heterogeneous());
        QVERIFY(VoProgrammes::firstYear(QStringLiteral("0011"))->heterogeneous());
        QVERIFY(VoProgrammes::firstYear(QStringLiteral("0016"))->heterogeneous());
        for (const char* single : {"0300", "0100", "0200", "0400", "0023", "0013", "0031", "0046", "0017"})
            QVERIFY2(!VoProgrammes::firstYear(QString::fromLatin1(single))->heterogeneous(), single);
        QVERIFY(!VoProgrammes::firstYear(QStringLiteral("9999")));
        for (const VoFirstYearProgramme* p : VoProgrammes::firstYearProgrammes())
            QVERIFY2(p->leadsTo != 0, p->code);
        QCOMPARE(VoProgrammes::classifyRow(QStringLiteral("HAVO lj 4-5"))->level, VoLevel::Havo);
        QCOMPARE(VoProgrammes::classifyRow(QStringLiteral("Praktijkonderwijs alle vj"))->level, VoLevel::Pro);
        QCOMPARE(VoProgrammes::classifyRow(QStringLiteral("VMBO-MBO2 lj 3-6"))->level, VoLevel::Vmbo);
        QCOMPARE(VoProgrammes::classifyRow(QStringLiteral("HAVO/VWO lj 3"))->kind, VoRowKind::Other);
        QVERIFY(!VoProgrammes::classifyRow(QStringLiteral("Nieuw onderwijstype")));
    }

    /** Every onderwijstype and every brugjaar code of the three national files is in the table (raw cells, no loader). */
    void classificationCoversEveryCodeOfTheNationalFiles()
    {
        if (!kShared.exists(kNationalFiles.first()))
            QSKIP("shared/data/vo is not next to the repository");
        for (const QString& name : kNationalFiles) {
            const RawFile raw = readRaw(kShared.filePath(name));
            const qsizetype typeCol = raw.header.indexOf(QStringLiteral("ONDERWIJSTYPE VO EN LEER- OF VERBLIJFSJAAR"));
            const qsizetype codeCol = raw.header.indexOf(QStringLiteral("ELEMENTCODE"));
            QVERIFY(typeCol >= 0 && codeCol >= 0);
            QSet<QString> types, codes;
            for (const QStringList& row : raw.rows) {
                types.insert(row[typeCol]);
                if (row[typeCol] == QLatin1String("Brugjaar 1-2"))
                    codes.insert(row[codeCol]);
            }
            for (const QString& t : types)
                QVERIFY2(VoProgrammes::classifyRow(t), qPrintable(name + QStringLiteral(": ") + t));
            for (const QString& c : codes)
                QVERIFY2(VoProgrammes::firstYear(c), qPrintable(name + QStringLiteral(": brugjaar code ") + c));
            QVERIFY(codes.size() >= 25); // SOURCES.md: 25-26 distinct brugjaar codes per year
        }
    }

    /** National totals: the loader's sum equals the raw cell sums and SOURCES.md's figures. */
    void nationalTotalsEqualRawCells()
    {
        if (!kShared.exists(kNationalFiles.first()))
            QSKIP("shared/data/vo is not next to the repository");
        const double documented[] = {1002338, 992195, 956857};
        const qsizetype vestigingen[] = {1457, 1462, 1450};
        for (int i = 0; i < 3; ++i) {
            const QString path = kShared.filePath(kNationalFiles[i]);
            Diagnostics diagnostics;
            auto loaded = VoPupilLoader::load(path, diagnostics);
            QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().toString()));
            QCOMPARE(diagnostics.count(Diagnostic::Severity::Warning), 0);
            const RawFile raw = readRaw(path);
            QCOMPARE(loaded->rows, raw.rows.size());
            QCOMPARE(loaded->totalPupils, rawTotal(raw));
            QCOMPARE(loaded->totalPupils, documented[i]);
            QCOMPARE(loaded->locations.size(), vestigingen[i]);
            QCOMPARE(loaded->suppressedCells, 0); // no "<5" in these years
            double byParts = 0.0;
            for (const VoLocationYear& l : loaded->locations) {
                double parts = l.otherPupils + l.firstYearPupils();
                for (double n : l.levelPupils)
                    parts += n;
                QCOMPARE(parts, l.totalPupils);
                byParts += parts;
            }
            QCOMPARE(byParts, documented[i]);
        }
    }

    /**
     * Baarn by hand (rows of the 2019-20 file, see the excerpt): 00YO00 Waldheim, VMBO TL lj 3-4 46+3+132+41 = 222,
     * brugjaar 219 in 0400 MAVO/Theor Lw-VMBO; 02TG00 Het Baarnsch Lyceum, HAVO lj 4-5 25+74+36+2+22 = 159, VWO lj 4-6
     * 13+4+62+3+34+22+55+18+1+2+56+56 = 326, brugjaar 130 (0100) + 88 (0200) + 150 (0300). No pro: the groups are
     * vmbo, havo and vwo; no heterogeneous first-year class at all.
     */
    void handComputedBaarn()
    {
        auto data = loadExcerpts({kExcerpt19});
        QVERIFY2(data, data ? "" : qPrintable(data.error().toString()));
        auto area = VoArea::select(data->addresses, {QStringLiteral("Baarn")}, data->addressFileName);
        QVERIFY2(area, area ? "" : qPrintable(area.error().toString()));
        QCOMPARE(area->gemeenteCodes, QStringList{QStringLiteral("GM0308")});
        VoAnalysis::Options options;
        options.report.inference.replicates = 50;
        auto a = VoAnalysis::compute(*data, *area, options);
        QVERIFY2(a, a ? "" : qPrintable(a.error().toString()));
        const VoAreaYear& y = a->latest();
        QCOMPARE(y.locations.size(), 2);
        const VoLocationYear& waldheim = y.locations[y.indexOf(QStringLiteral("00YO00"))].pupils;
        const VoLocationYear& lyceum = y.locations[y.indexOf(QStringLiteral("02TG00"))].pupils;
        QCOMPARE(waldheim.levelPupils[1], 222.0);
        QCOMPARE(waldheim.firstYearPupils(), 219.0);
        QVERIFY(waldheim.categorical());
        QCOMPARE(lyceum.levelPupils[2], 159.0);
        QCOMPARE(lyceum.levelPupils[3], 326.0);
        QCOMPARE(lyceum.firstYearPupils(), 368.0);
        QVERIFY(!lyceum.categorical());
        QCOMPARE(lyceum.heterogeneousShare(), 0.0);
        QCOMPARE(y.heterogeneousShare(), 0.0);
        QCOMPARE(a->groups, (QStringList{QStringLiteral("vmbo"), QStringLiteral("havo"), QStringLiteral("vwo")}));
        // M = sum_i t_i/T sum_k p_ik ln(p_ik / P_k); H = M / E.
        const double T = 707.0, P[3] = {222 / T, 159 / T, 326 / T};
        const double M = (222 / T) * std::log(1 / P[0]) + (485 / T) * ((159.0 / 485) * std::log((159.0 / 485) / P[1]) + (326.0 / 485) * std::log((326.0 / 485) / P[2]));
        const double E = -(P[0] * std::log(P[0]) + P[1] * std::log(P[1]) + P[2] * std::log(P[2]));
        QVERIFY(a->report);
        MK_COMPARE_REL(a->report->summary.multigroup.mutualInformation, M, 1e-12);
        MK_COMPARE_REL(a->report->summary.multigroup.theilH, M / E, 1e-12);
        QVERIFY(a->report->inference);
        // The placement: both are in the 2024 school file, so at its points.
        for (const VoAreaLocation& l : y.locations)
            QCOMPARE(l.address.placement, Placement::Coordinates);
    }

    void placementByPostcodeAndUnplaced()
    {
        // Without the 2024 file every vestiging of the excerpt goes to its PC4 centroid (the excerpt has them all).
        VoRequest request;
        request.pupilFiles = {testDataPath(kExcerpt19)};
        request.addressFile = testDataPath(kAddresses);
        request.postcodeCentroidsFile = testDataPath(QStringLiteral("vo/pc4_centroids_excerpt.csv"));
        auto data = VoDataLoader::load(request);
        QVERIFY2(data, data ? "" : qPrintable(data.error().toString()));
        QCOMPARE(data->placement.joined, 0);
        QCOMPARE(data->placement.byPostcode, static_cast<int>(data->addresses.size()));
        QVERIFY(data->placement.unplaced.isEmpty());
        // Without anything to place them, all are unplaced and counted.
        request.postcodeCentroidsFile.clear();
        data = VoDataLoader::load(request);
        QVERIFY(data);
        QCOMPARE(data->placement.unplaced.size(), data->addresses.size());
        QCOMPARE(data->diagnostics.count(Diagnostic::Severity::Warning), 1);
    }

    void areaByNameOrCodeAndRegion()
    {
        auto data = loadExcerpts({kExcerpt19});
        QVERIFY(data);
        for (const QString& w : {QStringLiteral("Nijmegen"), QStringLiteral("NIJMEGEN"), QStringLiteral("GM0268"), QStringLiteral("268")}) {
            auto area = VoArea::select(data->addresses, {w}, data->addressFileName);
            QVERIFY2(area, qPrintable(w));
            QCOMPARE(area->gemeenteCodes, QStringList{QStringLiteral("GM0268")});
        }
        auto unknown = VoArea::select(data->addresses, {QStringLiteral("Atlantis")}, data->addressFileName);
        QVERIFY(!unknown);
        QVERIFY(unknown.error().message.contains(QStringLiteral("Atlantis")));
        QVERIFY(unknown.error().message.contains(data->addressFileName));

        // A region: Nijmegen + Baarn (+ a repeat): M splits between and within the two exactly.
        auto region = VoArea::select(data->addresses, {QStringLiteral("Nijmegen"), QStringLiteral("0308"), QStringLiteral("GM0268")}, data->addressFileName);
        QVERIFY(region);
        QCOMPARE(region->gemeenteCodes.size(), 2);
        VoAnalysis::Options options;
        options.report.inference.replicates = 20;
        auto a = VoAnalysis::compute(*data, *region, options);
        QVERIFY2(a, a ? "" : qPrintable(a.error().toString()));
        QVERIFY(a->report && a->report->decomposition);
        const EntropyDecomposition& d = *a->report->decomposition;
        MK_COMPARE_REL(d.between + d.within, a->report->summary.multigroup.mutualInformation, 1e-9);
        QVERIFY(d.between > 0.0);
        QCOMPARE(a->latest().locations.size(), 22);
    }

    void changeOverTwoYears()
    {
        auto data = loadExcerpts({kExcerpt19, kExcerpt16}); // given out of order: sorted oldest first
        QVERIFY2(data, data ? "" : qPrintable(data.error().toString()));
        QCOMPARE(data->years.first().schoolYear, QStringLiteral("2016-2017"));
        auto area = VoArea::select(data->addresses, {QStringLiteral("Nijmegen")}, data->addressFileName);
        QVERIFY(area);
        VoAnalysis::Options options;
        options.report.inference.replicates = 50;
        auto a = VoAnalysis::compute(*data, *area, options);
        QVERIFY2(a, a ? "" : qPrintable(a.error().toString()));
        QVERIFY(a->changeReport && a->changeReport->change);
        const MutualInformationChange& m = a->changeReport->change->mutualInformation;
        MK_COMPARE_REL(m.before, a->changeReport->summary.multigroup.mutualInformation, 1e-12);
        MK_COMPARE_REL(m.after, a->report->summary.multigroup.mutualInformation, 1e-12);
        // The Shapley parts add up to the change.
        MK_COMPARE_REL(m.additions + m.removals + m.groupMarginal + m.unitMarginal + m.structural, m.difference, 1e-9);
        // Opened/closed vestigingen in the split are those of the per-vestiging list that have level pupils.
        int opened = 0, closed = 0;
        for (const VoLocationChange& c : a->locationChanges) {
            opened += c.opened ? 1 : 0;
            closed += c.closed ? 1 : 0;
            if (!c.opened && !c.closed && !c.withheld) {
                const VoAreaYear& before = a->years.first();
                const qsizetype b = before.indexOf(c.id);
                QCOMPARE(std::isnan(c.before), std::isnan(before.locations[b].pupils.heterogeneousShare()));
            }
        }
        QVERIFY(opened + closed >= m.addedUnits + m.removedUnits);
        const QJsonObject json = VoReportJson::write(*data, *a);
        const QJsonObject change = json.value(QStringLiteral("change")).toObject();
        QCOMPARE(change.value(QStringLiteral("from_year")).toString(), QStringLiteral("2016-2017"));
        QVERIFY(change.value(QStringLiteral("indices")).toObject().contains(QStringLiteral("mutual_information_decomposition")));
        QVERIFY(change.value(QStringLiteral("indices")).toObject().value(QStringLiteral("multigroup")).toObject().contains(QStringLiteral("mutual_information")));
    }

    void jsonKeysAndPrivacy()
    {
        auto data = loadExcerpts({kExcerpt19});
        QVERIFY(data);
        auto area = VoArea::select(data->addresses, {QStringLiteral("Nijmegen")}, data->addressFileName);
        QVERIFY(area);
        VoAnalysis::Options options;
        options.report.inference.replicates = 20;
        options.report.privacyThreshold = 10;
        auto a = VoAnalysis::compute(*data, *area, options);
        QVERIFY(a);
        const QJsonObject json = VoReportJson::write(*data, *a);
        for (const char* key : {"area", "year", "vestigingen", "level_totals", "indices", "heterogeneous_first_year_share"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QVERIFY(!json.contains(QStringLiteral("change")));
        const QJsonObject indices = json.value(QStringLiteral("indices")).toObject();
        QVERIFY(indices.value(QStringLiteral("multigroup")).toObject().contains(QStringLiteral("mutual_information")));
        QVERIFY(indices.value(QStringLiteral("two_group")).toObject().contains(QStringLiteral("vwo")));
        int withheld = 0;
        for (const QJsonValue& v : json.value(QStringLiteral("vestigingen")).toArray()) {
            const QJsonObject o = v.toObject();
            for (const char* key : {"id", "name", "gemeente", "levels", "categorical", "first_year_pupils", "heterogeneous_first_year_share"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            // No shown count rests on 1 to 9 pupils.
            const QJsonObject levels = o.value(QStringLiteral("level_pupils")).toObject();
            for (auto it = levels.begin(); it != levels.end(); ++it) {
                if (it.value().isNull())
                    continue;
                QVERIFY2(it.value().toDouble() == 0.0 || it.value().toDouble() >= 10.0, qPrintable(o.value(QStringLiteral("id")).toString()));
            }
            withheld += o.value(QStringLiteral("heterogeneous_first_year_share")).isNull() && o.value(QStringLiteral("first_year_pupils")).toDouble() > 0 ? 1 : 0;
            const QJsonValue fy = o.value(QStringLiteral("first_year_pupils"));
            QVERIFY(fy.isNull() || fy.toDouble() == 0.0 || fy.toDouble() >= 10.0);
            for (const QJsonValue& p : o.value(QStringLiteral("first_year_programmes")).toArray()) {
                const QJsonValue n = p.toObject().value(QStringLiteral("pupils"));
                QVERIFY(n.isNull() || n.toDouble() == 0.0 || n.toDouble() >= 10.0);
            }
        }
        // 00CB00: 308 first-year pupils, 7 of them in 2210 LWOO MAVO/Theor Lw (one school type): its share would tell those 7.
        QVERIFY(withheld > 0);
    }

    void badInputNamesFileLineColumn()
    {
        QTemporaryDir dir;
        const QByteArray header = "BRIN NUMMER;VESTIGINGSNUMMER;INSTELLINGSNAAM VESTIGING;ONDERWIJSTYPE VO EN LEER- OF VERBLIJFSJAAR;ELEMENTCODE;"
                                  "OPLEIDINGSNAAM;LEER- OF VERBLIJFSJAAR 1 - MAN;LEER- OF VERBLIJFSJAAR 1 - VROUW\r\n";
        const QString text = writeFile(dir, QStringLiteral("text_count.csv"),
                                       header + "00AH;00;School;Brugjaar 1-2;0024;Ljvb op VWO/HAVO/VMBO-Alle Lw;3;4\r\n"
                                                "00AH;00;School;Brugjaar 1-2;0015;Ljvb op VWO/HAVO;drie;4\r\n");
        Diagnostics diagnostics;
        auto r = VoPupilLoader::load(text, diagnostics);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("text_count.csv")) && r.error().message.contains(QStringLiteral("3"))
                     && r.error().message.contains(QStringLiteral("LEER- OF VERBLIJFSJAAR 1 - MAN")),
                 qPrintable(r.error().message));
        const QString noType = writeFile(dir, QStringLiteral("no_type.csv"), "BRIN NUMMER;VESTIGINGSNUMMER;ELEMENTCODE;LEER- OF VERBLIJFSJAAR 1 - MAN\r\n00AH;00;0024;3\r\n");
        r = VoPupilLoader::load(noType, diagnostics);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::FieldMissing);
        QVERIFY(r.error().message.contains(QStringLiteral("ONDERWIJSTYPE")));
        const QString duplicate = writeFile(dir, QStringLiteral("duplicate.csv"),
                                            header + "00AH;0;School;Brugjaar 1-2;24;Ljvb;3;4\r\n00AH;00;School;Brugjaar 1-2;0024;Ljvb;3;4\r\n");
        r = VoPupilLoader::load(duplicate, diagnostics);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::DuplicateId); // "0"/"24" and "00"/"0024" are the same row
        // "<5" is accepted (later DUO releases) and an unknown code is a warning, not a failure.
        Diagnostics warnings;
        const QString later = writeFile(dir, QStringLiteral("later_2024-2025.csv"),
                                        header + "00AH;00;School;Brugjaar 1-2;0024;Ljvb;<5;12\r\n00AH;00;School;Brugjaar 1-2;0999;Nieuw;6;6\r\n");
        r = VoPupilLoader::load(later, warnings);
        QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
        QCOMPARE(r->schoolYear, QStringLiteral("2024-2025"));
        QCOMPARE(r->suppressedCells, 1);
        QCOMPARE(r->locations.first().heterogeneousShare(), 1.0); // the unknown programme counts in no share
        QCOMPARE(warnings.count(Diagnostic::Severity::Warning), 1);
    }

    void mapLayerAndFilter()
    {
        auto data = loadExcerpts({kExcerpt19});
        QVERIFY(data);
        auto area = VoArea::select(data->addresses, {QStringLiteral("Nijmegen")}, data->addressFileName);
        QVERIFY(area);
        VoAnalysis::Options options;
        options.report.inference.replicates = 20;
        options.report.privacyThreshold = 10;
        auto a = VoAnalysis::compute(*data, *area, options);
        QVERIFY(a);
        VoMapLayer layer(QStringLiteral("vo"), VoMapLayer::featuresOf(*a));
        QCOMPARE(layer.featureCount(), a->latest().locations.size()); // all placed
        const VoAreaYear& y = a->latest();
        for (qsizetype i = 0; i < layer.featureCount(); ++i) {
            const VoMapFeature& f = layer.features()[static_cast<size_t>(i)];
            const qsizetype l = y.indexOf(f.id);
            QCOMPARE(f.categorical, y.locations[l].pupils.categorical());
            QCOMPARE(std::isnan(f.heterogeneousShare), y.locationShareWithheld(l) || !std::isfinite(y.locations[l].pupils.heterogeneousShare()));
            for (VoLevel level : kVoLevels)
                if (y.levelWithheld(l, level))
                    QCOMPARE(f.levels[static_cast<size_t>(level)], 0.0); // the pie never shows a withheld cell
        }
        VoFilter vwo;
        vwo.levels = VoProgrammes::bit(VoLevel::Vwo);
        layer.setFilter(vwo);
        int shown = 0;
        for (const VoMapFeature& f : layer.features()) {
            QCOMPARE(f.visible, (f.offered & vwo.levels) != 0);
            shown += f.visible ? 1 : 0;
        }
        QVERIFY(shown > 0 && shown < layer.featureCount());
        VoFilter categorical;
        categorical.breadth = VoFilter::Breadth::Categorical;
        layer.setFilter(categorical);
        for (const VoMapFeature& f : layer.features())
            QCOMPARE(f.visible, f.categorical);
        QCOMPARE(layer.legend().items.size(), 6); // four levels, categorical, the ring
    }

    void summarySpeaksOfWhatIsThere()
    {
        auto data = loadExcerpts({kExcerpt17, kExcerpt19});
        QVERIFY(data);
        auto area = VoArea::select(data->addresses, {QStringLiteral("Nijmegen")}, data->addressFileName);
        QVERIFY(area);
        VoAnalysis::Options options;
        options.report.inference.replicates = 20;
        auto a = VoAnalysis::compute(*data, *area, options);
        QVERIFY(a);
        const QString text = VoSummary::findings(*a).join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QStringLiteral("Stedelijk Gymnasium")), qPrintable(text)); // the categorical gymnasium
        QVERIFY(text.contains(QStringLiteral("2017-2018")));
        QVERIFY(text.contains(QStringLiteral("heterogeneous")));
    }
};

QTEST_GUILESS_MAIN(TestVo)
#include "tst_vo.moc"
