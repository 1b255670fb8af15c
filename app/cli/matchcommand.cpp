// SPDX-License-Identifier: GPL-3.0-or-later
// `mengkaart-cli match`: one matching on explicit input, for checking the admission engine against other tools.
#include "cli/clicommands.h"
#include "cli/commandline.h"

#include "admission/admissionproblem.h"
#include "admission/matching.h"
#include "admission/matchingverifier.h"
#include "io/csvtable.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTextStream>

#include <climits>
#include <cmath>

namespace Mk::Cli {

namespace {

/** The students and schools of the CSV files, by id, and the problem built from them. */
struct MatchInput {
    QStringList students;
    QStringList schools;
    AdmissionProblem problem;
};

QString fileName(const CsvTable& table)
{
    return QFileInfo(table.path()).fileName();
}

/** The column's index, or an error naming the file, the column and the columns it has. */
Result<qsizetype> column(const CsvTable& table, const QString& name)
{
    const qsizetype c = table.columnIndex(name);
    if (c < 0)
        return fail(ErrorCode::FieldMissing,
                    tr("%1 has no column \"%2\". Its columns are: %3.").arg(fileName(table), name, table.headers().join(QStringLiteral(", "))));
    return c;
}

Error cellError(const CsvTable& table, qsizetype row, qsizetype col, const QString& what)
{
    return fail(ErrorCode::InvalidValue,
                tr("%1, line %2, column \"%3\": %4").arg(fileName(table)).arg(table.lineNumber(row)).arg(table.headers()[col], what));
}

/** A whole number of at least `minimum` in the cell. */
Result<int> wholeNumber(const CsvTable& table, qsizetype row, qsizetype col, int minimum)
{
    const Result<double> v = table.number(row, col);
    if (!v)
        return v.error();
    if (*v != std::floor(*v) || *v < minimum || *v > INT_MAX - 1)
        return cellError(table, row, col, tr("\"%1\" must be a whole number of at least %2.").arg(table.text(row, col)).arg(minimum));
    return static_cast<int>(*v);
}

/** Reads an id column: every id present and given once. */
Result<QHash<QString, int>> readIds(const CsvTable& table, qsizetype col, QStringList& ids)
{
    QHash<QString, int> index;
    for (qsizetype r = 0; r < table.rowCount(); ++r) {
        const QString& id = table.text(r, col);
        if (id.isEmpty())
            return cellError(table, r, col, tr("the id is empty. Give every line an id."));
        if (index.contains(id))
            return cellError(table, r, col, tr("\"%1\" appears twice. Give every line its own id.").arg(id));
        index.insert(id, static_cast<int>(ids.size()));
        ids.append(id);
    }
    return index;
}

Result<MatchInput> readInput(const QString& studentsPath, const QString& schoolsPath, const QString& prioritiesPath)
{
    MatchInput in;
    in.problem.clear();
    auto schools = CsvTable::read(schoolsPath);
    if (!schools)
        return schools.error();
    const auto schoolId = column(*schools, QStringLiteral("id"));
    const auto capacity = column(*schools, QStringLiteral("capacity"));
    for (const auto* c : {&schoolId, &capacity})
        if (!*c)
            return c->error();
    const auto schoolIndex = readIds(*schools, *schoolId, in.schools);
    if (!schoolIndex)
        return schoolIndex.error();
    for (qsizetype r = 0; r < schools->rowCount(); ++r) {
        const Result<int> seats = wholeNumber(*schools, r, *capacity, 0);
        if (!seats)
            return seats.error();
        in.problem.addSchool(*seats);
    }

    auto students = CsvTable::read(studentsPath);
    if (!students)
        return students.error();
    const auto studentId = column(*students, QStringLiteral("id"));
    const auto preferences = column(*students, QStringLiteral("preferences"));
    const auto lottery = column(*students, QStringLiteral("lottery"));
    for (const auto* c : {&studentId, &preferences, &lottery})
        if (!*c)
            return c->error();
    const auto studentIndex = readIds(*students, *studentId, in.students);
    if (!studentIndex)
        return studentIndex.error();

    // Absent (student, school) pairs rank last: after every class a file can give.
    QHash<QPair<int, int>, int> classOf;
    if (!prioritiesPath.isEmpty()) {
        auto priorities = CsvTable::read(prioritiesPath);
        if (!priorities)
            return priorities.error();
        const auto pStudent = column(*priorities, QStringLiteral("student"));
        const auto pSchool = column(*priorities, QStringLiteral("school"));
        const auto pClass = column(*priorities, QStringLiteral("class"));
        for (const auto* c : {&pStudent, &pSchool, &pClass})
            if (!*c)
                return c->error();
        for (qsizetype r = 0; r < priorities->rowCount(); ++r) {
            const int s = studentIndex->value(priorities->text(r, *pStudent), -1);
            const int c = schoolIndex->value(priorities->text(r, *pSchool), -1);
            if (s < 0)
                return cellError(*priorities, r, *pStudent, tr("student \"%1\" is not in %2.").arg(priorities->text(r, *pStudent), fileName(*students)));
            if (c < 0)
                return cellError(*priorities, r, *pSchool, tr("school \"%1\" is not in %2.").arg(priorities->text(r, *pSchool), fileName(*schools)));
            const Result<double> k = priorities->number(r, *pClass);
            if (!k)
                return k.error();
            if (*k != std::floor(*k) || std::abs(*k) > 1e9)
                return cellError(*priorities, r, *pClass, tr("\"%1\" must be a whole number.").arg(priorities->text(r, *pClass)));
            if (classOf.contains({s, c}))
                return cellError(*priorities, r, *pSchool, tr("student \"%1\" and school \"%2\" appear twice. Keep one line per pair.")
                                                               .arg(priorities->text(r, *pStudent), priorities->text(r, *pSchool)));
            classOf.insert({s, c}, static_cast<int>(*k));
        }
    }

    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    std::vector<int> list, classes;
    for (qsizetype r = 0; r < students->rowCount(); ++r) {
        list.clear();
        classes.clear();
        for (const QString& id : students->text(r, *preferences).split(whitespace, Qt::SkipEmptyParts)) {
            const int c = schoolIndex->value(id, -1);
            if (c < 0)
                return cellError(*students, r, *preferences, tr("school \"%1\" is not in %2.").arg(id, fileName(*schools)));
            if (std::find(list.begin(), list.end(), c) != list.end())
                return cellError(*students, r, *preferences, tr("school \"%1\" is listed twice. List every school once, best first.").arg(id));
            list.push_back(c);
            classes.push_back(classOf.value({static_cast<int>(r), c}, INT_MAX));
        }
        const Result<double> number = students->number(r, *lottery);
        if (!number)
            return number.error();
        in.problem.addStudent(list, classes, *number);
    }
    return in;
}

QJsonObject toJson(const MatchInput& in, const Matching& m, const QString& mechanism, const MatchingCheck& check)
{
    QJsonArray assignment;
    const QJsonValue null(QJsonValue::Null);
    for (int s = 0; s < in.problem.studentCount(); ++s) {
        const int c = m.school[static_cast<size_t>(s)];
        assignment.append(QJsonObject{{QStringLiteral("student"), in.students[s]},
                                      {QStringLiteral("school"), c < 0 ? null : QJsonValue(in.schools[c])},
                                      {QStringLiteral("rank"), c < 0 ? null : QJsonValue(m.rank[static_cast<size_t>(s)])}});
    }
    return QJsonObject{{QStringLiteral("mechanism"), mechanism},
                       {QStringLiteral("assignment"), assignment},
                       {QStringLiteral("unassigned"), m.unassignedCount()},
                       {QStringLiteral("blocking_pairs"), check.blockingPairs + check.justifiedEnvy},
                       {QStringLiteral("verification"), QJsonObject{{QStringLiteral("capacity_violations"), check.capacityViolations},
                                                                    {QStringLiteral("list_violations"), check.listViolations},
                                                                    {QStringLiteral("wasteful_pairs"), check.wastefulPairs},
                                                                    {QStringLiteral("justified_envy"), check.justifiedEnvy},
                                                                    {QStringLiteral("stable_by_design"), mechanism == QLatin1String("da")}}}};
}

void printText(QTextStream& out, const MatchInput& in, const Matching& m, const QString& mechanism, const MatchingCheck& check)
{
    const QLocale locale;
    out << (mechanism == QLatin1String("da") ? tr("Student-proposing deferred acceptance") : tr("Adaptive immediate acceptance (Boston)")) << '\n';
    out << "  " << tr("student").leftJustified(20) << tr("school").leftJustified(20) << tr("rank") << '\n';
    for (int s = 0; s < in.problem.studentCount(); ++s) {
        const int c = m.school[static_cast<size_t>(s)];
        out << "  " << in.students[s].leftJustified(20) << (c < 0 ? tr("(unplaced)") : in.schools[c]).leftJustified(20)
            << (c < 0 ? QStringLiteral("-") : locale.toString(m.rank[static_cast<size_t>(s)])) << '\n';
    }
    out << tr("Placed %1 of %2; at their first choice %3.")
               .arg(locale.toString(in.problem.studentCount() - m.unassignedCount()), locale.toString(in.problem.studentCount()),
                    locale.toString(m.countAtRank(1)))
        << '\n';
    if (mechanism == QLatin1String("da"))
        out << tr("Blocking pairs: %1 (deferred acceptance is stable, so this must be 0).").arg(locale.toString(check.blockingPairs)) << '\n';
    else
        out << tr("Justified envy: %1 pairs of a student and a school she prefers that would rather have her "
                  "(immediate acceptance is not stable by design).")
                   .arg(locale.toString(check.justifiedEnvy))
            << '\n';
}

} // namespace

int runMatch(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("One school-choice matching on explicit input, for checking by other tools.\n"
           "students.csv: id, preferences (school ids, best first, separated by spaces), lottery (lower wins);\n"
           "schools.csv: id, capacity; priorities.csv: student, school, class (a whole number, lower = higher priority; "
           "absent pairs rank last). A school ranks its applicants by (class, lottery).\n"
           "JSON: {\"mechanism\", \"assignment\": [{\"student\", \"school\" (null if unplaced), \"rank\" (1 = first choice, "
           "null if unplaced)}], \"unassigned\", \"blocking_pairs\", \"verification\"}."));
    parser.addHelpOption();
    const QCommandLineOption studentsOpt(QStringLiteral("students"), tr("CSV of the students."), tr("FILE"));
    const QCommandLineOption schoolsOpt(QStringLiteral("schools"), tr("CSV of the schools."), tr("FILE"));
    const QCommandLineOption prioritiesOpt(QStringLiteral("priorities"), tr("CSV of priority classes per student and school (optional)."), tr("FILE"));
    const QCommandLineOption mechanismOpt(QStringLiteral("mechanism"),
                                          tr("da: student-proposing deferred acceptance (default); boston: adaptive immediate acceptance."),
                                          tr("NAME"), QStringLiteral("da"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), tr("Print one JSON object instead of a table."));
    parser.addOptions({studentsOpt, schoolsOpt, prioritiesOpt, mechanismOpt, jsonOpt});
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    QTextStream err(stderr);
    if (!parser.isSet(studentsOpt) || !parser.isSet(schoolsOpt)) {
        err << tr("--students and --schools are required.") << '\n' << parser.helpText();
        return 2;
    }
    const QString mechanism = parser.value(mechanismOpt);
    if (mechanism != QLatin1String("da") && mechanism != QLatin1String("boston")) {
        err << tr("--mechanism is da or boston, not \"%1\".").arg(mechanism) << '\n';
        return 2;
    }
    auto input = readInput(parser.value(studentsOpt), parser.value(schoolsOpt), parser.value(prioritiesOpt));
    if (!input) {
        err << input.error().toString() << '\n';
        return 1;
    }
    const auto engine = MatchingMechanism::create(mechanism == QLatin1String("da") ? MechanismKind::DeferredAcceptance
                                                                                    : MechanismKind::ImmediateAcceptance);
    Matching matching;
    engine->match(input->problem, matching);
    MatchingVerifier verifier;
    const MatchingCheck check = verifier.check(input->problem, matching, engine->isStable());
    QTextStream out(stdout);
    if (parser.isSet(jsonOpt))
        out << QJsonDocument(toJson(*input, matching, mechanism, check)).toJson(QJsonDocument::Indented);
    else
        printText(out, *input, matching, mechanism, check);
    return 0;
}

} // namespace Mk::Cli
