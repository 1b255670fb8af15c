// SPDX-License-Identifier: GPL-3.0-or-later
#include "vo/voanalysis.h"

#include "io/postcodeloader.h"
#include "io/schoolloader.h"
#include "io/shortlist.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Mk {

namespace {

constexpr qsizetype kLevels = 4;

/** The first-year table of a year: per location the heterogeneous and the one-type pupils. */
std::vector<double> firstYearCells(const VoAreaYear& year)
{
    std::vector<double> cells;
    for (const VoAreaLocation& l : year.locations) {
        const double hetero = l.pupils.heterogeneousFirstYearPupils();
        cells.push_back(hetero);
        cells.push_back(l.pupils.classifiedFirstYearPupils() - hetero);
    }
    return cells;
}

std::vector<double> levelCells(const VoAreaYear& year)
{
    std::vector<double> cells;
    for (const VoAreaLocation& l : year.locations)
        for (VoLevel level : kVoLevels)
            cells.push_back(l.pupils.levelPupils[static_cast<size_t>(level)]);
    return cells;
}

/** The index table of a year over the levels `groups` (keys). */
Result<IndexInput> indexInputOf(const VoAreaYear& year, const QStringList& groups)
{
    QStringList ids;
    std::vector<double> counts;
    for (const VoAreaLocation& l : year.locations) {
        ids.append(l.pupils.id);
        for (VoLevel level : kVoLevels)
            if (groups.contains(VoProgrammes::key(level)))
                counts.push_back(l.pupils.levelPupils[static_cast<size_t>(level)]);
    }
    return IndexInput::create(ids, groups, counts);
}

VoAreaYear yearOf(const VoPupilFile& file, const QHash<QString, const School*>& addressOf, const VoArea& area, const SmallCellSuppressor& suppressor,
                  Diagnostics& diagnostics)
{
    VoAreaYear year;
    year.schoolYear = file.schoolYear;
    year.yearInferred = file.yearInferred;
    year.fileName = file.fileName;
    QStringList noAddress;
    for (const VoLocationYear& l : file.locations) {
        const School* address = addressOf.value(l.id);
        if (!address) {
            noAddress.append(l.id + QLatin1Char(' ') + l.name + QStringLiteral(" (") + l.place + QLatin1Char(')'));
            continue;
        }
        const qsizetype g = area.gemeenteIndex(*address);
        if (g < 0)
            continue;
        year.locations.append(VoAreaLocation{*address, l, g});
    }
    std::sort(year.locations.begin(), year.locations.end(), [](const VoAreaLocation& a, const VoAreaLocation& b) { return a.pupils.id < b.pupils.id; });
    for (const VoAreaLocation& l : year.locations) {
        for (VoLevel level : kVoLevels)
            year.levelTotals[static_cast<size_t>(level)] += l.pupils.levelPupils[static_cast<size_t>(level)];
        year.firstYearPupils += l.pupils.firstYearPupils();
        year.classifiedFirstYearPupils += l.pupils.classifiedFirstYearPupils();
        year.heterogeneousFirstYearPupils += l.pupils.heterogeneousFirstYearPupils();
    }
    if (!noAddress.isEmpty())
        diagnostics.warning(VoAnalysis::tr("%1: %n vestiging(en) are not in the vo address file, so their gemeente is unknown and "
                                           "they are in no area: %2. Use an address file of the same school year.",
                                           nullptr, static_cast<int>(noAddress.size()))
                                .arg(file.fileName, shortList(noAddress, QStringLiteral("; "), 8)));

    const qsizetype n = year.locations.size();
    PublicationLayout levels;
    levels.columnTotalsKnown = true;
    levels.sharesOfTotals = true;
    if (area.isRegion())
        for (const VoAreaLocation& l : year.locations)
            levels.areaOfRow.push_back(l.gemeente);
    year.levelPrivacy = suppressor.apply(levelCells(year), n, kLevels, levels);
    PublicationLayout firstYear;
    firstYear.sharesOfTotals = true;
    year.firstYearPrivacy = suppressor.apply(firstYearCells(year), n, 2, firstYear);
    return year;
}

} // namespace

double VoAreaYear::heterogeneousShare() const
{
    return classifiedFirstYearPupils > 0.0 ? heterogeneousFirstYearPupils / classifiedFirstYearPupils : std::nan("");
}

