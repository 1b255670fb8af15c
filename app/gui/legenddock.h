// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QLabel;

namespace Mk {

class MapWorkspace;

/** The legend of the visible layers, topmost first, drawn by core's LegendRenderer (as in the PDF). */
class LegendDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit LegendDock(MapWorkspace* workspace, QWidget* parent = nullptr);
    /** Number of legend groups currently shown. */
    int groupCount() const { return m_groupCount; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void rebuild();

    MapWorkspace* m_workspace;
    QLabel* m_label;
    int m_groupCount = 0;
};

} // namespace Mk
