// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "export/tableexporter.h"

#include <QObject>
#include <QSize>

#include <functional>

class QAbstractItemModel;
class QAction;
class QCustomPlot;
class QMenu;
class QTableView;
class QWidget;

namespace Mk {

class MapCanvas;
class MapWorkspace;

/**
 * Exports from the program: any table view's rows as the user sees them (context menu: CSV, Excel CSV
 * in Dutch, .xlsx), the areas and schools as GIS layers (GeoPackage, GeoJSON, Shapefile), charts as PNG
 * or SVG and the map view as PNG, PDF or SVG at a chosen size and resolution (File → Export). Tables go
 * through core's ExportTable and TableExporter, so the privacy threshold applies as in the CLI.
 */
class ExportActions : public QObject
{
    Q_OBJECT
public:
    ExportActions(MapWorkspace* workspace, MapCanvas* canvas, std::function<int()> privacyThreshold, QWidget* window);

    /**
     * Gives the view a context menu that exports its rows (as sorted and filtered) under `name`, after
     * the view's own `leading` actions (such as Copy).
     */
    void addTableMenu(QTableView* view, const QString& name, const QList<QAction*>& leading = {});
    /** Gives a chart a context menu that saves it as PNG or SVG. */
    void addChartMenu(QCustomPlot* chart, const QString& name);
    /** Fills File → Export: the layers, and the map as an image. */
    void fillExportMenu(QMenu* menu);

    /** Writes a model's rows to `path` (no dialog). */
    Result<void> exportModel(const QAbstractItemModel& model, const QString& name, const QString& path, ExportFormat format) const;
    /** Writes the areas ("areas") or schools ("schools") layer with their columns to `path` (no dialog). */
    Result<void> exportLayer(const QString& what, const QString& path, ExportFormat format) const;
    /** Draws the map view's extent at `size` pixels and `dpi` into a .png, .pdf or .svg file (by its suffix). */
    Result<void> exportMap(const QString& path, const QSize& size, double dpi) const;
    /** Saves a chart as .png or .svg (by the suffix) at its size on screen. */
    static Result<void> exportChart(QCustomPlot& chart, const QString& path);
    /** File → Export → Map: asks for the size, resolution and file (a modal dialog), then exports the map. */
    void chooseAndExportMap();

private:
    void chooseAndExportModel(const QAbstractItemModel& model, const QString& name);
    void chooseAndExportLayer(const QString& what);
    void report(const Result<void>& result) const;

    MapWorkspace* m_workspace;
    MapCanvas* m_canvas;
    std::function<int()> m_privacyThreshold;
    QWidget* m_window;
};

} // namespace Mk
