// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal: only core/io/*.cpp include this header (it exposes cpl_error.h).

#include "base/librarymessages.h"

#include <cpl_error.h>

#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace Mk::detail {

/**
 * Collects GDAL/OGR/CPL messages raised on this thread while it lives, instead of printing
 * them (CPLErrorHandlerPusher restores the previous handler on destruction). Warnings, which no
 * Error carries, go on to the thread's LibraryMessages as well.
 */
class GdalErrorCapture
{
public:
    GdalErrorCapture() : m_pusher(&GdalErrorCapture::handler, this) {}
    GdalErrorCapture(const GdalErrorCapture&) = delete;
    GdalErrorCapture& operator=(const GdalErrorCapture&) = delete;

    bool hasErrors() const { return !m_errors.isEmpty(); }
    const QStringList& errors() const { return m_errors; }
    const QStringList& warnings() const { return m_warnings; }
    /** All captured messages joined and made plain (see plain()), for Error::detail. */
    QString text() const
    {
        QStringList out;
        for (const QString& m : m_errors + m_warnings)
            if (const QString p = plain(m); !out.contains(p))
                out.append(p);
        return out.join(QStringLiteral("; "));
    }
    /** GDAL's last message on this thread, made plain. */
    static QString lastMessage() { return plain(QString::fromUtf8(CPLGetLastErrorMsg())); }
    /**
     * A GDAL message without the SQL statement SQLite's drivers quote ("sqlite3_exec(INSERT ...) failed: disk
     * full" becomes "disk full"), at most 300 characters: a technical detail, not a dump.
     */
    static QString plain(const QString& message)
    {
        static const QRegularExpression sql(QStringLiteral("^.*?\\((?:SELECT|INSERT|UPDATE|CREATE|DELETE|DROP|ALTER|PRAGMA|WITH|BEGIN|COMMIT)\\b.*\\)\\s*failed:?\\s*"),
                                            QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
        QString out = message;
        out.remove(sql);
        out = out.simplified();
        return out.size() <= 300 ? out : out.left(300) + QStringLiteral(" …");
    }

private:
    static void CPL_STDCALL handler(CPLErr level, CPLErrorNum, const char* message)
    {
        auto* self = static_cast<GdalErrorCapture*>(CPLGetErrorHandlerUserData());
        const QString text = QString::fromUtf8(message);
        if (level >= CE_Failure)
            self->m_errors.append(text);
        else if (level == CE_Warning) {
            self->m_warnings.append(text);
            LibraryMessages::report(Diagnostic::Severity::Warning, QStringLiteral("GDAL"), plain(text));
        }
    }

    CPLErrorHandlerPusher m_pusher;
    QStringList m_errors;
    QStringList m_warnings;
};

} // namespace Mk::detail