bool VoAreaYear::levelWithheld(qsizetype location, VoLevel level) const
{
    return levelPrivacy.isSuppressed(location, static_cast<qsizetype>(level));
}

bool VoAreaYear::firstYearPupilsWithheld(qsizetype location) const
{
    return firstYearPrivacy.rowTotalSuppressed(location);
}

bool VoAreaYear::locationShareWithheld(qsizetype location) const
{
    return firstYearPrivacy.rowHasSuppressed(location) || firstYearPrivacy.rowTotalSuppressed(location);
}

bool VoAreaYear::areaShareWithheld() const
{
    return std::any_of(firstYearPrivacy.columnTotals.cbegin(), firstYearPrivacy.columnTotals.cend(),
                       [](CellPrivacy p) { return p != CellPrivacy::Shown; });
}

bool VoAreaYear::programmesWithheld(qsizetype location, double threshold) const
{
    if (locationShareWithheld(location))
        return true;
    const auto& programmes = locations[location].pupils.firstYear;
    return std::any_of(programmes.cbegin(), programmes.cend(), [&](const VoProgrammeCount& p) {
        return p.suppressedCells > 0 || (p.pupils > 0.0 && p.pupils < threshold);
    });
}

qsizetype VoAreaYear::indexOf(const QString& id) const
{
    for (qsizetype i = 0; i < locations.size(); ++i)
        if (locations[i].pupils.id == id)
            return i;
    return -1;
}

Result<VoData> VoDataLoader::load(const VoRequest& request, Feedback* feedback)
{
    VoData data;
    if (request.pupilFiles.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("No vo pupil file was given. Choose DUO's \"01. Leerlingen vo per vestiging naar onderwijstype\"."));
    if (request.addressFile.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("No vo address file was given. Choose DUO's \"02. Adressen alle vestigingen vo\"."));
    QSet<QString> yearsSeen;
    for (const QString& path : request.pupilFiles) {
        auto file = VoPupilLoader::load(path, data.diagnostics, feedback);
        if (!file)
            return file.error();
        if (yearsSeen.contains(file->schoolYear))
            return fail(ErrorCode::DuplicateId, tr("%1 is a second file of the school year %2. Give one pupil file per year.").arg(file->fileName, file->schoolYear));
        yearsSeen.insert(file->schoolYear);
        data.years.append(std::move(*file));
    }
    std::sort(data.years.begin(), data.years.end(), [](const VoPupilFile& a, const VoPupilFile& b) { return a.schoolYear < b.schoolYear; });

    auto addresses = SchoolLoader::load(request.addressFile, {}, data.diagnostics, feedback);
    if (!addresses)
        return addresses.error();
    data.addresses = std::move(addresses->schools);
    data.addressFileName = QFileInfo(request.addressFile).fileName();
    if (!addresses->hasGemeenteColumn)
        return fail(ErrorCode::FieldMissing, tr("%1 has no GEMEENTENAAM or GEMEENTENUMMER column, so no gemeente can be chosen. Use DUO's "
                                                "\"02. Adressen alle vestigingen vo\".")
                                                 .arg(data.addressFileName));

    QList<School> located;
    if (!request.locatedSchoolsFile.isEmpty()) {
        auto table = SchoolLoader::load(request.locatedSchoolsFile, request.locatedSchoolsLayer, data.diagnostics, feedback);
        if (!table)
            return table.error();
        located = std::move(table->schools);
    }
    QHash<QString, QPointF> pc4Points;
    if (!request.postcodeCentroidsFile.isEmpty()) {
        auto points = PostcodeLoader::load({}, request.postcodeCentroidsFile, data.diagnostics);
        if (!points)
            return points.error();
        pc4Points = PostcodeLoader::centroidsByCode(*points);
    }
    data.placement = VoPlacement::place(data.addresses, located, pc4Points);
    if (!data.placement.unplaced.isEmpty())
        data.diagnostics.warning(tr("%n vo vestiging(en) could not be placed on the map (not in the located school file, PC4 unknown): %1. "
                                    "They count in every figure but have no symbol.",
                                    nullptr, static_cast<int>(data.placement.unplaced.size()))
                                     .arg(shortList(data.placement.unplaced, QStringLiteral("; "))));
    if (feedback)
        feedback->setProgress(1.0);
    return data;
}

