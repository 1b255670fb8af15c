// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/scenarioedit.h"

#include "geo/geometry.h"
#include "model/dataset.h"
#include "scenario/strictjson_p.h"

#include <QJsonArray>

namespace Mk {

namespace {

using detail::StrictJsonObject;

template<class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};
template<class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

// Coordinates of the Netherlands in RD New with a margin: a site outside is a typo (WGS84 degrees, swapped x/y).
constexpr double kMinX = -10000.0, kMaxX = 300000.0, kMinY = 280000.0, kMaxY = 650000.0;

Result<QPointF> siteOf(StrictJsonObject& o, bool required)
{
    auto x = o.number(QStringLiteral("x"), required, qQNaN(), kMinX, kMaxX);
    if (!x)
        return x.error();
    auto y = o.number(QStringLiteral("y"), required, qQNaN(), kMinY, kMaxY);
    if (!y)
        return y.error();
    return QPointF(*x, *y);
}

QJsonArray pointsToJson(const QList<QPointF>& points)
{
    QJsonArray out;
    for (const QPointF& p : points)
        out.append(QJsonArray{p.x(), p.y()});
    return out;
}

QString schoolName(const Dataset* dataset, const QString& id)
{
    if (!dataset)
        return id;
    const qsizetype s = dataset->schoolIndex(id);
    return s >= 0 ? dataset->schools[s].name : id;
}

} // namespace

QString ScenarioEdit::typeKey() const
{
    return std::visit(Overloaded{
                          [](const AddSchoolEdit&) { return QStringLiteral("add_school"); },
                          [](const CloseSchoolEdit&) { return QStringLiteral("close_school"); },
                          [](const MergeSchoolsEdit&) { return QStringLiteral("merge_schools"); },
                          [](const ChangeCapacityEdit&) { return QStringLiteral("change_capacity"); },
                          [](const HousingEdit&) { return QStringLiteral("housing"); },
                          [](const ParentInitiativeEdit&) { return QStringLiteral("parent_initiative"); },
                      },
                      change);
}

QJsonObject ScenarioEdit::toJson() const
{
    QJsonObject o{{QStringLiteral("type"), typeKey()}};
    std::visit(Overloaded{
                   [&](const AddSchoolEdit& e) {
                       if (!e.id.isEmpty())
                           o.insert(QStringLiteral("id"), e.id);
                       o.insert(QStringLiteral("name"), e.name);
                       o.insert(QStringLiteral("x"), e.location.x());
                       o.insert(QStringLiteral("y"), e.location.y());
                       o.insert(QStringLiteral("capacity"), e.capacity);
                       if (!e.denomination.isEmpty())
                           o.insert(QStringLiteral("denomination"), e.denomination);
                       o.insert(QStringLiteral("vve"), e.vve);
                       if (e.attractiveness)
                           o.insert(QStringLiteral("attractiveness"), *e.attractiveness);
                   },
                   [&](const CloseSchoolEdit& e) { o.insert(QStringLiteral("school"), e.schoolId); },
                   [&](const MergeSchoolsEdit& e) {
                       o.insert(QStringLiteral("schools"), QJsonArray::fromStringList(e.schoolIds));
                       if (e.site) {
                           o.insert(QStringLiteral("x"), e.site->x());
                           o.insert(QStringLiteral("y"), e.site->y());
                       }
                       if (!e.name.isEmpty())
                           o.insert(QStringLiteral("name"), e.name);
                   },
                   [&](const ChangeCapacityEdit& e) {
                       o.insert(QStringLiteral("school"), e.schoolId);
                       o.insert(QStringLiteral("capacity"), e.capacity);
                   },
                   [&](const HousingEdit& e) {
                       if (!e.name.isEmpty())
                           o.insert(QStringLiteral("name"), e.name);
                       if (!e.polygon.isEmpty()) {
                           o.insert(QStringLiteral("polygon"), pointsToJson(e.polygon));
                       } else {
                           o.insert(QStringLiteral("x"), e.center.x());
                           o.insert(QStringLiteral("y"), e.center.y());
                           o.insert(QStringLiteral("radius"), e.radius);
                       }
                       o.insert(QStringLiteral("children"), e.children);
                       if (!e.areaCode.isEmpty())
                           o.insert(QStringLiteral("area"), e.areaCode);
                       if (!e.groupShares.isEmpty()) {
                           QJsonObject groups;
                           for (auto it = e.groupShares.cbegin(); it != e.groupShares.cend(); ++it)
                               groups.insert(it.key(), it.value());
                           o.insert(QStringLiteral("groups"), groups);
                       }
                   },
                   [&](const ParentInitiativeEdit& e) {
                       o.insert(QStringLiteral("area"), e.areaCode);
                       o.insert(QStringLiteral("group"), e.group);
                       o.insert(QStringLiteral("children"), e.children);
                       o.insert(QStringLiteral("school"), e.schoolId);
                   },
               },
               change);
    return o;
}

