/*
 * lib/mod_resource.c - the `resource` module: getrusage() returning resource.struct_rusage
 * (a tuple subclass of 16 named fields, as CPython's struct sequence), the RUSAGE_* and
 * RLIMIT_* constants, getrlimit/setrlimit and getpagesize.
 * See also: lib/mod_posix.c (struct-sequence repr, OSError), lib/modules.c
 */
#include <errno.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <unistd.h>

#include "mnemo.h"
#include "mod_posix.h"
#include "modules.h"

#define RUSAGE_N 16

static const char *const rusage_fields[RUSAGE_N] = {
    "ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss",
    "ru_minflt", "ru_majflt", "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd",
    "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw",
};

static MnType rusage_type;

static MnObject *
rusage_repr(MnObject *self)
{
    return mn_posix_structseq_repr(self, "resource.struct_rusage", rusage_fields, RUSAGE_N);
}

static MnObject *
rusage_field(MnObject *self, void *closure)
{
    return mn_newref(MN_TUPLE_GET(self, (intptr_t)closure));
}

#define FIELD(i, doc) {NULL, rusage_field, NULL, doc, (void *)(i)}
static MnGetSetDef rusage_getset[RUSAGE_N + 1] = {
    FIELD(0, "user time used"), FIELD(1, "system time used"),
    FIELD(2, "max. resident set size"), FIELD(3, "shared memory size"),
    FIELD(4, "unshared data size"), FIELD(5, "unshared stack size"),
    FIELD(6, "page faults not requiring I/O"), FIELD(7, "page faults requiring I/O"),
    FIELD(8, "number of swap outs"), FIELD(9, "block input operations"),
    FIELD(10, "block output operations"), FIELD(11, "IPC messages sent"),
    FIELD(12, "IPC messages received"), FIELD(13, "signals received"),
    FIELD(14, "voluntary context switches"), FIELD(15, "involuntary context switches"),
    {NULL, NULL, NULL, NULL, NULL},
};
#undef FIELD

static MnObject *
rusage_new(const struct rusage *ru)
{
    MnObject *vals[RUSAGE_N] = {
        mn_float_from_double((double)ru->ru_utime.tv_sec + ru->ru_utime.tv_usec * 1e-6),
        mn_float_from_double((double)ru->ru_stime.tv_sec + ru->ru_stime.tv_usec * 1e-6),
        mn_int_from_long(ru->ru_maxrss), mn_int_from_long(ru->ru_ixrss),
        mn_int_from_long(ru->ru_idrss), mn_int_from_long(ru->ru_isrss),
        mn_int_from_long(ru->ru_minflt), mn_int_from_long(ru->ru_majflt),
        mn_int_from_long(ru->ru_nswap), mn_int_from_long(ru->ru_inblock),
        mn_int_from_long(ru->ru_oublock), mn_int_from_long(ru->ru_msgsnd),
        mn_int_from_long(ru->ru_msgrcv), mn_int_from_long(ru->ru_nsignals),
        mn_int_from_long(ru->ru_nvcsw), mn_int_from_long(ru->ru_nivcsw),
    };
    MnObject *res = mn_object_alloc(&rusage_type, RUSAGE_N);
    for (int i = 0; i < RUSAGE_N; i++) {
        if (vals[i] == NULL) {
            MN_CLEAR(res);
        }
    }
    if (res == NULL) {
        for (int i = 0; i < RUSAGE_N; i++) {
            mn_xdecref(vals[i]);
        }
        return NULL;
    }
    for (int i = 0; i < RUSAGE_N; i++) {
        MN_TUPLE_SET(res, i, vals[i]);
    }
    mn_gc_track(res);
    return res;
}

static int
int_arg(MnObject *o, long *out)
{
    MnObject *n = mn_number_index(o);
    if (n == NULL) {
        return -1;
    }
    int overflow;
    *out = mn_int_as_long_overflow(n, &overflow);
    mn_decref(n);
    if (overflow) {
        mn_err_set_string(mn_exc_OverflowError, "Python int too large to convert to C long");
        return -1;
    }
    return 0;
}

static MnObject *
resource_getrusage(MnObject *self, MnObject *arg)
{
    (void)self;
    long who;
    if (int_arg(arg, &who) < 0) {
        return NULL;
    }
    struct rusage ru;
    if (getrusage((int)who, &ru) != 0) {
        if (errno == EINVAL) {
            return mn_err_format(mn_exc_ValueError, "invalid who parameter");
        }
        return mn_posix_error(errno, NULL, NULL);
    }
    return rusage_new(&ru);
}

static MnObject *
limit_value(rlim_t v)
{
    // CPython 3.11 builds the pair with Py_BuildValue("ll"): PyLong_FromLong, medium ints
    return v == RLIM_INFINITY ? mn_int_from_long(-1) : mn_int_from_long((long)v);
}

static int
check_resource(long r)
{
    if (r < 0 || r >= RLIM_NLIMITS) {
        mn_err_set_string(mn_exc_ValueError, "invalid resource specified");
        return -1;
    }
    return 0;
}

