// SPDX-License-Identifier: GPL-3.0-or-later
// mengkaart-cli batch: the national tables split in memory give what loading a gemeente on its own gives, the batch's
// figures are those of the indices (and catchments) command for the same gemeente, its CSV, GeoPackage and JSON have one
// row per gemeente, a misspelled gemeente is refused with the nearest names, and the privacy threshold withholds.
// Two gemeenten only: the run over all of them is `mengkaart-cli bench all`.
#include "../clitestutils.h"
#include "batch/gemeentepartition.h"
#include "catchment/catchmentanalysis.h"
#include "geo/geometry.h"
#include "io/datasetloader.h"
#include "testutils.h"

#include <QJsonArray>
#include <QSet>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <memory>

using namespace Mk;

namespace {

const QStringList kCodes = {QStringLiteral("GM0308"), QStringLiteral("GM0268")}; // Baarn, Nijmegen

struct GdalCloser {
    void operator()(GDALDataset* d) const { GDALClose(d); }
};
using GdalFile = std::unique_ptr<GDALDataset, GdalCloser>;

/** The school composition of a gemeente loaded on its own, as the CSV the indices command reads (full precision). */
QByteArray compositionCsv(const GroupTable& t)
{
    QByteArray csv = "id";
    for (const QString& g : t.groups)
        csv += ',' + g.toUtf8();
    csv += '\n';
    for (qsizetype u = 0; u < t.unitCount(); ++u) {
        csv += t.unitIds[u].toUtf8();
        for (qsizetype k = 0; k < t.groupCount(); ++k)
            csv += ',' + QByteArray::number(t.cell(u, k).valueOr(0.0), 'g', 17);
        csv += '\n';
    }
    return csv;
}

QJsonObject gemeenteIn(const QJsonObject& batch, const QString& code)
{
    for (const QJsonValue& g : batch.value(QStringLiteral("gemeenten")).toArray())
        if (g.toObject().value(QStringLiteral("code")).toString() == code)
            return g.toObject();
    return {};
}

} // namespace

