#ifndef HEARTH_CLEASE_SHIM_H
#define HEARTH_CLEASE_SHIM_H

/* Read leases, so that a large file can be mapped rather than copied into fresh memory (for the index, 0.3 to
   1 ms of page faults per command on the project's VM). A mapped file cut by another process kills the reader
   with SIGBUS when it touches the lost pages; while a read lease is held, a process that opens the file for
   writing or cuts it waits (up to /proc/sys/fs/lease-break-time) until the lease is let go, a few milliseconds
   later when the read ends. The kernel announces the break with a signal: SIGURG here, whose default action is
   to ignore it.

   Linux only; elsewhere no lease is taken and the file is read as before. glibc declares the constants only
   under _GNU_SOURCE, which Swift's Glibc module was not built with, so their Linux values are spelled here. */

#include <fcntl.h>
#include <signal.h>

#if defined(__linux__)
#define HEARTH_F_SETLEASE 1024
#define HEARTH_F_SETSIG 10
#endif

/* Takes a read lease on a descriptor opened read-only: 0, or -1 when none can be had (another process has the
   file open for writing, the file is not the caller's, or the file system has no leases). */
static inline int hearth_take_read_lease(int descriptor) {
#if defined(__linux__)
    if (fcntl(descriptor, HEARTH_F_SETSIG, SIGURG) != 0) return -1;
    return fcntl(descriptor, HEARTH_F_SETLEASE, F_RDLCK) == 0 ? 0 : -1;
#else
    (void)descriptor;
    return -1;
#endif
}

/* Lets a lease go (closing the descriptor does too). */
static inline void hearth_release_lease(int descriptor) {
#if defined(__linux__)
    (void)fcntl(descriptor, HEARTH_F_SETLEASE, F_UNLCK);
#else
    (void)descriptor;
#endif
}

#endif
