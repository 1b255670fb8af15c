// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/inferencereport.h"
#include "index/segregationsummary.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Mk {

class IndexInput;
struct IndexReport;

/**
 * The JSON of an IndexReport as `mengkaart-cli indices --json` prints it: a contract other tools read, so
 * keys are added, never renamed. Undefined numbers and withheld figures are null; every withheld per-unit
 * figure follows IndexReport::privacy.
 */
class IndexReportJson
{
public:
    /** `byColumn` names the grouping of the decomposition, `compareUnits` the table of the change (both as given by the user). */
    static QJsonObject write(const IndexInput& input, const IndexReport& report, const QString& byColumn, const QString& compareUnits);

    /** One index's interval, standard error, bias, value at random and p as `indices --json` writes them. */
    static QJsonObject estimate(const InferenceReport::Estimate& e);

    /** {"two_group": {G: {key: value}}, "multigroup": {key: value}} from one value per key (toJson(j) for keys[j]). */
    template<typename ToJson>
    static QJsonObject byKey(const QList<SegregationSummary::Key>& keys, ToJson toJson)
    {
        QJsonObject twoGroup, multigroup;
        for (qsizetype j = 0; j < keys.size(); ++j) {
            const SegregationSummary::Key& key = keys[j];
            if (key.group.isEmpty()) {
                multigroup.insert(key.name, toJson(j));
            } else {
                QJsonObject g = twoGroup.value(key.group).toObject();
                g.insert(key.name, toJson(j));
                twoGroup.insert(key.group, g);
            }
        }
        return QJsonObject{{QStringLiteral("two_group"), twoGroup}, {QStringLiteral("multigroup"), multigroup}};
    }
};

} // namespace Mk