class TestBatch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QHash<QString, CatchmentResult> m_alone; ///< per code: the analysis of the gemeente loaded on its own
    QJsonObject m_batch;                      ///< `batch --indices` for kCodes, as JSON

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const QString& code : kCodes) {
            Feedback feedback;
            auto ds = DatasetLoader::load(DatasetLoader::nationalRequest(code), feedback);
            QVERIFY2(ds, ds ? "" : qPrintable(ds.error().message));
            auto r = CatchmentAnalysis::run(*ds, CatchmentOptions{}, feedback);
            QVERIFY2(r, r ? "" : qPrintable(r.error().message));
            m_alone.insert(code, std::move(*r));
        }
        const QString out = m_dir.filePath(QStringLiteral("two.json"));
        const auto run = CliTest::runCli({QStringLiteral("batch"), QStringLiteral("--indices"), QStringLiteral("--gemeenten"),
                                          QStringLiteral("Baarn,nijmegen"), QStringLiteral("--bootstrap"), QStringLiteral("40"),
                                          QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--out"), out});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.err.contains("[1/2]") && run.err.contains("[2/2]")); // the progress line
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_batch = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(m_batch.value(QStringLiteral("gemeenten")).toArray().size(), 2);
    }

    /** The partition keeps, for each gemeente, what DatasetLoader keeps when it loads that gemeente alone. */
    void partitionEqualsLoadingAlone()
    {
        Feedback feedback;
        auto partition = GemeentePartition::load(DatasetLoader::nationalRequest({}), feedback);
        QVERIFY2(partition, partition ? "" : qPrintable(partition.error().message));
        QVERIFY(partition->gemeenten().size() > 300);
        for (const QString& code : kCodes) {
            auto alone = DatasetLoader::load(DatasetLoader::nationalRequest(code), feedback);
            auto part = partition->dataset(code);
            QVERIFY(alone && part);
            QCOMPARE(part->gemeenteCode, alone->gemeenteCode);
            QCOMPARE(part->gemeenteName, alone->gemeenteName);
            QCOMPARE(part->areas.units.size(), alone->areas.units.size());
            for (qsizetype i = 0; i < part->areas.units.size(); ++i)
                QCOMPARE(part->areas.units[i].code, alone->areas.units[i].code);
            MK_COMPARE_REL(part->boundary->area(), alone->boundary->area(), 1e-12);
            QCOMPARE(part->schools.size(), alone->schools.size());
            for (qsizetype i = 0; i < part->schools.size(); ++i) {
                QCOMPARE(part->schools[i].id, alone->schools[i].id);
                QCOMPARE(part->schools[i].pupils.value_or(-1), alone->schools[i].pupils.value_or(-1));
                QCOMPARE(part->schools[i].schoolweging.value_or(-1), alone->schools[i].schoolweging.value_or(-1));
                QCOMPARE(part->schools[i].outsideGemeente, alone->schools[i].outsideGemeente);
            }
            QCOMPARE(part->pupilFlows.size(), alone->pupilFlows.size());
            QSet<QString> flowsPart, flowsAlone, pcPart, pcAlone;
            for (const PupilFlow& f : part->pupilFlows)
                flowsPart.insert(f.schoolId + f.homePostcode + QString::number(f.estimatedPupils()));
            for (const PupilFlow& f : alone->pupilFlows)
                flowsAlone.insert(f.schoolId + f.homePostcode + QString::number(f.estimatedPupils()));
            QCOMPARE(flowsPart, flowsAlone);
            for (const AreaUnit& u : part->postcodes.units)
                pcPart.insert(u.code);
            for (const AreaUnit& u : alone->postcodes.units)
                pcAlone.insert(u.code);
            QCOMPARE(pcPart, pcAlone);
            QCOMPARE(part->schoolwegingHistory.size(), alone->schoolwegingHistory.size());
            QCOMPARE(part->areaComposition.size(), alone->areaComposition.size());
            QCOMPARE(part->areaComposition[0].countsOrZero(), alone->areaComposition[0].countsOrZero());
        }
    }

    /** Same numbers as `mengkaart-cli indices` on the school composition of the gemeente loaded alone. */
    void equalsIndicesCommand()
    {
        for (const QString& code : kCodes) {
            const GroupTable& t = m_alone.value(code).schoolComposition;
            const QString csv = CliTest::writeFile(m_dir, code + QStringLiteral(".csv"), compositionCsv(t));
            const auto run = CliTest::runCli({QStringLiteral("indices"), QStringLiteral("--units"), csv, QStringLiteral("--id"), QStringLiteral("id"),
                                              QStringLiteral("--groups"), t.groups.join(QLatin1Char(',')), QStringLiteral("--ordered"),
                                              QStringLiteral("--bootstrap"), QStringLiteral("40"), QStringLiteral("--seed"), QStringLiteral("7"),
                                              QStringLiteral("--json")});
            QVERIFY2(run.exitCode == 0, run.err.constData());
            const QJsonObject indices = run.json();
            const QJsonObject batch = gemeenteIn(m_batch, code);
            QCOMPARE(batch.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
            QCOMPARE(batch.value(QStringLiteral("schools")).toInt(), int(t.unitCount()));
            MK_COMPARE_REL(batch.value(QStringLiteral("pupils")).toDouble(), indices.value(QStringLiteral("total")).toDouble(), 1e-12);
            int compared = 0;
            const QJsonObject multigroup = indices.value(QStringLiteral("multigroup")).toObject();
            for (const QString& key : batch.value(QStringLiteral("multigroup")).toObject().keys()) {
                MK_COMPARE_REL(batch[QStringLiteral("multigroup")][key].toDouble(), multigroup.value(key).toDouble(), 1e-12);
                ++compared;
            }
            for (const QString& group : t.groups) {
                const QJsonObject mine = batch[QStringLiteral("two_group")][group].toObject();
                const QJsonObject theirs = indices[QStringLiteral("two_group")][group].toObject();
                QVERIFY(!mine.isEmpty());
                for (const QString& key : mine.keys()) {
                    MK_COMPARE_REL(mine.value(key).toDouble(), theirs.value(key).toDouble(), 1e-12);
                    const QJsonObject a = batch[QStringLiteral("inference")][QStringLiteral("two_group")][group][key].toObject();
                    const QJsonObject b = indices[QStringLiteral("inference")][QStringLiteral("two_group")][group][key].toObject();
                    for (const char* field : {"expected_random", "p_value", "bias"})
                        MK_COMPARE_REL(a.value(QLatin1String(field)).toDouble(), b.value(QLatin1String(field)).toDouble(), 1e-12);
                    const QJsonArray ciA = a.value(QStringLiteral("ci")).toArray(), ciB = b.value(QStringLiteral("ci")).toArray();
                    QCOMPARE(ciA.size(), 2);
                    for (int end = 0; end < 2; ++end)
                        MK_COMPARE_REL(ciA.at(end).toDouble(), ciB.at(end).toDouble(), 1e-12);
                    ++compared;
                }
            }
            QVERIFY(compared > 10);
        }
    }

    /** --catchments: the residential/choice split of `catchments --gemeente` for the same bootstrap. */
    void catchmentsEqualCatchmentsCommand()
    {
        const QString out = m_dir.filePath(QStringLiteral("split.json"));
        const auto run = CliTest::runCli({QStringLiteral("batch"), QStringLiteral("--catchments"), QStringLiteral("--gemeenten"), QStringLiteral("GM0308"),
                                          QStringLiteral("--bootstrap"), QStringLiteral("30"), QStringLiteral("--seed"), QStringLiteral("11"),
                                          QStringLiteral("--out"), out});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray mine = gemeenteIn(QJsonDocument::fromJson(f.readAll()).object(), QStringLiteral("GM0308"))
                                    .value(QStringLiteral("residential_choice")).toArray();
        const auto theirs = CliTest::runCli({QStringLiteral("catchments"), QStringLiteral("--gemeente"), QStringLiteral("Baarn"), QStringLiteral("--json"),
                                             QStringLiteral("--bootstrap"), QStringLiteral("30"), QStringLiteral("--seed"), QStringLiteral("11")});
        QVERIFY2(theirs.exitCode == 0, theirs.err.constData());
        const QJsonArray expected = theirs.json()[QStringLiteral("residential_choice")][QStringLiteral("indices")].toArray();
        QVERIFY(expected.size() > 10);
        QCOMPARE(mine.size(), expected.size());
        for (qsizetype i = 0; i < mine.size(); ++i) {
            QCOMPARE(mine[i][QStringLiteral("index")].toString(), expected[i][QStringLiteral("index")].toString());
            for (const char* field : {"observed", "residential", "choice"})
                MK_COMPARE_REL(mine[i][QLatin1String(field)].toDouble(), expected[i][QLatin1String(field)].toDouble(), 1e-12);
            const QJsonArray a = mine[i].toObject().value(QStringLiteral("choice_ci")).toArray();
            const QJsonArray b = expected[i].toObject().value(QStringLiteral("choice_ci")).toArray();
            QCOMPARE(a.size(), 2);
            for (int end = 0; end < 2; ++end)
                MK_COMPARE_REL(a.at(end).toDouble(), b.at(end).toDouble(), 1e-12);
            // Every index lies in [0, 1], so a difference of two lies in [-1, 1] (the ordinal index's replicates once read past their end).
            QVERIFY2(a.at(0).toDouble() >= -1 && a.at(0).toDouble() <= a.at(1).toDouble() && a.at(1).toDouble() <= 1,
                     qPrintable(mine[i].toObject().value(QStringLiteral("index")).toString()));
        }
    }

    /** CSV and GeoPackage open with GDAL: one feature per gemeente, the contract's columns, polygons in the GeoPackage. */
    void outputsOpenWithGdal()
    {
        GDALAllRegister();
        for (const char* suffix : {"csv", "gpkg"}) {
            const QString out = m_dir.filePath(QStringLiteral("two.") + QLatin1String(suffix));
            const auto run = CliTest::runCli({QStringLiteral("batch"), QStringLiteral("--indices"), QStringLiteral("--gemeenten"),
                                              QStringLiteral("GM0308,GM0268"), QStringLiteral("--bootstrap"), QStringLiteral("20"),
                                              QStringLiteral("--out"), out});
            QVERIFY2(run.exitCode == 0, run.err.constData());
            GdalFile file(GDALDataset::FromHandle(GDALOpenEx(out.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr)));
            QVERIFY2(file, qPrintable(out));
            OGRLayer* layer = file->GetLayer(0);
            QVERIFY(layer);
            QCOMPARE(layer->GetFeatureCount(), GIntBig(2));
            OGRFeatureDefn* defn = layer->GetLayerDefn();
            for (const char* column : {"gemeente_code", "gemeente_name", "status", "reason", "pupils", "mutual_information",
                                       "mutual_information_ci_low", "mutual_information_ci_high", "dissimilarity_low_income_p"})
                QVERIFY2(defn->GetFieldIndex(column) >= 0, column);
            QSet<QString> codes;
            layer->ResetReading();
            while (OGRFeature* f = layer->GetNextFeature()) {
                codes.insert(QString::fromUtf8(f->GetFieldAsString("gemeente_code")));
                const double m = f->GetFieldAsDouble("mutual_information");
                QVERIFY(m > 0 && m < 1);
                if (QLatin1String(suffix) == QLatin1String("gpkg")) {
                    const OGRGeometry* g = f->GetGeometryRef();
                    QVERIFY(g);
                    QVERIFY(wkbFlatten(g->getGeometryType()) == wkbPolygon || wkbFlatten(g->getGeometryType()) == wkbMultiPolygon);
                }
                OGRFeature::DestroyFeature(f);
            }
            QCOMPARE(codes, (QSet<QString>{QStringLiteral("GM0308"), QStringLiteral("GM0268")}));
        }
    }

    void unknownGemeenteNamesTheNearest()
    {
        const auto run = CliTest::runCli({QStringLiteral("batch"), QStringLiteral("--indices"), QStringLiteral("--gemeenten"),
                                          QStringLiteral("Baarn,Nijmgen"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.csv"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("Nijmgen") && run.err.contains("Nijmegen (GM0268)"), run.err.constData());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.csv"))));
    }

    /**
     * A threshold between Baarn's and Nijmegen's pupils withholds all of Baarn and nothing of Nijmegen; one between Baarn's
     * smallest group and its total withholds that group's two-group indices only.
     */
    void privacyThresholdWithholds()
    {
        const GroupTable& baarn = m_alone.value(QStringLiteral("GM0308")).schoolComposition;
        const double baarnPupils = gemeenteIn(m_batch, QStringLiteral("GM0308")).value(QStringLiteral("pupils")).toDouble();
        const double nijmegenPupils = gemeenteIn(m_batch, QStringLiteral("GM0268")).value(QStringLiteral("pupils")).toDouble();
        QVERIFY(baarnPupils > 100 && nijmegenPupils > 2 * baarnPupils);
        std::vector<double> groupTotals(static_cast<size_t>(baarn.groupCount()), 0.0);
        for (qsizetype u = 0; u < baarn.unitCount(); ++u)
            for (qsizetype k = 0; k < baarn.groupCount(); ++k)
                groupTotals[static_cast<size_t>(k)] += baarn.cell(u, k).valueOr(0.0);
        const auto smallest = std::min_element(groupTotals.begin(), groupTotals.end());
        const QString smallGroup = baarn.groups[smallest - groupTotals.begin()];
        double nextSmallest = baarnPupils;
        for (double v : groupTotals)
            if (v > *smallest)
                nextSmallest = std::min(nextSmallest, v);

        const auto batchWith = [&](int threshold) {
            const QString out = m_dir.filePath(QStringLiteral("privacy%1.json").arg(threshold));
            const auto run = CliTest::runCli({QStringLiteral("batch"), QStringLiteral("--indices"), QStringLiteral("--gemeenten"),
                                              QStringLiteral("Baarn,Nijmegen"), QStringLiteral("--bootstrap"), QStringLiteral("10"),
                                              QStringLiteral("--privacy-threshold"), QString::number(threshold), QStringLiteral("--out"), out});
            QFile f(out);
            if (run.exitCode != 0 || !f.open(QIODevice::ReadOnly))
                return QJsonObject{};
            return QJsonDocument::fromJson(f.readAll()).object();
        };

        const QJsonObject whole = batchWith(static_cast<int>(std::ceil((baarnPupils + nijmegenPupils) / 2)));
        const QJsonObject b = gemeenteIn(whole, QStringLiteral("GM0308"));
        QCOMPARE(b.value(QStringLiteral("status")).toString(), QStringLiteral("withheld"));
        QVERIFY(!b.value(QStringLiteral("reason")).toString().isEmpty());
        QVERIFY(b.value(QStringLiteral("pupils")).isNull());
        QVERIFY(b[QStringLiteral("multigroup")][QStringLiteral("mutual_information")].isNull());
        QVERIFY(!b.contains(QStringLiteral("inference")) || b[QStringLiteral("inference")][QStringLiteral("multigroup")][QStringLiteral("mutual_information")].isNull());
        const QJsonObject n = gemeenteIn(whole, QStringLiteral("GM0268"));
        QCOMPARE(n.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QVERIFY(n[QStringLiteral("multigroup")][QStringLiteral("mutual_information")].toDouble() > 0);

        const QJsonObject part = batchWith(static_cast<int>(std::floor(*smallest)) + 1);
        QVERIFY(std::floor(*smallest) + 1 <= nextSmallest);
        const QJsonObject bp = gemeenteIn(part, QStringLiteral("GM0308"));
        QCOMPARE(bp.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QVERIFY(bp.value(QStringLiteral("reason")).toString().contains(smallGroup));
        QVERIFY(bp[QStringLiteral("two_group")][smallGroup][QStringLiteral("dissimilarity")].isNull());
        QVERIFY(bp[QStringLiteral("inference")][QStringLiteral("two_group")][smallGroup][QStringLiteral("dissimilarity")].isNull());
        QVERIFY(bp[QStringLiteral("multigroup")][QStringLiteral("mutual_information")].toDouble() > 0);
        for (const QString& g : baarn.groups)
            if (g != smallGroup && groupTotals[static_cast<size_t>(baarn.groups.indexOf(g))] >= std::floor(*smallest) + 1)
                QVERIFY(bp[QStringLiteral("two_group")][g][QStringLiteral("dissimilarity")].toDouble() > 0);
    }
};

QTEST_GUILESS_MAIN(TestBatch)
#include "tst_batch.moc"
