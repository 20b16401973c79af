#ifndef HEARTH_CTHREADS_SHIM_H
#define HEARTH_CTHREADS_SHIM_H

/* Pinning the threads of a parallel load to distinct CPUs. Measured on the project's 2-core VM,
   whose scheduler tends to run two busy threads of one process on the same CPU while the other
   idles: reading 2,000 files on two pinned threads took about 25% less time than unpinned.

   glibc declares these only under _GNU_SOURCE, which this module cannot turn on for headers that
   Swift's Glibc module has already built, so they are declared here with plain types. */
extern int sched_getaffinity(int pid, unsigned long size, void *mask);
extern int sched_setaffinity(int pid, unsigned long size, const void *mask);
extern int gettid(void);

typedef struct { unsigned long bits[16]; } hearth_cpu_mask;

static inline int hearth_mask_has(const hearth_cpu_mask *mask, int cpu) {
    return (int)((mask->bits[cpu / 64] >> (cpu % 64)) & 1UL);
}

/* The calling thread's id (gettid). */
static inline int hearth_thread_id(void) {
    return gettid();
}

/* How many CPUs the calling thread may run on (1 when the system does not say). */
static inline int hearth_cpu_count(void) {
    hearth_cpu_mask allowed;
    if (sched_getaffinity(0, sizeof allowed, &allowed) != 0) return 1;
    int count = 0;
    for (int cpu = 0; cpu < 1024; cpu++) count += hearth_mask_has(&allowed, cpu);
    return count > 0 ? count : 1;
}

/* Pins the calling thread to one of the CPUs it may run on: the first for the thread that started the
   parallel work (`starter` is its hearth_thread_id()), another for each helping thread. Returns 0 with
   what was allowed before in `saved`, for `hearth_unpin_thread`; -1 when there is only one CPU or the
   system refuses. */
static inline int hearth_pin_thread_for_parallel_work(int starter, hearth_cpu_mask *saved) {
    hearth_cpu_mask allowed;
    if (sched_getaffinity(0, sizeof allowed, &allowed) != 0) return -1;
    int count = 0;
    for (int cpu = 0; cpu < 1024; cpu++) count += hearth_mask_has(&allowed, cpu);
    if (count < 2) return -1;
    int thread_id = gettid();
    int wanted = thread_id == starter ? 0 : 1 + thread_id % (count - 1);
    int chosen = -1;
    for (int cpu = 0, seen = 0; cpu < 1024 && chosen < 0; cpu++) {
        if (hearth_mask_has(&allowed, cpu)) {
            if (seen == wanted) chosen = cpu;
            seen++;
        }
    }
    hearth_cpu_mask one = {{0}};
    one.bits[chosen / 64] = 1UL << (chosen % 64);
    if (sched_setaffinity(0, sizeof one, &one) != 0) return -1;
    *saved = allowed;
    return 0;
}

/* Lets a thread pinned by `hearth_pin_thread_for_parallel_work` run where it could before. */
static inline void hearth_unpin_thread(const hearth_cpu_mask *saved) {
    sched_setaffinity(0, sizeof *saved, saved);
}

#endif
