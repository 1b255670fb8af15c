// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/projectsettingsdialog.h"

#include "gui/screenfit.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace Mk {

ProjectSettingsDialog::ProjectSettingsDialog(double privacyThreshold, double afspiegelingThresholdPp, QWidget* parent)
    : QDialog(parent), m_privacy(new QSpinBox(this)), m_threshold(new QDoubleSpinBox(this))
{
    setWindowTitle(tr("Project settings"));
    setObjectName(QStringLiteral("ProjectSettingsDialog"));
    m_privacy->setRange(1, 100);
    m_privacy->setValue(static_cast<int>(std::ceil(privacyThreshold)));
    m_privacy->setToolTip(tr("No figure resting on fewer children than this is shown, exported or printed."));
    m_threshold->setRange(1.0, 50.0);
    m_threshold->setDecimals(1);
    m_threshold->setSingleStep(1.0);
    m_threshold->setValue(afspiegelingThresholdPp);
    m_threshold->setSuffix(tr(" points"));
    m_threshold->setToolTip(tr("A school over- or under-represents a group only when its share differs from its "
                               "catchment's by at least this many percentage points (and the interval agrees)."));

    auto* form = new QFormLayout;
    form->addRow(tr("Privacy threshold (children)"), m_privacy);
    auto* privacyHelp = new QLabel(this);
    privacyHelp->setWordWrap(true);
    privacyHelp->setEnabled(false);
    form->addRow(QString(), privacyHelp);
    auto explain = [privacyHelp](int n) {
        privacyHelp->setText(tr("Figures about fewer children are suppressed everywhere (shown as \"<%1\").").arg(n));
    };
    explain(m_privacy->value());
    connect(m_privacy, &QSpinBox::valueChanged, privacyHelp, explain);
    form->addRow(tr("Afspiegeling threshold"), m_threshold);
    auto* thresholdHelp = new QLabel(tr("Smallest gap between a school and its catchment that counts as not mirroring it."), this);
    thresholdHelp->setWordWrap(true);
    thresholdHelp->setEnabled(false);
    form->addRow(QString(), thresholdHelp);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    fitToScreen(this, QSize(480, sizeHint().height()));
}

double ProjectSettingsDialog::privacyThreshold() const
{
    return m_privacy->value();
}

double ProjectSettingsDialog::afspiegelingThresholdPp() const
{
    return m_threshold->value();
}

} // namespace Mk
