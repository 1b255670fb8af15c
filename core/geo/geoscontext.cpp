// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/geoscontext_p.h"

#include "base/librarymessages.h"

#include <cstdarg>
#include <cstdio>

namespace Mk::detail {

namespace {

thread_local QString t_lastError;

QString format(const char* fmt, va_list args)
{
    char buffer[1024];
    std::vsnprintf(buffer, sizeof buffer, fmt, args);
    return QString::fromUtf8(buffer);
}

/** Kept for the Error of the call that failed, and heard by the thread's LibraryMessages: most callers go on. */
void storeError(const char* fmt, ...)
{
    va_list args;
    va_start(args, fmt);
    t_lastError = format(fmt, args);
    va_end(args);
    LibraryMessages::report(Diagnostic::Severity::Warning, QStringLiteral("GEOS"), t_lastError);
}

void reportNotice(const char* fmt, ...)
{
    va_list args;
    va_start(args, fmt);
    const QString notice = format(fmt, args);
    va_end(args);
    LibraryMessages::report(Diagnostic::Severity::Info, QStringLiteral("GEOS"), notice);
}

struct ThreadHandle {
    GEOSContextHandle_t handle;
    ThreadHandle()
        : handle(GEOS_init_r())
    {
        GEOSContext_setErrorHandler_r(handle, storeError);
        GEOSContext_setNoticeHandler_r(handle, reportNotice);
    }
    ~ThreadHandle() { GEOS_finish_r(handle); }
};

} // namespace

GEOSContextHandle_t GeosContext::handle()
{
    thread_local ThreadHandle t_handle;
    return t_handle.handle;
}

QString GeosContext::takeLastError()
{
    return std::exchange(t_lastError, QString());
}

} // namespace Mk::detail
