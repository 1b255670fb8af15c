// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "i18n/textlanguage.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace Mk {

struct AreaUnit;
struct Dataset;

/** A new school site (x, y in EPSG:28992). */
struct AddSchoolEdit {
    QString id;   ///< the new school's id in results; empty = "NEW1", "NEW2", ... in order of the edits
    QString name;
    QPointF location;
    int capacity = 0;
    QString denomination; ///< as DUO writes it; empty = none stated
    bool vve = false;     ///< a partner voorschool (VVE) on site
    /** The school constant δ; nullopt = the mean of the comparable schools (same denomination, else all). */
    std::optional<double> attractiveness;
};

/** A school that closes: its pupils choose again among the rest. */
struct CloseSchoolEdit {
    QString schoolId;
};

/** Two or more schools that become one, with their capacity added, at a chosen site (default: the first's). */
struct MergeSchoolsEdit {
    QStringList schoolIds;
    std::optional<QPointF> site;
    QString name; ///< empty = the first school's name
};

/** A new capacity for one school (places for all pupils, or for the cohort when the population is one). */
struct ChangeCapacityEdit {
    QString schoolId;
    int capacity = 0;
};

/** New housing: children who do not live there today, in a polygon or a circle, with a group mix. */
struct HousingEdit {
    QString name;
    QList<QPointF> polygon; ///< EPSG:28992; empty = a circle around `center`
    QPointF center;
    double radius = 250.0;  ///< metres, for a circle
    int children = 0;       ///< primary pupils (all years); a cohort population takes 1/8 of them
    QMap<QString, double> groupShares; ///< by canonical group name, summing to 1; empty = the gemeente's mix
    /** The code of the existing area (buurt) picked for it, whose outline `polygon` is; empty = drawn or a circle. */
    QString areaCode;

    /**
     * Housing in an existing area: its code, and as polygon the outer ring of its largest part (the
     * homes are drawn in that ring; a hole, a lake say, is not left out). Empty polygon when it has no outline.
     */
    static HousingEdit inArea(const AreaUnit& area);
};

/** A parent initiative: n children of one group from one area register together at one school. */
struct ParentInitiativeEdit {
    QString areaCode; ///< a PC4 (pupil flows) or buurt code of the population
    QString group;    ///< canonical group name
    int children = 0;
    QString schoolId;
};

/**
 * One change a scenario makes to the loaded situation. JSON (inside a scenario file, see scenario.h):
 * {"type": "add_school", "id", "name", "x", "y", "capacity", "denomination", "vve", "attractiveness"}
 * {"type": "close_school", "school"}
 * {"type": "merge_schools", "schools": [ids], "x", "y", "name"}
 * {"type": "change_capacity", "school", "capacity"}
 * {"type": "housing", "name", "polygon": [[x, y], ...] | "x", "y", "radius", "children", "groups": {name: share},
 *  "area": the buurt code whose outline the polygon is (optional)}
 * {"type": "parent_initiative", "area", "group", "children", "school"}
 */
struct ScenarioEdit {
    Q_DECLARE_TR_FUNCTIONS(Mk::ScenarioEdit)
public:
    std::variant<AddSchoolEdit, CloseSchoolEdit, MergeSchoolsEdit, ChangeCapacityEdit, HousingEdit, ParentInitiativeEdit> change;

    /** The edit's type key ("add_school", ...). */
    QString typeKey() const;
    QJsonObject toJson() const;
    /** Reads toJson()'s form; `where` names file and edit for messages ("plan.json, edits[2]"). Unknown keys are refused. */
    static Result<ScenarioEdit> fromJson(const QJsonObject& json, const QString& where);
    /** The edit in plain words, e.g. "New school 'De Nieuwbouw' with 200 places" (school names from `dataset`, may be null). */
    QString describe(const Dataset* dataset, const TextLanguage& language = TextLanguage::application()) const;
};

} // namespace Mk
