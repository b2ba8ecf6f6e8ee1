/*
 * lib/mod_time.c - the `time` module: wall clock, monotonic, performance and process clocks
 * (float seconds and integer nanoseconds, from clock_gettime as CPython uses them), sleep,
 * and the calendar functions on time.struct_time (a tuple subclass of 9 fields).
 * See also: lib/mod_time.h, lib/modules.c
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
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
            mn_rt.interrupt = 0;
            mn_err_set_object(mn_exc_KeyboardInterrupt, NULL);
            return NULL;
        }
    }
    return mn_newref(mn_None);
}

/* ==== struct_time and calendar functions ==== */

static const char *const struct_time_fields[] = {
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
    "tm_isdst",
};
#define STRUCT_TIME_N 9

static MnType struct_time_type;

static MnObject *
struct_time_repr(MnObject *self)
{
    MnObject *res = NULL;
    MnObject *parts = mn_list_new(0);
    if (parts == NULL) {
        return NULL;
    }
    for (int i = 0; i < STRUCT_TIME_N; i++) {
        MnObject *item = mn_str_from_format("%s=%R", struct_time_fields[i],
                                            MN_TUPLE_GET(self, i));
        if (item == NULL || mn_list_append(parts, item) < 0) {
            mn_xdecref(item);
            goto done;
        }
        mn_decref(item);
    }
    MnObject *sep = mn_str_from_cstr(", ");
    MnObject *body = sep ? mn_str_join(sep, parts) : NULL;
    mn_xdecref(sep);
    if (body != NULL) {
        res = mn_str_from_format("time.struct_time(%U)", body);
        mn_decref(body);
    }
done:
    mn_decref(parts);
    return res;
}

static MnObject *
struct_time_field(MnObject *self, void *closure)
{
    return mn_newref(MN_TUPLE_GET(self, (intptr_t)closure));
}

static const MnGetSetDef struct_time_getset[] = {
    {"tm_year", struct_time_field, NULL, "year, for example, 1993", (void *)0},
    {"tm_mon", struct_time_field, NULL, "month of year, range [1, 12]", (void *)1},
    {"tm_mday", struct_time_field, NULL, "day of month, range [1, 31]", (void *)2},
    {"tm_hour", struct_time_field, NULL, "hours, range [0, 23]", (void *)3},
    {"tm_min", struct_time_field, NULL, "minutes, range [0, 59]", (void *)4},
    {"tm_sec", struct_time_field, NULL, "seconds, range [0, 61])", (void *)5},
    {"tm_wday", struct_time_field, NULL, "day of week, range [0, 6], Monday is 0", (void *)6},
    {"tm_yday", struct_time_field, NULL, "day of year, range [1, 366]", (void *)7},
    {"tm_isdst", struct_time_field, NULL, "1 if summer time is in effect, 0 if not", (void *)8},
    {NULL, NULL, NULL, NULL, NULL},
};

// A struct_time for [tm]. -> new reference, or NULL.
static MnObject *
struct_time_from_tm(const struct tm *tm)
{
    long vals[STRUCT_TIME_N] = {
        tm->tm_year + 1900L, tm->tm_mon + 1L, tm->tm_mday, tm->tm_hour, tm->tm_min,
        tm->tm_sec, (tm->tm_wday + 6) % 7, tm->tm_yday + 1L, tm->tm_isdst,
    };
    MnObject *st = mn_object_alloc(&struct_time_type, STRUCT_TIME_N);
    if (st == NULL) {
        return NULL;
    }
    for (int i = 0; i < STRUCT_TIME_N; i++) {
        MnObject *v = mn_int_from_long(vals[i]);
        if (v == NULL) {
            for (int j = i; j < STRUCT_TIME_N; j++) {
                MN_TUPLE_SET(st, j, NULL);
            }
            mn_decref(st);
            return NULL;
        }
        MN_TUPLE_SET(st, i, v);
    }
    mn_gc_track(st);
    return st;
}

