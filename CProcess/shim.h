#ifndef HEARTH_CPROCESS_SHIM_H
#define HEARTH_CPROCESS_SHIM_H

/* prctl is variadic, which Swift cannot call: this wrapper is the one call Hearth needs. */
#include <sys/resource.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

/* Forbids core dumps of this process (RLIMIT_CORE 0) and, on Linux, marks it not dumpable, which also keeps
   other processes of the same user from attaching a debugger to read its memory. Returns 0, or -1 when
   either step failed. */
static inline int hearth_forbid_core_dumps(void) {
    struct rlimit none = {0, 0};
    int result = setrlimit(RLIMIT_CORE, &none);
#ifdef __linux__
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) result = -1;
#endif
    return result;
}

#endif
