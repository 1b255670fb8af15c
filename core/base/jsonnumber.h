// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>

#include <cmath>

namespace Mk {

/** JSON has no NaN: an undefined number (e.g. an index of a group that fills every unit) is null. */
inline QJsonValue jsonNumber(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

} // namespace Mk
