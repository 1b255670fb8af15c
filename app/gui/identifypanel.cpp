// SPDX-License-Identifier: GPL-3.0-or-later
// qcustomplot.h (2.1) uses Qt's foreach in inline templates; allow it for this file only, before any Qt header.
#undef QT_NO_FOREACH
#include "gui/identifypanel.h"
#include "render/valueformat.h"

#include "privacy/smallcellsuppressor.h"
#include "render/vomaplayer.h"
#include "vo/voanalysis.h"
#include "vo/vosummary.h"

#include "gui/mapworkspace.h"
#include "model/dataset.h"
#include "itemmodels/layertreemodel.h"
#include "render/areamaplayer.h"
#include "render/fieldlabels.h"
#include "render/layerfactory.h"
#include "render/pointmaplayer.h"
#include "shared/categoryticker.h"

#include <QHeaderView>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <cmath>

namespace Mk {

namespace {
QString optionalText(const std::optional<double>& v, int decimals)
{
    return v ? formatDecimal(*v, decimals) : ValueFormat::missingText();
}

QString placementText(Placement p)
{
    switch (p) {
    case Placement::Coordinates:
        return IdentifyPanel::tr("from coordinates");
    case Placement::GeocodedPc6:
        return IdentifyPanel::tr("approximate (PC6 postcode centre)");
    case Placement::GeocodedPc4:
        return IdentifyPanel::tr("approximate (PC4 postcode centre)");
    case Placement::Unplaced:
        break;
    }
    return IdentifyPanel::tr("not placed");
}
} // namespace

IdentifyPanel::IdentifyPanel(MapWorkspace* workspace, QWidget* parent)
    : QDockWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("IdentifyPanel"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);
    m_heading = new QLabel(content);
    m_heading->setWordWrap(true);
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    f.setBold(true);
    m_heading->setFont(f);
    layout->addWidget(m_heading);

    m_table = new QTableWidget(0, 2, content);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 4);
    layout->addWidget(m_table, 1);

    m_chart = new QCustomPlot(content);
    m_chart->setMinimumHeight(200);
    m_chart->setVisible(false);
    layout->addWidget(m_chart, 1);
    setWidget(content);

    connect(workspace, &MapWorkspace::selectionChanged, this, &IdentifyPanel::showFeature);
    retranslateUi();
    showFeature({}, {});
}

void IdentifyPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The figures of the selection again, worded and formatted in the new language.
        showFeature(m_workspace->selectedLayer(), m_workspace->selectedFeature());
    }
    QDockWidget::changeEvent(event);
}

void IdentifyPanel::retranslateUi()
{
    setWindowTitle(tr("Identify"));
    m_table->setHorizontalHeaderLabels({tr("Attribute"), tr("Value")});
}

QString IdentifyPanel::heading() const
{
    return m_heading->text();
}

void IdentifyPanel::addRow(const QString& key, const QString& value, const QString& toolTip)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(key));
    auto* item = new QTableWidgetItem(value);
    item->setToolTip(toolTip);
    m_table->setItem(row, 1, item);
}

void IdentifyPanel::showFeature(const QString& layerId, const QString& featureId)
{
    m_table->setRowCount(0);
    m_chart->setVisible(false);
    if (layerId == LayerFactory::kSchoolsId)
        showSchool(featureId);
    else if (layerId == LayerFactory::kAreasId)
        showArea(featureId);
    else if (layerId == VoMapLayer::kId)
        showVoLocation(featureId);
    else
        m_heading->setText(tr("Click a buurt or school on the map."));
    m_table->resizeColumnToContents(0);
}

void IdentifyPanel::showArea(const QString& code)
{
    const auto ds = m_workspace->dataset();
    const qsizetype i = ds->areas.indexOf(code);
    if (i < 0)
        return;
    const AreaUnit& u = ds->areas.units[i];
    m_heading->setText(QStringLiteral("%1 (%2)").arg(u.name, u.code));
    if (const auto* layer = dynamic_cast<const AreaMapLayer*>(m_workspace->layers()->layer(LayerFactory::kAreasId)))
        addRow(layer->valueLabel(), layer->valueFormat().toString(layer->values()[static_cast<size_t>(i)]));
    if (!u.wijkCode.isEmpty() && u.wijkCode != u.code) // a wijk of the national data is no part of a wijk
        addRow(tr("Wijk"), u.wijkCode);
    QStringList names = u.numbers.keys();
    std::sort(names.begin(), names.end());
    for (const QString& n : names) {
        const AttributeValue v = u.number(n);
        if (v.isMissing())
            continue;
        addRow(FieldLabels::label(n), FieldLabels::valueText(n, v), n);
    }
    if (ds->areaComposition.isEmpty())
        return;
    const GroupTable& t = ds->areaComposition.front();
    plot(t, {sharesOf(t, code, u.name), gemeenteShares(t, tr("Gemeente"))});
}

