// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Mk {

class Geometry;

/** How a school's catchment area (voedingsgebied) was drawn. */
enum class CatchmentMethod {
    Voronoi,  ///< nearest-school area: the Voronoi cell of the school's location, clipped to the gemeente
    Buffer,   ///< every point within a straight-line distance of the school, clipped to the gemeente
    Observed, ///< the postcode areas its pupils actually come from (DUO pupils by home PC4)
};

/** Stable machine name of a method ("voronoi", "buffer", "observed"), used in files and on the command line. */
QString catchmentMethodKey(CatchmentMethod method);
/** The method of a machine name; nullopt for any other text. */
std::optional<CatchmentMethod> catchmentMethodFromKey(const QString& key);

/** One school's catchment polygon with how it was obtained. */
struct Catchment {
    QString schoolId;
    CatchmentMethod method = CatchmentMethod::Voronoi;
    /** EPSG:28992; shared when several schools have the same cell (schools at one address). May be empty. */
    std::shared_ptr<const Geometry> geometry;
    double distance = 0.0;   ///< buffer radius in metres (Buffer only)
    QStringList postcodes;   ///< PC4s in the catchment, largest supply first (Observed only)
    double suppliedShare = 0.0; ///< share of the school's pupils living in `postcodes` (Observed only)
    /** Share of the school's pupils whose PC4 has no polygon inside the gemeente (Observed only). */
    double unmappedShare = 0.0;
    int sharedWith = 1;      ///< number of schools with this same geometry (co-located schools)
};

} // namespace Mk
