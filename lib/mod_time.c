/*
 * lib/mod_time.c - the `time` module: wall clock, monotonic, performance and process clocks
 * (float seconds and integer nanoseconds, from clock_gettime as CPython uses them), sleep.
 * See also: lib/mod_time.h, lib/modules.c
 */
#include <errno.h>
#include <math.h>
#include <time.h>

#include "mnemo.h"
#include "mod_time.h"

/* ==== clocks ==== */

// Nanoseconds of [clock]. -> 0, or -1 with OSError set.
static int
read_clock(clockid_t clock, long long *ns)
{
    struct timespec ts;
    if (clock_gettime(clock, &ts) != 0) {
        mn_err_format(mn_exc_OSError, "clock_gettime failed");
        return -1;
    }
    *ns = (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
    return 0;
}

static MnObject *
clock_seconds(clockid_t clock)
{
    struct timespec ts;
    if (clock_gettime(clock, &ts) != 0) {
        return mn_err_format(mn_exc_OSError, "clock_gettime failed");
    }
    return mn_float_from_double((double)ts.tv_sec + (double)ts.tv_nsec * 1e-9);
}

static MnObject *
clock_ns(clockid_t clock)
{
    long long ns;
    if (read_clock(clock, &ns) < 0) {
        return NULL;
    }
    return mn_int_from_ll(ns);
}

static MnObject *
time_time(MnObject *self, MnObject *unused)
{
    (void)self;
    (void)unused;
    return clock_seconds(CLOCK_REALTIME);
}

static MnObject *
time_time_ns(MnObject *self, MnObject *unused)
{
    (void)self;
    (void)unused;
    return clock_ns(CLOCK_REALTIME);
}

static MnObject *
time_monotonic(MnObject *self, MnObject *unused)
{
    (void)self;
    (void)unused;
    return clock_seconds(CLOCK_MONOTONIC);
}

static MnObject *
time_monotonic_ns(MnObject *self, MnObject *unused)
{
    (void)self;
    (void)unused;
    return clock_ns(CLOCK_MONOTONIC);
}

static MnObject *
time_process_time(MnObject *self, MnObject *unused)
{
    (void)self;
    (void)unused;
    return clock_seconds(CLOCK_PROCESS_CPUTIME_ID);
}

static MnObject *
time_process_time_ns(MnObject *self, MnObject *unused)
{
    (void)self;
    (void)unused;
    return clock_ns(CLOCK_PROCESS_CPUTIME_ID);
}

static MnObject *
time_thread_time(MnObject *self, MnObject *unused)
{
    (void)self;
    (void)unused;
    return clock_seconds(CLOCK_THREAD_CPUTIME_ID);
}

/* ==== sleep ==== */

static MnObject *
time_sleep(MnObject *self, MnObject *arg)
{
    (void)self;
    double secs;
    if (MN_FLOAT_CHECK(arg)) {
        secs = MN_FLOAT_VALUE(arg);
    } else {
        MnObject *n = mn_number_index(arg);
        if (n == NULL) {
            return NULL;
        }
        secs = mn_int_as_double(n);
        mn_decref(n);
        if (secs == -1.0 && mn_err_occurred()) {
            return NULL;
        }
    }
    if (isnan(secs)) {
        return mn_err_format(mn_exc_ValueError, "Invalid value NaN (not a number)");
    }
    if (secs < 0) {
        return mn_err_format(mn_exc_ValueError, "sleep length must be non-negative");
    }
    if (secs > 9.2e9) {
        return mn_err_format(mn_exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
    }
    struct timespec req;
    req.tv_sec = (time_t)secs;
    req.tv_nsec = (long)((secs - (double)req.tv_sec) * 1e9);
    if (req.tv_nsec >= 1000000000L) {
        req.tv_sec++;
        req.tv_nsec -= 1000000000L;
    }
    while (nanosleep(&req, &req) != 0) {
        if (errno != EINTR) {
            return mn_err_format(mn_exc_OSError, "nanosleep failed");
        }
        if (mn_rt.interrupt) {
            break;
        }
    }
    return mn_newref(mn_None);
}

/* ==== the module ==== */

static const MnMethodDef time_methods[] = {
    {"time", time_time, MN_METH_NOARGS, "Return the current time in seconds since the Epoch."},
    {"time_ns", time_time_ns, MN_METH_NOARGS, "Return the current time in nanoseconds."},
    {"monotonic", time_monotonic, MN_METH_NOARGS, "Monotonic clock, cannot go backward."},
    {"monotonic_ns", time_monotonic_ns, MN_METH_NOARGS, "Monotonic clock, as nanoseconds."},
    {"perf_counter", time_monotonic, MN_METH_NOARGS, "Performance counter for benchmarking."},
    {"perf_counter_ns", time_monotonic_ns, MN_METH_NOARGS,
     "Performance counter for benchmarking as nanoseconds."},
    {"process_time", time_process_time, MN_METH_NOARGS,
     "Process time for profiling: sum of the kernel and user-space CPU time."},
    {"process_time_ns", time_process_time_ns, MN_METH_NOARGS,
     "Process time for profiling as nanoseconds."},
    {"thread_time", time_thread_time, MN_METH_NOARGS, "Thread time for profiling."},
    {"sleep", time_sleep, MN_METH_O, "Delay execution for a given number of seconds."},
    {NULL, NULL, 0, NULL},
};

const MnModuleDef mn_module_time = {
    .name = "time",
    .methods = time_methods,
    .init = NULL,
    .doc = "This module provides various functions to manipulate time values.",
};
