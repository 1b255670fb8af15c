// SPDX-License-Identifier: GPL-3.0-or-later
#include "goals/leagoal.h"
#include "i18n/textlanguage.h"
#include "index/indexcatalogue.h"
#include "index/indexinput.h"
#include "index/segregationsummary.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Mk;

/** The index catalogue: complete, unique, and the order every keyed list of indices follows. */
class TstIndexCatalogue : public QObject
{
    Q_OBJECT
private slots:
    void everyIdHasItsEntry()
    {
        const auto all = IndexCatalogue::all();
        QCOMPARE(all.size(), static_cast<size_t>(IndexId::OrdinalVariation) + 1);
        for (size_t i = 0; i < all.size(); ++i) {
            const auto id = static_cast<IndexId>(i);
            QCOMPARE(all[i].id, id);
            QCOMPARE(&IndexCatalogue::definition(id), &all[i]);
        }
    }

    void textsInBothLanguages()
    {
        for (const char* code : {"nl", "en"}) {
            const auto language = TextLanguage::load(QLatin1String(code));
            QVERIFY2(language, code);
            for (const IndexDefinition& d : IndexCatalogue::all()) {
                const QString key = IndexCatalogue::key(d.id);
                QVERIFY2(!key.isEmpty(), code);
                QVERIFY2(!IndexCatalogue::label(d.id, *language).trimmed().isEmpty(), qPrintable(key));
                // A description is a sentence or two, not a repeated label.
                const QString description = IndexCatalogue::description(d.id, *language);
                QVERIFY2(description.size() > 40 && description.endsWith(QLatin1Char('.')), qPrintable(key));
                QVERIFY2(description != IndexCatalogue::label(d.id, *language), qPrintable(key));
                // "Author (year), journal": a year in brackets.
                QVERIFY2(IndexCatalogue::citation(d.id).contains(QRegularExpression(QStringLiteral("\\((19|20)\\d\\d\\)"))), qPrintable(key));
            }
        }
    }

    void keysUniqueWithinScopeAndRoundTrip()
    {
        QSet<QString> seen[2];
        for (const IndexDefinition& d : IndexCatalogue::all()) {
            QSet<QString>& keys = seen[static_cast<int>(d.scope)];
            const QString key = IndexCatalogue::key(d.id);
            QVERIFY2(!keys.contains(key), qPrintable(key));
            keys.insert(key);
            QCOMPARE(IndexCatalogue::fromKey(d.scope, key), std::optional<IndexId>(d.id));
            // Machine keys: lower case, no spaces, never translated.
            QVERIFY2(key == key.toLower() && !key.contains(QLatin1Char(' ')), qPrintable(key));
        }
        QVERIFY(!IndexCatalogue::fromKey(IndexScope::TwoGroup, u"mutual_information"));
        QVERIFY(!IndexCatalogue::fromKey(IndexScope::Multigroup, u"gini"));
    }

    // The JSON keys are a contract of mengkaart-cli indices (issue 3): they must never change.
    void jsonKeysAreTheContract()
    {
        const QStringList twoGroup{QStringLiteral("dissimilarity"), QStringLiteral("gini"), QStringLiteral("theil_h"),
                                   QStringLiteral("isolation"), QStringLiteral("exposure"), QStringLiteral("correlation_ratio"),
                                   QStringLiteral("atkinson_0.1"), QStringLiteral("atkinson_0.5"), QStringLiteral("atkinson_0.9")};
        const QStringList multigroup{QStringLiteral("dissimilarity"), QStringLiteral("theil_h"), QStringLiteral("mutual_information"),
                                     QStringLiteral("normalized_exposure"), QStringLiteral("ordinal_variation")};
        QStringList gotTwo, gotMulti;
        for (const IndexDefinition& d : IndexCatalogue::all())
            (d.scope == IndexScope::TwoGroup ? gotTwo : gotMulti).append(IndexCatalogue::key(d.id));
        QCOMPARE(gotTwo, twoGroup);
        QCOMPARE(gotMulti, multigroup);
        QVERIFY(IndexCatalogue::definition(IndexId::Exposure).lowerIsMoreSegregated);
        QVERIFY(IndexCatalogue::definition(IndexId::OrdinalVariation).orderedGroupsOnly);
        QCOMPARE(goalIndicatorKey(GoalIndicator::Dissimilarity), QStringLiteral("dissimilarity"));
        QCOMPARE(goalIndicatorKey(GoalIndicator::MutualInformation), QStringLiteral("mutual_information"));
        QCOMPARE(goalIndicatorFromKey(QStringLiteral("choice_share")), std::optional<GoalIndicator>(GoalIndicator::ChoiceShare));
    }

