// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/maplayer.h"

namespace Mk {

void MapLayer::setStyle(const LayerStyle& style)
{
    m_style = style;
    styleChanged();
}

qsizetype MapLayer::indexOf(const QString& featureId) const
{
    for (qsizetype i = 0; i < featureCount(); ++i)
        if (this->featureId(i) == featureId)
            return i;
    return -1;
}

} // namespace Mk
