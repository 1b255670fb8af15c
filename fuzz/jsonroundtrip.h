// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The JSON targets' common body: parse the input, read it, and require what was accepted to survive its own toJson().

#include "fuzzsupport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace MkFuzz {

/**
 * `read(object)` is the reader under test (a Result); `write(value)` its toJson(). An accepted object must be
 * written, read back and written again to the same JSON: otherwise a value was taken that a save would change.
 */
template<typename Read, typename Write>
void jsonRoundTrip(const uint8_t* data, size_t size, Read read, Write write)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    if (!doc.isObject())
        return;
    auto first = read(doc.object());
    if (!first) {
        expect(!first.error().message.isEmpty(), QStringLiteral("a refusal without a message"));
        return;
    }
    const QJsonObject written = write(*first);
    auto second = read(written);
    if (!second)
        silent(QStringLiteral("accepted, but its own JSON %1 is refused: %2").arg(QString::fromUtf8(compact(written)), second.error().message));
    const QJsonObject rewritten = write(*second);
    expect(compact(written) == compact(rewritten), QStringLiteral("JSON changes on a second save: %1 then %2")
                                                       .arg(QString::fromUtf8(compact(written)), QString::fromUtf8(compact(rewritten))));
}

} // namespace MkFuzz
