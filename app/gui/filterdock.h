// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QCheckBox;
class QListWidget;
class QGroupBox;
class QLabel;
class QPushButton;

namespace Mk {

class MapWorkspace;

/**
 * School filters that matter for segregation work: po/vo, denomination and profile (so schools
 * with an exceptional position, e.g. islamic, orthodox-christian, vrije school or montessori, can
 * be singled out) and, for vo, the levels offered. Lists are filled from the data.
 */
class FilterDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit FilterDock(MapWorkspace* workspace, QWidget* parent = nullptr);

    QCheckBox* primaryBox() const { return m_primary; }
    QCheckBox* secondaryBox() const { return m_secondary; }
    QListWidget* denominationList() const { return m_denominations; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void populate();
    void apply();
    void updateSummary();

    MapWorkspace* m_workspace;
    QCheckBox* m_primary;
    QCheckBox* m_secondary;
    QListWidget* m_denominations;
    QListWidget* m_profiles;
    QListWidget* m_levels;
    QLabel* m_summary;
    QGroupBox* m_sectorBox;
    QPushButton* m_reset;
    bool m_updating = false;
};

} // namespace Mk
