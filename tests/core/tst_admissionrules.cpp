// SPDX-License-Identifier: GPL-3.0-or-later
#include "testutils.h"

#include "admission/admissioncompiler.h"
#include "admission/admissionrules.h"
#include "admission/admissionrulesdescription.h"
#include "admission/deferredacceptance.h"
#include "admission/matchingverifier.h"
#include "admission/nearestschools.h"

#include <QFile>
#include <QSet>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace Mk;

namespace {

/** Four schools on a line 1 km apart (S0 at x = 0 ... S3 at x = 3000), capacity 10 each; groups a, b, c. */
AdmissionContext lineTown()
{
    AdmissionContext ctx;
    ctx.groups = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    for (int c = 0; c < 4; ++c)
        ctx.schools.push_back({QStringLiteral("S%1").arg(c), static_cast<quint64>(1000 + c), QPointF(1000.0 * c, 0.0), 10, true});
    ctx.gemeenteShares = {0.25, 0.5, 0.25};
    return ctx;
}

AdmissionContext::Child childAt(double x, std::vector<int> ranking, int group = 0)
{
    AdmissionContext::Child child;
    child.home = QPointF(x, 0.0);
    child.ranking = std::move(ranking);
    child.group = group;
    child.lottery = 0.5;
    child.lotteryKey = 77;
    return child;
}

AdmissionRules rulesFrom(const char* json)
{
    auto rules = AdmissionRules::fromJson(QJsonDocument::fromJson(QByteArray(json)).object(), QStringLiteral("test.json"));
    if (!rules)
        qFatal("%s", qPrintable(rules.error().message));
    return *rules;
}

AdmissionProblem compiled(const AdmissionRules& rules, const AdmissionContext& ctx)
{
    auto problem = rules.compile(ctx);
    if (!problem)
        qFatal("%s", qPrintable(problem.error().message));
    return *problem;
}

std::vector<int> asVector(std::span<const int> s)
{
    return {s.begin(), s.end()};
}

std::vector<int> passSeats(const AdmissionProblem& p, int c)
{
    std::vector<int> seats;
    for (const SeatPass& pass : p.passes(c))
        seats.push_back(pass.seats);
    return seats;
}

/** Loads `content` written to a file called `name`; returns the error message ("" when it loads). */
QString loadError(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    f.close();
    const auto rules = AdmissionRules::load(path);
    return rules ? QString() : rules.error().message;
}

const char* kHeader = R"("format": "mengkaart-admission-rules", "version": 1, )";

} // namespace

/** Admission rules as data: presets, the strict file format and compiling rules into a matching problem. */
class TstAdmissionRules : public QObject
{
    Q_OBJECT
private slots:
    void everyPresetLoadsAndRoundTrips()
    {
        const QStringList names = AdmissionRules::presetNames();
        QCOMPARE(names, (QStringList{QStringLiteral("status-quo"), QStringLiteral("nijmegen"), QStringLiteral("utrecht"),
                                     QStringLiteral("amsterdam-po"), QStringLiteral("weesp"), QStringLiteral("amstelveen"),
                                     QStringLiteral("apeldoorn")}));
        QTemporaryDir dir;
        for (const QString& name : names) {
            const auto rules = AdmissionRules::preset(name);
            QVERIFY2(rules, qPrintable(rules ? QString() : rules.error().message));
            QCOMPARE(rules->name, name);
            QVERIFY(rules->source.contains(QStringLiteral("SCENARIOS.md §")));
            QVERIFY(!rules->description.isEmpty());
            const auto again = AdmissionRules::fromJson(rules->toJson(), name);
            QVERIFY(again);
            QVERIFY(*again == *rules);
            const QString path = dir.filePath(name + QStringLiteral(".json"));
            QVERIFY(rules->save(path));
            const auto loaded = AdmissionRules::load(path);
            QVERIFY(loaded);
            QVERIFY(*loaded == *rules);
        }
        // What the presets say, as SCENARIOS.md §1.3 lists it.
        QCOMPARE(AdmissionRules::preset(QStringLiteral("status-quo"))->mechanism, MechanismKind::ImmediateAcceptance);
        const AdmissionRules nijmegen = *AdmissionRules::preset(QStringLiteral("nijmegen"));
        QCOMPARE(nijmegen.priorities.size(), 2);
        QCOMPARE(nijmegen.priorities[1].nearest, 3);
        QCOMPARE(nijmegen.priorities[1].exemptSchools.size(), 2);
        QCOMPARE(AdmissionRules::preset(QStringLiteral("utrecht"))->priorities[1].kind, AdmissionPriority::Kind::VvePartner);
        QCOMPARE(AdmissionRules::preset(QStringLiteral("amsterdam-po"))->listLength, 10);
        QVERIFY(AdmissionRules::preset(QStringLiteral("weesp"))->reserve.has_value());
        QVERIFY(AdmissionRules::preset(QStringLiteral("amstelveen"))->backup);
        QCOMPARE(AdmissionRules::preset(QStringLiteral("apeldoorn"))->priorities[1].nearest, 6);
        QVERIFY(!AdmissionRules::preset(QStringLiteral("rotterdam")));
        QVERIFY(AdmissionRules::preset(QStringLiteral("rotterdam")).error().message.contains(QStringLiteral("apeldoorn")));
    }

