// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/catchmentcontroller.h"

#include "base/librarymessages.h"
#include "gui/backgroundtask.h"
#include "gui/mapworkspace.h"
#include "model/dataset.h"
#include "itemmodels/layertreemodel.h"
#include "render/catchmentmaplayer.h"
#include "render/layerfactory.h"
#include "render/pointmaplayer.h"

#include <QEvent>
#include <QHash>
#include <QPointer>

#include <cmath>

namespace Mk {

namespace {
const QString kSesMeasure = QStringLiteral("ses_gap");
} // namespace

CatchmentController::CatchmentController(MapWorkspace* workspace, QObject* parent)
    : QObject(parent), m_workspace(workspace), m_task(new BackgroundTask(this))
{
    connect(m_task, &BackgroundTask::progressChanged, this, &CatchmentController::progressChanged);
    connect(m_task, &BackgroundTask::failed, this, [this](const Error& e) { emit failed(e.message); });
    connect(workspace, &MapWorkspace::datasetChanged, this, [this] {
        // The old result describes another dataset: drop it before anything draws it.
        m_task->cancel();
        m_result.reset();
        m_gapGroup = -1;
        emit resultChanged();
    });
    connect(workspace, &MapWorkspace::schoolColouringChanged, this, &CatchmentController::recolourCatchments);
    for (auto signal : {&MapWorkspace::schoolFilterChanged, &MapWorkspace::schoolMeasuresChanged})
        connect(workspace, signal, this, &CatchmentController::recolourCatchments);
}

CatchmentController::~CatchmentController() = default;

QString CatchmentController::gapMeasureId(const QString& group)
{
    return QStringLiteral("gap:") + group;
}

bool CatchmentController::isRunning() const
{
    return m_task->isRunning();
}

void CatchmentController::run(const CatchmentOptions& options)
{
    const std::shared_ptr<const Dataset> dataset = m_workspace->dataset();
    if (!dataset)
        return;
    m_options = options;
    QPointer<CatchmentController> self(this);
    m_task->start([dataset, options, self](Feedback& feedback) -> Result<BackgroundTask::Continuation> {
        LibraryMessages heard; // what GEOS says while the catchments are drawn joins the analysis's notes
        auto result = CatchmentAnalysis::run(*dataset, options, feedback);
        if (!result)
            return result.error();
        result->diagnostics.append(heard.diagnostics());
        auto shared = std::make_shared<const CatchmentResult>(std::move(*result));
        return BackgroundTask::Continuation([self, dataset, shared] {
            // Applied only if the map still shows the dataset this result was computed for.
            if (self && self->m_workspace->dataset() == dataset)
                self->apply(shared);
        });
    });
    emit started();
}

void CatchmentController::cancel()
{
    if (!m_task->isRunning())
        return;
    m_task->cancel();
    emit canceled();
}

void CatchmentController::apply(std::shared_ptr<const CatchmentResult> result)
{
    m_result = std::move(result);
    const std::shared_ptr<const Dataset> ds = m_workspace->dataset();
    LayerTreeModel* layers = m_workspace->layers();

    const MapLayer* old = layers->layer(CatchmentMapLayer::kId);
    const bool visible = old && old->isVisible();
    const int row = old ? layers->rowOf(CatchmentMapLayer::kId) : layers->rowOf(LayerFactory::kSchoolsId) + 1;
    layers->removeLayer(CatchmentMapLayer::kId);
    QStringList names;
    for (const Catchment& c : m_result->catchments) {
        const qsizetype s = ds->schoolIndex(c.schoolId);
        names.append(s >= 0 ? ds->schools[s].name : c.schoolId);
    }
    auto layer = std::make_unique<CatchmentMapLayer>(m_result->catchments, names);
    layer->setVisible(visible);
    layers->insertLayer(std::move(layer), row);

    // One diverging measure per group; colour by the group whose gaps are largest on average.
    const QStringList& groups = m_result->catchmentComposition.groups;
    double bestMean = -1.0;
    int best = 0;
    for (int k = 0; k < groups.size(); ++k) {
        SchoolMeasure m;
        m.id = gapMeasureId(groups[k]);
        m.label = measureLabel(m.id);
        m.format = ValueFormat::number(1);
        m.diverging = true;
        double sum = 0.0;
        int n = 0;
        for (const AfspiegelingRow& row : m_result->afspiegeling) {
            if (k >= row.groups.size() || row.verdict == AfspiegelingVerdict::NoData)
                continue;
            const AfspiegelingGroup& g = row.groups[k];
            if (g.suppressed) {
                m.bySchool.insert(row.schoolId, AttributeValue::suppressed());
            } else if (std::isfinite(g.gapPp)) {
                m.bySchool.insert(row.schoolId, AttributeValue::of(g.gapPp));
                // Only differences beyond chance are coloured; a gap whose interval includes zero shows as none.
                if (!(g.gapLowPp > 0.0 || g.gapHighPp < 0.0))
                    m.withinChance.insert(row.schoolId);
                sum += std::abs(g.gapPp);
                ++n;
            }
        }
        if (n > 0 && sum / n > bestMean) {
            bestMean = sum / n;
            best = k;
        }
        m_workspace->addSchoolMeasure(m);
    }
    m_gapGroup = groups.isEmpty() ? -1 : best;
    // The schoolweging against the pupils' neighbourhoods, coloured where it lies outside the prediction interval.
    SchoolMeasure ses;
    ses.id = kSesMeasure;
    ses.label = measureLabel(ses.id);
    ses.format = ValueFormat::number(1);
    ses.diverging = true;
    for (const SesComparison& c : m_result->ses)
        if (c.hasVerdict()) {
            ses.bySchool.insert(c.schoolId, AttributeValue::of(c.gap));
            if (c.verdict == SesVerdict::Mirrors)
                ses.withinChance.insert(c.schoolId);
        }
    if (!ses.bySchool.isEmpty())
        m_workspace->addSchoolMeasure(ses);
    if (!ses.bySchool.isEmpty() && m_result->compositionIsEstimate())
        m_workspace->setSchoolColouring(ses.id);
    else if (m_gapGroup >= 0)
        m_workspace->setSchoolColouring(gapMeasureId(groups[m_gapGroup]));
    recolourCatchments();
    emit resultChanged();
}

QString CatchmentController::measureLabel(const QString& id) const
{
    if (id == kSesMeasure) {
        //: map measure: schoolweging minus the schoolweging expected from the pupils' home postcodes
        return tr("Schoolweging vs neighbourhoods (points)");
    }
    const QStringList& groups = m_result->catchmentComposition.groups;
    for (int k = 0; k < groups.size(); ++k) {
        if (id == gapMeasureId(groups[k])) {
            //: afspiegeling gap = school share minus catchment share, in percentage points
            return tr("Afspiegeling gap %1 (points)").arg(m_result->catchmentComposition.groupLabel(k));
        }
    }
    return {};
}

bool CatchmentController::event(QEvent* event)
{
    // The main window passes QEvent::LanguageChange on to its children, this controller among them: the
    // measures it added keep their values and get titles in the new language (the legend and the lists show them).
    if (event->type() == QEvent::LanguageChange && m_result)
        for (SchoolMeasure m : m_workspace->schoolMeasures())
            if (const QString label = measureLabel(m.id); !label.isEmpty() && label != m.label) {
                m.label = label;
                m_workspace->addSchoolMeasure(m);
            }
    return QObject::event(event);
}

void CatchmentController::setGapGroup(int group)
{
    if (!m_result || group < 0 || group >= m_result->catchmentComposition.groups.size() || group == m_gapGroup)
        return;
    m_gapGroup = group;
    m_workspace->setSchoolColouring(gapMeasureId(m_result->catchmentComposition.groups[group]));
}

void CatchmentController::recolourCatchments()
{
    auto* catchments = dynamic_cast<CatchmentMapLayer*>(m_workspace->layers()->layer(CatchmentMapLayer::kId));
    const auto* schools = dynamic_cast<const PointMapLayer*>(m_workspace->layers()->layer(LayerFactory::kSchoolsId));
    if (!catchments || !schools)
        return;
    QHash<QString, QColor> colourOf;
    for (qsizetype i = 0; i < schools->featureCount(); ++i) {
        const int s = schools->symbolOf()[static_cast<size_t>(i)];
        colourOf.insert(schools->featureId(i), s >= 0 ? schools->symbols()[s].fill : QColor());
    }
    std::vector<QColor> colours;
    for (qsizetype i = 0; i < catchments->featureCount(); ++i) {
        QColor c = colourOf.value(catchments->featureId(i), QColor());
        // A near-white "mirrors its area" colour would vanish on a pale map: darken it to a visible grey.
        if (c.isValid() && c.lightness() > 215)
            c = QColor(0x8a, 0x8a, 0x8a);
        colours.push_back(c);
    }
    catchments->setColors(colours);
    m_workspace->layers()->notifyLayerChanged(CatchmentMapLayer::kId);
}

} // namespace Mk
