// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDoubleSpinBox;
class QSpinBox;

namespace Mk {

/** Project → Settings…: the privacy threshold (at least 1 child) and the afspiegeling threshold in percentage points. */
class ProjectSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    ProjectSettingsDialog(double privacyThreshold, double afspiegelingThresholdPp, QWidget* parent = nullptr);

    double privacyThreshold() const;
    double afspiegelingThresholdPp() const;
    QSpinBox* privacyBox() const { return m_privacy; }
    QDoubleSpinBox* thresholdBox() const { return m_threshold; }

private:
    QSpinBox* m_privacy;
    QDoubleSpinBox* m_threshold;
};

} // namespace Mk
