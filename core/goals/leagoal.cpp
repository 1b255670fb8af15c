// SPDX-License-Identifier: GPL-3.0-or-later
#include "goals/leagoal.h"

#include "io/jsonkeys.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

#include <array>
#include <cmath>
#include <utility>

namespace Mk {

namespace {

constexpr std::array kIndicators{GoalIndicator::SchoolsMirroringShare, GoalIndicator::Dissimilarity, GoalIndicator::MutualInformation,
                                 GoalIndicator::ChoiceShare, GoalIndicator::SchoolwegingSpread};

/** Keys of the indicators that are not an index of the catalogue (those use the index's key). */
const std::array<std::pair<GoalIndicator, const char*>, 3> kIndicatorKeys{{
    {GoalIndicator::SchoolsMirroringShare, "schools_mirroring_share"},
    {GoalIndicator::ChoiceShare, "choice_share"},
    {GoalIndicator::SchoolwegingSpread, "schoolweging_spread"},
}};

QString comparisonKey(GoalComparison c)
{
    return c == GoalComparison::AtLeast ? QStringLiteral("at_least") : QStringLiteral("at_most");
}

} // namespace

std::optional<IndexId> goalIndex(GoalIndicator indicator)
{
    switch (indicator) {
    case GoalIndicator::Dissimilarity: return IndexId::Dissimilarity;
    case GoalIndicator::MutualInformation: return IndexId::MutualInformation;
    case GoalIndicator::SchoolsMirroringShare:
    case GoalIndicator::ChoiceShare:
    case GoalIndicator::SchoolwegingSpread: break;
    }
    return std::nullopt;
}

QString goalIndicatorKey(GoalIndicator indicator)
{
    if (const std::optional<IndexId> index = goalIndex(indicator))
        return IndexCatalogue::key(*index);
    for (const auto& [value, key] : kIndicatorKeys)
        if (value == indicator)
            return QString::fromLatin1(key);
    return {};
}

std::optional<GoalIndicator> goalIndicatorFromKey(const QString& key)
{
    for (const GoalIndicator indicator : kIndicators)
        if (key == goalIndicatorKey(indicator))
            return indicator;
    return std::nullopt;
}

QString LeaGoal::indicatorName(GoalIndicator indicator, const TextLanguage& language)
{
    switch (indicator) {
    case GoalIndicator::SchoolsMirroringShare: return language.translate("Mk::LeaGoal", "Share of schools that mirror their catchment");
    case GoalIndicator::Dissimilarity:
    case GoalIndicator::MutualInformation: return IndexCatalogue::label(*goalIndex(indicator), language);
    case GoalIndicator::ChoiceShare: return language.translate("Mk::LeaGoal", "Part of D added by school choice");
    case GoalIndicator::SchoolwegingSpread: return language.translate("Mk::LeaGoal", "Spread of the schoolweging between schools");
    }
    return {};
}

bool LeaGoal::isPercentage(GoalIndicator indicator)
{
    return indicator == GoalIndicator::SchoolsMirroringShare;
}

QJsonObject LeaGoal::toJson() const
{
    QJsonObject o{{QStringLiteral("indicator"), goalIndicatorKey(indicator)},
                  {QStringLiteral("comparison"), comparisonKey(comparison)},
                  {QStringLiteral("target"), target},
                  {QStringLiteral("deadline"), deadline},
                  {QStringLiteral("description"), description}};
    if (!group.isEmpty())
        o.insert(QStringLiteral("group"), group);
    return o;
}

Result<LeaGoal> LeaGoal::fromJson(const QJsonObject& object)
{
    static const QStringList known = {QStringLiteral("indicator"), QStringLiteral("group"), QStringLiteral("comparison"),
                                      QStringLiteral("target"), QStringLiteral("deadline"), QStringLiteral("description")};
    if (auto keys = JsonKeys::check(object, known, tr("this goal")); !keys)
        return keys.error();
    LeaGoal goal;
    const QString key = object.value(QStringLiteral("indicator")).toString();
    const auto indicator = goalIndicatorFromKey(key);
    if (!indicator)
        return fail(ErrorCode::InvalidValue,
                    tr("Unknown goal indicator \"%1\": use schools_mirroring_share, dissimilarity, mutual_information, "
                       "choice_share or schoolweging_spread.")
                        .arg(key));
    goal.indicator = *indicator;
    goal.group = object.value(QStringLiteral("group")).toString();
    const QString comparison = object.value(QStringLiteral("comparison")).toString(QStringLiteral("at_least"));
    if (comparison == QLatin1String("at_least"))
        goal.comparison = GoalComparison::AtLeast;
    else if (comparison == QLatin1String("at_most"))
        goal.comparison = GoalComparison::AtMost;
    else
        return fail(ErrorCode::InvalidValue, tr("Unknown goal comparison \"%1\": use at_least or at_most.").arg(comparison));
    const QJsonValue target = object.value(QStringLiteral("target"));
    if (!target.isDouble())
        return fail(ErrorCode::InvalidValue, tr("A goal needs a numeric \"target\" (shares as 0-1, e.g. 0.6)."));
    goal.target = target.toDouble();
    if (!std::isfinite(goal.target))
        return fail(ErrorCode::InvalidValue, tr("A goal needs a numeric \"target\" (shares as 0-1, e.g. 0.6)."));
    if (isPercentage(goal.indicator) && (goal.target < 0.0 || goal.target > 1.0))
        return fail(ErrorCode::InvalidValue, tr("The target of \"%1\" is a share between 0 and 1 (0.6 for 60 %), not %2.")
                                                 .arg(key)
                                                 .arg(goal.target));
    const QJsonValue deadline = object.value(QStringLiteral("deadline"));
    // A year is a whole number: QJsonValue::toInt() turns 2020.57 into 0, which the goal's own JSON then refuses.
    if (!deadline.isDouble() || deadline.toDouble() != std::floor(deadline.toDouble()) || deadline.toDouble() < 2000 ||
        deadline.toDouble() > 2100)
        return fail(ErrorCode::InvalidValue, tr("A goal needs a \"deadline\" year between 2000 and 2100, e.g. 2027."));
    goal.deadline = deadline.toInt();
    goal.description = object.value(QStringLiteral("description")).toString();
    return goal;
}

QJsonArray LeaGoal::toJson(const QList<LeaGoal>& goals)
{
    QJsonArray array;
    for (const LeaGoal& g : goals)
        array.append(g.toJson());
    return array;
}

Result<QList<LeaGoal>> LeaGoal::listFromJson(const QJsonArray& array)
{
    QList<LeaGoal> goals;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array[i].isObject())
            return fail(ErrorCode::InvalidValue, tr("Goal %1 is not a JSON object.").arg(i + 1));
        auto goal = fromJson(array[i].toObject());
        if (!goal)
            return fail(goal.error().code, tr("Goal %1: %2").arg(i + 1).arg(goal.error().message));
        goals.append(*goal);
    }
    return goals;
}

Result<QList<LeaGoal>> LeaGoal::listFromFile(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return fail(ErrorCode::FileNotFound, tr("The goals file %1 does not exist. Check the path.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::ReadFailed, tr("The goals file %1 cannot be read: %2.").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return fail(ErrorCode::InvalidValue, tr("The goals file %1 is not valid JSON (%2 at character %3). Fix the file and try again.")
                                                 .arg(path, error.errorString())
                                                 .arg(error.offset));
    if (!doc.isArray() && !doc.object().value(QStringLiteral("goals")).isArray())
        return fail(ErrorCode::InvalidValue, tr("The goals file %1 must hold a list of goals, or an object with a \"goals\" list.").arg(path));
    if (doc.isObject())
        if (auto keys = JsonKeys::check(doc.object(), {QStringLiteral("goals")}, tr("The goals file %1").arg(path)); !keys)
            return keys.error();
    auto goals = listFromJson(doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("goals")).toArray());
    if (!goals)
        return fail(goals.error().code, tr("The goals file %1: %2").arg(path, goals.error().message));
    return goals;
}

} // namespace Mk
