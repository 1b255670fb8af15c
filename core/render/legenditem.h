// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/symbol.h"

#include <QList>
#include <QString>

namespace Mk {

/** One legend row: a symbol and its translated label. */
struct LegendItem {
    Symbol symbol;
    QString label;
};

/** The legend of one layer: a title (layer name), an optional subtitle (what is mapped) and rows. */
struct LegendGroup {
    QString title;
    QString subtitle;
    QList<LegendItem> items;
};

} // namespace Mk
