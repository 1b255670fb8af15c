// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/geometry.h"
#include "model/dataset.h"

#include <memory>

/**
 * A 4 x 4 grid of 500 m square buurten in RD New around (155000, 463000), two wijken (west, east),
 * three schools, and a migration-background table. Buurt i (row-major from the south-west) has
 * field "score" = i, except: buurt 5 missing, buurt 6 suppressed, buurt 7 zero.
 */
inline std::shared_ptr<const Mk::Dataset> syntheticTown()
{
    using namespace Mk;
    auto ds = std::make_shared<Dataset>();
    ds->gemeenteCode = QStringLiteral("GM9999");
    ds->gemeenteName = QStringLiteral("Rasterdam");
    constexpr double x0 = 154000, y0 = 462000, s = 500;
    ds->areas.level = AreaLevel::Buurt;
    GroupTable mig;
    mig.characteristic = QStringLiteral("migration background");
    mig.groups = {QStringLiteral("Nederland"), QStringLiteral("Europa"), QStringLiteral("Buiten Europa")};
    for (int i = 0; i < 16; ++i) {
        const double x = x0 + (i % 4) * s, y = y0 + (i / 4) * s;
        AreaUnit u;
        u.code = QStringLiteral("BU9999%1").arg(i, 4, 10, QLatin1Char('0'));
        u.name = QStringLiteral("Buurt %1").arg(i);
        u.level = AreaLevel::Buurt;
        u.wijkCode = (i % 4) < 2 ? QStringLiteral("WK999901") : QStringLiteral("WK999902");
        u.geometry = std::make_shared<const Geometry>(Geometry::polygon({{x, y}, {x + s, y}, {x + s, y + s}, {x, y + s}}));
        u.numbers.insert(QStringLiteral("score"), i == 5 ? AttributeValue::missing()
                                                  : i == 6 ? AttributeValue::suppressed()
                                                  : i == 7 ? AttributeValue::of(0.0)
                                                           : AttributeValue::of(i));
        u.numbers.insert(QStringLiteral("aantal_inwoners"), AttributeValue::of(100.0 * (i + 1)));
        ds->areas.units.append(u);
        mig.unitIds.append(u.code);
    }
    mig.resize(16);
    for (int i = 0; i < 16; ++i) {
        mig.cell(i, 0) = AttributeValue::of(80.0 - i);
        mig.cell(i, 1) = AttributeValue::of(10.0);
        mig.cell(i, 2) = AttributeValue::of(10.0 + i);
    }
    mig.cell(3, 2) = AttributeValue::suppressed();
    ds->areaComposition.append(mig);
    ds->areas.fields = {FieldSummary{QStringLiteral("aantal_inwoners"), true, 16, 0, 0},
                        FieldSummary{QStringLiteral("score"), true, 14, 1, 1}};

    ds->wijken.level = AreaLevel::Wijk;
    for (int w = 0; w < 2; ++w) {
        AreaUnit u;
        u.code = QStringLiteral("WK99990%1").arg(w + 1);
        u.name = w == 0 ? QStringLiteral("West") : QStringLiteral("Oost");
        u.level = AreaLevel::Wijk;
        const double x = x0 + w * 2 * s;
        u.geometry = std::make_shared<const Geometry>(Geometry::polygon({{x, y0}, {x + 2 * s, y0}, {x + 2 * s, y0 + 4 * s}, {x, y0 + 4 * s}}));
        ds->wijken.units.append(u);
    }
    ds->boundary = std::make_shared<const Geometry>(Geometry::polygon({{x0, y0}, {x0 + 4 * s, y0}, {x0 + 4 * s, y0 + 4 * s}, {x0, y0 + 4 * s}}));

    const struct { const char* id; const char* name; double x, y, pupils; const char* denom; SchoolSector sector; } schools[] = {
        {"00AA00", "De Linde", x0 + 250, y0 + 250, 400, "Openbaar", SchoolSector::Primary},
        {"00BB00", "Sint Jan", x0 + 1250, y0 + 1250, 150, "Rooms-Katholiek", SchoolSector::Primary},
        {"00CC00", "Het Lyceum", x0 + 1750, y0 + 1750, 900, "Openbaar", SchoolSector::Secondary},
    };
    for (const auto& sc : schools) {
        School school;
        school.id = QLatin1String(sc.id);
        school.name = QLatin1String(sc.name);
        school.denomination = QLatin1String(sc.denom);
        school.sector = sc.sector;
        school.location = QPointF(sc.x, sc.y);
        school.placement = Placement::Coordinates;
        school.pupils = sc.pupils;
        ds->schools.append(school);
    }
    return ds;
}
