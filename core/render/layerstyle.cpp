// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/layerstyle.h"

namespace Mk {

Symbol LayerStyle::missingSymbol()
{
    Symbol s;
    s.fill = Qt::white;
    s.stroke = QColor(0x70, 0x70, 0x70);
    s.strokeWidth = 0.8;
    s.strokeStyle = Qt::DashLine;
    return s;
}

Symbol LayerStyle::suppressedSymbol()
{
    Symbol s;
    s.fill = QColor(0xdc, 0xdc, 0xdc);
    s.stroke = QColor(0x70, 0x70, 0x70);
    s.hatched = true;
    s.hatchColor = QColor(0x6e, 0x6e, 0x6e);
    return s;
}

Symbol LayerStyle::zeroSymbol()
{
    Symbol s;
    s.fill = QColor(0xf3, 0xee, 0xe4);
    s.stroke = QColor(0x70, 0x70, 0x70);
    return s;
}

QString LayerStyle::missingLabel(const TextLanguage& language)
{
    return language.translate("Mk::LayerStyle", "No data");
}

QString LayerStyle::suppressedLabel(const TextLanguage& language)
{
    return language.translate("Mk::LayerStyle", "Suppressed (too few to publish)");
}

QString LayerStyle::zeroLabel(const TextLanguage& language)
{
    return language.translate("Mk::LayerStyle", "Zero");
}

} // namespace Mk
