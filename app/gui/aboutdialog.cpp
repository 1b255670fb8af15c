// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/aboutdialog.h"

#include "gui/screenfit.h"

#include "geo/georuntime.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace Mk {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Mengkaart"));
    auto* layout = new QVBoxLayout(this);
    const QString html = tr("<h2>Mengkaart %1</h2>"
                            "<p>School segregation maps and briefings for Dutch municipalities. Works offline.</p>"
                            "<p>Licence: GNU GPL version 3 or later.<br>Libraries: Qt %2, %3, QCustomPlot.</p>"
                            "<h3>Data sources</h3>"
                            "<ul>"
                            "<li>Wijk- en Buurtkaart and Kerncijfers wijken en buurten: Centraal Bureau voor de Statistiek (CBS), CC BY 4.0.</li>"
                            "<li>School locations, pupil counts and pupils by postcode: DUO open onderwijsdata (Dienst Uitvoering Onderwijs).</li>"
                            "<li>Schoolweging and learning results: Inspectie van het Onderwijs (computed by CBS).</li>"
                            "<li>School geocoding: BAG, Kadaster (CC0).</li>"
                            "<li>Statistics per postcode (PC4) and SES-WOA scores per PC4: CBS, CC BY 4.0 (SES-WOA via the "
                            "MIT-licensed R package nfwa).</li>"
                            "</ul>"
                            "<p>Every gemeente's data ship with the program (CBS wijken and gemeenten 2022 via the R package "
                            "tmap, DUO schools 2024 geocoded by edugis-repo/data-nl-scholen, DUO pupils by home postcode "
                            "2024, CBS PC4 figures 2023 and 2024, PC4 centroids of unknown vintage, Inspectie schoolweging "
                            "2021-2024); resources/national/SOURCES.md says where each file comes from.</p>")
                             .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()), GeoRuntime::versions());
    auto* label = new QLabel(html, this);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(label);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    fitToScreen(this, QSize(520, 420));
}

} // namespace Mk
