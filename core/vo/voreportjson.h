// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace Mk {

struct VoAnalysis;
struct VoData;

/**
 * The JSON of a VoAnalysis as `mengkaart-cli vo --json` prints it (issue 16, item 6; a contract: keys are
 * added, never renamed): `area`, `year`, `vestigingen` (`id`, `name`, `gemeente`, `levels`, `categorical`,
 * `first_year_pupils`, `heterogeneous_first_year_share`, and more), `level_totals`, `indices` (the object
 * `mengkaart-cli indices --json` writes, with its `multigroup` and `two_group`), `heterogeneous_first_year_share`
 * and, with two years, `change`. Every figure privacy withholds is null.
 */
class VoReportJson
{
public:
    static QJsonObject write(const VoData& data, const VoAnalysis& analysis);
};

} // namespace Mk
