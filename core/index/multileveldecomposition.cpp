// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/multileveldecomposition.h"

#include "index/indexaggregation_p.h"
#include "index/indexinput.h"
#include "index/multigroupindices.h"

#include <QHash>

namespace Mk {

Result<MultilevelDecomposition> MultilevelDecomposition::compute(const IndexInput& input, const QList<QStringList>& levels)
{
    // The unit separator cannot occur in a label read from a file, so joined paths are unambiguous.
    const QChar separator(0x1f);
    QStringList path(input.unitCount());
    MultilevelDecomposition r;
    r.total = MultigroupIndices::mutualInformationOf(input);
    r.entropy = detail::groupEntropy(input);
    double above = 0.0;
    for (qsizetype l = 0; l < levels.size(); ++l) {
        const QStringList& labels = levels[l];
        if (labels.size() != input.unitCount())
            return fail(ErrorCode::InvalidArgument,
                        tr("Level %1 has %2 labels for %3 units.").arg(l + 1).arg(labels.size()).arg(input.unitCount()));
        QHash<QString, QString> parentOf;
        for (qsizetype i = 0; i < labels.size(); ++i) {
            if (labels[i].isEmpty())
                return fail(ErrorCode::InvalidValue,
                            tr("Unit \"%1\" has no label at level %2; fill in every level for every unit.")
                                .arg(input.unitIds()[i])
                                .arg(l + 1));
            const auto known = parentOf.constFind(labels[i]);
            if (known != parentOf.constEnd() && known.value() != path[i])
                return fail(ErrorCode::InvalidValue,
                            tr("Area \"%1\" at level %2 lies in more than one area of the level above (unit \"%3\"); "
                               "the levels must nest.")
                                .arg(labels[i])
                                .arg(l + 1)
                                .arg(input.unitIds()[i]));
            parentOf.insert(labels[i], path[i]);
        }
        for (qsizetype i = 0; i < labels.size(); ++i)
            path[i] += separator + labels[i];
        const double m = MultigroupIndices::mutualInformationOf(detail::splitByArea(input, path, false).aggregate);
        r.levelParts.push_back(m - above);
        above = m;
    }
    r.levelParts.push_back(r.total - above);
    return r;
}

} // namespace Mk
