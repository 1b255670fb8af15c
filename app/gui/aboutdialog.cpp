// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/aboutdialog.h"

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
                            "</ul>")
                             .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()), GeoRuntime::versions());
    auto* label = new QLabel(html, this);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(label);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 420);
}

} // namespace Mk