// Seconds argument of gmtime/localtime/ctime: None or absent means now.
static int
seconds_arg(MnObject *const *args, intptr_t nargs, const char *name, time_t *out)
{
    if (nargs > 1) {
        mn_err_format(mn_exc_TypeError, "%s expected at most 1 argument, got %zd", name, nargs);
        return -1;
    }
    if (nargs == 0 || args[0] == mn_None) {
        *out = time(NULL);
        return 0;
    }
    if (!MN_FLOAT_CHECK(args[0])) {
        MnObject *n = mn_number_index(args[0]);
        if (n == NULL) {
            return -1;
        }
        int overflow;
        long v = mn_int_as_long_overflow(n, &overflow);
        mn_decref(n);
        if (overflow) {
            mn_err_format(mn_exc_OverflowError, "timestamp out of range for platform time_t");
            return -1;
        }
        *out = (time_t)v;
        return 0;
    }
    double d = MN_FLOAT_VALUE(args[0]);
    if (isnan(d)) {
        mn_err_format(mn_exc_ValueError, "Invalid value NaN (not a number)");
        return -1;
    }
    if (!(d > -9.2e18 && d < 9.2e18)) {
        mn_err_format(mn_exc_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    *out = (time_t)d;   // truncates toward zero, as CPython's _PyTime_ObjectToTime_t
    return 0;
}

static MnObject *
time_gmtime(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    time_t t;
    struct tm tm;
    if (seconds_arg(args, nargs, "gmtime", &t) < 0) {
        return NULL;
    }
    if (gmtime_r(&t, &tm) == NULL) {
        return mn_err_format(mn_exc_OverflowError, "timestamp out of range for platform time_t");
    }
    return struct_time_from_tm(&tm);
}

static MnObject *
time_localtime(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    time_t t;
    struct tm tm;
    if (seconds_arg(args, nargs, "localtime", &t) < 0) {
        return NULL;
    }
    if (localtime_r(&t, &tm) == NULL) {
        return mn_err_format(mn_exc_OverflowError, "timestamp out of range for platform time_t");
    }
    return struct_time_from_tm(&tm);
}

// Fills [tm] from a 9-sequence (struct_time or tuple). -> 0, or -1 with an error set.
static int
tm_from_tuple(MnObject *t, const char *func, struct tm *tm)
{
    if (!MN_TUPLE_CHECK(t)) {
        mn_err_format(mn_exc_TypeError, "Tuple or struct_time argument required");
        return -1;
    }
    if (MN_TUPLE_LEN(t) != STRUCT_TIME_N) {
        mn_err_format(mn_exc_TypeError, "%s(): illegal time tuple argument", func);
        return -1;
    }
    long v[STRUCT_TIME_N];
    for (int i = 0; i < STRUCT_TIME_N; i++) {
        MnObject *item = MN_TUPLE_GET(t, i);
        if (!MN_INT_CHECK(item)) {
            mn_err_format(mn_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          MN_TYPE(item)->tp_name);
            return -1;
        }
        int overflow;
        v[i] = mn_int_as_long_overflow(item, &overflow);
        if (overflow || v[i] < -2147483648L || v[i] > 2147483647L) {
            mn_err_format(mn_exc_OverflowError, "Python int too large to convert to C int");
            return -1;
        }
    }
    memset(tm, 0, sizeof(*tm));
    tm->tm_year = (int)(v[0] - 1900);
    tm->tm_mon = (int)v[1] - 1;
    tm->tm_mday = (int)v[2];
    tm->tm_hour = (int)v[3];
    tm->tm_min = (int)v[4];
    tm->tm_sec = (int)v[5];
    tm->tm_wday = (int)((v[6] + 1) % 7);
    tm->tm_yday = (int)v[7] - 1;
    tm->tm_isdst = (int)v[8];
    return 0;
}

// Argument checks of strftime/asctime as CPython's checktm.
static int
check_tm(struct tm *tm)
{
    if (tm->tm_mon == -1) {
        tm->tm_mon = 0;
    } else if (tm->tm_mon < 0 || tm->tm_mon > 11) {
        mn_err_format(mn_exc_ValueError, "month out of range");
        return -1;
    }
    if (tm->tm_mday == 0) {
        tm->tm_mday = 1;
    } else if (tm->tm_mday < 0 || tm->tm_mday > 31) {
        mn_err_format(mn_exc_ValueError, "day of month out of range");
        return -1;
    }
    if (tm->tm_hour < 0 || tm->tm_hour > 23) {
        mn_err_format(mn_exc_ValueError, "hour out of range");
        return -1;
    }
    if (tm->tm_min < 0 || tm->tm_min > 59) {
        mn_err_format(mn_exc_ValueError, "minute out of range");
        return -1;
    }
    if (tm->tm_sec < 0 || tm->tm_sec > 61) {
        mn_err_format(mn_exc_ValueError, "seconds out of range");
        return -1;
    }
    if (tm->tm_wday < 0) {
        mn_err_format(mn_exc_ValueError, "day of week out of range");
        return -1;
    }
    if (tm->tm_yday == -1) {
        tm->tm_yday = 0;
    } else if (tm->tm_yday < 0 || tm->tm_yday > 365) {
        mn_err_format(mn_exc_ValueError, "day of year out of range");
        return -1;
    }
    return 0;
}

// Time tuple argument [idx] of [args] or the local time now. -> 0, or -1.
static int
tm_arg(MnObject *const *args, intptr_t nargs, intptr_t idx, const char *func, struct tm *tm)
{
    if (nargs <= idx) {
        time_t now = time(NULL);
        localtime_r(&now, tm);
        return 0;
    }
    if (tm_from_tuple(args[idx], func, tm) < 0) {
        return -1;
    }
    return check_tm(tm);
}

static MnObject *
format_asctime(const struct tm *tm)
{
    static const char *const days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    char buf[64];
    snprintf(buf, sizeof(buf), "%s %s%3d %.2d:%.2d:%.2d %d", days[tm->tm_wday % 7],
             months[tm->tm_mon % 12], tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec,
             1900 + tm->tm_year);
    return mn_str_from_cstr(buf);
}

static MnObject *
time_asctime(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    struct tm tm;
    if (nargs > 1) {
        return mn_err_format(mn_exc_TypeError, "asctime expected at most 1 argument, got %zd",
                             nargs);
    }
    if (tm_arg(args, nargs, 0, "asctime", &tm) < 0) {
        return NULL;
    }
    return format_asctime(&tm);
}

static MnObject *
time_ctime(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    time_t t;
    struct tm tm;
    if (seconds_arg(args, nargs, "ctime", &t) < 0) {
        return NULL;
    }
    if (localtime_r(&t, &tm) == NULL) {
        return mn_err_format(mn_exc_OverflowError, "timestamp out of range for platform time_t");
    }
    return format_asctime(&tm);
}

static MnObject *
time_mktime(MnObject *self, MnObject *arg)
{
    (void)self;
    struct tm tm;
    if (tm_from_tuple(arg, "mktime", &tm) < 0) {
        return NULL;
    }
    tm.tm_wday = -1;
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1) {
        return mn_err_format(mn_exc_OverflowError, "mktime argument out of range");
    }
    return mn_float_from_double((double)t);
}

static MnObject *
time_strftime(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    struct tm tm;
    if (nargs < 1 || nargs > 2) {
        return mn_err_format(mn_exc_TypeError, nargs < 1
                             ? "strftime() takes at least 1 argument (0 given)"
                             : "strftime() takes at most 2 arguments (%zd given)", nargs);
    }
    if (!MN_STR_CHECK(args[0])) {
        return mn_err_format(mn_exc_TypeError, "strftime() argument 1 must be str, not %s",
                             MN_TYPE(args[0])->tp_name);
    }
    if (tm_arg(args, nargs, 1, "strftime", &tm) < 0) {
        return NULL;
    }
    intptr_t flen;
    const char *fmt = mn_str_as_utf8(args[0], &flen);
    if (fmt == NULL) {
        return NULL;
    }
    if (flen == 0) {
        return mn_str_from_cstr("");
    }
    for (size_t size = 256; size < (size_t)flen * 256 + 1024; size *= 2) {
        char *buf = mn_mem_alloc(size);
        if (buf == NULL) {
            return mn_err_no_memory();
        }
        size_t n = strftime(buf, size, fmt, &tm);
        if (n > 0) {
            MnObject *res = mn_str_from_utf8(buf, (intptr_t)n);
            mn_mem_free(buf);
            return res;
        }
        mn_mem_free(buf);
    }
    return mn_str_from_cstr("");
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
    {"gmtime", time_gmtime, MN_METH_FAST, "Convert seconds since the Epoch to a UTC time tuple."},
    {"localtime", time_localtime, MN_METH_FAST, "Convert seconds since the Epoch to local time."},
    {"mktime", time_mktime, MN_METH_O, "Convert a local time tuple to seconds since the Epoch."},
    {"asctime", time_asctime, MN_METH_FAST, "Convert a time tuple to a string."},
    {"ctime", time_ctime, MN_METH_FAST, "Convert a time in seconds since the Epoch to a string."},
    {"strftime", time_strftime, MN_METH_FAST, "Convert a time tuple to a string by format."},
    {NULL, NULL, 0, NULL},
};

static MnType struct_time_type = {
    MN_TYPE_HEAD_INIT,
    .tp_name = "time.struct_time",
    .tp_basicsize = sizeof(MnTuple) - sizeof(MnObject *),
    .tp_itemsize = sizeof(MnObject *),
    .tp_flags = MN_TPFLAG_GC | MN_TPFLAG_TUPLE_SUBCLASS,
    .tp_doc = "The time value as returned by gmtime(), localtime(), and strptime()",
    .tp_base = &mn_tuple_type,
    .tp_repr = struct_time_repr,
    .tp_getset = struct_time_getset,
};

static int
time_init(MnObject *module)
{
    if (mn_runtime_ready_type(&struct_time_type) < 0) {
        return -1;
    }
    tzset();
    return mn_module_add_object(module, "struct_time", (MnObject *)&struct_time_type);
}

const MnModuleDef mn_module_time = {
    .name = "time",
    .methods = time_methods,
    .init = time_init,
    .doc = "This module provides various functions to manipulate time values.",
};
