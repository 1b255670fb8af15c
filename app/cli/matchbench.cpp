// SPDX-License-Identifier: GPL-3.0-or-later
// `mengkaart-cli bench match`: the admission engine on a generated city, as the scenario engine calls it per run.
#include "cli/benchmarks.h"
#include "cli/commandline.h"

#include "admission/admissioncompiler.h"
#include "admission/admissionrules.h"
#include "admission/matchingverifier.h"
#include "index/randomtables.h"

#include <QCommandLineParser>
#include <QLocale>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Mk::Cli {

namespace {

struct CityShape {
    int students = 25000;
    int schools = 80;
    int listLength = 6;
    quint64 seed = 1;
};

/**
 * A 10 x 10 km city: schools at random places with room for about 5 % more children than there are, three SES
 * groups drifting from west to east, rankings by distance plus Gumbel noise (a logit with a 1.5 km scale), a
 * sibling at the first choice for 40 % of the children and a VVE indication for a fifth of the lowest group.
 */
AdmissionContext generatedCity(const CityShape& shape)
{
    auto engine = RandomTables::engine(shape.seed, 7, 0);
    const auto uniform = [&] { return RandomTables::uniform(engine); };
    constexpr double kSide = 10000.0;
    AdmissionContext ctx;
    ctx.groups = {QStringLiteral("low"), QStringLiteral("middle"), QStringLiteral("high")};
    const double meanCapacity = 1.05 * shape.students / shape.schools;
    for (int c = 0; c < shape.schools; ++c)
        ctx.schools.push_back({QStringLiteral("B%1").arg(c), static_cast<quint64>(c) + 1, QPointF(uniform() * kSide, uniform() * kSide),
                               static_cast<int>(std::lround(meanCapacity * (0.7 + 0.6 * uniform()))), true});
    std::vector<double> utility(static_cast<size_t>(shape.schools));
    std::vector<int> order(utility.size());
    std::vector<double> counts(3, 0.0);
    std::vector<std::vector<double>> catchment(utility.size(), std::vector<double>(3, 0.0));
    for (int i = 0; i < shape.students; ++i) {
        AdmissionContext::Child child;
        child.home = QPointF(uniform() * kSide, uniform() * kSide);
        const double east = child.home.x() / kSide, u = uniform();
        child.group = u < 0.5 - 0.4 * east ? 0 : u < 0.8 - 0.3 * east ? 1 : 2;
        for (size_t c = 0; c < utility.size(); ++c) {
            const QPointF d = child.home - ctx.schools[c].location;
            utility[c] = -std::hypot(d.x(), d.y()) / 1500.0 - std::log(-std::log(std::max(1e-300, uniform())));
        }
        std::iota(order.begin(), order.end(), 0);
        const auto k = static_cast<qsizetype>(std::min<size_t>(static_cast<size_t>(shape.listLength), order.size()));
        std::partial_sort(order.begin(), order.begin() + k, order.end(),
                          [&](int a, int b) { return utility[static_cast<size_t>(a)] > utility[static_cast<size_t>(b)]; });
        child.ranking.assign(order.begin(), order.begin() + k);
        const int nearest = static_cast<int>(std::min_element(ctx.schools.begin(), ctx.schools.end(), [&](const auto& a, const auto& b) {
                                                 const QPointF da = child.home - a.location, db = child.home - b.location;
                                                 return QPointF::dotProduct(da, da) < QPointF::dotProduct(db, db);
                                             })
                                             - ctx.schools.begin());
        child.siblingSchool = uniform() < 0.4 ? child.ranking.front() : -1;
        child.vveIndication = child.group == 0 && uniform() < 0.2;
        child.vvePartnerSchool = child.vveIndication ? nearest : -1;
        child.lottery = uniform();
        child.lotteryKey = engine();
        counts[static_cast<size_t>(child.group)] += 1;
        catchment[static_cast<size_t>(nearest)][static_cast<size_t>(child.group)] += 1;
        ctx.children.push_back(std::move(child));
    }
    for (const double n : counts)
        ctx.gemeenteShares.push_back(n / shape.students);
    for (std::vector<double>& shares : catchment) {
        const double total = std::accumulate(shares.begin(), shares.end(), 0.0);
        for (size_t g = 0; g < shares.size(); ++g)
            shares[g] = total > 0 ? shares[g] / total : ctx.gemeenteShares[g];
    }
    ctx.catchmentShares = std::move(catchment);
    return ctx;
}

QString milliseconds(const MedianTiming& t)
{
    const QLocale locale;
    return QStringLiteral("%1 ms (CPU %2 ms)").arg(locale.toString(t.wall * 1e3, 'f', 2), locale.toString(t.cpu * 1e3, 'f', 2));
}

} // namespace

