// SPDX-License-Identifier: GPL-3.0-or-later
// ColumnMapping::fromJson (mapping.json: which columns hold which groups).
#include "io/columnmapping.h"
#include "jsonroundtrip.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    MkFuzz::jsonRoundTrip(
        data, size, [](const QJsonObject& o) { return Mk::ColumnMapping::fromJson(o, QStringLiteral("mapping.json")); },
        [](const Mk::ColumnMapping& m) { return m.toJson(); });
    return 0;
}
