// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAbstractItemModel;

namespace Mk {

/**
 * Tells a model's views that its headers and cells are now in another language (after a
 * QEvent::LanguageChange): emits headerDataChanged for both orientations and dataChanged over all
 * cells, so views ask again and get the texts tr() gives now. Rows and columns stay as they are.
 */
void announceLanguageChange(QAbstractItemModel& model);

} // namespace Mk
