// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTextBrowser;

namespace Mk {

class MapWorkspace;

/**
 * The secondary schools (vo) of the open analysis: what VoSummary says about the area (levels, categorical
 * vestigingen, segregation by level, heterogeneous first-year share, change), and the map filter by level
 * and by first-year breadth.
 */
class VoDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit VoDock(MapWorkspace* workspace, QWidget* parent = nullptr);

    QTextBrowser* findings() const { return m_findings; }

protected:
    void changeEvent(QEvent* event) override;

private:
    /** The fixed texts in the current language (at start and at QEvent::LanguageChange). */
    void retranslateUi();
    /** Resets the filter and shows the findings of the analysis now open. */
    void refresh();
    /** What VoSummary says, in the current language. */
    void showFindings();
    void applyFilter();

    MapWorkspace* m_workspace;
    QLabel* m_empty;
    QLabel* m_levelsLabel;
    QLabel* m_breadthLabel;
    QCheckBox* m_levels[4];
    QComboBox* m_breadth;
    QTextBrowser* m_findings;
};

} // namespace Mk
