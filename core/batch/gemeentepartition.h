// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/feedback.h"
#include "base/result.h"
#include "io/columnmapping.h"
#include "io/datasetloader.h"
#include "io/gemeentedirectory.h"
#include "model/dataset.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <memory>
#include <optional>

namespace Mk {

/**
 * The files of many gemeenten (the embedded national data, or a user's national files) read once and
 * split by gemeente in memory: dataset() gives what DatasetLoader gives for the same files with that
 * gemeente, without reading them again (a load of one gemeente re-reads the national tables: 345 such loads
 * take about 90 s of CPU). The selection rules are DatasetLoader's own (GemeenteSelection); the loader's notes
 * about the whole files stay in diagnostics(), not in each gemeente's data set, and the areas' field summaries are
 * those of the whole file.
 */
class GemeentePartition
{
    Q_DECLARE_TR_FUNCTIONS(Mk::GemeentePartition)
public:
    /** Reads every area of `request` (its gemeente is ignored) and the other files once. */
    static Result<GemeentePartition> load(LoadRequest request, Feedback& feedback);

    /** The gemeenten the area file holds, sorted by name. */
    const QList<GemeenteInfo>& gemeenten() const { return m_gemeenten; }
    /** Those gemeenten, to resolve names among them (with the nearest names on a typo). */
    const GemeenteDirectory& directory() const { return m_directory; }
    /** The loader's notes about the files as a whole. */
    const Diagnostics& diagnostics() const { return m_all->diagnostics; }
    /** The data set of one gemeente of gemeenten(); thread-safe. */
    Result<Dataset> dataset(const QString& gemeenteCode) const;

private:
    std::shared_ptr<const Dataset> m_all;
    std::shared_ptr<const ColumnMapping> m_mapping; ///< null without a mapping file
    QHash<QString, QList<qsizetype>> m_areasOf;      ///< gemeente code -> indices of its areas
    QHash<QString, QList<qsizetype>> m_wijkenOf;
    QHash<QString, QList<qsizetype>> m_schoolsNamed; ///< normalised gemeente name of the school file -> schools
    QHash<QString, QList<qsizetype>> m_flowsOf;      ///< school id -> its pupil-flow rows
    bool m_hasGemeenteColumn = false;
    QList<GemeenteInfo> m_gemeenten;
    GemeenteDirectory m_directory;
};

} // namespace Mk