    void summaryKeysFollowTheCatalogue_data()
    {
        QTest::addColumn<bool>("ordered");
        QTest::newRow("unordered") << false;
        QTest::newRow("ordered") << true;
    }
    void summaryKeysFollowTheCatalogue()
    {
        QFETCH(bool, ordered);
        const QStringList groups{QStringLiteral("laag"), QStringLiteral("midden"), QStringLiteral("hoog")};
        QList<SegregationSummary::Key> expected;
        for (const QString& g : groups)
            for (const IndexDefinition& d : IndexCatalogue::all())
                if (d.scope == IndexScope::TwoGroup)
                    expected.append({g, QLatin1String(d.key), d.lowerIsMoreSegregated, d.id});
        for (const IndexDefinition& d : IndexCatalogue::all())
            if (d.scope == IndexScope::Multigroup && (ordered || !d.orderedGroupsOnly))
                expected.append({QString(), QLatin1String(d.key), d.lowerIsMoreSegregated, d.id});
        const QList<SegregationSummary::Key> keys = SegregationSummary::keys(groups, ordered);
        QCOMPARE(keys.size(), expected.size());
        for (qsizetype j = 0; j < keys.size(); ++j) {
            QCOMPARE(keys[j].group, expected[j].group);
            QCOMPARE(keys[j].name, expected[j].name);
            QCOMPARE(keys[j].id, expected[j].id);
            QCOMPARE(keys[j].lowerIsMoreSegregated, expected[j].lowerIsMoreSegregated);
        }

        // values() holds, under each key, the field of the index structs that the id names.
        auto input = IndexInput::create({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, groups,
                                        {30, 10, 5, 8, 20, 12, 2, 9, 40});
        QVERIFY(input);
        input->setOrdered(ordered);
        const SegregationSummary s = SegregationSummary::compute(*input);
        const std::vector<double> v = s.values();
        QCOMPARE(v.size(), static_cast<size_t>(keys.size()));
        for (qsizetype j = 0; j < keys.size(); ++j) {
            const TwoGroupIndices* t = keys[j].group.isEmpty() ? nullptr : &s.twoGroup[static_cast<size_t>(groups.indexOf(keys[j].group))];
            const MultigroupIndices& m = s.multigroup;
            double field = 0.0;
            switch (keys[j].id) {
            case IndexId::Dissimilarity: field = t->dissimilarity; break;
            case IndexId::Gini: field = t->gini; break;
            case IndexId::TheilH: field = t->theilH; break;
            case IndexId::Isolation: field = t->isolation; break;
            case IndexId::Exposure: field = t->exposure; break;
            case IndexId::CorrelationRatio: field = t->correlationRatio; break;
            case IndexId::Atkinson01: field = t->atkinson01; break;
            case IndexId::Atkinson05: field = t->atkinson05; break;
            case IndexId::Atkinson09: field = t->atkinson09; break;
            case IndexId::MultigroupDissimilarity: field = m.dissimilarity; break;
            case IndexId::MultigroupTheilH: field = m.theilH; break;
            case IndexId::MutualInformation: field = m.mutualInformation; break;
            case IndexId::NormalizedExposure: field = m.normalizedExposure; break;
            case IndexId::OrdinalVariation: field = m.ordinalVariation; break;
            }
            QCOMPARE(v[static_cast<size_t>(j)], field);
        }
    }
};

QTEST_GUILESS_MAIN(TstIndexCatalogue)
#include "tst_indexcatalogue.moc"
