// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/additionaldatapage.h"

#include "io/sourceschema.h"

#include <QFrame>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Mk {

AdditionalDataPage::AdditionalDataPage(QWidget* parent)
    : CheckedFilesPage(parent)
{
    setTitle(tr("5. Additional data (optional)"));
    setSubTitle(tr("Each of these files adds to the analysis; all of them may stay empty. A file is read as soon as "
                   "you choose it, and you see at once what it holds."));
    const QString csv = tr("Tables (*.csv *.txt *.tsv);;All files (*)");
    const QString vector = tr("Vector files (*.gpkg *.shp *.geojson *.json);;All files (*)");
    const QString table = tr("Tables and point files (*.csv *.gpkg *.geojson);;All files (*)");
    // The path fields are named and filled by the request's slot of each kind (SourceSchema).
    const DataFileRow::Spec rows[] = {
        {DataFileKind::PupilsByPostcode, tr("Pupils by home postcode (DUO)"),
         tr("Needed for catchment areas based on where pupils live, and to estimate the pupil mix of each school."),
         tr("DUO's file \"leerlingen po per vestiging naar postcode leerling\" (CSV)"), csv, {}, {}},
        {DataFileKind::PostcodeCentroids, tr("Postcode positions (PC4)"),
         tr("Puts the four-digit postcodes on the map, for catchment areas by postcode, and places schools and VVE "
            "locations that have no coordinates."),
         tr("a table of four-digit postcodes with their position (POSTCODE, LAT, LON or RD x/y)"), csv,
         {}, {}},
        {DataFileKind::Schoolweging, tr("Schoolweging (Inspectie)"),
         tr("The Inspectie's measure of the pupils' backgrounds, per school and school year: shows how LEA goals on the "
            "schoolweging develop."),
         tr("the Inspectie's schoolweging file, per school year or the three-year mean (CSV)"), csv,
         {}, {}},
        {DataFileKind::Wijken, tr("Wijken (CBS)"), tr("Draws the wijk boundaries over the buurten on the map."),
         tr("the wijk layer of the CBS Wijk- en Buurtkaart (GeoPackage or shapefile)"), vector, {},
         QStringLiteral("wijk")},
        {DataFileKind::PostcodeStatistics, tr("Figures per postcode (CBS PC4)"),
         tr("CBS figures per four-digit postcode (inhabitants, ages, origin), kept in the project next to the buurten."),
         tr("CBS \"statistieken per postcode\" (PC4) as a table with a column pc4"), csv, {}, {}},
        {DataFileKind::VveLocations, tr("VVE locations"),
         tr("Pre-school and childcare locations, shown on the map; a column vve (ja/nee) says which offer VVE."),
         tr("a list of locations with a column vve (ja/nee) and coordinates or a postcode"), table, {}, {}},
        {DataFileKind::SchoolComposition, tr("School composition"),
         tr("The real pupil mix of each school (pupils per group), for example from your research department; shown with "
            "the schools on the map."),
         tr("a table with the school code (BRIN + vestigingsnummer) and a column of pupils for every group"), csv,
         {}, {}},
    };

    auto* content = new QWidget;
    auto* list = new QVBoxLayout(content);
    list->setSpacing(18);
    for (DataFileRow::Spec spec : rows) {
        const LoadRequestSlot& slot = SourceSchema::slotOf(spec.kind);
        spec.objectName = QString::fromLatin1(slot.key);
        auto* row = new DataFileRow(spec, content);
        list->addWidget(row);
        addCheckedRow(row);
        m_entries.append({row, slot.member, slot.layer});
    }
    list->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The explanations wrap to the width of the page; only the list as a whole scrolls, downwards.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void AdditionalDataPage::setContext(const DataFileCheck::Context& context)
{
    for (const Entry& e : std::as_const(m_entries))
        e.row->setContext(context);
}

void AdditionalDataPage::fill(LoadRequest& request) const
{
    for (const Entry& e : m_entries) {
        request.*(e.file) = e.row->path();
        if (e.layer)
            request.*(e.layer) = e.row->layer();
    }
}

} // namespace Mk
