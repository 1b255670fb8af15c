// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/textlanguage.h"
#include "render/classification.h"
#include "render/symbol.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace Mk {

/**
 * The user-editable look of a layer. Area layers use fill/stroke and, when graduated, the
 * classification and ramp; point layers add symbol sizes and labels. Missing, suppressed and
 * zero values always get their own symbol and legend entry so they are never read as a class.
 */
struct LayerStyle {
    enum class Fill { None, Single, Graduated, Categorized }; ///< None = outline only

    Fill fill = Fill::Single;
    QColor fillColor = QColor(0xd9, 0xd9, 0xd9);
    QColor strokeColor = QColor(0x60, 0x60, 0x60);
    double strokeWidth = 0.6;
    Qt::PenStyle strokeStyle = Qt::SolidLine;

    ClassificationMethod method = ClassificationMethod::Quantile;
    int classCount = 5;
    QString rampId = QStringLiteral("ylgnbu");
    bool invertRamp = false;
    bool zeroDistinct = true; ///< draw exact zeros with their own symbol, outside the classes

    bool sizeByValue = true;  ///< points: diameter by value (area proportional)
    double minDiameter = 7.0;
    double maxDiameter = 24.0;
    bool labels = true;
    double labelPointSize = 8.0;
    /** Categorized points also differ in marker shape (Symbol::Marker), so categories survive a black-and-white print. */
    bool shapeByCategory = false;

    /** White with a grey dashed outline: "no data". */
    static Symbol missingSymbol();
    /** Light grey with a hatch: CBS/DUO suppressed a small number. */
    static Symbol suppressedSymbol();
    /** A pale neutral distinct from every ramp class: exactly zero. */
    static Symbol zeroSymbol();
    static QString missingLabel(const TextLanguage& language = TextLanguage::application());
    static QString suppressedLabel(const TextLanguage& language = TextLanguage::application());
    static QString zeroLabel(const TextLanguage& language = TextLanguage::application());

    bool operator==(const LayerStyle&) const = default;
};

} // namespace Mk