QStringList VoAnalysis::areaOfUnits(const VoAreaYear& year, const IndexInput& input, const VoArea& area)
{
    if (!area.isRegion())
        return {};
    QStringList out;
    for (const QString& id : input.unitIds())
        out.append(area.gemeenteNames.value(year.locations[year.indexOf(id)].gemeente));
    return out;
}

Result<VoAnalysis> VoAnalysis::compute(const VoData& data, const VoArea& area, const Options& options, Feedback* feedback)
{
    if (data.years.isEmpty())
        return fail(ErrorCode::EmptyInput, tr("No vo pupil file is loaded."));
    const auto suppressor = SmallCellSuppressor::create(options.report.privacyThreshold);
    if (!suppressor)
        return suppressor.error();
    VoAnalysis a;
    a.area = area;
    a.options = options;
    QHash<QString, const School*> addressOf;
    for (const School& s : data.addresses)
        addressOf.insert(s.id, &s);
    for (const VoPupilFile& file : data.years) {
        a.years.append(yearOf(file, addressOf, area, *suppressor, a.diagnostics));
        if (a.years.last().locations.isEmpty())
            return fail(ErrorCode::NotFound, tr("%1 has no vestiging in %2. Check that the pupil file and the address file are of the same years.")
                                                 .arg(file.fileName, area.name()));
    }

    // Levels without pupils in the area in some year have no place in the index table (a group total must be positive).
    QStringList absent;
    for (VoLevel level : kVoLevels) {
        const bool everywhere = std::all_of(a.years.cbegin(), a.years.cend(), [&](const VoAreaYear& y) { return y.levelTotals[static_cast<size_t>(level)] > 0.0; });
        (everywhere ? a.groups : absent).append(VoProgrammes::key(level));
    }
    if (!absent.isEmpty())
        a.diagnostics.info(tr("%1 has no pupils in %2 in at least one year; segregation by level is measured over %3.")
                               .arg(area.name(), absent.join(QStringLiteral(", ")), a.groups.join(QStringLiteral(", "))));
    if (a.groups.size() < 2) {
        a.indicesUnavailable = tr("%1 offers fewer than two levels, so there is no segregation by level to measure.").arg(area.name());
        a.diagnostics.warning(a.indicesUnavailable);
    } else {
        auto input = indexInputOf(a.latest(), a.groups);
        if (!input)
            return input.error();
        a.input = std::move(*input);
        auto report = IndexReport::compute(*a.input, areaOfUnits(a.latest(), *a.input, area), nullptr, options.report);
        if (!report)
            return report.error();
        a.report = std::move(*report);
        if (a.hasChange()) {
            auto earlier = indexInputOf(a.years.first(), a.groups);
            if (!earlier)
                return earlier.error();
            a.earlierInput = std::move(*earlier);
            auto change = IndexReport::compute(*a.earlierInput, areaOfUnits(a.years.first(), *a.earlierInput, area), &*a.input, options.report);
            if (!change)
                return change.error();
            a.changeReport = std::move(*change);
        }
    }
    if (feedback)
        feedback->setProgress(0.9);

    if (a.hasChange()) {
        const VoAreaYear& before = a.years.first();
        const VoAreaYear& after = a.latest();
        QStringList ids;
        for (const VoAreaLocation& l : before.locations)
            ids.append(l.pupils.id);
        for (const VoAreaLocation& l : after.locations)
            if (!ids.contains(l.pupils.id))
                ids.append(l.pupils.id);
        std::sort(ids.begin(), ids.end());
        for (const QString& id : ids) {
            const qsizetype b = before.indexOf(id);
            const qsizetype f = after.indexOf(id);
            VoLocationChange c;
            c.id = id;
            c.name = f >= 0 ? after.locations[f].pupils.name : before.locations[b].pupils.name;
            c.before = b >= 0 ? before.locations[b].pupils.heterogeneousShare() : std::nan("");
            c.after = f >= 0 ? after.locations[f].pupils.heterogeneousShare() : std::nan("");
            c.withheld = (b >= 0 && before.locationShareWithheld(b)) || (f >= 0 && after.locationShareWithheld(f));
            c.opened = b < 0;
            c.closed = f < 0;
            a.locationChanges.append(c);
        }
    }
    if (feedback)
        feedback->setProgress(1.0);
    return a;
}

} // namespace Mk
