// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/textlanguage.h"
#include "render/valueformat.h"

#include <QString>

namespace Mk {

/**
 * What people read for a numeric area column and how its values print: "Inhabitants" for CBS's
 * aantal_inwoners, "2024" for jaar. Names follow the CBS "Kerncijfers wijken en buurten 2024" table
 * (CBS, "Toelichting Kerncijfers Wijken en Buurten 2024"). A column without an entry is shown by its name
 * in words ("perc_geb_in_nl" reads "Percentage geboren in Nederland"), so a new CBS year never shows raw
 * underscores; its format follows the name (percentage…, aantal…) as CBS names its columns.
 */
class FieldLabels
{
public:
    static QString label(const QString& field, const TextLanguage& language = TextLanguage::application());
    static ValueFormat format(const QString& field);
    /**
     * A value of the column as a table shows it: in its format when it has one (a year, count or percentage),
     * else with all its digits; missing and suppressed cells by name.
     */
    static QString valueText(const QString& field, const AttributeValue& value, const QLocale& locale = QLocale());
    /** The column's name in words, for a column the table does not know. */
    static QString inWords(const QString& field);
};

} // namespace Mk
