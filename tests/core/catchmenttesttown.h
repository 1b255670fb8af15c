// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Hand-made geometry for the catchment tests: square buurten, placed schools, pupil flows and the two-buurt toy town.

#include "base/feedback.h"
#include "catchment/catchmentanalysis.h"
#include "geo/geometry.h"
#include "model/dataset.h"

#include <QStringList>

#include <cmath>
#include <memory>

/** A 1 km square buurt from x0 to x0 + 1000 (y 0 to 1000), with its most common PC4 when given. */
inline Mk::AreaUnit squareBuurt(const QString& code, double x0, const QString& pc4 = {})
{
    Mk::AreaUnit u;
    u.code = code;
    u.name = code;
    u.level = Mk::AreaLevel::Buurt;
    u.geometry = std::make_shared<const Mk::Geometry>(Mk::Geometry::polygon({{x0, 0}, {x0 + 1000, 0}, {x0 + 1000, 1000}, {x0, 1000}}));
    if (!pc4.isEmpty())
        u.texts.insert(QStringLiteral("meest_voorkomende_postcode"), pc4);
    return u;
}

/** A school at (x, y) with `pupils` from its school file. */
inline Mk::School placedSchool(const QString& id, double x, double y, double pupils = 100)
{
    Mk::School s;
    s.id = id;
    s.name = id;
    s.location = QPointF(x, y);
    s.placement = Mk::Placement::Coordinates;
    s.pupils = pupils;
    s.pupilsSource = Mk::PupilSource::SchoolFile;
    return s;
}

inline Mk::PupilFlow pupilFlow(const QString& school, const QString& pc4, double pupils)
{
    Mk::PupilFlow f;
    f.schoolId = school;
    f.homePostcode = pc4;
    f.knownPupils = pupils;
    return f;
}

/**
 * Toy town: West buurt (x 0-1000) has 80 children of the first group + 20 of the second and PC4 1111;
 * East (x 1000-2000) has 20 + 80 and PC4 2222. School W at (500,500) draws half its 100 pupils from
 * each PC4; school E at (1500,500) draws all 100 from 2222. The bisector of W and E is x = 1000, so
 * their nearest-school areas are exactly the two buurten.
 */
inline Mk::Dataset toyTown(const QStringList& groups = {QStringLiteral("A"), QStringLiteral("B")})
{
    using namespace Mk;
    Dataset d;
    d.gemeenteCode = QStringLiteral("GM9999");
    d.areas.level = AreaLevel::Buurt;
    d.areas.units = {squareBuurt(QStringLiteral("BU01"), 0, QStringLiteral("1111")), squareBuurt(QStringLiteral("BU02"), 1000, QStringLiteral("2222"))};
    GroupTable t;
    t.characteristic = QStringLiteral("background");
    t.groups = groups;
    t.unitIds = {QStringLiteral("BU01"), QStringLiteral("BU02")};
    t.resize(2);
    t.cell(0, 0) = AttributeValue::of(80);
    t.cell(0, 1) = AttributeValue::of(20);
    t.cell(1, 0) = AttributeValue::of(20);
    t.cell(1, 1) = AttributeValue::of(80);
    d.areaComposition = {t};
    d.schools = {placedSchool(QStringLiteral("W"), 500, 500), placedSchool(QStringLiteral("E"), 1500, 500)};
    d.pupilFlows = {pupilFlow(QStringLiteral("W"), QStringLiteral("1111"), 50), pupilFlow(QStringLiteral("W"), QStringLiteral("2222"), 50),
                    pupilFlow(QStringLiteral("E"), QStringLiteral("2222"), 100)};
    return d;
}

/** The cell of `unit` and `group`, NaN when the unit is absent. */
inline double cellOf(const Mk::GroupTable& t, const QString& unit, qsizetype group)
{
    const qsizetype row = t.unitIds.indexOf(unit);
    return row < 0 ? std::nan("") : t.cell(row, group).valueOr();
}

/** The analysis with `method` and its one parameter (buffer distance in metres, or observed share). */
inline Mk::Result<Mk::CatchmentResult> runMethod(const Mk::Dataset& d, Mk::CatchmentMethod method, double parameter = 0.0)
{
    Mk::CatchmentOptions options;
    options.method = method;
    if (method == Mk::CatchmentMethod::Buffer)
        options.distance = parameter;
    if (method == Mk::CatchmentMethod::Observed)
        options.share = parameter;
    Mk::Feedback feedback;
    return Mk::CatchmentAnalysis::run(d, options, feedback);
}
