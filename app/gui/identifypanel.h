// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>
#include <QList>
#include <QPair>
#include <QString>

class QCustomPlot;
class QLabel;
class QTableWidget;

namespace Mk {

class MapWorkspace;
struct GroupTable;

/**
 * Shows the selected buurt or school: its attributes and a composition chart (QCustomPlot) that
 * sets its group shares beside those of its buurt and of the whole gemeente.
 */
class IdentifyPanel : public QDockWidget
{
    Q_OBJECT
public:
    explicit IdentifyPanel(MapWorkspace* workspace, QWidget* parent = nullptr);

    QString heading() const;
    QTableWidget* attributes() const { return m_table; }
    QCustomPlot* chart() const { return m_chart; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    struct Series {
        QString name;
        QList<double> shares; ///< per group, 0-1; NaN where unknown
    };
    void showFeature(const QString& layerId, const QString& featureId);
    void showArea(const QString& code);
    void showSchool(const QString& id);
    /** A vo vestiging: its levels, whether it is categorical, its first-year programmes and their breadth. */
    void showVoLocation(const QString& id);
    void addRow(const QString& key, const QString& value, const QString& toolTip = {});
    /** Bars per group of `table` (named by their labels), one colour per series. */
    void plot(const GroupTable& table, const QList<Series>& series);
    static Series sharesOf(const GroupTable& table, const QString& unitId, const QString& name);
    static Series gemeenteShares(const GroupTable& table, const QString& name);

    MapWorkspace* m_workspace;
    QLabel* m_heading;
    QTableWidget* m_table;
    QCustomPlot* m_chart;
};

} // namespace Mk
