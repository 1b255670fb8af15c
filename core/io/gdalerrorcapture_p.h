// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal: only core/io/*.cpp include this header (it exposes cpl_error.h).

#include <cpl_error.h>

#include <QString>
#include <QStringList>

namespace Mk::detail {

/**
 * Collects GDAL/OGR/CPL messages raised on this thread while it lives, instead of printing
 * them (CPLErrorHandlerPusher restores the previous handler on destruction).
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
    /** All captured messages joined, for Error::detail. */
    QString text() const { return (m_errors + m_warnings).join(QStringLiteral("; ")); }

private:
    static void CPL_STDCALL handler(CPLErr level, CPLErrorNum, const char* message)
    {
        auto* self = static_cast<GdalErrorCapture*>(CPLGetErrorHandlerUserData());
        const QString text = QString::fromUtf8(message);
        if (level >= CE_Failure)
            self->m_errors.append(text);
        else if (level == CE_Warning)
            self->m_warnings.append(text);
    }

    CPLErrorHandlerPusher m_pusher;
    QStringList m_errors;
    QStringList m_warnings;
};

} // namespace Mk::detail
