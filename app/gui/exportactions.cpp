// SPDX-License-Identifier: GPL-3.0-or-later
// qcustomplot.h (2.1) uses Qt's foreach in inline templates; allow it for this file only, before any Qt header.
#undef QT_NO_FOREACH

#include "gui/exportactions.h"

#include "gui/screenfit.h"

#include "export/exporttable.h"
#include "export/exporttables.h"
#include "gui/mapcanvas.h"
#include "gui/mapworkspace.h"
#include "itemmodels/areatablemodel.h"
#include "itemmodels/layertreemodel.h"
#include "itemmodels/schooltablemodel.h"
#include "render/layerrenderer.h"
#include "render/maplayer.h"
#include "render/maprenderjob.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QSpinBox>
#include <QSvgGenerator>
#include <QTableView>

#include <qcustomplot.h>

namespace Mk {

namespace {

struct TableFormat {
    ExportFormat format;
    const char* text;   ///< menu text, context Mk::ExportActions
    const char* filter; ///< file dialog filter
};

const TableFormat kTableFormats[] = {
    {ExportFormat::Csv, QT_TRANSLATE_NOOP("Mk::ExportActions", "Export as CSV (UTF-8)…"), QT_TRANSLATE_NOOP("Mk::ExportActions", "CSV (*.csv)")},
    {ExportFormat::CsvDutch, QT_TRANSLATE_NOOP("Mk::ExportActions", "Export as Excel CSV (Nederlands)…"),
     QT_TRANSLATE_NOOP("Mk::ExportActions", "Excel CSV, Dutch (*.csv)")},
    {ExportFormat::Xlsx, QT_TRANSLATE_NOOP("Mk::ExportActions", "Export as Excel workbook (.xlsx)…"),
     QT_TRANSLATE_NOOP("Mk::ExportActions", "Excel workbook (*.xlsx)")},
};

const TableFormat kLayerFormats[] = {
    {ExportFormat::GeoPackage, nullptr, QT_TRANSLATE_NOOP("Mk::ExportActions", "GeoPackage (*.gpkg)")},
    {ExportFormat::GeoJson, nullptr, QT_TRANSLATE_NOOP("Mk::ExportActions", "GeoJSON (*.geojson)")},
    {ExportFormat::Shapefile, nullptr, QT_TRANSLATE_NOOP("Mk::ExportActions", "Shapefile (*.shp)")},
};

QString translated(const char* text)
{
    return QCoreApplication::translate("Mk::ExportActions", text);
}

/** The path with the format's suffix when the user typed none. */
QString withSuffix(const QString& path, const QString& suffix)
{
    return QFileInfo(path).suffix().isEmpty() ? path + QLatin1Char('.') + suffix : path;
}

} // namespace

ExportActions::ExportActions(MapWorkspace* workspace, MapCanvas* canvas, std::function<int()> privacyThreshold, QWidget* window)
    : QObject(window), m_workspace(workspace), m_canvas(canvas), m_privacyThreshold(std::move(privacyThreshold)), m_window(window)
{
}

void ExportActions::addTableMenu(QTableView* view, const QString& name, const QList<QAction*>& leading)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view, name, leading](const QPoint& pos) {
        QMenu menu(view);
        menu.addActions(leading);
        if (!leading.isEmpty())
            menu.addSeparator();
        for (const TableFormat& f : kTableFormats) {
            const ExportFormat format = f.format;
            menu.addAction(translated(f.text), this, [this, view, name, format] {
                const QString filter = [format] {
                    for (const TableFormat& t : kTableFormats)
                        if (t.format == format)
                            return translated(t.filter);
                    return QString();
                }();
                const QString path = QFileDialog::getSaveFileName(m_window, tr("Export table"), name + QLatin1Char('.') + TableExporter::suffix(format), filter);
                if (!path.isEmpty())
                    report(exportModel(*view->model(), name, withSuffix(path, TableExporter::suffix(format)), format));
            });
        }
        menu.setEnabled(view->model() && view->model()->rowCount() > 0);
        menu.exec(view->viewport()->mapToGlobal(pos));
    });
}

