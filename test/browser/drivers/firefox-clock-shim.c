/*
 * Preloaded in front of Debian's libfaketime when Firefox runs at the tests' fixed clock.
 *
 * Firefox's allocator (mozjemalloc, linked into the executable) reads the monotonic clock while it
 * initialises, holding its own lock. Under libfaketime alone that first clock_gettime call runs
 * libfaketime's lazy set-up, which allocates (a failed dlsym's error text, sem_open's mapping
 * list) and so waits forever on the lock the allocator holds: Firefox never starts.
 *
 * Only the wall clock needs faking for the tests (dates on pages and in the panel), so this
 * library answers every other clock from glibc directly and hands the wall clock on to
 * libfaketime, whose set-up then first runs long after the allocator is ready.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <time.h>

/* glibc's own clock_gettime (vDSO-backed); calling it needs no lookup and never allocates. */
extern int __clock_gettime(clockid_t id, struct timespec *ts);

static int (*faked_clock_gettime)(clockid_t, struct timespec *);

int clock_gettime(clockid_t id, struct timespec *ts) {
  if (id != CLOCK_REALTIME && id != CLOCK_REALTIME_COARSE) return __clock_gettime(id, ts);
  if (!faked_clock_gettime) faked_clock_gettime = dlsym(RTLD_NEXT, "clock_gettime");
  return faked_clock_gettime(id, ts);
}