Result<ScenarioEdit> ScenarioEdit::fromJson(const QJsonObject& json, const QString& where)
{
    StrictJsonObject o(json, where);
    auto type = o.text(QStringLiteral("type"), true);
    if (!type)
        return type.error();
    ScenarioEdit edit;
    QString allowed;
    if (*type == QLatin1String("add_school")) {
        AddSchoolEdit e;
        auto id = o.text(QStringLiteral("id"), false);
        auto name = o.text(QStringLiteral("name"), false);
        auto site = siteOf(o, true);
        auto capacity = o.integer(QStringLiteral("capacity"), true, 0, 1, 5000);
        auto denomination = o.text(QStringLiteral("denomination"), false);
        auto vve = o.boolean(QStringLiteral("vve"), false);
        if (!id || !name || !site || !capacity || !denomination || !vve)
            return !id ? id.error() : !name ? name.error() : !site ? site.error() : !capacity ? capacity.error()
                                                                         : !denomination ? denomination.error() : vve.error();
        e.id = *id;
        e.name = *name;
        e.location = *site;
        e.capacity = *capacity;
        e.denomination = *denomination;
        e.vve = *vve;
        if (o.has(QStringLiteral("attractiveness"))) {
            auto a = o.number(QStringLiteral("attractiveness"), true, 0.0, -20.0, 20.0);
            if (!a)
                return a.error();
            e.attractiveness = *a;
        }
        edit.change = e;
        allowed = QStringLiteral("type, id, name, x, y, capacity, denomination, vve, attractiveness");
    } else if (*type == QLatin1String("close_school")) {
        auto school = o.text(QStringLiteral("school"), true);
        if (!school)
            return school.error();
        edit.change = CloseSchoolEdit{*school};
        allowed = QStringLiteral("type, school");
    } else if (*type == QLatin1String("merge_schools")) {
        MergeSchoolsEdit e;
        auto schools = o.texts(QStringLiteral("schools"), true);
        if (!schools)
            return schools.error();
        if (schools->size() < 2 || schools->removeDuplicates() > 0)
            return o.wrong(QStringLiteral("schools"), tr("two or more different school ids"));
        e.schoolIds = *schools;
        if (o.has(QStringLiteral("x")) || o.has(QStringLiteral("y"))) {
            auto site = siteOf(o, true);
            if (!site)
                return site.error();
            e.site = *site;
        }
        auto name = o.text(QStringLiteral("name"), false);
        if (!name)
            return name.error();
        e.name = *name;
        edit.change = e;
        allowed = QStringLiteral("type, schools, x, y, name");
    } else if (*type == QLatin1String("change_capacity")) {
        auto school = o.text(QStringLiteral("school"), true);
        auto capacity = o.integer(QStringLiteral("capacity"), true, 0, 0, 5000);
        if (!school || !capacity)
            return !school ? school.error() : capacity.error();
        edit.change = ChangeCapacityEdit{*school, *capacity};
        allowed = QStringLiteral("type, school, capacity");
    } else if (*type == QLatin1String("housing")) {
        HousingEdit e;
        auto name = o.text(QStringLiteral("name"), false);
        if (!name)
            return name.error();
        e.name = *name;
        if (o.has(QStringLiteral("polygon"))) {
            const QJsonValue v = o.value(QStringLiteral("polygon"));
            for (const QJsonValue& p : v.toArray()) {
                const QJsonArray xy = p.toArray();
                if (xy.size() != 2 || !xy[0].isDouble() || !xy[1].isDouble() || xy[0].toDouble() < kMinX || xy[0].toDouble() > kMaxX
                    || xy[1].toDouble() < kMinY || xy[1].toDouble() > kMaxY)
                    return o.wrong(QStringLiteral("polygon"), tr("a list of at least 3 points [x, y] in RD New metres"));
                e.polygon.append(QPointF(xy[0].toDouble(), xy[1].toDouble()));
            }
            if (e.polygon.size() < 3)
                return o.wrong(QStringLiteral("polygon"), tr("a list of at least 3 points [x, y] in RD New metres"));
        } else {
            auto site = siteOf(o, true);
            auto radius = o.number(QStringLiteral("radius"), false, 250.0, 10.0, 5000.0);
            if (!site || !radius)
                return !site ? site.error() : radius.error();
            e.center = *site;
            e.radius = *radius;
        }
        auto children = o.integer(QStringLiteral("children"), true, 0, 1, 20000);
        if (!children)
            return children.error();
        e.children = *children;
        const QJsonValue groups = o.value(QStringLiteral("groups"));
        if (!groups.isUndefined() && !groups.isNull()) {
            if (!groups.isObject())
                return o.wrong(QStringLiteral("groups"), tr("an object of group names and shares, e.g. {\"low income\": 0.4}"));
            double sum = 0.0;
            const QJsonObject g = groups.toObject();
            for (auto it = g.begin(); it != g.end(); ++it) {
                const double share = it.value().toDouble(-1.0);
                if (!it.value().isDouble() || share < 0.0 || share > 1.0)
                    return o.wrong(QStringLiteral("groups"), tr("shares from 0 to 1 per group"));
                e.groupShares.insert(it.key(), share);
                sum += share;
            }
            if (std::abs(sum - 1.0) > 0.01)
                return o.wrong(QStringLiteral("groups"), tr("shares that add up to 1 (they add up to %1)").arg(QLocale::c().toString(sum)));
        }
        if (o.has(QStringLiteral("area"))) {
            if (e.polygon.isEmpty())
                return o.wrong(QStringLiteral("area"), tr("a buurt code together with that buurt's outline as \"polygon\""));
            auto area = o.text(QStringLiteral("area"), false);
            if (!area)
                return area.error();
            e.areaCode = *area;
        }
        edit.change = e;
        allowed = QStringLiteral("type, name, polygon, x, y, radius, children, groups, area");
    } else if (*type == QLatin1String("parent_initiative")) {
        auto area = o.text(QStringLiteral("area"), true);
        auto group = o.text(QStringLiteral("group"), true);
        auto children = o.integer(QStringLiteral("children"), true, 0, 1, 5000);
        auto school = o.text(QStringLiteral("school"), true);
        if (!area || !group || !children || !school)
            return !area ? area.error() : !group ? group.error() : !children ? children.error() : school.error();
        edit.change = ParentInitiativeEdit{*area, *group, *children, *school};
        allowed = QStringLiteral("type, area, group, children, school");
    } else {
        return o.wrong(QStringLiteral("type"), tr("one of add_school, close_school, merge_schools, change_capacity, housing, "
                                                  "parent_initiative"));
    }
    if (auto unknown = o.rejectUnknown(allowed); !unknown)
        return unknown.error();
    return edit;
}