void ExportActions::addChartMenu(QCustomPlot* chart, const QString& name)
{
    chart->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(chart, &QWidget::customContextMenuRequested, this, [this, chart, name](const QPoint& pos) {
        QMenu menu(chart);
        menu.addAction(tr("Save chart as PNG or SVG…"), this, [this, chart, name] {
            const QString path = QFileDialog::getSaveFileName(m_window, tr("Save chart"), name + QStringLiteral(".png"),
                                                              tr("PNG image (*.png);;SVG drawing (*.svg)"));
            if (!path.isEmpty())
                report(exportChart(*chart, withSuffix(path, QStringLiteral("png"))));
        });
        menu.exec(chart->mapToGlobal(pos));
    });
}

void ExportActions::fillExportMenu(QMenu* menu)
{
    menu->clear();
    const bool data = m_workspace->hasDataset();
    menu->addAction(tr("Areas as a GIS layer…"), this, [this] { chooseAndExportLayer(QStringLiteral("areas")); })->setEnabled(data);
    menu->addAction(tr("Schools as a GIS layer…"), this, [this] { chooseAndExportLayer(QStringLiteral("schools")); })->setEnabled(data);
    menu->addAction(tr("Areas table (Excel)…"), this, [this] {
        chooseAndExportModel(*m_workspace->areaTable(), QStringLiteral("areas"));
    })->setEnabled(data);
    menu->addAction(tr("Schools table (Excel)…"), this, [this] {
        chooseAndExportModel(*m_workspace->schoolTable(), QStringLiteral("schools"));
    })->setEnabled(data);
    menu->addSeparator();
    menu->addAction(tr("Map as image (PNG, PDF, SVG)…"), this, &ExportActions::chooseAndExportMap)->setEnabled(data);
}

Result<void> ExportActions::exportModel(const QAbstractItemModel& model, const QString& name, const QString& path, ExportFormat format) const
{
    return TableExporter::write(ExportTable::fromModel(model, name, m_privacyThreshold()), path, format);
}

Result<void> ExportActions::exportLayer(const QString& what, const QString& path, ExportFormat format) const
{
    const auto dataset = m_workspace->dataset();
    if (!dataset)
        return fail(ErrorCode::InvalidArgument, tr("Open a gemeente first."));
    const ExportTable table = what == QLatin1String("schools") ? ExportTables::schools(dataset, m_privacyThreshold())
                                                                : ExportTables::areas(dataset, m_privacyThreshold());
    return TableExporter::write(table, path, format);
}

Result<void> ExportActions::exportMap(const QString& path, const QSize& size, double dpi) const
{
    MapSettings settings = m_canvas->mapSettings();
    settings.setOutputSize(size);
    settings.setDevicePixelRatio(1.0);
    settings.setOutputDpi(dpi);
    std::vector<std::unique_ptr<LayerRenderer>> renderers;
    for (const MapLayer* layer : m_workspace->layers()->renderOrder())
        renderers.push_back(layer->createRenderer(settings));
    const QString suffix = QFileInfo(path).suffix().toLower();
    const auto failed = [&path] {
        return fail(ErrorCode::WriteFailed, tr("Cannot write \"%1\". Check that the folder exists and that you may write there.").arg(path));
    };
    if (suffix == QLatin1String("pdf")) {
        QPdfWriter pdf(path);
        pdf.setResolution(qRound(dpi));
        pdf.setPageSize(QPageSize(QSizeF(size.width() / dpi * 25.4, size.height() / dpi * 25.4), QPageSize::Millimeter));
        pdf.setPageMargins({});
        QPainter painter;
        if (!painter.begin(&pdf))
            return failed();
        // The page is in printer dots; the map is drawn in its pixels, scaled to fill the page.
        painter.scale(pdf.width() / double(size.width()), pdf.height() / double(size.height()));
        painter.fillRect(QRect(QPoint(), size), settings.backgroundColor());
        MapRenderJob::paintLayers(painter, settings, renderers);
        return painter.end() ? Result<void>() : failed();
    }
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(), size));
        svg.setResolution(qRound(dpi));
        svg.setTitle(tr("Map"));
        QPainter painter;
        if (!painter.begin(&svg))
            return failed();
        painter.fillRect(QRect(QPoint(), size), settings.backgroundColor());
        MapRenderJob::paintLayers(painter, settings, renderers);
        return painter.end() ? Result<void>() : failed();
    }
    QImage image = MapRenderJob::renderImage(settings, std::move(renderers));
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    return image.save(path, "PNG") ? Result<void>() : failed();
}

