// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#if defined(__SANITIZE_THREAD__)
#define MK_THREAD_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define MK_THREAD_SANITIZER 1
#endif
#endif
#ifdef MK_THREAD_SANITIZER
#include <sanitizer/tsan_interface.h>
#endif

namespace Mk {

/**
 * A hand-over of data between threads that ThreadSanitizer cannot see: Debian's QtCore is not instrumented, and
 * QThreadPool and QFutureInterface order their threads with a futex, so TSan took every read of handed-over data in a
 * pooled thread for a race. release() where one thread is done with the data, acquire() where the next takes it up.
 * Without TSan both compile to nothing.
 */
class HandOver
{
public:
    void release() const
    {
#ifdef MK_THREAD_SANITIZER
        __tsan_release(const_cast<HandOver*>(this));
#endif
    }
    void acquire() const
    {
#ifdef MK_THREAD_SANITIZER
        __tsan_acquire(const_cast<HandOver*>(this));
#endif
    }
};

} // namespace Mk