int benchMatch(const QStringList& args, BenchFigures& figures)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Times compiling the admission rules, deferred acceptance and adaptive Boston, and verifying each "
                                        "matching, on a generated city (the median of --repeat runs)."));
    parser.addHelpOption();
    const CityShape defaults;
    const QCommandLineOption studentsOpt(QStringLiteral("students"), tr("Children of the generated city."), tr("N"), QString::number(defaults.students));
    const QCommandLineOption schoolsOpt(QStringLiteral("schools"), tr("Schools of the generated city."), tr("N"), QString::number(defaults.schools));
    const QCommandLineOption listOpt(QStringLiteral("list"), tr("Schools each child ranks."), tr("N"), QString::number(defaults.listLength));
    const QCommandLineOption rulesOpt(QStringLiteral("rules"), tr("Admission rules: a preset (%1) or a rules file; the list length is --list.")
                                                                   .arg(AdmissionRules::presetNames().join(QStringLiteral(", "))),
                                      tr("PRESET|FILE"), QStringLiteral("nijmegen"));
    const QCommandLineOption repeatOpt(QStringLiteral("repeat"), tr("Timed runs (the median is printed)."), tr("N"), QStringLiteral("21"));
    parser.addOptions({studentsOpt, schoolsOpt, listOpt, rulesOpt, repeatOpt});
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    CityShape shape;
    shape.students = std::max(1, parser.value(studentsOpt).toInt());
    shape.schools = std::max(1, parser.value(schoolsOpt).toInt());
    shape.listLength = std::max(1, parser.value(listOpt).toInt());
    const int repeat = std::max(1, parser.value(repeatOpt).toInt());
    QTextStream err(stderr);
    auto rules = AdmissionRules::presetOrFile(parser.value(rulesOpt));
    if (!rules) {
        err << rules.error().toString() << '\n';
        return 1;
    }
    rules->listLength = shape.listLength;
    const AdmissionContext city = generatedCity(shape);
    auto compiler = AdmissionCompiler::create(*rules, city);
    if (!compiler) {
        err << compiler.error().toString() << '\n';
        return 1;
    }
    AdmissionProblem problem;
    Result<void> compiled;
    const MedianTiming compileTime = timed(repeat, [&] { compiled = compiler->compile(city, problem); });
    if (!compiled) {
        err << compiled.error().toString() << '\n';
        return 1;
    }
    // The compiler keeps each child's nearest schools while her home stays put; a city whose homes move a metre
    // every other run times the case where the scenario engine draws new homes for every run.
    AdmissionContext moved = city;
    for (AdmissionContext::Child& child : moved.children)
        child.home += QPointF(1.0, 1.0);
    bool even = false;
    const MedianTiming movingTime = timed(repeat, [&] {
        even = !even;
        compiled = compiler->compile(even ? moved : city, problem);
    });
    compiled = compiler->compile(city, problem);
    const QLocale locale;
    QTextStream out(stdout);
    out << "match: " << locale.toString(shape.students) << " students x " << shape.schools << " schools x lists of " << shape.listLength
        << ", rules \"" << rules->name << "\": median wall time (mean CPU time) to compile " << milliseconds(compileTime)
        << " (new homes every run: " << milliseconds(movingTime) << ")\n";
    for (const MechanismKind kind : {MechanismKind::DeferredAcceptance, MechanismKind::ImmediateAcceptance}) {
        const auto mechanism = MatchingMechanism::create(kind);
        MatchingVerifier verifier;
        Matching matching;
        MatchingCheck check;
        const MedianTiming matchTime = timed(repeat, [&] { mechanism->match(problem, matching); });
        const MedianTiming checkTime = timed(repeat, [&] { check = verifier.check(problem, matching, mechanism->isStable()); });
        const int student = problem.studentCount() / 2;
        EligibilityCheck eligibility;
        const MedianTiming eligibilityTime = timed(std::max(1, repeat / 4), [&] {
            eligibility = verifier.checkEligibility(problem, matching, std::span<const int>(&student, 1), *mechanism);
        });
        figures.append({kind == MechanismKind::DeferredAcceptance ? QStringLiteral("deferred acceptance") : QStringLiteral("adaptive Boston"),
                        matchTime.wall, matchTime.cpu});
        const double n = std::max(1, problem.studentCount());
        out << "  " << (kind == MechanismKind::DeferredAcceptance ? "deferred acceptance" : "adaptive Boston") << ": "
            << milliseconds(matchTime) << " per matching, " << milliseconds(checkTime) << " per verification, "
            << milliseconds(eligibilityTime) << " per eligibility toggle; first choice "
            << locale.toString(100.0 * matching.countAtRank(1) / n, 'f', 1) << " %, unplaced "
            << locale.toString(100.0 * matching.unassignedCount() / n, 'f', 1) << " %, violations " << check.violations()
            << ", justified envy " << check.justifiedEnvy << '\n';
    }
    return 0;
}

} // namespace Mk::Cli