void IdentifyPanel::showSchool(const QString& id)
{
    const auto ds = m_workspace->dataset();
    const qsizetype i = ds->schoolIndex(id);
    if (i < 0)
        return;
    const School& s = ds->schools[i];
    m_heading->setText(s.name);
    addRow(tr("BRIN + vestiging"), s.id);
    addRow(tr("Type"), s.type);
    addRow(tr("Denomination"), s.denomination);
    if (!s.profile.isEmpty())
        addRow(tr("Profile"), s.profile);
    if (!s.levels.isEmpty())
        addRow(tr("Levels"), s.levels.join(QStringLiteral(", ")));
    addRow(tr("Address"), QStringLiteral("%1 %2, %3 %4").arg(s.street, s.houseNumber, s.postcode, s.place).simplified());
    addRow(tr("Pupils"), s.pupils ? s.pupilsText() : ValueFormat::missingText(), s.pupilsExplanation());
    addRow(tr("Schoolweging"), optionalText(s.schoolweging, 1));
    addRow(tr("Location"), placementText(s.placement));

    // The buurt (or wijk, in the national data) the school stands in, for the neighbourhood comparison.
    QString buurtCode, buurtName;
    const bool wijken = ds->areas.level == AreaLevel::Wijk;
    if (s.location) {
        if (const auto* areas = dynamic_cast<const AreaMapLayer*>(m_workspace->layers()->layer(LayerFactory::kAreasId))) {
            const qsizetype b = areas->featureAt(*s.location, 1.0);
            if (b >= 0) {
                buurtCode = areas->featureId(b);
                buurtName = areas->featureName(b);
                addRow(wijken ? tr("Wijk") : tr("Buurt"), QStringLiteral("%1 (%2)").arg(buurtName, buurtCode));
            }
        }
    }
    QList<Series> series;
    const GroupTable* shown = nullptr;
    for (const GroupTable& t : ds->schoolComposition) {
        if (t.unitIds.contains(s.id)) {
            series.append(sharesOf(t, s.id, tr("School")));
            shown = &t;
            break;
        }
    }
    for (const GroupTable& t : ds->areaComposition) {
        if (shown && t.characteristic != shown->characteristic)
            continue;
        shown = &t;
        if (!buurtCode.isEmpty())
            series.append(sharesOf(t, buurtCode, (wijken ? tr("Wijk %1") : tr("Buurt %1")).arg(buurtName)));
        series.append(gemeenteShares(t, tr("Gemeente")));
        break;
    }
    if (shown)
        plot(*shown, series);
}

IdentifyPanel::Series IdentifyPanel::sharesOf(const GroupTable& t, const QString& unitId, const QString& name)
{
    Series s{name, {}};
    const qsizetype row = t.unitIds.indexOf(unitId);
    double total = 0;
    for (qsizetype g = 0; row >= 0 && g < t.groupCount(); ++g)
        total += t.cell(row, g).valueOr(0.0);
    for (qsizetype g = 0; g < t.groupCount(); ++g)
        s.shares.append(row >= 0 && total > 0 && t.cell(row, g).hasValue() ? t.cell(row, g).number / total : std::nan(""));
    return s;
}

IdentifyPanel::Series IdentifyPanel::gemeenteShares(const GroupTable& t, const QString& name)
{
    Series s{name, {}};
    QList<double> sums(t.groupCount(), 0.0);
    double total = 0;
    for (qsizetype u = 0; u < t.unitCount(); ++u)
        for (qsizetype g = 0; g < t.groupCount(); ++g) {
            sums[g] += t.cell(u, g).valueOr(0.0);
            total += t.cell(u, g).valueOr(0.0);
        }
    for (double v : sums)
        s.shares.append(total > 0 ? v / total : std::nan(""));
    return s;
}

