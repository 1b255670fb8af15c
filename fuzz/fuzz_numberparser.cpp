// SPDX-License-Identifier: GPL-3.0-or-later
// NumberParser: a cell's text (and a typed field's double) into a value. A value it accepts must be a finite number.
#include "fuzzsupport.h"
#include "io/numberparser.h"

#include <cmath>
#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    if (const auto v = Mk::NumberParser::fromText(text); v && v->hasValue())
        MkFuzz::expect(std::isfinite(v->number), QStringLiteral("fromText(\"%1\") gave %2").arg(text).arg(v->number));
    if (size >= sizeof(double)) {
        double d;
        std::memcpy(&d, data, sizeof d);
        const Mk::AttributeValue v = Mk::NumberParser::fromNumber(d);
        MkFuzz::expect(!v.hasValue() || std::isfinite(v.number), QStringLiteral("fromNumber(%1) gave a value of %2").arg(d).arg(v.number));
    }
    return 0;
}