    void everySeatPolicyRoundTrips()
    {
        for (const char* policy : {R"("reserve": {"eligible": ["b", "c"], "seats": 2, "precedence": "last", "soft": false, "schools": ["S1"]})",
                                   R"("baskets": {"pools": [{"groups": ["a"]}, {"groups": ["b", "c"]}], "relativeTo": "gemeente", "soft": true})",
                                   R"("baskets": {"pools": [{"groups": ["a"], "share": 0.4}, {"groups": ["b", "c"], "share": 0.6}], "soft": false})",
                                   R"("targetMix": {"groups": ["a"], "relativeTo": "catchment", "tolerance": 0.1})",
                                   R"("targetMix": {"groups": ["a"], "share": 0.3, "tolerance": 0.05, "schools": ["S0", "S2"]})"}) {
            const QByteArray json = QByteArray("{") + kHeader + R"("mechanism": "da", "tieBreaking": "multiple", "priorities": [)"
                                    + R"({"class": "proximity", "linkedSchools": {"1234": ["S0", "S1"]}, "exemptSchools": ["S2"]}], )" + policy + "}";
            const AdmissionRules rules = rulesFrom(json.constData());
            QCOMPARE(rules.tieBreaking, TieBreaking::Multiple);
            QVERIFY(*AdmissionRules::fromJson(rules.toJson(), QStringLiteral("again")) == rules);
        }
    }

