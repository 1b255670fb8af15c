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

std::optional<CatchmentMethod> catchmentMethodFromKey(const QString& key)
{
    for (CatchmentMethod m : {CatchmentMethod::Voronoi, CatchmentMethod::Buffer, CatchmentMethod::Observed})
        if (key == catchmentMethodKey(m))
            return m;
    return std::nullopt;
}

} // namespace Mk
