// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/briefing/briefingsection.h"

#include <QStringList>

namespace Mk {

/**
 * The vector map: buurten as a choropleth, the schools of the table (numbered, a marker shape and colour
 * per denomination, sized by pupils), the catchment outlines and the gemeente boundary, with legend, scale
 * bar, north arrow and data attribution, all in the report's language. The layers are the map's own
 * (LayerFactory, CatchmentMapLayer), drawn by BriefingMapFrame, so the PDF holds vectors and text, not an image. Missing values are white, suppressed ones hatched, both in the legend.
 */
class BriefingMapSection : public BriefingSectionPainter
{
public:
    QString key() const override;
    QString title(const TextLanguage& language) const override;
    void paint(BriefingDocument& document) const override;
};

} // namespace Mk
