// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catchment/catchmentanalysis.h"

#include <QObject>

#include <memory>

namespace Mk {

class BackgroundTask;
class MapWorkspace;
struct Error;

/**
 * Runs the catchment and afspiegeling analysis of the open dataset off the GUI thread and puts its
 * results on the map: the catchment layer (hidden until switched on in the layer panel) and one
 * "afspiegeling gap" school measure per group, with the schools coloured by the most telling one.
 * Keeps the catchment outlines in the colour of their schools when the colouring or filter changes.
 */
class CatchmentController : public QObject
{
    Q_OBJECT
public:
    explicit CatchmentController(MapWorkspace* workspace, QObject* parent = nullptr);
    ~CatchmentController() override;

    /** Starts a run for the current dataset; a running one is cancelled and its result dropped. */
    void run(const CatchmentOptions& options);
    void cancel();
    bool isRunning() const;
    CatchmentOptions options() const { return m_options; }
    std::shared_ptr<const CatchmentResult> result() const { return m_result; }
    /** The group the schools are coloured by (index into the result's groups), -1 without a result. */
    int gapGroup() const { return m_gapGroup; }
    /** Colours the schools by the gap of this group. */
    void setGapGroup(int group);

    /** The school measure id of group `group`'s gap. */
    static QString gapMeasureId(const QString& group);

protected:
    bool event(QEvent* event) override;

signals:
    void started();
    void progressChanged(double fraction, const QString& step);
    void resultChanged();
    void failed(const QString& message);
    void canceled();

private:
    void apply(std::shared_ptr<const CatchmentResult> result);
    void recolourCatchments();
    /** The legend title of measure `id` of the result shown (a gap or the schoolweging's), in the current language; empty for another. */
    QString measureLabel(const QString& id) const;

    MapWorkspace* m_workspace;
    BackgroundTask* m_task;
    CatchmentOptions m_options;
    std::shared_ptr<const CatchmentResult> m_result;
    int m_gapGroup = -1;
};

} // namespace Mk
