// SPDX-License-Identifier: GPL-3.0-or-later
// Scenario::fromJson with its edits (ScenarioEdit::fromJson) and admission rules.
#include "jsonroundtrip.h"
#include "scenario/scenario.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    MkFuzz::jsonRoundTrip(
        data, size, [](const QJsonObject& o) { return Mk::Scenario::fromJson(o, QStringLiteral("plan.json")); },
        [](const Mk::Scenario& s) { return s.toJson(); });
    return 0;
}
