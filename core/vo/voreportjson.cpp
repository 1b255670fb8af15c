// SPDX-License-Identifier: GPL-3.0-or-later
#include "vo/voreportjson.h"

#include "base/jsonnumber.h"
#include "index/indexreportjson.h"
#include "vo/voanalysis.h"

#include <QJsonArray>

#include <cmath>

namespace Mk {

namespace {

const QJsonValue kNull(QJsonValue::Null);

QString placementKey(Placement p)
{
    switch (p) {
    case Placement::Coordinates:
        return QStringLiteral("school_file");
    case Placement::GeocodedPc6:
        return QStringLiteral("geocoded_pc6");
    case Placement::GeocodedPc4:
        return QStringLiteral("geocoded_pc4");
    case Placement::Unplaced:
        break;
    }
    return QStringLiteral("unplaced");
}

QJsonObject vestigingJson(const VoAreaYear& year, qsizetype i, double threshold)
{
    const VoAreaLocation& l = year.locations[i];
    QJsonArray levels;
    QJsonObject levelPupils;
    for (VoLevel level : kVoLevels) {
        const double n = l.pupils.levelPupils[static_cast<size_t>(level)];
        if (n > 0.0)
            levels.append(VoProgrammes::key(level));
        levelPupils.insert(VoProgrammes::key(level), year.levelWithheld(i, level) ? kNull : QJsonValue(n));
    }
    const bool programmesHidden = year.programmesWithheld(i, threshold);
    QJsonArray programmes;
    for (const VoProgrammeCount& p : l.pupils.firstYear)
        programmes.append(QJsonObject{{QStringLiteral("code"), p.code},
                                      {QStringLiteral("name"), p.name},
                                      {QStringLiteral("heterogeneous"), p.programme ? QJsonValue(p.programme->heterogeneous()) : kNull},
                                      {QStringLiteral("pupils"), programmesHidden && p.pupils > 0.0 ? kNull : QJsonValue(p.pupils)}});
    QJsonObject o{{QStringLiteral("id"), l.pupils.id},
                  {QStringLiteral("name"), l.pupils.name.isEmpty() ? l.address.name : l.pupils.name},
                  {QStringLiteral("gemeente"), l.address.gemeente},
                  {QStringLiteral("gemeente_code"), l.address.gemeenteCode},
                  {QStringLiteral("place"), l.address.place},
                  {QStringLiteral("postcode"), l.address.postcode},
                  {QStringLiteral("levels"), levels},
                  {QStringLiteral("level_pupils"), levelPupils},
                  {QStringLiteral("categorical"), l.pupils.categorical()},
                  {QStringLiteral("first_year_pupils"), year.firstYearPupilsWithheld(i) ? kNull : QJsonValue(l.pupils.firstYearPupils())},
                  {QStringLiteral("heterogeneous_first_year_share"),
                   year.locationShareWithheld(i) ? kNull : jsonNumber(l.pupils.heterogeneousShare())},
                  {QStringLiteral("first_year_programmes"), programmes},
                  {QStringLiteral("placement"), placementKey(l.address.placement)}};
    if (l.address.location) {
        o.insert(QStringLiteral("x"), l.address.location->x());
        o.insert(QStringLiteral("y"), l.address.location->y());
    }
    return o;
}

QJsonValue shareJson(const VoAreaYear& year)
{
    return year.areaShareWithheld() ? kNull : jsonNumber(year.heterogeneousShare());
}

QJsonObject changeJson(const VoAnalysis& a)
{
    const VoAreaYear& before = a.years.first();
    const VoAreaYear& after = a.latest();
    const bool hidden = before.areaShareWithheld() || after.areaShareWithheld();
    QJsonArray vestigingen;
    for (const VoLocationChange& c : a.locationChanges)
        vestigingen.append(QJsonObject{{QStringLiteral("id"), c.id},
                                       {QStringLiteral("name"), c.name},
                                       {QStringLiteral("opened"), c.opened},
                                       {QStringLiteral("closed"), c.closed},
                                       {QStringLiteral("heterogeneous_first_year_share_before"), c.withheld ? kNull : jsonNumber(c.before)},
                                       {QStringLiteral("heterogeneous_first_year_share_after"), c.withheld ? kNull : jsonNumber(c.after)},
                                       {QStringLiteral("difference"), c.withheld ? kNull : jsonNumber(c.after - c.before)}});
    QJsonObject o{{QStringLiteral("from_year"), before.schoolYear},
                  {QStringLiteral("to_year"), after.schoolYear},
                  {QStringLiteral("heterogeneous_first_year_share"),
                   QJsonObject{{QStringLiteral("before"), hidden ? kNull : jsonNumber(before.heterogeneousShare())},
                               {QStringLiteral("after"), hidden ? kNull : jsonNumber(after.heterogeneousShare())},
                               {QStringLiteral("difference"), hidden ? kNull : jsonNumber(after.heterogeneousShare() - before.heterogeneousShare())}}},
                  {QStringLiteral("vestigingen"), vestigingen}};
    if (a.changeReport && a.changeReport->change) {
        const QJsonObject report = IndexReportJson::write(*a.earlierInput, *a.changeReport, QStringLiteral("gemeente"), after.fileName);
        o.insert(QStringLiteral("indices"), report.value(QStringLiteral("change")));
    } else {
        o.insert(QStringLiteral("indices"), kNull);
    }
    return o;
}

} // namespace

QJsonObject VoReportJson::write(const VoData& data, const VoAnalysis& a)
{
    const VoAreaYear& year = a.latest();
    const double threshold = a.options.report.privacyThreshold;
    QJsonArray gemeenten;
    for (qsizetype g = 0; g < a.area.gemeenteNames.size(); ++g)
        gemeenten.append(QJsonObject{{QStringLiteral("code"), a.area.gemeenteCodes.value(g)}, {QStringLiteral("name"), a.area.gemeenteNames[g]}});
    QJsonArray vestigingen;
    int unplaced = 0;
    for (qsizetype i = 0; i < year.locations.size(); ++i) {
        vestigingen.append(vestigingJson(year, i, threshold));
        unplaced += year.locations[i].address.location ? 0 : 1;
    }
    QJsonObject levelTotals;
    for (VoLevel level : kVoLevels) {
        const double n = year.levelTotals[static_cast<size_t>(level)];
        levelTotals.insert(VoProgrammes::key(level), n > 0.0 && n < threshold ? kNull : QJsonValue(n));
    }
    QJsonArray years;
    for (const VoAreaYear& y : a.years)
        years.append(QJsonObject{{QStringLiteral("year"), y.schoolYear}, {QStringLiteral("inferred"), y.yearInferred}, {QStringLiteral("file"), y.fileName},
                                 {QStringLiteral("vestigingen"), y.locations.size()}, {QStringLiteral("heterogeneous_first_year_share"), shareJson(y)}});
    QJsonObject out{{QStringLiteral("area"), QJsonObject{{QStringLiteral("name"), a.area.name()},
                                                          {QStringLiteral("region"), a.area.isRegion()},
                                                          {QStringLiteral("gemeenten"), gemeenten}}},
                    {QStringLiteral("year"), year.schoolYear},
                    {QStringLiteral("year_inferred"), year.yearInferred},
                    {QStringLiteral("years"), years},
                    {QStringLiteral("vestigingen"), vestigingen},
                    {QStringLiteral("unplaced"), unplaced},
                    {QStringLiteral("unplaced_national"), data.placement.unplaced.size()},
                    {QStringLiteral("level_totals"), levelTotals},
                    {QStringLiteral("first_year_pupils"), year.firstYearPupils < threshold && year.firstYearPupils > 0.0 ? kNull : QJsonValue(year.firstYearPupils)},
                    {QStringLiteral("heterogeneous_first_year_share"), shareJson(year)},
                    {QStringLiteral("privacy_threshold"), threshold}};
    if (a.report && a.input)
        out.insert(QStringLiteral("indices"), IndexReportJson::write(*a.input, *a.report, a.area.isRegion() ? QStringLiteral("gemeente") : QString(), {}));
    else
        out.insert(QStringLiteral("indices"), kNull);
    if (a.hasChange())
        out.insert(QStringLiteral("change"), changeJson(a));
    return out;
}

} // namespace Mk
