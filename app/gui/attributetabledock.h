// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace Mk {

class MapWorkspace;

/**
 * Attribute tables of buurten and schools: sortable, filterable by text, and with the selection
 * synced both ways with the map (selecting a row selects the feature and vice versa).
 */
class AttributeTableDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit AttributeTableDock(MapWorkspace* workspace, QWidget* parent = nullptr);

    QTableView* areaView() const { return m_areaView; }
    QTableView* schoolView() const { return m_schoolView; }
    QLineEdit* filterEdit() const { return m_filter; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showSelection(const QString& layerId, const QString& featureId);
    void rowActivated(QTableView* view);

    MapWorkspace* m_workspace;
    QTabWidget* m_tabs;
    QLineEdit* m_filter;
    QTableView* m_areaView;
    QTableView* m_schoolView;
    QSortFilterProxyModel* m_areaProxy;
    QSortFilterProxyModel* m_schoolProxy;
    bool m_syncing = false;
};

} // namespace Mk
