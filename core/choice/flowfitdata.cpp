// SPDX-License-Identifier: GPL-3.0-or-later
#include "choice/flowfitdata.h"

#include "base/feedback.h"
#include "catchment/areainterpolator.h"
#include "catchment/postcodeareabuilder.h"
#include "geo/geometry.h"
#include "model/dataset.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <cmath>
#include <limits>

namespace Mk {

namespace {

QString pupilsText(double pupils)
{
    return QLocale().toString(pupils, 'f', pupils == std::floor(pupils) ? 0 : 1);
}

/** Where every flow pupil goes: a (origin PC4, school) cell of the fit, or one of the exclusions. */
struct FlowCells {
    QHash<QString, QHash<qsizetype, double>> byOrigin; ///< PC4 -> school index -> pupils
    QSet<QString> postcodesWithoutLocation;
    QSet<QString> schoolsNotModelled;
};

FlowCells sortFlows(const Dataset& dataset, const QHash<QString, qsizetype>& schoolIndex, const QHash<QString, QPointF>& homes,
                    FlowExclusions& excluded)
{
    FlowCells cells;
    for (const PupilFlow& f : dataset.pupilFlows) {
        const double pupils = f.estimatedPupils();
        if (!(pupils > 0.0))
            continue;
        if (f.isForeignOrUnknown()) {
            excluded.foreignOrUnknownHome += pupils;
            continue;
        }
        const auto school = schoolIndex.constFind(f.schoolId);
        if (school == schoolIndex.cend()) {
            excluded.schoolNotModelled += pupils;
            cells.schoolsNotModelled.insert(f.schoolId);
            continue;
        }
        if (!homes.contains(f.homePostcode)) {
            excluded.homeWithoutLocation += pupils;
            cells.postcodesWithoutLocation.insert(f.homePostcode);
            continue;
        }
        cells.byOrigin[f.homePostcode][school.value()] += pupils;
    }
    excluded.postcodesWithoutLocation = static_cast<int>(cells.postcodesWithoutLocation.size());
    excluded.schoolsNotModelled = static_cast<int>(cells.schoolsNotModelled.size());
    return cells;
}

void describeExclusions(const FlowFitData& data, const FlowCells& cells, Diagnostics& diagnostics)
{
    const FlowExclusions& e = data.excluded;
    const double all = data.total() + e.total();
    // An explicit QString: with QT_USE_QSTRINGBUILDER a deduced return type would be a QStringBuilder that refers to
    // the temporary number text after the lambda returned (a stack-use-after-scope ASan found).
    auto share = [all](double pupils) -> QString { return QLocale().toString(100.0 * pupils / all, 'f', 1) + QLatin1Char('%'); };
    if (e.foreignOrUnknownHome > 0.0)
        diagnostics.info(FlowFitData::tr("%1 pupils (%2) live abroad or at an unknown address (DUO codes 10, 20, 30, 40) and are "
                                         "left out of the choice model fit.")
                             .arg(pupilsText(e.foreignOrUnknownHome), share(e.foreignOrUnknownHome)));
    if (e.homeWithoutLocation > 0.0) {
        QStringList codes(cells.postcodesWithoutLocation.cbegin(), cells.postcodesWithoutLocation.cend());
        codes.sort();
        diagnostics.warning(FlowFitData::tr("%1 pupils (%2) live in %3 postcode(s) without a location in the loaded PC4 points or "
                                            "areas and are left out of the choice model fit: %4. Load PC4 centroids that cover "
                                            "them (--postcode-centroids) to include them.")
                                .arg(pupilsText(e.homeWithoutLocation), share(e.homeWithoutLocation))
                                .arg(codes.size())
                                .arg(codes.join(QStringLiteral(", "))));
    }
    if (e.schoolNotModelled > 0.0) {
        QStringList ids(cells.schoolsNotModelled.cbegin(), cells.schoolsNotModelled.cend());
        ids.sort();
        diagnostics.info(FlowFitData::tr("%1 pupils (%2) attend %3 school(s) that are not in the choice model (not in the school "
                                         "list, not placed, or not a regular primary school): %4.")
                             .arg(pupilsText(e.schoolNotModelled), share(e.schoolNotModelled))
                             .arg(ids.size())
                             .arg(ids.join(QStringLiteral(", "))));
    }
}

const GroupTable* findTable(const QList<GroupTable>& tables, const QString& characteristic)
{
    for (const GroupTable& t : tables)
        if (t.characteristic == characteristic)
            return &t;
    return nullptr;
}

/** Children per group of each PC4 area: the buurt counts spread by area weighting over the PC4 areas. */
Result<QHash<QString, std::vector<double>>> postcodeCounts(const Dataset& dataset, const GroupTable& table, Feedback& feedback,
                                                           Diagnostics& diagnostics)
{
    std::vector<std::shared_ptr<const Geometry>> sources;
    for (const QString& code : table.unitIds) {
        const qsizetype unit = dataset.areas.indexOf(code);
        sources.push_back(unit >= 0 ? dataset.areas.units[unit].geometry : nullptr);
    }
    Geometry ownBoundary;
    const Geometry* boundary = dataset.boundary.get();
    if (!boundary || boundary->isEmpty()) {
        std::vector<const Geometry*> parts;
        for (const auto& g : sources)
            parts.push_back(g.get());
        ownBoundary = Geometry::unionOf(parts);
        boundary = &ownBoundary;
    }
    auto areas = PostcodeAreaBuilder::hasMostCommonPostcode(dataset.areas)
                     ? PostcodeAreaBuilder::fromBuurten(dataset.areas, diagnostics)
                     : PostcodeAreaBuilder::fromCentroids(dataset.postcodes, *boundary, feedback);
    if (!areas)
        return areas.error();
    std::vector<const Geometry*> targets;
    for (const PostcodeArea& a : std::as_const(*areas))
        targets.push_back(a.geometry.get());
    const AreaInterpolator interpolator(std::move(sources));
    auto weights = interpolator.weights(targets, InterpolationMode::Partition, feedback);
    if (!weights)
        return weights.error();
    const std::vector<double> counts = AreaInterpolator::apply(*weights, table.countsOrZero(), table.groupCount());
    const auto groups = static_cast<size_t>(table.groupCount());
    QHash<QString, std::vector<double>> out;
    for (qsizetype p = 0; p < areas->size(); ++p) {
        const auto begin = counts.begin() + static_cast<std::ptrdiff_t>(static_cast<size_t>(p) * groups);
        out.insert(areas->at(p).pc4, std::vector<double>(begin, begin + static_cast<std::ptrdiff_t>(groups)));
    }
    return out;
}

/** Group shares per origin (the gemeente mix where a PC4 has no area or no children) and observed school totals. */
Result<void> addGroups(FlowFitData& data, const Dataset& dataset, const QString& characteristic, Feedback& feedback)
{
    const GroupTable* table = findTable(dataset.areaComposition, characteristic);
    if (!table) {
        QStringList loaded;
        for (const GroupTable& t : dataset.areaComposition)
            loaded.append(t.characteristic);
        return fail(ErrorCode::NotFound,
                    FlowFitData::tr("No group counts per area for \"%1\" are loaded, so the choice model cannot be fitted per "
                                    "group. Loaded characteristics: %2. Choose one of them, or map the area columns to it.")
                        .arg(characteristic, loaded.isEmpty() ? FlowFitData::tr("none") : loaded.join(QStringLiteral(", "))));
    }
    auto byPc4 = postcodeCounts(dataset, *table, feedback, data.diagnostics);
    if (!byPc4)
        return byPc4.error();
    const auto groups = static_cast<size_t>(table->groupCount());
    std::vector<double> gemeente(groups, 0.0);
    const std::vector<double> all = table->countsOrZero();
    for (size_t i = 0; i < all.size(); ++i)
        gemeente[i % groups] += all[i];
    std::vector<double> shares;
    double pupilsWithGemeenteMix = 0.0;
    for (qsizetype i = 0; i < data.originCount(); ++i) {
        std::vector<double> row = byPc4->value(data.origins[i].pc4);
        double sum = 0.0;
        for (double v : row)
            sum += v;
        if (!(sum > 0.0)) {
            row = gemeente;
            pupilsWithGemeenteMix += data.originTotal(i);
        }
        shares.insert(shares.end(), row.begin(), row.end());
    }
    if (pupilsWithGemeenteMix > 0.0)
        data.diagnostics.info(FlowFitData::tr("%1 pupils live in postcodes without a postcode area in the gemeente; the choice model "
                                              "gives them the gemeente's mix of \"%2\".")
                                  .arg(pupilsText(pupilsWithGemeenteMix), table->characteristicLabel()));
    std::vector<double> schoolTotals;
    const GroupTable* observed = nullptr;
    for (const GroupTable& t : dataset.schoolComposition)
        if (t.characteristic == table->characteristic && t.groups == table->groups && !t.estimated)
            observed = &t;
    if (observed) {
        schoolTotals.assign(static_cast<size_t>(data.schoolCount()) * groups, std::numeric_limits<double>::quiet_NaN());
        for (qsizetype j = 0; j < data.schoolCount(); ++j) {
            const qsizetype unit = observed->unitIds.indexOf(data.schools[j].id);
            bool complete = unit >= 0;
            for (qsizetype g = 0; complete && g < observed->groupCount(); ++g)
                complete = observed->cell(unit, g).hasValue();
            for (qsizetype g = 0; complete && g < observed->groupCount(); ++g)
                schoolTotals[static_cast<size_t>(j) * groups + static_cast<size_t>(g)] = observed->cell(unit, g).valueOr(0.0);
        }
    }
    return data.setGroups(table->characteristic, table->groups, std::move(shares), std::move(schoolTotals));
}

} // namespace

double FlowFitData::originTotal(qsizetype origin) const
{
    double sum = 0.0;
    for (qsizetype j = 0; j < schoolCount(); ++j)
        sum += count(origin, j);
    return sum;
}

double FlowFitData::schoolTotal(qsizetype school) const
{
    double sum = 0.0;
    for (qsizetype i = 0; i < originCount(); ++i)
        sum += count(i, school);
    return sum;
}

double FlowFitData::total() const
{
    double sum = 0.0;
    for (double v : counts)
        sum += v;
    return sum;
}

bool FlowFitData::hasSchoolGroupTotals(qsizetype school) const
{
    return !schoolGroupTotals.empty() && !std::isnan(schoolGroupTotals[static_cast<size_t>(school * groups.size())]);
}

qsizetype FlowFitData::schoolIndex(const QString& id) const
{
    for (qsizetype j = 0; j < schools.size(); ++j)
        if (schools[j].id == id)
            return j;
    return -1;
}

Result<FlowFitData> FlowFitData::create(QList<FlowOrigin> origins, QList<FlowSchool> schools, std::vector<double> counts)
{
    if (counts.size() != static_cast<size_t>(origins.size() * schools.size()))
        return fail(ErrorCode::InvalidArgument, tr("The flow table has %1 cells; %2 origins x %3 schools need %4.")
                                                    .arg(counts.size())
                                                    .arg(origins.size())
                                                    .arg(schools.size())
                                                    .arg(origins.size() * schools.size()));
    for (double v : counts)
        if (!(v >= 0.0) || !std::isfinite(v))
            return fail(ErrorCode::InvalidValue, tr("The flow table holds a negative or non-numeric count (%1); counts are pupils.")
                                                     .arg(v));
    FlowFitData data;
    data.origins = std::move(origins);
    data.schools = std::move(schools);
    data.counts = std::move(counts);
    data.distances.reserve(data.counts.size());
    for (const FlowOrigin& o : std::as_const(data.origins))
        for (const FlowSchool& s : std::as_const(data.schools))
            data.distances.push_back(std::hypot(o.location.x() - s.location.x(), o.location.y() - s.location.y()));
    return data;
}

Result<void> FlowFitData::setGroups(const QString& characteristicName, const QStringList& groupNames, std::vector<double> originShares,
                                    std::vector<double> schoolTotals)
{
    const auto g = static_cast<size_t>(groupNames.size());
    if (g < 2)
        return fail(ErrorCode::InvalidArgument, tr("A choice model per group needs at least two groups; \"%1\" has %2.")
                                                    .arg(characteristicName)
                                                    .arg(g));
    if (originShares.size() != static_cast<size_t>(originCount()) * g
        || (!schoolTotals.empty() && schoolTotals.size() != static_cast<size_t>(schoolCount()) * g))
        return fail(ErrorCode::InvalidArgument, tr("The group tables of \"%1\" do not match %2 origins, %3 schools and %4 groups.")
                                                    .arg(characteristicName)
                                                    .arg(originCount())
                                                    .arg(schoolCount())
                                                    .arg(g));
    for (qsizetype i = 0; i < originCount(); ++i) {
        double sum = 0.0;
        for (size_t k = 0; k < g; ++k)
            sum += originShares[static_cast<size_t>(i) * g + k];
        if (!(sum > 0.0) || !std::isfinite(sum))
            return fail(ErrorCode::InvalidValue, tr("Postcode %1 has no children in any group of \"%2\", so it has no group shares.")
                                                     .arg(origins[i].pc4, characteristicName));
        for (size_t k = 0; k < g; ++k)
            originShares[static_cast<size_t>(i) * g + k] /= sum;
    }
    characteristic = characteristicName;
    groups = groupNames;
    originGroupShares = std::move(originShares);
    schoolGroupTotals = std::move(schoolTotals);
    return {};
}

Result<FlowFitData> FlowFitData::fromDataset(const Dataset& dataset, const FlowFitOptions& options, Feedback& feedback)
{
    if (dataset.pupilFlows.isEmpty())
        return fail(ErrorCode::NotFound, tr("The choice model is fitted on the DUO table of pupils per school by home postcode, which "
                                            "is not loaded. Add it under Additional data in File → New analysis… (on the command line "
                                            "--pupils-by-postcode), or use the literature defaults."));
    QList<School> candidates = options.regularPrimaryOnly ? regularPrimarySchools(dataset.schools) : dataset.schools;
    QList<FlowSchool> schools;
    QHash<QString, qsizetype> schoolIndex;
    for (const School& s : std::as_const(candidates)) {
        if (!s.location || schoolIndex.contains(s.id))
            continue;
        schoolIndex.insert(s.id, schools.size());
        schools.append(FlowSchool{s.id, s.name, *s.location, s.denomination, s.capacity, s.schoolweging});
    }
    QHash<QString, QPointF> homes;
    for (const AreaUnit& u : dataset.postcodes.units)
        if (u.geometry && !u.geometry->isEmpty())
            homes.insert(u.code, u.geometry->centroid());

    FlowExclusions excluded;
    const FlowCells cells = sortFlows(dataset, schoolIndex, homes, excluded);
    QStringList pc4s(cells.byOrigin.keyBegin(), cells.byOrigin.keyEnd());
    pc4s.sort();
    QList<FlowOrigin> origins;
    std::vector<double> counts(static_cast<size_t>(pc4s.size() * schools.size()), 0.0);
    for (qsizetype i = 0; i < pc4s.size(); ++i) {
        origins.append(FlowOrigin{pc4s[i], homes.value(pc4s[i])});
        const QHash<qsizetype, double>& row = cells.byOrigin[pc4s[i]];
        for (auto it = row.cbegin(); it != row.cend(); ++it)
            counts[static_cast<size_t>(i * schools.size() + it.key())] = it.value();
    }
    auto created = create(std::move(origins), std::move(schools), std::move(counts));
    if (!created)
        return created.error();
    FlowFitData data = std::move(*created);
    data.excluded = excluded;
    describeExclusions(data, cells, data.diagnostics);
    if (!(data.total() > 0.0))
        return fail(ErrorCode::EmptyInput, tr("No pupil of the pupils-by-postcode table lives in a located postcode and attends a placed "
                                              "school of the choice model, so there is nothing to fit. Load PC4 centroids "
                                              "(--postcode-centroids) and schools with coordinates."));
    if (!options.characteristic.isEmpty())
        if (auto groups = addGroups(data, dataset, options.characteristic, feedback); !groups)
            return groups.error();
    return data;
}

} // namespace Mk
