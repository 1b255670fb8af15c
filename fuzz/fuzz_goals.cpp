// SPDX-License-Identifier: GPL-3.0-or-later
// LeaGoal::listFromJson (the "goals" list of a goals file or a project).
#include "goals/leagoal.h"
#include "jsonroundtrip.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    MkFuzz::jsonRoundTrip(
        data, size, [](const QJsonObject& o) { return Mk::LeaGoal::listFromJson(o.value(QStringLiteral("goals")).toArray()); },
        [](const QList<Mk::LeaGoal>& goals) { return QJsonObject{{QStringLiteral("goals"), Mk::LeaGoal::toJson(goals)}}; });
    return 0;
}
