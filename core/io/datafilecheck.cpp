// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/datafilecheck.h"

#include "base/diagnostics.h"
#include "io/arealoader.h"
#include "io/compositionloader.h"
#include "io/postcodeloader.h"
#include "io/pupilcountloader.h"
#include "io/pupilflowloader.h"
#include "io/schoolwegingloader.h"
#include "io/vveloader.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace Mk {

namespace {

QString number(qsizetype n)
{
    return QLocale().toString(static_cast<qlonglong>(n));
}

/** How the gemeente is named in a note: its name when known, else its code. */
QString gemeenteOf(const DataFileCheck::Context& context)
{
    return context.gemeenteName.isEmpty() ? context.gemeente : context.gemeenteName;
}

Result<DataFileSummary> pupilsPerVestiging(const QString& path, const DataFileCheck::Context& context, Diagnostics& diagnostics,
                                           Feedback* feedback)
{
    auto counts = PupilCountLoader::load(path, diagnostics, feedback);
    if (!counts)
        return counts.error();
    DataFileSummary out;
    qsizetype inGemeente = 0;
    bool namesGemeente = false;
    for (const PupilCount& c : *counts) {
        namesGemeente = namesGemeente || !c.gemeenteCode.isEmpty();
        inGemeente += c.gemeenteCode == context.gemeente ? 1 : 0;
    }
    if (context.gemeente.isEmpty() || !namesGemeente) {
        out.text = DataFileCheck::tr("Pupil counts of %n vestiging(en).", nullptr, static_cast<int>(counts->size()));
    } else {
        out.text = DataFileCheck::tr("Pupil counts of %n vestiging(en), %1 of them in %2.", nullptr, static_cast<int>(counts->size()))
                       .arg(number(inGemeente), gemeenteOf(context));
        if (inGemeente == 0)
            out.warnings.append(DataFileCheck::tr("No vestiging in this file lies in %1. Is it the file of another gemeente?")
                                    .arg(gemeenteOf(context)));
    }
    return out;
}

Result<DataFileSummary> pupilsByPostcode(const QString& path, const DataFileCheck::Context& context, Diagnostics& diagnostics,
                                         Feedback* feedback)
{
    PupilFlowLoader::Filter filter;
    filter.gemeenteCode = context.gemeente;
    auto flows = PupilFlowLoader::load(path, filter, diagnostics, feedback);
    if (!flows)
        return flows.error();
    QSet<QString> schools, postcodes;
    for (const PupilFlow& f : *flows) {
        schools.insert(f.schoolId);
        postcodes.insert(f.homePostcode);
    }
    DataFileSummary out;
    if (flows->isEmpty()) {
        out.text = DataFileCheck::tr("No pupils of schools in %1.").arg(gemeenteOf(context));
        out.warnings.append(DataFileCheck::tr("No row of this file is about a school in %1, so it adds nothing. "
                                              "Is it the file of another gemeente?")
                                .arg(gemeenteOf(context)));
        return out;
    }
    //: %1 = "25 home postcodes": the four-digit postcodes the pupils live in
    out.text = DataFileCheck::tr("Pupils of %n school(s), from %1.", nullptr, static_cast<int>(schools.size()))
                   .arg(DataFileCheck::tr("%n home postcode(s)", nullptr, static_cast<int>(postcodes.size())));
    return out;
}

Result<DataFileSummary> postcodes(const QString& statistics, const QString& centroids, Diagnostics& diagnostics)
{
    auto layer = PostcodeLoader::load(statistics, centroids, diagnostics);
    if (!layer)
        return layer.error();
    const int n = static_cast<int>(layer->units.size());
    DataFileSummary out;
    const auto figures = std::count_if(layer->fields.cbegin(), layer->fields.cend(), [](const FieldSummary& f) { return f.numeric; });
    if (!statistics.isEmpty())
        //: %1 = "4 070 postcodes"
        out.text = DataFileCheck::tr("%n column(s) of figures for %1.", nullptr, static_cast<int>(figures))
                       .arg(DataFileCheck::tr("%n postcode(s)", nullptr, n));
    else
        out.text = DataFileCheck::tr("The position of %n postcode(s).", nullptr, n);
    return out;
}

Result<DataFileSummary> schoolweging(const QString& path, Diagnostics& diagnostics)
{
    auto records = SchoolwegingLoader::load(path, diagnostics);
    if (!records)
        return records.error();
    QSet<QString> instellingen;
    QStringList periods;
    for (const SchoolwegingRecord& r : *records) {
        instellingen.insert(r.instelling);
        if (!periods.contains(r.period))
            periods.append(r.period);
    }
    periods.sort();
    DataFileSummary out;
    const int n = static_cast<int>(instellingen.size());
    if (periods.size() > 1)
        //: %1 = how many school years, %2 = the first, %3 = the last (e.g. 2021-2022)
        out.text = DataFileCheck::tr("Schoolweging of %n school(s) over %1 school years, %2 to %3.", nullptr, n)
                       .arg(number(periods.size()), periods.first(), periods.last());
    else if (!periods.value(0).isEmpty())
        //: %1 = a school year, or the years of a three-year mean
        out.text = DataFileCheck::tr("Schoolweging of %n school(s) for %1.", nullptr, n).arg(periods.first());
    else
        out.text = DataFileCheck::tr("Schoolweging of %n school(s).", nullptr, n);
    return out;
}

Result<DataFileSummary> wijken(const QString& path, const DataFileCheck::Context& context, Diagnostics& diagnostics, Feedback* feedback)
{
    auto layer = AreaLoader::load(path, context.layer, context.gemeente, diagnostics, feedback);
    if (!layer)
        return layer.error();
    DataFileSummary out;
    const int n = static_cast<int>(layer->units.size());
    out.text = context.gemeente.isEmpty() ? DataFileCheck::tr("%n area(s) in layer \"%1\".", nullptr, n).arg(layer->layerName)
                                          : DataFileCheck::tr("%n area(s) of %2 in layer \"%1\".", nullptr, n).arg(layer->layerName, gemeenteOf(context));
    if (layer->level == AreaLevel::Buurt)
        out.warnings.append(DataFileCheck::tr("These are buurten (codes BU…), not wijken. Choose the wijk layer of the Wijk- en Buurtkaart."));
    else if (layer->level == AreaLevel::Gemeente)
        out.warnings.append(DataFileCheck::tr("These are gemeenten (codes GM…), not wijken. Choose the wijk layer of the Wijk- en Buurtkaart."));
    return out;
}

Result<DataFileSummary> vveLocations(const QString& path, Diagnostics& diagnostics)
{
    auto locations = VveLoader::load(path, {}, diagnostics);
    if (!locations)
        return locations.error();
    qsizetype vve = 0, unplaced = 0;
    for (const VveLocation& v : *locations) {
        vve += v.isVve ? 1 : 0;
        unplaced += v.location ? 0 : 1;
    }
    DataFileSummary out;
    out.text = DataFileCheck::tr("%n location(s), %1 of them with VVE.", nullptr, static_cast<int>(locations->size())).arg(number(vve));
    if (unplaced > 0)
        out.warnings.append(DataFileCheck::tr("%n location(s) have no coordinates; they are placed at their postcode when the postcode "
                                              "positions (PC4) are given too.",
                                              nullptr, static_cast<int>(unplaced)));
    return out;
}

Result<DataFileSummary> schoolComposition(const QString& path, Diagnostics& diagnostics)
{
    auto table = CompositionLoader::load(path, nullptr, diagnostics);
    if (!table)
        return table.error();
    DataFileSummary out;
    //: %1 = the group names, e.g. "laag, midden, hoog"
    out.text = DataFileCheck::tr("Pupils of %n school(s) in the groups %1.", nullptr, static_cast<int>(table->unitCount()))
                   .arg(table->groupLabelList().join(QStringLiteral(", ")));
    return out;
}

} // namespace

Result<DataFileSummary> DataFileCheck::check(DataFileKind kind, const QString& path, const Context& context, Feedback* feedback)
{
    Diagnostics diagnostics;
    Result<DataFileSummary> result = [&]() -> Result<DataFileSummary> {
        switch (kind) {
        case DataFileKind::PupilsPerVestiging: return pupilsPerVestiging(path, context, diagnostics, feedback);
        case DataFileKind::PupilsByPostcode: return pupilsByPostcode(path, context, diagnostics, feedback);
        case DataFileKind::PostcodeCentroids: return postcodes({}, path, diagnostics);
        case DataFileKind::PostcodeStatistics: return postcodes(path, {}, diagnostics);
        case DataFileKind::Schoolweging: return schoolweging(path, diagnostics);
        case DataFileKind::Wijken: return wijken(path, context, diagnostics, feedback);
        case DataFileKind::VveLocations: return vveLocations(path, diagnostics);
        case DataFileKind::SchoolComposition: return schoolComposition(path, diagnostics);
        }
        Q_UNREACHABLE();
    }();
    if (result)
        for (const Diagnostic& d : diagnostics.items())
            if (d.severity != Diagnostic::Severity::Info)
                result->warnings.append(d.message);
    return result;
}

} // namespace Mk