    void badFilesNameTheFileAndTheKey()
    {
        QTemporaryDir dir;
        const auto rules = [](const char* body) -> QByteArray { return QByteArray("{") + kHeader + body + "}"; };
        struct Case {
            const char* file;
            QByteArray content;
            QStringList expected;
        };
        const Case cases[] = {
            {"unknown_key.json", rules(R"("mechanism": "da", "reserv": {})"), {QStringLiteral("\"reserv\""), QStringLiteral("Remove it")}},
            {"nested_key.json", rules(R"("mechanism": "da", "priorities": [{"class": "proximity", "nearst": 3}])"),
             {QStringLiteral("priorities[0].nearst")}},
            {"wrong_type.json", rules(R"("mechanism": "da", "listLength": "six")"), {QStringLiteral("\"listLength\""), QStringLiteral("whole number")}},
            {"share_too_big.json", rules(R"("mechanism": "da", "reserve": {"eligible": "vve", "share": 1.5, "precedence": "first", "soft": true})"),
             {QStringLiteral("reserve.share"), QStringLiteral("from 0 to 1"), QStringLiteral("1.5")}},
            {"mechanism.json", rules(R"("mechanism": "ttc")"), {QStringLiteral("\"mechanism\""), QStringLiteral("\"da\" or \"boston\""), QStringLiteral("\"ttc\"")}},
            {"no_mechanism.json", rules(R"("listLength": 4)"), {QStringLiteral("\"mechanism\""), QStringLiteral("missing")}},
            {"two_policies.json",
             rules(R"("mechanism": "da", "reserve": {"eligible": "vve", "seats": 1, "precedence": "first", "soft": true}, "targetMix": {"groups": ["a"], "share": 0.3})"),
             {QStringLiteral("one seat policy")}},
            {"no_precedence.json", rules(R"("mechanism": "da", "reserve": {"eligible": "vve", "seats": 1, "soft": true})"),
             {QStringLiteral("reserve.precedence")}},
            {"pools_sum.json", rules(R"("mechanism": "da", "baskets": {"pools": [{"groups": ["a"], "share": 0.5}, {"groups": ["b"], "share": 0.6}], "soft": true})"),
             {QStringLiteral("baskets.pools"), QStringLiteral("add up to 1")}},
            {"backup.json", rules(R"("mechanism": "da", "backup": true)"), {QStringLiteral("\"backup\""), QStringLiteral("proximity")}},
            {"soft_text.json", rules(R"("mechanism": "da", "reserve": {"eligible": "vve", "seats": 1, "precedence": "first", "soft": "yes"})"),
             {QStringLiteral("reserve.soft"), QStringLiteral("true or false")}},
            {"version.json", QByteArray(R"({"format": "mengkaart-admission-rules", "version": 2, "mechanism": "da"})"), {QStringLiteral("version 2")}},
            {"not_rules.json", QByteArray(R"({"format": "mengkaart-column-mapping", "version": 1})"), {QStringLiteral("not a file of Mengkaart admission rules")}},
            {"broken.json", QByteArray(R"({"format": )"), {QStringLiteral("not valid JSON")}},
        };
        for (const Case& c : cases) {
            const QString message = loadError(dir, QLatin1String(c.file), c.content);
            QVERIFY2(message.contains(QLatin1String(c.file)), qPrintable(message));
            for (const QString& part : c.expected)
                QVERIFY2(message.contains(part), qPrintable(QLatin1String(c.file) + QStringLiteral(": ") + message));
        }
        QVERIFY(loadError(dir, QStringLiteral("good.json"), rules(R"("mechanism": "boston")")).isEmpty());
        const auto absent = AdmissionRules::load(dir.filePath(QStringLiteral("absent.json")));
        QVERIFY(!absent);
        QVERIFY(absent.error().message.contains(QStringLiteral("absent.json")));
    }