Result<void> ExportActions::exportChart(QCustomPlot& chart, const QString& path)
{
    bool ok = false;
    if (QFileInfo(path).suffix().toLower() == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(chart.size());
        svg.setViewBox(QRect(QPoint(), chart.size()));
        QCPPainter painter;
        ok = painter.begin(&svg);
        if (ok) {
            chart.toPainter(&painter, chart.width(), chart.height());
            ok = painter.end();
        }
    } else {
        ok = chart.savePng(path, chart.width(), chart.height(), 2.0);
    }
    if (!ok)
        return fail(ErrorCode::WriteFailed, tr("Cannot write \"%1\". Check that the folder exists and that you may write there.").arg(path));
    return {};
}

void ExportActions::chooseAndExportModel(const QAbstractItemModel& model, const QString& name)
{
    QStringList filters;
    for (const TableFormat& f : kTableFormats)
        filters.append(translated(f.filter));
    QString selected;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export table"), name + QStringLiteral(".xlsx"), filters.join(QStringLiteral(";;")),
                                                      &selected);
    if (path.isEmpty())
        return;
    const auto index = filters.indexOf(selected);
    const ExportFormat format = kTableFormats[std::max<qsizetype>(0, index)].format;
    const QString target = withSuffix(path, TableExporter::suffix(format));
    report(exportModel(model, name, target, format));
}

void ExportActions::chooseAndExportLayer(const QString& what)
{
    QStringList filters;
    for (const TableFormat& f : kLayerFormats)
        filters.append(translated(f.filter));
    QString selected;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export layer"), what + QStringLiteral(".gpkg"), filters.join(QStringLiteral(";;")),
                                                      &selected);
    if (path.isEmpty())
        return;
    const ExportFormat format = kLayerFormats[std::max<qsizetype>(0, filters.indexOf(selected))].format;
    const QString target = withSuffix(path, TableExporter::suffix(format));
    report(exportLayer(what, target, format));
}

void ExportActions::chooseAndExportMap()
{
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Map as image"));
    auto* form = new QFormLayout(&dialog);
    auto* width = new QSpinBox(&dialog);
    auto* height = new QSpinBox(&dialog);
    for (QSpinBox* box : {width, height}) {
        box->setRange(100, 20000);
        box->setSuffix(tr(" px"));
    }
    width->setValue(m_canvas->width() * 2);
    height->setValue(m_canvas->height() * 2);
    auto* dpi = new QDoubleSpinBox(&dialog);
    dpi->setRange(30, 1200);
    dpi->setDecimals(0);
    dpi->setValue(192);
    form->addRow(tr("Width"), width);
    form->addRow(tr("Height"), height);
    form->addRow(tr("Resolution (dpi)"), dpi);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    fitToScreen(&dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Map as image"), QStringLiteral("map.png"),
                                                      tr("PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)"));
    if (!path.isEmpty())
        report(exportMap(withSuffix(path, QStringLiteral("png")), QSize(width->value(), height->value()), dpi->value()));
}

void ExportActions::report(const Result<void>& result) const
{
    if (result)
        return;
    QMessageBox box(QMessageBox::Warning, tr("Export failed"), result.error().message, QMessageBox::Ok, m_window);
    box.setDetailedText(result.error().detail);
    box.exec();
}

} // namespace Mk