void IdentifyPanel::plot(const GroupTable& table, const QList<Series>& series)
{
    const QStringList groups = table.groupLabelList();
    m_chart->clearPlottables();
    m_chart->plotLayout()->clear();
    auto* rect = new QCPAxisRect(m_chart);
    m_chart->plotLayout()->addElement(0, 0, new QCPTextElement(m_chart, tr("Composition: %1").arg(table.characteristicLabel()),
                                                               QFont(font().family(), font().pointSize(), QFont::Bold)));
    m_chart->plotLayout()->addElement(1, 0, rect);
    auto* legend = new QCPLegend;
    rect->insetLayout()->addElement(legend, Qt::AlignTop | Qt::AlignRight);
    legend->setLayer(QStringLiteral("legend"));
    m_chart->legend = legend;
    m_chart->setAutoAddPlottableToLegend(true);
    legend->setVisible(true);
    legend->setBrush(QColor(255, 255, 255, 220));
    legend->setBorderPen(QPen(QColor(0xc0, 0xc0, 0xc0)));

    QSharedPointer<QCPAxisTickerText> ticker(new CategoryTicker(*rect->axis(QCPAxis::atBottom)));
    for (qsizetype g = 0; g < groups.size(); ++g)
        ticker->addTick(static_cast<double>(g + 1), groups[g]);
    rect->axis(QCPAxis::atBottom)->setTicker(ticker);
    rect->axis(QCPAxis::atBottom)->setRange(0.4, groups.size() + 0.6);
    rect->axis(QCPAxis::atBottom)->grid()->setVisible(false);
    rect->axis(QCPAxis::atLeft)->setRange(0, 100);
    rect->axis(QCPAxis::atLeft)->setLabel(tr("Share (%)"));
    QSharedPointer<QCPAxisTickerFixed> yt(new QCPAxisTickerFixed);
    yt->setTickStep(20);
    rect->axis(QCPAxis::atLeft)->setTicker(yt);

    const QColor colours[] = {QColor(0x25, 0x34, 0x94), QColor(0x41, 0xb6, 0xc4), QColor(0xa0, 0xa0, 0xa0)};
    const double width = 0.8 / std::max<qsizetype>(1, series.size());
    double maxShare = 0;
    for (qsizetype s = 0; s < series.size(); ++s) {
        auto* bars = new QCPBars(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        bars->setName(series[s].name);
        bars->setWidth(width);
        bars->setPen(Qt::NoPen);
        bars->setBrush(colours[s % 3]);
        for (qsizetype g = 0; g < series[s].shares.size(); ++g)
            if (std::isfinite(series[s].shares[g])) {
                bars->addData(static_cast<double>(g + 1) + (static_cast<double>(s) - (series.size() - 1) / 2.0) * width,
                              series[s].shares[g] * 100.0);
                maxShare = std::max(maxShare, series[s].shares[g] * 100.0);
            }
    }
    rect->axis(QCPAxis::atLeft)->setRange(0, std::min(100.0, std::ceil((maxShare + 5) / 10) * 10));
    m_chart->setVisible(true);
    m_chart->replot();
}

void IdentifyPanel::showVoLocation(const QString& id)
{
    const auto vo = m_workspace->voAnalysis();
    if (!vo)
        return;
    const VoAreaYear& year = vo->latest();
    const qsizetype i = year.indexOf(id);
    if (i < 0)
        return;
    const VoAreaLocation& l = year.locations[i];
    const double threshold = vo->options.report.privacyThreshold;
    const QString withheld = SmallCellSuppressor::create(threshold)->suppressedText();
    const QLocale locale;
    m_heading->setText(QStringLiteral("%1 (%2)").arg(l.pupils.name, l.pupils.id));
    addRow(tr("School year"), year.yearInferred ? tr("%1 (inferred)").arg(year.schoolYear) : year.schoolYear);
    addRow(tr("Address"), QStringLiteral("%1 %2, %3 %4").arg(l.address.street, l.address.houseNumber, l.address.postcode, l.address.place));
    addRow(tr("Gemeente"), l.address.gemeente);
    addRow(tr("Levels offered"), VoSummary::levelsText(year, i), tr("Levels with pupils in the upper years"));
    addRow(tr("Categorical"), l.pupils.categorical() ? tr("yes: one level only") : tr("no"));
    for (VoLevel level : kVoLevels)
        addRow(tr("Upper-year pupils, %1").arg(VoProgrammes::label(level)),
               year.levelWithheld(i, level) ? withheld : formatDecimal(l.pupils.levelPupils[static_cast<size_t>(level)], 0, locale));
    addRow(tr("First-year pupils"), year.firstYearPupilsWithheld(i) ? withheld : formatDecimal(l.pupils.firstYearPupils(), 0, locale));
    addRow(tr("In a heterogeneous first-year class"), VoSummary::percent(l.pupils.heterogeneousShare(), year.locationShareWithheld(i), threshold,
                                                                         TextLanguage::application()),
           tr("A programme that leads to at least two of vmbo, havo and vwo"));
    const bool hidden = year.programmesWithheld(i, threshold);
    for (const VoProgrammeCount& p : l.pupils.firstYear) {
        const QString breadth = !p.programme ? tr("not classified") : p.programme->heterogeneous() ? tr("heterogeneous") : tr("one school type");
        addRow(tr("First year: %1 %2").arg(p.code, p.name),
               tr("%1 (%2)").arg(hidden && p.pupils > 0.0 ? withheld : formatDecimal(p.pupils, 0, locale), breadth));
    }
    if (l.address.placement == Placement::GeocodedPc4)
        addRow(tr("Position"), tr("approximate: centre of postcode %1").arg(l.address.pc4()));
}

} // namespace Mk
