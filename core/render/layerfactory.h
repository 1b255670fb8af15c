// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/textlanguage.h"
#include "render/schoolfilter.h"
#include "render/schoolmeasure.h"
#include "render/valuesource.h"

#include <QCoreApplication>
#include <QList>

#include <memory>
#include <vector>

namespace Mk {

class AreaMapLayer;
class PointMapLayer;
struct Dataset;
struct PointFeature;

/**
 * Builds the standard layers of a Dataset with the default, calm styling: buurten as a choropleth,
 * wijk boundaries, the gemeente outline, schools sized by pupils and VVE locations. Layer ids are
 * the constants below, so other modules (catchments, report) can find and add layers. Names and
 * legend titles are in `language`: the UI's, or a report's.
 */
class LayerFactory
{
    Q_DECLARE_TR_FUNCTIONS(Mk::LayerFactory)
public:
    static inline const QString kAreasId = QStringLiteral("areas");
    static inline const QString kWijkenId = QStringLiteral("wijken");
    static inline const QString kGemeenteId = QStringLiteral("gemeente");
    static inline const QString kSchoolsId = QStringLiteral("schools");
    static inline const QString kVveId = QStringLiteral("vve");

    static std::unique_ptr<AreaMapLayer> areas(const std::shared_ptr<const Dataset>& dataset, const ValueSource& value,
                                               const TextLanguage& language = TextLanguage::application());
    /** Null when the dataset has no wijken. */
    static std::unique_ptr<AreaMapLayer> wijkBoundaries(const std::shared_ptr<const Dataset>& dataset,
                                                        const TextLanguage& language = TextLanguage::application());
    /** Null when the dataset has no boundary. */
    static std::unique_ptr<AreaMapLayer> gemeenteOutline(const std::shared_ptr<const Dataset>& dataset,
                                                         const TextLanguage& language = TextLanguage::application());
    static std::unique_ptr<PointMapLayer> schools(const Dataset& dataset, const SchoolFilter& filter,
                                                  const TextLanguage& language = TextLanguage::application());
    /** Null when the dataset has no placed VVE locations. */
    static std::unique_ptr<PointMapLayer> vveLocations(const Dataset& dataset);
    /** All standard layers, bottom first. */
    static std::vector<std::unique_ptr<class MapLayer>> standardLayers(const std::shared_ptr<const Dataset>& dataset);

    /** School points (placed schools only) with pupils as size and `measure` (may be null) as colour. */
    static std::vector<PointFeature> schoolFeatures(const Dataset& dataset, const SchoolFilter& filter, const SchoolMeasure* measure);
    /** Measures every dataset offers: pupils, schoolweging, and each school group share. */
    static QList<SchoolMeasure> schoolMeasures(const Dataset& dataset);
    /** Every mappable area value: each group share of the area composition, then numeric fields with data. */
    static QList<ValueSource> areaValueSources(const Dataset& dataset, const TextLanguage& language = TextLanguage::application());
    /** The default choropleth: share with a migration background when available. */
    static ValueSource defaultAreaValue(const Dataset& dataset, const TextLanguage& language = TextLanguage::application());
};

} // namespace Mk
