#ifndef HEARTH_CPROCESS_SHIM_H
#define HEARTH_CPROCESS_SHIM_H

/* What Swift's Glibc module does not offer: prctl (variadic, which Swift cannot call) and statfs
   (sys/vfs.h is not in the module). */
#include <sys/resource.h>
#ifdef __linux__
#include <sys/prctl.h>
#include <sys/vfs.h>
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

/* 1 when `path` is on a file system kept in memory (tmpfs, ramfs), 0 when not or unknown. */
static inline int hearth_is_in_memory(const char *path) {
#ifdef __linux__
    struct statfs info;
    if (statfs(path, &info) != 0) return 0;
    return info.f_type == 0x01021994 || info.f_type == 0x858458F6;
#else
    (void)path;
    return 0;
#endif
}

#endif
