// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QGroupBox;
class QListView;
class QSlider;
class QSpinBox;
class QToolButton;

namespace Mk {

class MapLayer;
class MapWorkspace;

/**
 * The layer panel: visibility check boxes, order (up/down), opacity, and the style of the selected
 * layer: what the buurten show and how they are classified, what colours the schools.
 */
class LayersDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit LayersDock(MapWorkspace* workspace, QWidget* parent = nullptr);

    QListView* view() const { return m_view; }
    QComboBox* areaValueBox() const { return m_areaValue; }
    QComboBox* schoolColourBox() const { return m_schoolColour; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    MapLayer* currentLayer() const;
    void currentLayerChanged();
    void populateChoices();
    void applyAreaStyle();
    /** Says why the choropleth has fewer classes than asked, if it has. */
    void updateClassNote();
    void applySchoolStyle();
    void moveCurrent(int delta);

    MapWorkspace* m_workspace;
    QListView* m_view;
    QToolButton* m_up;
    QToolButton* m_down;
    QSlider* m_opacity;
    QLabel* m_opacityLabel;
    QGroupBox* m_areaBox;
    QComboBox* m_areaValue;
    QComboBox* m_method;
    QSpinBox* m_classes;
    QLabel* m_classNote;
    QComboBox* m_ramp;
    QGroupBox* m_schoolBox;
    QComboBox* m_schoolColour;
    QCheckBox* m_sizeByPupils;
    QCheckBox* m_labels;
    bool m_updating = false;
};

} // namespace Mk
