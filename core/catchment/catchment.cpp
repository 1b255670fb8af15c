// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchment/catchment.h"

namespace Mk {

QString catchmentMethodKey(CatchmentMethod method)
{
    switch (method) {
    case CatchmentMethod::Voronoi: return QStringLiteral("voronoi");
    case CatchmentMethod::Buffer: return QStringLiteral("buffer");
    case CatchmentMethod::Observed: return QStringLiteral("observed");
    }
    return {};
}

} // namespace Mk
