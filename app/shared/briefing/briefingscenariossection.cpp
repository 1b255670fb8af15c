// SPDX-License-Identifier: GPL-3.0-or-later
// qcustomplot.h (2.1) uses Qt's foreach in inline templates; allow it for this file only, before any Qt header.
#undef QT_NO_FOREACH
#include "shared/briefing/briefingscenariossection.h"

#include "model/dataset.h"
#include "render/areamaplayer.h"
#include "render/layerfactory.h"
#include "render/mapsettings.h"
#include "render/pointmaplayer.h"
#include "report/briefingcontent.h"
#include "shared/briefing/briefingdocument.h"
#include "shared/briefing/briefingmapframe.h"

#include <QHash>
#include <QPainterPath>

#include <qcustomplot.h>

namespace Mk {

namespace {

constexpr double kMaxMapHeight = 300.0;
constexpr double kMinimumMargin = 600.0; ///< metres of map around the outermost school or change

// Okabe & Ito (2008) colours, distinct from the choropleth's yellow-green-blue ramp and from each other in grey.
const QColor kNewColour(0xd5, 0x5e, 0x00);    // vermillion
const QColor kMergedColour(0x00, 0x72, 0xb2); // blue
const QColor kClosedColour(0x1a, 0x1a, 0x1a);

Symbol marker(Symbol::Marker shape, const QColor& fill, const QColor& stroke, double size)
{
    Symbol s;
    s.shape = Symbol::Shape::Circle;
    s.marker = shape;
    s.fill = fill;
    s.stroke = stroke;
    s.strokeWidth = 1.0;
    s.size = size;
    return s;
}

Symbol siteSymbol(BriefingScenarioSite::Kind kind)
{
    switch (kind) {
    case BriefingScenarioSite::Kind::NewSchool:
        return marker(Symbol::Marker::Star, kNewColour, Qt::black, 18.0);
    case BriefingScenarioSite::Kind::Merged:
        return marker(Symbol::Marker::Star, kMergedColour, Qt::black, 18.0);
    case BriefingScenarioSite::Kind::Closed:
        return marker(Symbol::Marker::Cross, kClosedColour, Qt::white, 12.0);
    case BriefingScenarioSite::Kind::Capacity: {
        Symbol s = marker(Symbol::Marker::Square, Qt::transparent, kNewColour, 16.0);
        s.strokeWidth = 2.0;
        return s;
    }
    }
    return {};
}

QString siteLabel(BriefingScenarioSite::Kind kind, const TextLanguage& lang)
{
    switch (kind) {
    case BriefingScenarioSite::Kind::NewSchool: return lang.translate("Mk::Briefing", "New school");
    case BriefingScenarioSite::Kind::Merged: return lang.translate("Mk::Briefing", "Merged school, at its new site");
    case BriefingScenarioSite::Kind::Closed: return lang.translate("Mk::Briefing", "School that closes");
    case BriefingScenarioSite::Kind::Capacity: return lang.translate("Mk::Briefing", "School with other capacity");
    }
    return {};
}

Symbol housingSymbol()
{
    Symbol s;
    s.shape = Symbol::Shape::Area;
    s.fill = QColor(kNewColour.red(), kNewColour.green(), kNewColour.blue(), 50);
    s.stroke = kNewColour;
    s.strokeWidth = 1.4;
    s.hatched = true;
    s.hatchColor = kNewColour;
    return s;
}

/** Text with a white halo, so a name stays legible over any class of the choropleth. */
void haloText(QPainter& p, const QPointF& baseline, const QString& text, const QFont& font)
{
    QPainterPath halo;
    halo.addText(baseline, font, text);
    p.setPen(QPen(Qt::white, 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawPath(halo);
    // The name itself as text, so the PDF can be searched for it.
    p.setFont(font);
    p.setPen(BriefingDocument::textColor());
    p.drawText(baseline, text);
}

/** The changes on top of the map: housing first, then the sites, each new or merged school with its name. */
void drawChanges(QPainter& p, const MapSettings& settings, const BriefingScenario& s)
{
    const Symbol housing = housingSymbol();
    for (const BriefingScenarioHousing& h : s.housing) {
        const QPolygonF outline = settings.mapToPixel().map(h.outline);
        p.setPen(housing.pen());
        p.setBrush(housing.brush());
        p.drawPolygon(outline);
        p.setBrush(housing.hatchBrush());
        p.drawPolygon(outline);
    }
    const QFont label = BriefingDocument::font(8, true);
    for (const BriefingScenarioSite& site : s.sites) {
        const Symbol symbol = siteSymbol(site.kind);
        const QPointF c = settings.toPixel(site.location);
        const QRectF box(c.x() - symbol.size / 2, c.y() - symbol.size / 2, symbol.size, symbol.size);
        p.setPen(symbol.pen());
        p.setBrush(symbol.brush());
        p.drawPath(symbol.markerPath(box));
        if (site.kind == BriefingScenarioSite::Kind::NewSchool || site.kind == BriefingScenarioSite::Kind::Merged)
            haloText(p, QPointF(box.right() + 3, c.y() + QFontMetricsF(label).ascent() / 2 - 1), site.name, label);
    }
}

/** "0,067\n[0,045; 0,095]": a figure over the runs with its band on a second, smaller line. */
QString bandCell(const BriefingCell& c, const BriefingDocument& doc, const std::function<QString(double)>& number)
{
    if (c.state == BriefingCell::State::Suppressed)
        return doc.content().suppressedText;
    if (!c.hasValue())
        return BriefingFormat::missing();
    return number(c.value) + QLatin1Char('\n') + BriefingFormat::interval(number(c.low), number(c.high));
}

} // namespace

QString BriefingScenariosSection::key() const
{
    return BriefingSection::kScenarios;
}

QString BriefingScenariosSection::title(const TextLanguage& language) const
{
    return language.translate("Mk::Briefing", "What-if scenarios");
}

bool BriefingScenariosSection::hasContent(const BriefingContent& content) const
{
    return !content.scenarios.isEmpty();
}

void BriefingScenariosSection::paint(BriefingDocument& doc) const
{
    const QList<BriefingScenario>& scenarios = doc.content().scenarios;
    for (qsizetype i = 0; i < scenarios.size(); ++i) {
        if (i > 0)
            doc.newPage();
        paintScenario(doc, scenarios[i]);
    }
}

void BriefingScenariosSection::paintMap(BriefingDocument& doc, const BriefingScenario& s)
{
    const BriefingContent& c = doc.content();
    const TextLanguage& lang = c.language;
    std::vector<std::unique_ptr<MapLayer>> layers;
    layers.push_back(LayerFactory::areas(c.dataset, LayerFactory::defaultAreaValue(*c.dataset, lang), lang));
    if (auto outline = LayerFactory::gemeenteOutline(c.dataset, lang))
        layers.push_back(std::move(outline));
    // Today's schools in one neutral colour, numbered as in the schools table, so the changes stand out.
    QHash<QString, int> number;
    for (qsizetype i = 0; i < c.schools.size(); ++i)
        number.insert(c.schools[i].id, static_cast<int>(i + 1));
    auto schools = LayerFactory::schools(*c.dataset, SchoolFilter{}, lang);
    std::vector<PointFeature> features = schools->features();
    for (PointFeature& f : features) {
        f.visible = number.contains(f.id);
        f.name = lang.locale().toString(number.value(f.id));
    }
    LayerStyle st = schools->style();
    st.fill = LayerStyle::Fill::Single;
    st.fillColor = QColor(0xbd, 0xbd, 0xbd);
    st.strokeColor = QColor(0x40, 0x40, 0x40);
    st.labelPointSize = 7.0;
    st.minDiameter = 7.0;
    st.maxDiameter = 16.0;
    schools->setStyle(st);
    schools->setFeatures(std::move(features));
    layers.push_back(std::move(schools));

    // The town around the schools and the changes, not the whole gemeente: that is where the changes are read.
    QPolygonF points;
    for (const School& school : c.dataset->schools)
        if (school.location && number.contains(school.id))
            points << *school.location;
    for (const BriefingScenarioSite& site : s.sites)
        points << site.location;
    for (const BriefingScenarioHousing& h : s.housing)
        points << h.outline;
    QRectF extent = points.boundingRect();
    const double margin = std::max(kMinimumMargin, 0.15 * std::max(extent.width(), extent.height()));
    extent.adjust(-margin, -margin, margin, margin);

    LegendGroup changes{lang.translate("Mk::Briefing", "Changes in this scenario"), {}, {}};
    for (const auto kind : {BriefingScenarioSite::Kind::NewSchool, BriefingScenarioSite::Kind::Merged, BriefingScenarioSite::Kind::Closed,
                            BriefingScenarioSite::Kind::Capacity})
        if (std::any_of(s.sites.begin(), s.sites.end(), [kind](const BriefingScenarioSite& x) { return x.kind == kind; }))
            changes.items.append({siteSymbol(kind), siteLabel(kind, lang)});
    if (!s.housing.isEmpty())
        changes.items.append({housingSymbol(), lang.translate("Mk::Briefing", "New housing")});
    QList<LegendGroup> legend = BriefingMapFrame::layerLegend(layers, lang);
    std::rotate(legend.begin(), legend.end() - 1, legend.end()); // the schools next to the changes
    if (!legend.first().items.isEmpty())
        legend.first().items.first().label = lang.translate("Mk::Briefing", "Numbered as in the schools table");
    if (!changes.items.isEmpty())
        legend.prepend(changes);
    BriefingMapFrame::draw(doc, layers, extent, kMaxMapHeight, legend,
                           [&s](QPainter& p, const MapSettings& settings) { drawChanges(p, settings, s); });
}

void BriefingScenariosSection::paintScenario(BriefingDocument& doc, const BriefingScenario& s)
{
    const BriefingContent& c = doc.content();
    const TextLanguage& lang = c.language;
    const BriefingFormat& f = doc.format();
    const QFont body = BriefingDocument::font(10);
    const QFont note = BriefingDocument::font(8);
    doc.heading(lang.translate("Mk::Briefing", "What if: %1").arg(s.title));
    doc.paragraph(lang.translate("Mk::Briefing", "What the simulation says would follow from the changes below (%1). \u201cToday\u201d is "
                                                 "the same simulation without them, not the measured figures of the key figures: "
                                                 "there children are placed one by one, so small schools add noise and the indices "
                                                 "come out higher. Compare the scenario with today's simulation. Numbers in square "
                                                 "brackets are 90 % bands: the middle 90 % of the runs.")
                      .arg(s.runs),
                  BriefingDocument::font(9), BriefingDocument::mutedColor());

    doc.subheading(lang.translate("Mk::Briefing", "What changes"));
    QStringList changes = s.changes;
    if (!s.admissionChange.isEmpty())
        changes << s.admissionChange;
    if (changes.isEmpty())
        changes << lang.translate("Mk::Briefing", "Nothing: the scenario repeats today.");
    doc.bullets(changes, body);
    paintMap(doc, s);

    doc.subheading(lang.translate("Mk::Briefing", "In brief"), 60);
    doc.bullets(s.summary, body);

    doc.subheading(lang.translate("Mk::Briefing", "Segregation today and in the scenario"), 120);
    BriefingTable indices;
    indices.fontSize = 9;
    indices.columns = {{lang.translate("Mk::Briefing", "Index"), 2.6, Qt::AlignLeft},
                       {lang.translate("Mk::Briefing", "Today\n[90 % band]"), 1.5, Qt::AlignRight},
                       {lang.translate("Mk::Briefing", "Scenario\n[90 % band]"), 1.5, Qt::AlignRight},
                       {lang.translate("Mk::Briefing", "Difference\n[90 % band]"), 1.6, Qt::AlignRight},
                       {lang.translate("Mk::Briefing", "Chance of a decrease"), 1.2, Qt::AlignRight}};
    const auto index = [&f](double v) { return f.index(v); };
    const auto difference = [&f](double v) { return f.difference(v); };
    for (const BriefingScenarioIndex& row : s.indices) {
        QString scope = row.scope;
        if (row.lowerIsMoreSegregated)
            scope += QStringLiteral("; ") + lang.translate("Mk::Briefing", "lower = more segregated");
        indices.rows.append({row.name + QLatin1Char('\n') + scope, bandCell(row.before, doc, index), bandCell(row.after, doc, index),
                             bandCell(row.difference, doc, difference), f.share(row.probabilityDecrease, 0)});
    }
    doc.table(indices);

    doc.subheading(lang.translate("Mk::Briefing", "Schools most affected"), 100);
    BriefingTable schools;
    schools.fontSize = 8;
    schools.columns = {{lang.translate("Mk::Briefing", "No."), 0.35, Qt::AlignRight},
                       {lang.translate("Mk::Briefing", "School"), 2.6, Qt::AlignLeft},
                       {lang.translate("Mk::Briefing", "today"), 1.0, Qt::AlignRight},
                       {lang.translate("Mk::Briefing", "scenario"), 1.0, Qt::AlignRight}};
    schools.spans = {{lang.translate("Mk::Briefing", "Pupils"), 2, 2}};
    if (!s.focusGroupLabel.isEmpty()) {
        schools.columns.append({lang.translate("Mk::Briefing", "today"), 1.0, Qt::AlignRight});
        schools.columns.append({lang.translate("Mk::Briefing", "scenario"), 1.0, Qt::AlignRight});
        schools.spans.append({lang.translate("Mk::Briefing", "Share %1").arg(s.focusGroupLabel), 4, 2});
    }
    const auto pupils = [&f](double v) { return f.number(v, 0); };
    const auto share = [&f](double v) { return f.number(100.0 * v, 1); };
    for (const BriefingScenarioSchool& row : s.schools) {
        QStringList cells{row.number > 0 ? lang.locale().toString(row.number) : QString(),
                          row.status.isEmpty() ? row.name : row.name + QLatin1Char('\n') + row.status,
                          bandCell(row.pupilsBefore, doc, pupils), bandCell(row.pupilsAfter, doc, pupils)};
        if (!s.focusGroupLabel.isEmpty()) {
            const auto shareCell = [&](const BriefingCell& cell) {
                if (!cell.hasValue())
                    return bandCell(cell, doc, share);
                return QString(f.share(cell.value) + QLatin1Char('\n') + BriefingFormat::interval(share(cell.low), share(cell.high)));
            };
            cells << shareCell(row.focusBefore) << shareCell(row.focusAfter);
        }
        schools.rows.append(cells);
    }
    doc.table(schools);
    doc.paragraph(lang.translate("Mk::Briefing", "The schools whose pupils change most, with the mean over the runs and its 90 % band. "
                                                 "Numbers as in the schools table and on the maps; %1 withheld to protect privacy; %2 "
                                                 "not open.")
                      .arg(c.suppressedText, BriefingFormat::missing()),
                  note, BriefingDocument::mutedColor());

    doc.subheading(lang.translate("Mk::Briefing", "Where children are placed"), 100);
    BriefingTable placement;
    placement.fontSize = 8;
    placement.columns = {{lang.translate("Mk::Briefing", "Children"), 2.6, Qt::AlignLeft},
                         {lang.translate("Mk::Briefing", "today"), 1.0, Qt::AlignRight},
                         {lang.translate("Mk::Briefing", "scenario"), 1.0, Qt::AlignRight}};
    placement.spans = {{lang.translate("Mk::Briefing", "All children"), 1, 2}};
    if (!s.focusGroupLabel.isEmpty()) {
        placement.columns.append({lang.translate("Mk::Briefing", "today"), 1.0, Qt::AlignRight});
        placement.columns.append({lang.translate("Mk::Briefing", "scenario"), 1.0, Qt::AlignRight});
        placement.spans.append({s.focusGroupLabel, 3, 2});
    }
    const auto metres = [&f](double v) { return f.number(v, 0); };
    for (const BriefingScenarioPlacement& row : s.placement) {
        const auto cell = [&](const BriefingCell& x) {
            if (!x.hasValue())
                return bandCell(x, doc, metres);
            if (row.metres)
                return QString(f.number(x.value, 0) + QStringLiteral("\u00a0m\n") + BriefingFormat::interval(metres(x.low), metres(x.high)));
            return QString(f.share(x.value) + QLatin1Char('\n') + BriefingFormat::interval(share(x.low), share(x.high)));
        };
        QStringList cells{row.measure, cell(row.before), cell(row.after)};
        if (!s.focusGroupLabel.isEmpty())
            cells << cell(row.focusBefore) << cell(row.focusAfter);
        placement.rows.append(cells);
    }
    doc.table(placement);

    doc.subheading(lang.translate("Mk::Briefing", "Assumptions"));
    doc.bullets(s.assumptions, BriefingDocument::font(9));
    doc.subheading(lang.translate("Mk::Briefing", "Verification"));
    doc.paragraph(s.verification + QLatin1Char(' ')
                      + lang.translate("Mk::Briefing", "Every simulated matching of children to places is checked as it is made; the "
                                                       "methods page explains the terms."),
                  BriefingDocument::font(9));
    if (!s.notes.isEmpty()) {
        doc.subheading(lang.translate("Mk::Briefing", "Notes from the simulation"));
        for (const QString& n : s.notes)
            doc.paragraph(n, note, BriefingDocument::mutedColor());
    }
}

} // namespace Mk