HousingEdit HousingEdit::inArea(const AreaUnit& area)
{
    HousingEdit e;
    e.areaCode = area.code;
    if (!area.geometry)
        return e;
    // The largest ring by area is the outer ring of the largest part: a hole lies inside its own outer ring.
    double largest = 0.0;
    for (const std::vector<QPointF>& ring : area.geometry->rings()) {
        double twiceArea = 0.0; // the shoelace formula
        for (size_t i = 0; i < ring.size(); ++i) {
            const QPointF& a = ring[i];
            const QPointF& b = ring[(i + 1) % ring.size()];
            twiceArea += a.x() * b.y() - b.x() * a.y();
        }
        if (ring.size() >= 3 && std::abs(twiceArea) > largest) {
            largest = std::abs(twiceArea);
            e.polygon = QList<QPointF>(ring.begin(), ring.end());
        }
    }
    return e;
}

QString ScenarioEdit::describe(const Dataset* dataset, const TextLanguage& language) const
{
    const QLocale locale = language.locale();
    return std::visit(
        Overloaded{
            [&](const AddSchoolEdit& e) {
                return language.translate("Mk::ScenarioEdit", "New school \"%1\" with %2 places")
                    .arg(e.name.isEmpty() ? language.translate("Mk::ScenarioEdit", "new school") : e.name, locale.toString(e.capacity));
            },
            [&](const CloseSchoolEdit& e) {
                return language.translate("Mk::ScenarioEdit", "Close \"%1\"").arg(schoolName(dataset, e.schoolId));
            },
            [&](const MergeSchoolsEdit& e) {
                QStringList names;
                for (const QString& id : e.schoolIds)
                    names << QLatin1Char('"') + schoolName(dataset, id) + QLatin1Char('"');
                return language.translate("Mk::ScenarioEdit", "Merge %1").arg(names.join(QStringLiteral(", ")));
            },
            [&](const ChangeCapacityEdit& e) {
                return language.translate("Mk::ScenarioEdit", "Capacity of \"%1\" to %2 places")
                    .arg(schoolName(dataset, e.schoolId), locale.toString(e.capacity));
            },
            [&](const HousingEdit& e) {
                const QString name = e.name.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(e.name);
                if (e.areaCode.isEmpty())
                    return language.translate("Mk::ScenarioEdit", "New housing%1 with %2 primary-school children")
                        .arg(name, locale.toString(e.children));
                const qsizetype area = dataset ? dataset->areas.indexOf(e.areaCode) : -1;
                const QString where = area >= 0 && !dataset->areas.units[area].name.isEmpty()
                                          ? QStringLiteral("%1 (%2)").arg(dataset->areas.units[area].name, e.areaCode)
                                          : e.areaCode;
                return language.translate("Mk::ScenarioEdit", "New housing%1 in %2 with %3 primary-school children")
                    .arg(name, where, locale.toString(e.children));
            },
            [&](const ParentInitiativeEdit& e) {
                return language.translate("Mk::ScenarioEdit", "Parent initiative: %1 children (%2) from %3 register together at \"%4\"")
                    .arg(locale.toString(e.children), e.group, e.areaCode, schoolName(dataset, e.schoolId));
            },
        },
        change);
}

} // namespace Mk