static MnObject *
resource_getrlimit(MnObject *self, MnObject *arg)
{
    (void)self;
    long r;
    if (int_arg(arg, &r) < 0 || check_resource(r) < 0) {
        return NULL;
    }
    struct rlimit rl;
    if (getrlimit((int)r, &rl) != 0) {
        return mn_posix_error(errno, NULL, NULL);
    }
    MnObject *soft = limit_value(rl.rlim_cur);
    MnObject *hard = soft ? limit_value(rl.rlim_max) : NULL;
    MnObject *res = hard ? mn_tuple_pack(2, soft, hard) : NULL;
    mn_xdecref(soft);
    mn_xdecref(hard);
    return res;
}

static MnObject *
resource_setrlimit(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    if (nargs != 2) {
        return mn_err_format(mn_exc_TypeError, "setrlimit expected 2 arguments, got %zd", nargs);
    }
    long r, soft, hard;
    if (int_arg(args[0], &r) < 0 || check_resource(r) < 0) {
        return NULL;
    }
    MnObject *lim = args[1];
    if (!MN_TUPLE_CHECK(lim) && !MN_LIST_CHECK(lim)) {
        return mn_err_format(mn_exc_ValueError, "expected a tuple of 2 integers");
    }
    MnObject *seq = mn_tuple_from_iterable(lim);
    if (seq == NULL) {
        return NULL;
    }
    if (MN_TUPLE_LEN(seq) != 2) {
        mn_decref(seq);
        return mn_err_format(mn_exc_ValueError, "expected a tuple of 2 integers");
    }
    int bad = int_arg(MN_TUPLE_GET(seq, 0), &soft) < 0 || int_arg(MN_TUPLE_GET(seq, 1), &hard) < 0;
    mn_decref(seq);
    if (bad) {
        return NULL;
    }
    struct rlimit rl = {soft < 0 ? RLIM_INFINITY : (rlim_t)soft,
                        hard < 0 ? RLIM_INFINITY : (rlim_t)hard};
    if (setrlimit((int)r, &rl) != 0) {
        if (errno == EINVAL) {
            return mn_err_format(mn_exc_ValueError, "current limit exceeds maximum limit");
        }
        if (errno == EPERM) {
            return mn_err_format(mn_exc_ValueError, "not allowed to raise maximum limit");
        }
        return mn_posix_error(errno, NULL, NULL);
    }
    return mn_newref(mn_None);
}

static MnObject *
resource_getpagesize(MnObject *self, MnObject *unused)
{
    (void)self;
    (void)unused;
    return mn_int_from_long(sysconf(_SC_PAGESIZE));
}

static const MnMethodDef resource_methods[] = {
    {"getrusage", resource_getrusage, MN_METH_O, "getrusage(who) -> struct_rusage"},
    {"getrlimit", resource_getrlimit, MN_METH_O, "getrlimit(resource) -> (soft, hard)"},
    {"setrlimit", resource_setrlimit, MN_METH_FAST, "setrlimit(resource, (soft, hard))"},
    {"getpagesize", resource_getpagesize, MN_METH_NOARGS, "getpagesize() -> int"},
    {NULL},
};

static MnType rusage_type = {
    MN_TYPE_HEAD_INIT,                  .tp_name = "resource.struct_rusage",
    .tp_base = &mn_tuple_type,          .tp_repr = rusage_repr,
    .tp_getset = rusage_getset,
    .tp_doc = "struct_rusage: Result from getrusage.",
};

static int
resource_init(MnObject *m)
{
    for (int i = 0; i < RUSAGE_N; i++) {
        rusage_getset[i].name = rusage_fields[i];
    }
    if (mn_runtime_ready_type(&rusage_type) < 0 ||
        mn_module_add_object(m, "struct_rusage", (MnObject *)&rusage_type) < 0 ||
        mn_module_add_object(m, "error", (MnObject *)mn_exc_OSError) < 0) {
        return -1;
    }
    static const struct { const char *name; long value; } consts[] = {
        {"RUSAGE_SELF", RUSAGE_SELF}, {"RUSAGE_CHILDREN", RUSAGE_CHILDREN},
        {"RUSAGE_THREAD", RUSAGE_THREAD}, {"RLIM_INFINITY", -1},
        {"RLIMIT_CPU", RLIMIT_CPU}, {"RLIMIT_FSIZE", RLIMIT_FSIZE},
        {"RLIMIT_DATA", RLIMIT_DATA}, {"RLIMIT_STACK", RLIMIT_STACK},
        {"RLIMIT_CORE", RLIMIT_CORE}, {"RLIMIT_RSS", RLIMIT_RSS},
        {"RLIMIT_NPROC", RLIMIT_NPROC}, {"RLIMIT_NOFILE", RLIMIT_NOFILE},
        {"RLIMIT_MEMLOCK", RLIMIT_MEMLOCK}, {"RLIMIT_AS", RLIMIT_AS},
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++) {
        if (mn_module_add_int(m, consts[i].name, consts[i].value) < 0) {
            return -1;
        }
    }
    return 0;
}

const MnModuleDef mn_module_resource = {
    .name = "resource",
    .methods = resource_methods,
    .init = resource_init,
    .doc = "Access to resource usage and limits of the process.",
};
