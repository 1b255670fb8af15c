// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/languagechange.h"

#include <QAbstractItemModel>

namespace Mk {

void announceLanguageChange(QAbstractItemModel& model)
{
    const int rows = model.rowCount();
    const int columns = model.columnCount();
    if (columns > 0)
        emit model.headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (rows > 0)
        emit model.headerDataChanged(Qt::Vertical, 0, rows - 1);
    if (rows > 0 && columns > 0)
        emit model.dataChanged(model.index(0, 0), model.index(rows - 1, columns - 1));
}

} // namespace Mk
