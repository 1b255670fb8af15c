// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/indexinput.h"
#include "index/indexreport.h"
#include "index/indexreportjson.h"
#include "io/csvtable.h"
#include "testutils.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Mk;

namespace {

constexpr double kRel = 1e-9;

QJsonObject fixtureCase(int index)
{
    QFile f(testDataPath(QStringLiteral("fixtures/indices/expected.json")));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("expected.json missing");
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("cases")).toArray().at(index).toObject();
}

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& s : v.toArray())
        out.append(s.toString());
    return out;
}

/** The fixture's units with the given count columns, read as the CLI reads them. */
IndexInput fixtureInput(const QJsonObject& c, const QStringList& groups)
{
    auto table = CsvTable::read(testDataPath(QStringLiteral("fixtures/indices/") + c[QStringLiteral("units")].toString()));
    if (!table)
        qFatal("%s", qPrintable(table.error().toString()));
    auto input = IndexInput::fromCsvTable(*table, c[QStringLiteral("id")].toString(), groups);
    if (!input)
        qFatal("%s", qPrintable(input.error().toString()));
    return *input;
}

} // namespace

/** IndexReport, the compute path shared by the indices command, GUI and scenarios, against pysal's values. */
class TstIndexReport : public QObject
{
    Q_OBJECT
private slots:
    void fixtureValues_data()
    {
        QTest::addColumn<int>("caseIndex");
        QTest::newRow("sacramento") << 0;
        QTest::newRow("schools") << 1;
    }
    void fixtureValues()
    {
        QFETCH(int, caseIndex);
        const QJsonObject c = fixtureCase(caseIndex);

        // Two-group values, looked up through the report's keys (catalogue ids) and through its JSON.
        const QStringList twoGroups = strings(c[QStringLiteral("two_group_groups")]);
        const IndexInput twoInput = fixtureInput(c, twoGroups);
        const auto two = IndexReport::compute(twoInput, {}, nullptr, IndexReport::Options{});
        QVERIFY2(two, qPrintable(two ? QString() : two.error().toString()));
        const QList<SegregationSummary::Key> keys = SegregationSummary::keys(twoInput.groups(), false);
        const std::vector<double> values = two->summary.values();
        const QJsonObject expectedTwo = c[QStringLiteral("two_group")].toObject();
        const QJsonObject json = IndexReportJson::write(twoInput, *two, {}, {});
        int compared = 0;
        for (qsizetype j = 0; j < keys.size(); ++j) {
            if (keys[j].group.isEmpty())
                continue;
            const QJsonValue e = expectedTwo[keys[j].group].toObject()[IndexCatalogue::key(keys[j].id)];
            if (!e.isDouble())
                continue; // pysal's fixture leaves out Atkinson 0.1 and 0.9
            MK_COMPARE_REL(values[static_cast<size_t>(j)], e.toDouble(), kRel);
            MK_COMPARE_REL(json[QStringLiteral("two_group")].toObject()[keys[j].group].toObject()[keys[j].name].toDouble(), e.toDouble(), kRel);
            ++compared;
        }
        QCOMPARE(compared, 7 * static_cast<int>(twoGroups.size()));

        // Multigroup and local values over the fixture's multigroup groups.
        const IndexInput multiInput = fixtureInput(c, strings(c[QStringLiteral("multigroup_groups")]));
        const auto multi = IndexReport::compute(multiInput, {}, nullptr, IndexReport::Options{});
        QVERIFY(multi);
        const QJsonObject expectedMulti = c[QStringLiteral("multigroup")].toObject();
        const std::vector<double> multiValues = multi->summary.values();
        const QList<SegregationSummary::Key> multiKeys = SegregationSummary::keys(multiInput.groups(), false);
        compared = 0;
        for (qsizetype j = 0; j < multiKeys.size(); ++j) {
            if (!multiKeys[j].group.isEmpty())
                continue;
            QCOMPARE(IndexCatalogue::definition(multiKeys[j].id).scope, IndexScope::Multigroup);
            MK_COMPARE_REL(multiValues[static_cast<size_t>(j)], expectedMulti[multiKeys[j].name].toDouble(), kRel);
            ++compared;
        }
        QCOMPARE(compared, 4);
        MK_COMPARE_REL(multi->summary.multigroup.entropy, expectedMulti[QStringLiteral("entropy")].toDouble(), kRel);
        const QJsonObject local = c[QStringLiteral("local")].toObject();
        QCOMPARE(multi->local.unitIds, strings(local[QStringLiteral("ids")]));
        const QJsonArray entropy = local[QStringLiteral("entropy_nats")].toArray();
        const QJsonObject lq = local[QStringLiteral("location_quotient")].toObject();
        const qsizetype K = multiInput.groupCount();
        for (qsizetype i = 0; i < multi->local.unitIds.size(); ++i) {
            MK_COMPARE_REL(multi->local.entropy[static_cast<size_t>(i)], entropy[i].toDouble(), kRel);
            for (qsizetype k = 0; k < K; ++k)
                MK_COMPARE_REL(multi->local.locationQuotient[static_cast<size_t>(i * K + k)],
                               lq[multiInput.groups()[k]].toArray()[i].toDouble(), kRel);
        }
    }

    // The optional parts are there when asked for, and the comparison with the same table changes nothing.
    void optionalParts()
    {
        const QJsonObject c = fixtureCase(1);
        const IndexInput input = fixtureInput(c, strings(c[QStringLiteral("two_group_groups")]));
        IndexReport::Options options;
        options.withInference = true;
        options.inference.replicates = 20;
        options.inference.threads = 1;
        QStringList areas;
        for (qsizetype i = 0; i < input.unitCount(); ++i)
            areas.append(i < 5 ? QStringLiteral("noord") : QStringLiteral("zuid"));
        const auto r = IndexReport::compute(input, areas, &input, options);
        QVERIFY(r);
        QVERIFY(r->inference && r->decomposition && r->change);
        QCOMPARE(r->decomposition->areas.size(), 2);
        QCOMPARE(r->areaOfUnit, (std::vector<qsizetype>{0, 0, 0, 0, 0, 1, 1, 1, 1, 1}));
        MK_COMPARE_REL(r->decomposition->between + r->decomposition->within, r->summary.multigroup.mutualInformation, 1e-12);
        for (const IndexChange::Difference& d : r->change->differences)
            QVERIFY(!(std::abs(d.difference) > 1e-12));
        QCOMPARE(r->inference->estimates.size(), r->summary.values().size());

        options.privacyThreshold = 0.5;
        const auto bad = IndexReport::compute(input, {}, nullptr, options);
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TstIndexReport)
#include "tst_indexreport.moc"
