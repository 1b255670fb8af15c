// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/geoscontext_p.h"

#include <cstdarg>
#include <cstdio>

namespace Mk::detail {

namespace {

thread_local QString t_lastError;

void storeError(const char* fmt, ...)
{
    char buffer[1024];
    va_list args;
    va_start(args, fmt);
    std::vsnprintf(buffer, sizeof buffer, fmt, args);
    va_end(args);
    t_lastError = QString::fromUtf8(buffer);
}

void ignoreNotice(const char*, ...) {}

struct ThreadHandle {
    GEOSContextHandle_t handle;
    ThreadHandle()
        : handle(GEOS_init_r())
    {
        GEOSContext_setErrorHandler_r(handle, storeError);
        GEOSContext_setNoticeHandler_r(handle, ignoreNotice);
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
