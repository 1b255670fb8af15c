// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/valuesource.h"

#include "model/dataset.h"
#include "render/fieldlabels.h"

namespace Mk {

const GroupTable* ValueSource::table(const Dataset& dataset) const
{
    for (const GroupTable& t : dataset.areaComposition)
        if (t.characteristic == characteristic)
            return &t;
    return nullptr;
}

QString ValueSource::label(const Dataset& dataset, const TextLanguage& language) const
{
    if (!title.isEmpty())
        return title;
    if (kind == Kind::Field)
        return FieldLabels::label(field, language);
    const GroupTable* t = table(dataset);
    QStringList shown;
    for (const QString& g : groups)
        shown.append(t ? t->groupLabelOf(g, language) : g);
    //: %1 = the group(s), e.g. "outside Europe"; %2 = the characteristic, e.g. "migration background"
    return language.translate("Mk::ValueSource", "Share %1 (%2)")
        .arg(shown.join(QStringLiteral(" + ")), t ? t->characteristicLabel(language) : characteristic);
}

ValueFormat ValueSource::format() const
{
    if (kind == Kind::GroupShare)
        return ValueFormat::fraction();
    return FieldLabels::format(field);
}

std::vector<AttributeValue> ValueSource::evaluate(const Dataset& dataset, const AreaLayer& layer) const
{
    std::vector<AttributeValue> out(static_cast<size_t>(layer.units.size()), AttributeValue::missing());
    if (kind == Kind::Field) {
        for (qsizetype i = 0; i < layer.units.size(); ++i)
            out[static_cast<size_t>(i)] = layer.units[i].number(field);
        return out;
    }
    const GroupTable* table = this->table(dataset);
    if (!table)
        return out;
    QList<qsizetype> numerator;
    for (const QString& g : groups)
        if (const qsizetype gi = table->groups.indexOf(g); gi >= 0)
            numerator.append(gi);
    QHash<QString, qsizetype> rowOf;
    for (qsizetype r = 0; r < table->unitCount(); ++r)
        rowOf.insert(table->unitIds[r], r);
    for (qsizetype i = 0; i < layer.units.size(); ++i) {
        const auto row = rowOf.constFind(layer.units[i].code);
        if (row == rowOf.cend())
            continue;
        double num = 0.0, total = 0.0;
        AttributeValue::State state = AttributeValue::State::Value;
        for (qsizetype g = 0; g < table->groupCount(); ++g) {
            const AttributeValue& cell = table->cell(*row, g);
            if (cell.isSuppressed())
                state = AttributeValue::State::Suppressed;
            else if (cell.isMissing() && state == AttributeValue::State::Value)
                state = AttributeValue::State::Missing;
            total += cell.valueOr(0.0);
            if (numerator.contains(g))
                num += cell.valueOr(0.0);
        }
        if (state == AttributeValue::State::Value && total > 0.0)
            out[static_cast<size_t>(i)] = AttributeValue::of(num / total);
        else if (state == AttributeValue::State::Suppressed)
            out[static_cast<size_t>(i)] = AttributeValue::suppressed();
    }
    return out;
}

} // namespace Mk
