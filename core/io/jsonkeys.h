// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Mk {

/**
 * Refuses JSON objects with keys a format does not know. Qt's QJsonObject::value() returns
 * undefined for a misspelt key, so without this check "kidn": "percentage" would silently read as
 * the default kind. The message names the key, where it is, the closest known key (Levenshtein
 * distance, Levenshtein 1966, Soviet Physics Doklady 10:707-710) and the keys that are allowed.
 */
class JsonKeys
{
    Q_DECLARE_TR_FUNCTIONS(Mk::JsonKeys)

public:
    /** `where` names the file and the object ("mapping.json, characteristic 1"). */
    static Result<void> check(const QJsonObject& object, const QStringList& known, const QString& where);
    /** The edit distance between two keys, case ignored. */
    static int distance(const QString& a, const QString& b);
};

} // namespace Mk
