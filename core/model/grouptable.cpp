// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/grouptable.h"

namespace Mk {

GroupTable GroupTable::emptyLike(const GroupTable& like)
{
    GroupTable t;
    t.characteristic = like.characteristic;
    t.groups = like.groups;
    t.characteristicLabels = like.characteristicLabels;
    t.groupLabels = like.groupLabels;
    t.ordered = like.ordered;
    return t;
}

QString GroupTable::characteristicLabel(const TextLanguage& language) const
{
    return characteristicLabels.text(language.code(), characteristic);
}

QString GroupTable::groupLabel(qsizetype group, const TextLanguage& language) const
{
    return groupLabels.value(group).text(language.code(), groups.value(group));
}

QString GroupTable::groupLabelOf(const QString& name, const TextLanguage& language) const
{
    const qsizetype k = groups.indexOf(name);
    return k < 0 ? name : groupLabel(k, language);
}

QStringList GroupTable::groupLabelList(const TextLanguage& language) const
{
    QStringList out;
    for (qsizetype k = 0; k < groups.size(); ++k)
        out.append(groupLabel(k, language));
    return out;
}

QString GroupTable::assumptionText(const TextLanguage& language) const
{
    return assumption.text(language.code());
}

} // namespace Mk
