// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/datafilerow.h"
#include "io/datasetloader.h"

namespace Mk {

/**
 * The import wizard's "Additional data (optional)" page: one DataFileRow for every optional file of a
 * LoadRequest beyond areas, schools and mapping (pupils by home postcode, PC4 positions and figures,
 * schoolweging, wijken, VVE locations, a school composition table), each saying what it adds.
 */
class AdditionalDataPage : public CheckedFilesPage
{
    Q_OBJECT
public:
    explicit AdditionalDataPage(QWidget* parent = nullptr);

    /** The gemeente of the analysis, for the checks that select by it. */
    void setContext(const DataFileCheck::Context& context);
    /** Writes the chosen files (and the wijk layer) into `request`. */
    void fill(LoadRequest& request) const;

private:
    struct Entry {
        DataFileRow* row;
        QString LoadRequest::*file;
        QString LoadRequest::*layer; ///< null when the request keeps no layer for it
    };
    QList<Entry> m_entries;
};

} // namespace Mk
