// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Mk {

/** What kind of expected failure an Error describes; callers branch on it, users read the message. */
enum class ErrorCode {
    FileNotFound,
    UnknownFormat,
    ReadFailed,
    WriteFailed,
    FieldMissing,
    InvalidValue,
    DuplicateId,
    EmptyInput,
    CrsUnknown,
    GeometryInvalid,
    NotFound,
    InvalidArgument,
    Canceled,
    Internal,
};

/** An expected failure: a code, a translated message for the user and untranslated technical detail. */
struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message; ///< translated, names file/row/column and what to do
    QString detail;  ///< technical text (GDAL/PROJ/GEOS message), untranslated

    QString toString() const { return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + QLatin1Char(')'); }
};

} // namespace Mk