    void listsAreCleanedTruncatedAndBackedUp()
    {
        AdmissionContext ctx = lineTown();
        ctx.schools[3].open = false;
        ctx.children.push_back(childAt(900, {3, 0, 0, 1, 2}));
        ctx.children.push_back(childAt(2100, {2}));
        const AdmissionRules plain = rulesFrom(R"({"format": "mengkaart-admission-rules", "version": 1, "mechanism": "da", "listLength": 2,
            "priorities": [{"class": "proximity", "nearest": 2}]})");
        AdmissionProblem p = compiled(plain, ctx);
        QCOMPARE(p.schoolCount(), 4);
        QCOMPARE(p.school(3).capacity, 0); // closed: kept for its index, never listed
        QCOMPARE(asVector(p.preferences(0)), (std::vector<int>{0, 1}));
        QCOMPARE(asVector(p.preferences(1)), (std::vector<int>{2}));
        // Nearest two open schools: child 0 (x = 900) has 1 and 0; child 1 (x = 2100) has 2 and 1 (3 is closed).
        QCOMPARE(asVector(p.classes(0)), (std::vector<int>{0, 0}));
        QCOMPARE(asVector(p.classes(1)), (std::vector<int>{0}));
        AdmissionRules backup = plain;
        backup.backup = true;
        p = compiled(backup, ctx);
        QCOMPARE(asVector(p.preferences(0)), (std::vector<int>{0, 1}));       // both priority schools listed already
        QCOMPARE(asVector(p.preferences(1)), (std::vector<int>{2, 1}));       // S1 appended: a priority school not listed
        QCOMPARE(asVector(p.classes(1)), (std::vector<int>{0, 0}));
    }

    void priorityClassesInOrder()
    {
        AdmissionContext ctx = lineTown();
        AdmissionContext::Child child = childAt(900, {0, 1, 2, 3});
        child.siblingSchool = 2;
        child.vvePartnerSchool = 3;
        ctx.children.push_back(child);
        child.vveIndication = true;
        ctx.children.push_back(child);
        const AdmissionRules rules = rulesFrom(R"({"format": "mengkaart-admission-rules", "version": 1, "mechanism": "da",
            "priorities": [{"class": "siblings", "share": 0.3}, {"class": "vvePartner"},
                           {"class": "proximity", "nearest": 2, "exemptSchools": ["S1", "S9"]}]})");
        QCOMPARE(rules.siblingShare(), 0.3);
        Diagnostics diagnostics;
        auto compiler = AdmissionCompiler::create(rules, ctx, &diagnostics);
        QVERIFY(compiler);
        QCOMPARE(diagnostics.size(), 1); // S9 is not a loaded school
        QVERIFY(diagnostics.items().first().message.contains(QStringLiteral("S9")));
        AdmissionProblem p;
        QVERIFY(compiler->compile(ctx, p));
        // S1 is exempt, so the two nearest non-exempt schools of x = 900 are S0 and S2. Classes: sibling 0, vvePartner 1,
        // proximity 2, none 3. Without an indication the partner voorschool gives no priority.
        QCOMPARE(asVector(p.classes(0)), (std::vector<int>{2, 3, 0, 3}));
        QCOMPARE(asVector(p.classes(1)), (std::vector<int>{2, 3, 0, 1}));
    }

    void multipleTieBreakingHashesChildAndSchool()
    {
        AdmissionContext ctx = lineTown();
        ctx.children.push_back(childAt(0, {0, 1, 2}));
        AdmissionRules rules = rulesFrom(R"({"format": "mengkaart-admission-rules", "version": 1, "mechanism": "da", "tieBreaking": "multiple"})");
        const AdmissionProblem p = compiled(rules, ctx);
        QCOMPARE(p.tieBreaking(), TieBreaking::Multiple);
        for (int k = 0; k < 3; ++k)
            QCOMPARE(p.applicant(0, k).lottery, AdmissionCompiler::schoolLottery(77, static_cast<quint64>(1000 + k)));
        QVERIFY(p.applicant(0, 0).lottery != p.applicant(0, 1).lottery);
        double sum = 0.0;
        for (quint64 key = 0; key < 20000; ++key) {
            const double u = AdmissionCompiler::schoolLottery(key, 5);
            QVERIFY(u >= 0.0 && u < 1.0);
            sum += u;
        }
        QVERIFY(std::abs(sum / 20000 - 0.5) < 0.01);
        rules.tieBreaking = TieBreaking::Single;
        QCOMPARE(compiled(rules, ctx).applicant(0, 2).lottery, 0.5);
    }

    void seatPoliciesFromRules()
    {
        AdmissionContext ctx = lineTown();
        ctx.children.push_back(childAt(0, {0}, 0));
        AdmissionContext::Child vve = childAt(0, {0}, 1);
        vve.vveIndication = true;
        ctx.children.push_back(vve);
        // A quarter of 10 seats rounds to 3; only S1 and S3 reserve.
        AdmissionProblem p = compiled(rulesFrom(R"({"format": "mengkaart-admission-rules", "version": 1, "mechanism": "da",
            "reserve": {"eligible": "vve", "share": 0.25, "precedence": "last", "soft": false, "schools": ["S1", "S3"]}})"), ctx);
        QCOMPARE(p.school(0).reserveSeats, 0);
        QCOMPARE(p.school(1).reserveSeats, 3);
        QCOMPARE(passSeats(p, 1), (std::vector<int>{7, 3})); // open seats first, then the hard reserve
        QVERIFY(!p.isReserveEligible(0));
        QVERIFY(p.isReserveEligible(1));
        p = compiled(rulesFrom(R"({"format": "mengkaart-admission-rules", "version": 1, "mechanism": "da",
            "reserve": {"eligible": ["b"], "seats": 2, "precedence": "first", "soft": true}})"), ctx);
        QCOMPARE(passSeats(p, 0), (std::vector<int>{2, 10}));
        QVERIFY(p.isReserveEligible(1)); // group b
        // Baskets relative to the gemeente: a = 0.25, b + c = 0.75 of 10 seats: 2.5 and 7.5, the tie to the first pool.
        p = compiled(rulesFrom(R"({"format": "mengkaart-admission-rules", "version": 1, "mechanism": "da",
            "baskets": {"pools": [{"groups": ["a"]}, {"groups": ["b", "c"]}], "relativeTo": "gemeente", "soft": true}})"), ctx);
        QCOMPARE(p.typeCount(), 2);
        QCOMPARE(passSeats(p, 2), (std::vector<int>{3, 7, 10}));
        QCOMPARE(p.seatType(0), 0);
        QCOMPARE(p.seatType(1), 1);
        // A target mix of 30 % ± 10 % of group a: floors (2, 6), ceilings (4, 8) of 10 seats.
        p = compiled(rulesFrom(R"({"format": "mengkaart-admission-rules", "version": 1, "mechanism": "da",
            "targetMix": {"groups": ["a"], "share": 0.3, "tolerance": 0.1}})"), ctx);
        const std::span<const SeatPass> passes = p.passes(0);
        QCOMPARE(passes.size(), size_t(3));
        const std::span<const int> limits = p.ceilings();
        QCOMPARE((std::vector<int>{limits[static_cast<size_t>(passes[0].ceilings)], limits[static_cast<size_t>(passes[0].ceilings) + 1]}),
                 (std::vector<int>{2, 6}));
        QCOMPARE((std::vector<int>{limits[static_cast<size_t>(passes[1].ceilings)], limits[static_cast<size_t>(passes[1].ceilings) + 1]}),
                 (std::vector<int>{4, 8}));
        // Relative to the catchment: each school its own target; without catchment shares, a clear error.
        const AdmissionRules catchment = rulesFrom(R"({"format": "mengkaart-admission-rules", "version": 1, "mechanism": "da",
            "targetMix": {"groups": ["a"], "relativeTo": "catchment"}})");
        const auto missing = catchment.compile(ctx);
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("targetMix.relativeTo")));
        ctx.catchmentShares = {{0.1, 0.5, 0.4}, {0.5, 0.5, 0.0}, {0.0, 0.5, 0.5}, {1.0, 0.0, 0.0}};
        p = compiled(catchment, ctx);
        QCOMPARE(p.ceilings()[static_cast<size_t>(p.passes(1)[0].ceilings)], 5);
        QCOMPARE(p.ceilings()[static_cast<size_t>(p.passes(3)[1].ceilings)], 10);
    }

    void rulesNamingAbsentGroupsAreRefused()
    {
        AdmissionContext ctx = lineTown();
        const auto result = rulesFrom(R"({"format": "mengkaart-admission-rules", "version": 1, "mechanism": "da",
            "reserve": {"eligible": ["laag"], "seats": 1, "precedence": "first", "soft": true}})").compile(ctx);
        QVERIFY(!result);
        QVERIFY(result.error().message.contains(QStringLiteral("reserve.eligible")));
        QVERIFY(result.error().message.contains(QStringLiteral("\"laag\"")));
        QVERIFY(result.error().message.contains(QStringLiteral("a, b, c")));
        const auto unpooled = rulesFrom(R"({"format": "mengkaart-admission-rules", "version": 1, "mechanism": "da",
            "baskets": {"pools": [{"groups": ["a"], "share": 0.5}, {"groups": ["b"], "share": 0.5}], "soft": true}})").compile(ctx);
        QVERIFY(!unpooled);
        QVERIFY(unpooled.error().message.contains(QStringLiteral("\"c\" is in no pool")));
    }

    void backupListsPlaceEveryChildWhenThereIsRoom()
    {
        // 400 children, 12 schools with room for 600, each child listing one random school: with the back-up list of
        // the four nearest (Amstelveen) nobody is left out; with the same lists and no back-up some are.
        std::mt19937_64 rng(4);
        std::uniform_real_distribution<double> coordinate(0.0, 5000.0), unit(0.0, 1.0);
        AdmissionContext ctx;
        ctx.groups = {QStringLiteral("a")};
        for (int c = 0; c < 12; ++c)
            ctx.schools.push_back({QStringLiteral("S%1").arg(c), static_cast<quint64>(c), QPointF(coordinate(rng), coordinate(rng)), 50, true});
        for (int i = 0; i < 400; ++i) {
            AdmissionContext::Child child = childAt(0, {static_cast<int>(unit(rng) * 3)});
            child.home = QPointF(coordinate(rng), coordinate(rng));
            child.lottery = unit(rng);
            ctx.children.push_back(child);
        }
        AdmissionRules rules = *AdmissionRules::preset(QStringLiteral("amstelveen"));
        DeferredAcceptance da;
        MatchingVerifier verifier;
        Matching m;
        const AdmissionProblem withBackup = compiled(rules, ctx);
        da.match(withBackup, m);
        QCOMPARE(m.unassignedCount(), 0);
        QCOMPARE(verifier.check(withBackup, m, true).violations(), 0);
        rules.backup = false;
        const AdmissionProblem without = compiled(rules, ctx);
        da.match(without, m);
        QVERIFY(m.unassignedCount() > 0);
    }

    void nearestSchoolsAgreeWithBruteForce()
    {
        std::mt19937_64 rng(11);
        std::uniform_real_distribution<double> coordinate(0.0, 4000.0);
        for (const int k : {1, 3, 6, 40}) {
            std::vector<int> schools;
            std::vector<QPointF> places;
            for (int c = 0; c < 30; ++c) {
                schools.push_back(c * 2 + 1); // the indexes reported need not be 0..n-1
                // On a 250 m lattice some distances tie, so the tie-break is exercised too.
                places.emplace_back(250.0 * std::floor(coordinate(rng) / 250.0), 250.0 * std::floor(coordinate(rng) / 250.0));
            }
            NearestSchools grid;
            grid.build(schools, places, k, QRectF(0, 0, 3000, 3000)); // homes beyond 3 km: the full scan
            std::vector<int> found(static_cast<size_t>(k));
            for (int h = 0; h < 2000; ++h) {
                const QPointF home(h % 7 == 0 ? 250.0 * (h % 17) : coordinate(rng), coordinate(rng));
                std::vector<std::pair<double, int>> all;
                for (size_t c = 0; c < schools.size(); ++c) {
                    const QPointF d = places[c] - home;
                    all.emplace_back(QPointF::dotProduct(d, d), schools[c]);
                }
                std::sort(all.begin(), all.end());
                const int count = grid.find(home, found.data());
                QCOMPARE(count, std::min(k, 30));
                for (int i = 0; i < count; ++i)
                    QCOMPARE(found[static_cast<size_t>(i)], all[static_cast<size_t>(i)].second);
            }
        }
        // Through the compiler: the proximity class is given exactly at the k nearest, whatever the homes do between runs.
        AdmissionContext ctx;
        ctx.groups = {QStringLiteral("a")};
        for (int c = 0; c < 25; ++c)
            ctx.schools.push_back({QStringLiteral("S%1").arg(c), static_cast<quint64>(c), QPointF(coordinate(rng), coordinate(rng)), 5, c % 9 != 4});
        std::vector<int> all(25);
        std::iota(all.begin(), all.end(), 0);
        for (int i = 0; i < 300; ++i) {
            AdmissionContext::Child child = childAt(0, all);
            child.home = QPointF(coordinate(rng), coordinate(rng));
            ctx.children.push_back(child);
        }
        AdmissionRules rules = rulesFrom(R"({"format": "mengkaart-admission-rules", "version": 1, "mechanism": "da", "listLength": 20,
            "priorities": [{"class": "proximity", "nearest": 4, "exemptSchools": ["S0"]}]})");
        auto compiler = AdmissionCompiler::create(rules, ctx);
        QVERIFY(compiler);
        AdmissionProblem p;
        for (int run = 0; run < 3; ++run) {
            if (run == 2)
                for (int i = 0; i < 300; i += 2)
                    ctx.children[static_cast<size_t>(i)].home += QPointF(700.0, -300.0); // some move, some stay
            QVERIFY(compiler->compile(ctx, p));
            for (int s = 0; s < p.studentCount(); ++s) {
                std::vector<std::pair<double, int>> open;
                for (int c = 1; c < 25; ++c) {
                    if (!ctx.schools[static_cast<size_t>(c)].open)
                        continue;
                    const QPointF d = ctx.schools[static_cast<size_t>(c)].location - ctx.children[static_cast<size_t>(s)].home;
                    open.emplace_back(QPointF::dotProduct(d, d), c);
                }
                std::sort(open.begin(), open.end());
                const std::span<const int> list = p.preferences(s);
                for (size_t k = 0; k < list.size(); ++k) {
                    const bool near = std::any_of(open.begin(), open.begin() + 4, [&](const auto& e) { return e.second == list[k]; });
                    QCOMPARE(p.classes(s)[k], near ? 0 : 1);
                }
            }
        }
    }

    void compilingAgainReusesAndReproduces()
    {
        AdmissionContext ctx = lineTown();
        for (int i = 0; i < 30; ++i)
            ctx.children.push_back(childAt(100.0 * i, {i % 4, (i + 1) % 4}, i % 3));
        auto compiler = AdmissionCompiler::create(*AdmissionRules::preset(QStringLiteral("weesp")), ctx);
        QVERIFY(compiler);
        AdmissionProblem first, reused;
        QVERIFY(compiler->compile(ctx, first));
        QVERIFY(compiler->compile(ctx, reused));
        QVERIFY(compiler->compile(ctx, reused));
        for (int s = 0; s < first.studentCount(); ++s) {
            QCOMPARE(asVector(reused.preferences(s)), asVector(first.preferences(s)));
            QCOMPARE(asVector(reused.classes(s)), asVector(first.classes(s)));
        }
        ctx.schools.pop_back();
        QVERIFY(!compiler->compile(ctx, reused)); // another set of schools needs its own compiler
    }

    // Every preset has a title for people, distinct from the others' and translated into Dutch; a name that is no
    // preset has none.
    void everyPresetHasATitleInBothLanguages()
    {
        const auto nl = TextLanguage::load(QStringLiteral("nl"));
        const auto english = TextLanguage::load(QStringLiteral("en"));
        QVERIFY(nl && english);
        QSet<QString> titles;
        for (const QString& name : AdmissionRules::presetNames()) {
            const QString en = AdmissionRulesDescription::presetTitle(name, *english);
            const QString dutch = AdmissionRulesDescription::presetTitle(name, *nl);
            QVERIFY2(!en.isEmpty(), qPrintable(name));
            QVERIFY2(dutch != en, qPrintable(en));
            titles.insert(en);
        }
        QCOMPARE(titles.size(), AdmissionRules::presetNames().size());
        QVERIFY(AdmissionRulesDescription::presetTitle(QStringLiteral("atlantis"), *english).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstAdmissionRules)
#include "tst_admissionrules.moc"
