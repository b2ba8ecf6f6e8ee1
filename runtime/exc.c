/*
 * runtime/exc.c - the builtin exception hierarchy, BaseException down to the leaves.
 * Every type is a static MnType generated from MN_EXC_LIST; the per-layout behaviour
 * (new, init, str, members, traverse, clear) is chosen by the instance struct's name.
 * Instances keep their args tuple, optional __dict__ (tp_dictoffset), traceback, context,
 * cause and suppress flag; subclasses with their own layout add fields after MnBaseException.
 * See also: runtime/exc.h, src/err.c (raising), runtime/type.c (readying)
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "mnemo.h"
#include "traceback.h"

#define EXC_FLAGS (MN_TPFLAG_BASETYPE | MN_TPFLAG_GC | MN_TPFLAG_BASE_EXC_SUBCLASS)
#define BASE(o) ((MnBaseException *)(o))

// The static types, declared first so each can name its base.
#define exc_type_object mn_object_type
#define EXC_FORWARD(name, base, st) static MnType exc_type_##name;
MN_EXC_LIST(EXC_FORWARD)
#undef EXC_FORWARD

/* ==== helpers ==== */

static int
no_keywords(MnObject *self, MnObject *kwnames)
{
    if (kwnames != NULL && MN_TUPLE_LEN(kwnames) > 0) {
        mn_err_format(mn_exc_TypeError, "%s() takes no keyword arguments",
                      mn_type_name(MN_TYPE(self)));
        return -1;
    }
    return 0;
}

// Parses keyword arguments whose names are all in [names] into [out] (borrowed values).
static int
parse_keywords(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames,
               const char *const *names, MnObject **out)
{
    intptr_t nkw = kwnames ? MN_TUPLE_LEN(kwnames) : 0;
    for (intptr_t i = 0; i < nkw; i++) {
        MnObject *key = MN_TUPLE_GET(kwnames, i);
        int found = 0;
        for (int j = 0; names[j] != NULL; j++) {
            if (mn_str_eq_cstr(key, names[j])) {
                out[j] = args[nargs + i];
                found = 1;
                break;
            }
        }
        if (!found) {
            mn_err_format(mn_exc_TypeError, "'%U' is an invalid keyword argument for %s()", key,
                          mn_type_name(MN_TYPE(self)));
            return -1;
        }
    }
    return 0;
}

// True when [tuple] holds exactly the [nargs] objects of [args].
static int
same_items(MnObject *tuple, MnObject *const *args, intptr_t nargs)
{
    if (tuple == NULL || MN_TUPLE_LEN(tuple) != nargs) {
        return 0;
    }
    for (intptr_t i = 0; i < nargs; i++) {
        if (MN_TUPLE_GET(tuple, i) != args[i]) {
            return 0;
        }
    }
    return 1;
}

// The tuple a C-level error was raised with (mn_exc_new_from_tuple), which the exception
// made from it takes as its args, as CPython's does; NULL otherwise.
static MnObject *raised_tuple;

// A tuple of [args]: the raised tuple itself when it holds them. -> new reference, or NULL.
static MnObject *
args_tuple(MnObject *const *args, intptr_t nargs)
{
    if (raised_tuple != NULL && same_items(raised_tuple, args, nargs)) {
        return mn_newref(raised_tuple);
    }
    return mn_tuple_from_array(args, nargs);
}

static void
set_args(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject **err)
{
    // CPython's __new__ and __init__ receive one argument tuple and both keep it: after
    // __new__ the args are in place already.
    if (same_items(BASE(self)->args, args, nargs)) {
        return;
    }
    MnObject *t = args_tuple(args, nargs);
    if (t == NULL) {
        *err = mn_None;
        return;
    }
    MN_SETREF(BASE(self)->args, t);
}

/* ==== BaseException ==== */

static int
traverse_MnBaseException(MnObject *self, mn_visitproc visit, void *arg)
{
    MnBaseException *e = BASE(self);
    MN_VISIT(e->dict);
    MN_VISIT(e->args);
    MN_VISIT(e->notes);
    MN_VISIT(e->traceback);
    MN_VISIT(e->context);
    MN_VISIT(e->cause);
    return 0;
}

static int
clear_MnBaseException(MnObject *self)
{
    MnBaseException *e = BASE(self);
    MN_CLEAR(e->dict);
    MN_CLEAR(e->args);
    MN_CLEAR(e->notes);
    MN_CLEAR(e->traceback);
    MN_CLEAR(e->context);
    MN_CLEAR(e->cause);
    return 0;
}

static void
exc_dealloc(MnObject *self)
{
    mn_gc_untrack(self);
    MN_TYPE(self)->tp_clear(self);
    mn_object_free(self);
}

static MnObject *
new_MnBaseException(MnType *type, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)kwnames;
    MnObject *self = mn_object_alloc(type, 0);
    if (self == NULL) {
        return NULL;
    }
    BASE(self)->args = args_tuple(args, nargs);
    if (BASE(self)->args == NULL) {
        mn_decref(self);
        return NULL;
    }
    mn_gc_track(self);
    return self;
}

static int
init_MnBaseException(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    MnObject *err = NULL;
    if (no_keywords(self, kwnames) < 0) {
        return -1;
    }
    set_args(self, args, nargs, &err);
    return err ? -1 : 0;
}

static MnObject *
str_MnBaseException(MnObject *self)
{
    MnObject *args = BASE(self)->args;
    if (args == NULL || MN_TUPLE_LEN(args) == 0) {
        return mn_str_from_cstr("");
    }
    if (MN_TUPLE_LEN(args) == 1) {
        return mn_object_str(MN_TUPLE_GET(args, 0));
    }
    return mn_object_str(args);
}

static MnObject *
exc_repr(MnObject *self)
{
    MnObject *args = BASE(self)->args;
    const char *name = mn_type_name(MN_TYPE(self));
    if (args != NULL && MN_TUPLE_LEN(args) == 1) {
        return mn_str_from_format("%s(%R)", name, MN_TUPLE_GET(args, 0));
    }
    if (args == NULL || MN_TUPLE_LEN(args) == 0) {
        return mn_str_from_format("%s()", name);
    }
    return mn_str_from_format("%s%R", name, args);
}

static MnObject *
exc_with_traceback(MnObject *self, MnObject *tb)
{
    if (mn_object_setattr_str(self, "__traceback__", tb) < 0) {
        return NULL;
    }
    return mn_newref(self);
}

static MnObject *
exc_add_note(MnObject *self, MnObject *note)
{
    if (!MN_STR_CHECK(note)) {
        return mn_err_format(mn_exc_TypeError, "note must be a str, not '%s'",
                             mn_type_name(MN_TYPE(note)));
    }
    MnObject *notes = NULL;
    MnObject *name = mn_str_from_cstr("__notes__");
    if (name == NULL) {
        return NULL;
    }
    int found = mn_object_lookup_attr(self, name, &notes);
    if (found < 0) {
        goto fail;
    }
    if (found == 0) {
        notes = mn_list_new(0);
        if (notes == NULL || mn_object_setattr(self, name, notes) < 0) {
            goto fail;
        }
    } else if (!MN_LIST_CHECK(notes)) {
        mn_err_format(mn_exc_TypeError, "Cannot add note: __notes__ is not a list");
        goto fail;
    }
    if (mn_list_append(notes, note) < 0) {
        goto fail;
    }
    mn_decref(name);
    mn_decref(notes);
    return mn_newref(mn_None);
fail:
    mn_decref(name);
    mn_xdecref(notes);
    return NULL;
}

static const MnMethodDef methods_MnBaseException[] = {
    {"with_traceback", exc_with_traceback, MN_METH_O,
     "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self."},
    {"add_note", exc_add_note, MN_METH_O,
     "Exception.add_note(note) --\n    add a note to the exception"},
    {NULL, NULL, 0, NULL},
};

static MnObject *
exc_get_dict(MnObject *self, void *closure)
{
    (void)closure;
    MnBaseException *e = BASE(self);
    if (e->dict == NULL) {
        e->dict = mn_dict_new();
        if (e->dict == NULL) {
            return NULL;
        }
    }
    return mn_newref(e->dict);
}

static int
exc_set_dict(MnObject *self, MnObject *value, void *closure)
{
    (void)closure;
    if (value == NULL) {
        mn_err_format(mn_exc_TypeError, "__dict__ may not be deleted");
        return -1;
    }
    if (!MN_DICT_CHECK(value)) {
        mn_err_format(mn_exc_TypeError, "__dict__ must be a dictionary");
        return -1;
    }
    MN_SETREF(BASE(self)->dict, mn_newref(value));
    return 0;
}

static MnObject *
exc_get_args(MnObject *self, void *closure)
{
    (void)closure;
    MnObject *args = BASE(self)->args;
    return args ? mn_newref(args) : mn_newref(mn_None);
}

static int
exc_set_args(MnObject *self, MnObject *value, void *closure)
{
    (void)closure;
    if (value == NULL) {
        mn_err_format(mn_exc_TypeError, "args may not be deleted");
        return -1;
    }
    MnObject *t = mn_tuple_from_iterable(value);
    if (t == NULL) {
        return -1;
    }
    MN_SETREF(BASE(self)->args, t);
    return 0;
}

static MnObject *
exc_get_tb(MnObject *self, void *closure)
{
    (void)closure;
    MnObject *tb = BASE(self)->traceback;
    return tb ? mn_newref(tb) : mn_newref(mn_None);
}

static int
exc_set_tb(MnObject *self, MnObject *value, void *closure)
{
    (void)closure;
    if (value == NULL) {
        mn_err_format(mn_exc_TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (value != mn_None && !MN_TRACEBACK_CHECK(value)) {
        mn_err_format(mn_exc_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    MN_SETREF(BASE(self)->traceback, value == mn_None ? NULL : mn_newref(value));
    return 0;
}

static MnObject *
exc_get_context(MnObject *self, void *closure)
{
    (void)closure;
    MnObject *c = BASE(self)->context;
    return c ? mn_newref(c) : mn_newref(mn_None);
}

static int
exc_set_context(MnObject *self, MnObject *value, void *closure)
{
    (void)closure;
    if (value == NULL) {
        mn_err_format(mn_exc_TypeError, "__context__ may not be deleted");
        return -1;
    }
    if (value != mn_None && !MN_EXC_CHECK(value)) {
        mn_err_format(mn_exc_TypeError,
                      "exception context must be None or derive from BaseException");
        return -1;
    }
    MN_SETREF(BASE(self)->context, value == mn_None ? NULL : mn_newref(value));
    return 0;
}

static MnObject *
exc_get_cause(MnObject *self, void *closure)
{
    (void)closure;
    MnObject *c = BASE(self)->cause;
    return c ? mn_newref(c) : mn_newref(mn_None);
}

static int
exc_set_cause(MnObject *self, MnObject *value, void *closure)
{
    (void)closure;
    if (value == NULL) {
        mn_err_format(mn_exc_TypeError, "__cause__ may not be deleted");
        return -1;
    }
    if (value != mn_None && !MN_EXC_CHECK(value)) {
        mn_err_format(mn_exc_TypeError,
                      "exception cause must be None or derive from BaseException");
        return -1;
    }
    BASE(self)->suppress_context = 1;
    MN_SETREF(BASE(self)->cause, value == mn_None ? NULL : mn_newref(value));
    return 0;
}

static const MnGetSetDef getset_MnBaseException[] = {
    {"__dict__", exc_get_dict, exc_set_dict, NULL, NULL},
    {"args", exc_get_args, exc_set_args, NULL, NULL},
    {"__traceback__", exc_get_tb, exc_set_tb, NULL, NULL},
    {"__context__", exc_get_context, exc_set_context, "exception context", NULL},
    {"__cause__", exc_get_cause, exc_set_cause, "exception cause", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const MnMemberDef members_MnBaseException[] = {
    {"__suppress_context__", MN_T_BOOL, offsetof(MnBaseException, suppress_context), 0, NULL},
    {NULL, 0, 0, 0, NULL},
};

/* ==== StopIteration, SystemExit ==== */

static int
traverse_MnStopIteration(MnObject *self, mn_visitproc visit, void *arg)
{
    MN_VISIT(((MnStopIteration *)self)->value);
    return traverse_MnBaseException(self, visit, arg);
}

static int
clear_MnStopIteration(MnObject *self)
{
    MN_CLEAR(((MnStopIteration *)self)->value);
    return clear_MnBaseException(self);
}

static int
init_MnStopIteration(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    if (init_MnBaseException(self, args, nargs, kwnames) < 0) {
        return -1;
    }
    MN_SETREF(((MnStopIteration *)self)->value, mn_newref(nargs > 0 ? args[0] : mn_None));
    return 0;
}

static const MnMemberDef members_MnStopIteration[] = {
    {"value", MN_T_OBJECT, offsetof(MnStopIteration, value), 0, "generator return value"},
    {NULL, 0, 0, 0, NULL},
};

static int
traverse_MnSystemExit(MnObject *self, mn_visitproc visit, void *arg)
{
    MN_VISIT(((MnSystemExit *)self)->code);
    return traverse_MnBaseException(self, visit, arg);
}

static int
clear_MnSystemExit(MnObject *self)
{
    MN_CLEAR(((MnSystemExit *)self)->code);
    return clear_MnBaseException(self);
}

static int
init_MnSystemExit(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    if (init_MnBaseException(self, args, nargs, kwnames) < 0) {
        return -1;
    }
    MnObject *code = nargs == 0 ? mn_newref(mn_None)
                     : nargs == 1 ? mn_newref(args[0]) : mn_newref(BASE(self)->args);
    MN_SETREF(((MnSystemExit *)self)->code, code);
    return 0;
}

static const MnMemberDef members_MnSystemExit[] = {
    {"code", MN_T_OBJECT, offsetof(MnSystemExit, code), 0, "exception code"},
    {NULL, 0, 0, 0, NULL},
};

/* ==== ImportError ==== */

static int
traverse_MnImportError(MnObject *self, mn_visitproc visit, void *arg)
{
    MnImportError *e = (MnImportError *)self;
    MN_VISIT(e->msg);
    MN_VISIT(e->name);
    MN_VISIT(e->path);
    return traverse_MnBaseException(self, visit, arg);
}

static int
clear_MnImportError(MnObject *self)
{
    MnImportError *e = (MnImportError *)self;
    MN_CLEAR(e->msg);
    MN_CLEAR(e->name);
    MN_CLEAR(e->path);
    return clear_MnBaseException(self);
}

static int
init_MnImportError(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    static const char *const names[] = {"name", "path", NULL};
    MnObject *kw[2] = {NULL, NULL};
    MnObject *err = NULL;
    MnImportError *e = (MnImportError *)self;
    if (parse_keywords(self, args, nargs, kwnames, names, kw) < 0) {
        return -1;
    }
    set_args(self, args, nargs, &err);
    if (err) {
        return -1;
    }
    MN_SETREF(e->name, mn_xnewref(kw[0]));
    MN_SETREF(e->path, mn_xnewref(kw[1]));
    MN_SETREF(e->msg, nargs == 1 ? mn_newref(args[0]) : NULL);
    return 0;
}

static MnObject *
str_MnImportError(MnObject *self)
{
    MnObject *msg = ((MnImportError *)self)->msg;
    if (msg != NULL && msg != mn_None) {
        return mn_object_str(msg);
    }
    return str_MnBaseException(self);
}

static const MnMemberDef members_MnImportError[] = {
    {"msg", MN_T_OBJECT, offsetof(MnImportError, msg), 0, "exception message"},
    {"name", MN_T_OBJECT, offsetof(MnImportError, name), 0, "module name"},
    {"path", MN_T_OBJECT, offsetof(MnImportError, path), 0, "module path"},
    {NULL, 0, 0, 0, NULL},
};

/* ==== OSError ==== */

static int
traverse_MnOSError(MnObject *self, mn_visitproc visit, void *arg)
{
    MnOSError *e = (MnOSError *)self;
    MN_VISIT(e->myerrno);
    MN_VISIT(e->strerror);
    MN_VISIT(e->filename);
    MN_VISIT(e->filename2);
    return traverse_MnBaseException(self, visit, arg);
}

static int
clear_MnOSError(MnObject *self)
{
    MnOSError *e = (MnOSError *)self;
    MN_CLEAR(e->myerrno);
    MN_CLEAR(e->strerror);
    MN_CLEAR(e->filename);
    MN_CLEAR(e->filename2);
    return clear_MnBaseException(self);
}

static MnType *
oserror_subclass_for(MnObject *err)
{
    if (!MN_INT_CHECK(err)) {
        return NULL;
    }
    int overflow = 0;
    long code = mn_int_as_long_overflow(err, &overflow);
    if (overflow) {
        return NULL;
    }
    switch (code) {
    case EAGAIN:
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
#endif
    case EALREADY:
    case EINPROGRESS:
        return &exc_type_BlockingIOError;
    case ECHILD:
        return &exc_type_ChildProcessError;
    case EPIPE:
    case ESHUTDOWN:
        return &exc_type_BrokenPipeError;
    case ECONNABORTED:
        return &exc_type_ConnectionAbortedError;
    case ECONNREFUSED:
        return &exc_type_ConnectionRefusedError;
    case ECONNRESET:
        return &exc_type_ConnectionResetError;
    case EEXIST:
        return &exc_type_FileExistsError;
    case ENOENT:
        return &exc_type_FileNotFoundError;
    case EISDIR:
        return &exc_type_IsADirectoryError;
    case ENOTDIR:
        return &exc_type_NotADirectoryError;
    case EINTR:
        return &exc_type_InterruptedError;
    case EACCES:
    case EPERM:
        return &exc_type_PermissionError;
    case ESRCH:
        return &exc_type_ProcessLookupError;
    case ETIMEDOUT:
        return &exc_type_TimeoutError;
    default:
        return NULL;
    }
}

// Fills errno, strerror, filename, filename2 from 2..5 positional arguments; args keeps
// only (errno, strerror) when a filename is given.
static int
oserror_parse(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    MnOSError *e = (MnOSError *)self;
    if (nargs < 2 || nargs > 5) {
        return 0;
    }
    MN_SETREF(e->myerrno, mn_newref(args[0]));
    MN_SETREF(e->strerror, mn_newref(args[1]));
    if (nargs >= 3 && args[2] != mn_None) {
        MN_SETREF(e->filename, mn_newref(args[2]));
        if (nargs == 5 && args[4] != mn_None) {
            MN_SETREF(e->filename2, mn_newref(args[4]));
        }
        MnObject *t = mn_tuple_from_array(args, 2);
        if (t == NULL) {
            return -1;
        }
        MN_SETREF(e->base.args, t);
    }
    return 0;
}

static int init_MnOSError(MnObject *, MnObject *const *, intptr_t, MnObject *);
static MnObject *new_MnOSError(MnType *, MnObject *const *, intptr_t, MnObject *);

// A subclass overriding __init__ (but not __new__) gets its arguments parsed by __init__.
static int
oserror_use_init(MnType *type)
{
    return type->tp_init != init_MnOSError && type->tp_new == new_MnOSError;
}

static MnObject *
new_MnOSError(MnType *type, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    if (!oserror_use_init(type)) {
        if (kwnames != NULL && MN_TUPLE_LEN(kwnames) > 0) {
            return mn_err_format(mn_exc_TypeError, "%s() takes no keyword arguments",
                                 mn_type_name(type));
        }
        if (type == &exc_type_OSError && nargs >= 2) {
            MnType *sub = oserror_subclass_for(args[0]);
            if (sub != NULL) {
                type = sub;
            }
        }
    }
    MnObject *self = new_MnBaseException(type, args, nargs, kwnames);
    if (self != NULL && !oserror_use_init(type) && oserror_parse(self, args, nargs) < 0) {
        mn_decref(self);
        return NULL;
    }
    return self;
}

static int
init_MnOSError(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    if (!oserror_use_init(MN_TYPE(self))) {
        return 0;
    }
    if (init_MnBaseException(self, args, nargs, kwnames) < 0) {
        return -1;
    }
    return oserror_parse(self, args, nargs);
}

static MnObject *
str_MnOSError(MnObject *self)
{
    MnOSError *e = (MnOSError *)self;
    if (e->filename != NULL && e->filename2 != NULL) {
        return mn_str_from_format("[Errno %S] %S: %R -> %R", e->myerrno, e->strerror,
                                  e->filename, e->filename2);
    }
    if (e->filename != NULL) {
        return mn_str_from_format("[Errno %S] %S: %R", e->myerrno, e->strerror, e->filename);
    }
    if (e->myerrno != NULL && e->strerror != NULL) {
        return mn_str_from_format("[Errno %S] %S", e->myerrno, e->strerror);
    }
    return str_MnBaseException(self);
}

static const MnMemberDef members_MnOSError[] = {
    {"errno", MN_T_OBJECT, offsetof(MnOSError, myerrno), 0, "POSIX exception code"},
    {"strerror", MN_T_OBJECT, offsetof(MnOSError, strerror), 0, "exception strerror"},
    {"filename", MN_T_OBJECT, offsetof(MnOSError, filename), 0, "exception filename"},
    {"filename2", MN_T_OBJECT, offsetof(MnOSError, filename2), 0, "second exception filename"},
    {NULL, 0, 0, 0, NULL},
};

/* ==== SyntaxError ==== */

static int
traverse_MnSyntaxError(MnObject *self, mn_visitproc visit, void *arg)
{
    MnSyntaxError *e = (MnSyntaxError *)self;
    MN_VISIT(e->msg);
    MN_VISIT(e->filename);
    MN_VISIT(e->lineno);
    MN_VISIT(e->offset);
    MN_VISIT(e->text);
    MN_VISIT(e->end_lineno);
    MN_VISIT(e->end_offset);
    MN_VISIT(e->print_file_and_line);
    return traverse_MnBaseException(self, visit, arg);
}

static int
clear_MnSyntaxError(MnObject *self)
{
    MnSyntaxError *e = (MnSyntaxError *)self;
    MN_CLEAR(e->msg);
    MN_CLEAR(e->filename);
    MN_CLEAR(e->lineno);
    MN_CLEAR(e->offset);
    MN_CLEAR(e->text);
    MN_CLEAR(e->end_lineno);
    MN_CLEAR(e->end_offset);
    MN_CLEAR(e->print_file_and_line);
    return clear_MnBaseException(self);
}

static int
init_MnSyntaxError(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    MnSyntaxError *e = (MnSyntaxError *)self;
    if (init_MnBaseException(self, args, nargs, kwnames) < 0) {
        return -1;
    }
    if (nargs >= 1) {
        MN_SETREF(e->msg, mn_newref(args[0]));
    }
    if (nargs != 2) {
        return 0;
    }
    MnObject *info = mn_tuple_from_iterable(args[1]);
    if (info == NULL) {
        return -1;
    }
    intptr_t n = MN_TUPLE_LEN(info);
    if (n < 4 || n > 6) {
        mn_decref(info);
        mn_err_format(mn_exc_TypeError, n < 4 ? "function takes at least 4 arguments (%zd given)"
                                              : "function takes at most 6 arguments (%zd given)",
                      n);
        return -1;
    }
    MnObject **fields[6] = {&e->filename, &e->lineno, &e->offset, &e->text, &e->end_lineno,
                            &e->end_offset};
    for (intptr_t i = 0; i < n; i++) {
        MN_SETREF(*fields[i], mn_newref(MN_TUPLE_GET(info, i)));
    }
    mn_decref(info);
    return 0;
}

static MnObject *
str_MnSyntaxError(MnObject *self)
{
    MnSyntaxError *e = (MnSyntaxError *)self;
    MnObject *filename = NULL, *res;
    if (e->filename != NULL && MN_STR_CHECK(e->filename)) {
        intptr_t n = MN_STR_LEN(e->filename), start = 0;
        for (intptr_t i = 0; i < n; i++) {
            if (MN_STR_READ(e->filename, i) == '/') {
                start = i + 1;
            }
        }
        filename = mn_str_substring(e->filename, start, n);
        if (filename == NULL) {
            return NULL;
        }
    }
    int have_lineno = e->lineno != NULL && MN_INT_CHECK_EXACT(e->lineno);
    MnObject *msg = e->msg ? e->msg : mn_None;
    if (filename != NULL && have_lineno) {
        res = mn_str_from_format("%S (%U, line %ld)", msg, filename, mn_int_as_long(e->lineno));
    } else if (filename != NULL) {
        res = mn_str_from_format("%S (%U)", msg, filename);
    } else if (have_lineno) {
        res = mn_str_from_format("%S (line %ld)", msg, mn_int_as_long(e->lineno));
    } else {
        res = mn_object_str(msg);
    }
    mn_xdecref(filename);
    return res;
}

static const MnMemberDef members_MnSyntaxError[] = {
    {"msg", MN_T_OBJECT, offsetof(MnSyntaxError, msg), 0, "exception msg"},
    {"filename", MN_T_OBJECT, offsetof(MnSyntaxError, filename), 0, "exception filename"},
    {"lineno", MN_T_OBJECT, offsetof(MnSyntaxError, lineno), 0, "exception lineno"},
    {"offset", MN_T_OBJECT, offsetof(MnSyntaxError, offset), 0, "exception offset"},
    {"text", MN_T_OBJECT, offsetof(MnSyntaxError, text), 0, "exception text"},
    {"end_lineno", MN_T_OBJECT, offsetof(MnSyntaxError, end_lineno), 0, "exception end lineno"},
    {"end_offset", MN_T_OBJECT, offsetof(MnSyntaxError, end_offset), 0, "exception end offset"},
    {"print_file_and_line", MN_T_OBJECT, offsetof(MnSyntaxError, print_file_and_line), 0,
     "exception print_file_and_line"},
    {NULL, 0, 0, 0, NULL},
};

/* ==== AttributeError, NameError ==== */

static int
traverse_MnAttributeError(MnObject *self, mn_visitproc visit, void *arg)
{
    MN_VISIT(((MnAttributeError *)self)->obj);
    MN_VISIT(((MnAttributeError *)self)->name);
    return traverse_MnBaseException(self, visit, arg);
}

static int
clear_MnAttributeError(MnObject *self)
{
    MN_CLEAR(((MnAttributeError *)self)->obj);
    MN_CLEAR(((MnAttributeError *)self)->name);
    return clear_MnBaseException(self);
}

static int
init_MnAttributeError(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    static const char *const names[] = {"name", "obj", NULL};
    MnObject *kw[2] = {NULL, NULL};
    MnObject *err = NULL;
    if (parse_keywords(self, args, nargs, kwnames, names, kw) < 0) {
        return -1;
    }
    set_args(self, args, nargs, &err);
    if (err) {
        return -1;
    }
    MN_SETREF(((MnAttributeError *)self)->name, mn_xnewref(kw[0]));
    MN_SETREF(((MnAttributeError *)self)->obj, mn_xnewref(kw[1]));
    return 0;
}

static const MnMemberDef members_MnAttributeError[] = {
    {"name", MN_T_OBJECT, offsetof(MnAttributeError, name), 0, "attribute name"},
    {"obj", MN_T_OBJECT, offsetof(MnAttributeError, obj), 0, "object"},
    {NULL, 0, 0, 0, NULL},
};

static int
traverse_MnNameError(MnObject *self, mn_visitproc visit, void *arg)
{
    MN_VISIT(((MnNameError *)self)->name);
    return traverse_MnBaseException(self, visit, arg);
}

static int
clear_MnNameError(MnObject *self)
{
    MN_CLEAR(((MnNameError *)self)->name);
    return clear_MnBaseException(self);
}

static int
init_MnNameError(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    static const char *const names[] = {"name", NULL};
    MnObject *kw[1] = {NULL};
    MnObject *err = NULL;
    if (parse_keywords(self, args, nargs, kwnames, names, kw) < 0) {
        return -1;
    }
    set_args(self, args, nargs, &err);
    if (err) {
        return -1;
    }
    MN_SETREF(((MnNameError *)self)->name, mn_xnewref(kw[0]));
    return 0;
}

static const MnMemberDef members_MnNameError[] = {
    {"name", MN_T_OBJECT, offsetof(MnNameError, name), 0, "name"},
    {NULL, 0, 0, 0, NULL},
};

/* ==== UnicodeError family ==== */

static int
traverse_MnUnicodeError(MnObject *self, mn_visitproc visit, void *arg)
{
    MN_VISIT(((MnUnicodeError *)self)->encoding);
    MN_VISIT(((MnUnicodeError *)self)->object);
    MN_VISIT(((MnUnicodeError *)self)->reason);
    return traverse_MnBaseException(self, visit, arg);
}

static int
clear_MnUnicodeError(MnObject *self)
{
    MN_CLEAR(((MnUnicodeError *)self)->encoding);
    MN_CLEAR(((MnUnicodeError *)self)->object);
    MN_CLEAR(((MnUnicodeError *)self)->reason);
    return clear_MnBaseException(self);
}

static int
check_arg(MnObject *o, int ok, int pos, const char *want)
{
    if (!ok) {
        mn_err_format(mn_exc_TypeError, "argument %d must be %s, not %s", pos, want,
                      mn_type_name(MN_TYPE(o)));
        return -1;
    }
    return 0;
}

// UnicodeDecodeError(encoding, object, start, end, reason) and the encode form (object a
// str); UnicodeTranslateError(object, start, end, reason).
static int
init_MnUnicodeError(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    MnUnicodeError *e = (MnUnicodeError *)self;
    MnType *tp = MN_TYPE(self);
    int translate = mn_type_is_subtype(tp, &exc_type_UnicodeTranslateError);
    int decode = mn_type_is_subtype(tp, &exc_type_UnicodeDecodeError);
    if (init_MnBaseException(self, args, nargs, kwnames) < 0) {
        return -1;
    }
    if (!translate && !decode && !mn_type_is_subtype(tp, &exc_type_UnicodeEncodeError)) {
        return 0;
    }
    intptr_t want = translate ? 4 : 5;
    if (nargs != want) {
        mn_err_format(mn_exc_TypeError, "function takes exactly %zd arguments (%zd given)", want,
                      nargs);
        return -1;
    }
    MnObject *a[5] = {NULL, NULL, NULL, NULL, NULL};
    for (intptr_t i = 0; i < nargs; i++) {
        a[i + (translate ? 1 : 0)] = args[i];
    }
    if (!translate && check_arg(a[0], MN_STR_CHECK(a[0]), 1, "str") < 0) {
        return -1;
    }
    int pos = translate ? 1 : 2;
    if (decode && !MN_BYTES_CHECK(a[1])) {
        mn_err_format(mn_exc_TypeError, "a bytes-like object is required, not '%s'",
                      mn_type_name(MN_TYPE(a[1])));
        return -1;
    }
    if (!decode && check_arg(a[1], MN_STR_CHECK(a[1]), pos, "str") < 0) {
        return -1;
    }
    if (check_arg(a[2], MN_INT_CHECK(a[2]), pos + 1, "int") < 0 ||
        check_arg(a[3], MN_INT_CHECK(a[3]), pos + 2, "int") < 0 ||
        check_arg(a[4], MN_STR_CHECK(a[4]), pos + 3, "str") < 0) {
        return -1;
    }
    intptr_t start = mn_int_as_ssize(a[2]), end = mn_int_as_ssize(a[3]);
    if ((start == -1 || end == -1) && mn_err_occurred()) {
        return -1;
    }
    MN_SETREF(e->encoding, translate ? NULL : mn_newref(a[0]));
    MN_SETREF(e->object, mn_newref(a[1]));
    MN_SETREF(e->reason, mn_newref(a[4]));
    e->start = start;
    e->end = end;
    return 0;
}

static MnObject *
str_MnUnicodeError(MnObject *self)
{
    MnUnicodeError *e = (MnUnicodeError *)self;
    if (e->object == NULL) {
        return str_MnBaseException(self);
    }
    MnObject *reason = mn_object_str(e->reason), *res;
    if (reason == NULL) {
        return NULL;
    }
    MnType *tp = MN_TYPE(self);
    if (mn_type_is_subtype(tp, &exc_type_UnicodeDecodeError)) {
        intptr_t len = MN_BYTES_LEN(e->object);
        if (e->start < len && e->end == e->start + 1) {
            res = mn_str_from_format("'%U' codec can't decode byte 0x%02x in position %zd: %U",
                                     e->encoding,
                                     (int)(unsigned char)MN_BYTES_DATA(e->object)[e->start],
                                     e->start, reason);
        } else {
            res = mn_str_from_format("'%U' codec can't decode bytes in position %zd-%zd: %U",
                                     e->encoding, e->start, e->end - 1, reason);
        }
        mn_decref(reason);
        return res;
    }
    int translate = mn_type_is_subtype(tp, &exc_type_UnicodeTranslateError);
    const char *verb = translate ? "can't translate" : "can't encode";
    MnObject *prefix = translate ? mn_str_from_cstr("")
                                 : mn_str_from_format("'%U' codec ", e->encoding);
    if (prefix == NULL) {
        mn_decref(reason);
        return NULL;
    }
    if (e->start < MN_STR_LEN(e->object) && e->end == e->start + 1) {
        uint32_t ch = MN_STR_READ(e->object, e->start);
        char buf[16];
        const char *fmt = ch <= 0xff ? "\\x%02x" : ch <= 0xffff ? "\\u%04x" : "\\U%08x";
        snprintf(buf, sizeof buf, fmt, (unsigned)ch);
        res = mn_str_from_format("%U%s character '%s' in position %zd: %U", prefix, verb, buf,
                                 e->start, reason);
    } else {
        res = mn_str_from_format("%U%s characters in position %zd-%zd: %U", prefix, verb,
                                 e->start, e->end - 1, reason);
    }
    mn_decref(prefix);
    mn_decref(reason);
    return res;
}

static const MnMemberDef members_MnUnicodeError[] = {
    {"encoding", MN_T_OBJECT, offsetof(MnUnicodeError, encoding), 0, "exception encoding"},
    {"object", MN_T_OBJECT, offsetof(MnUnicodeError, object), 0, "exception object"},
    {"start", MN_T_SSIZE, offsetof(MnUnicodeError, start), 0, "exception start"},
    {"end", MN_T_SSIZE, offsetof(MnUnicodeError, end), 0, "exception end"},
    {"reason", MN_T_OBJECT, offsetof(MnUnicodeError, reason), 0, "exception reason"},
    {NULL, 0, 0, 0, NULL},
};

/* ==== KeyError ==== */

static MnObject *
keyerror_str(MnObject *self)
{
    MnObject *args = BASE(self)->args;
    if (args != NULL && MN_TUPLE_LEN(args) == 1) {
        return mn_object_repr(MN_TUPLE_GET(args, 0));
    }
    return str_MnBaseException(self);
}

/* ==== the types ==== */

// Layouts other than MnBaseException reuse the base's new and methods.
#define new_MnStopIteration new_MnBaseException
#define new_MnSystemExit new_MnBaseException
#define new_MnImportError new_MnBaseException
#define new_MnSyntaxError new_MnBaseException
#define new_MnAttributeError new_MnBaseException
#define new_MnNameError new_MnBaseException
#define new_MnUnicodeError new_MnBaseException
#define str_MnStopIteration str_MnBaseException
#define str_MnSystemExit str_MnBaseException
#define str_MnAttributeError str_MnBaseException
#define str_MnNameError str_MnBaseException

#define EXC_DEFINE(name, base, st)                                                  \
    static MnType exc_type_##name = {                                               \
        MN_TYPE_HEAD_INIT, .tp_name = #name, .tp_basicsize = sizeof(st),            \
        .tp_flags = EXC_FLAGS, .tp_base = &exc_type_##base,                         \
        .tp_dealloc = exc_dealloc, .tp_repr = exc_repr, .tp_str = str_##st,         \
        .tp_traverse = traverse_##st, .tp_clear = clear_##st, .tp_new = new_##st,   \
        .tp_init = init_##st, .tp_dictoffset = offsetof(MnBaseException, dict),     \
        .tp_members = members_##st,                                                 \
    };                                                                              \
    MnType *const mn_exc_##name = &exc_type_##name;
MN_EXC_LIST(EXC_DEFINE)
#undef EXC_DEFINE

#define EXC_TABLE(name, base, st) &exc_type_##name,
static MnType *const all_types[] = {MN_EXC_LIST(EXC_TABLE) NULL};
#undef EXC_TABLE

/* ==== docstrings ==== */

static const struct {
    MnType *type;
    const char *doc;
} exc_docs[] = {
    {&exc_type_BaseException, "Common base class for all exceptions"},
    {&exc_type_SystemExit, "Request to exit from the interpreter."},
    {&exc_type_KeyboardInterrupt, "Program interrupted by user."},
    {&exc_type_GeneratorExit, "Request that a generator exit."},
    {&exc_type_Exception, "Common base class for all non-exit exceptions."},
    {&exc_type_StopIteration, "Signal the end from iterator.__next__()."},
    {&exc_type_StopAsyncIteration, "Signal the end from iterator.__anext__()."},
    {&exc_type_ArithmeticError, "Base class for arithmetic errors."},
    {&exc_type_FloatingPointError, "Floating point operation failed."},
    {&exc_type_OverflowError, "Result too large to be represented."},
    {&exc_type_ZeroDivisionError, "Second argument to a division or modulo operation was zero."},
    {&exc_type_AssertionError, "Assertion failed."},
    {&exc_type_AttributeError, "Attribute not found."},
    {&exc_type_BufferError, "Buffer error."},
    {&exc_type_EOFError, "Read beyond end of file."},
    {&exc_type_ImportError, "Import can't find module, or can't find name in module."},
    {&exc_type_ModuleNotFoundError, "Module not found."},
    {&exc_type_LookupError, "Base class for lookup errors."},
    {&exc_type_IndexError, "Sequence index out of range."},
    {&exc_type_KeyError, "Mapping key not found."},
    {&exc_type_MemoryError, "Out of memory."},
    {&exc_type_NameError, "Name not found globally."},
    {&exc_type_UnboundLocalError, "Local name referenced but not bound to a value."},
    {&exc_type_OSError, "Base class for I/O related errors."},
    {&exc_type_BlockingIOError, "I/O operation would block."},
    {&exc_type_ChildProcessError, "Child process error."},
    {&exc_type_ConnectionError, "Connection error."},
    {&exc_type_BrokenPipeError, "Broken pipe."},
    {&exc_type_ConnectionAbortedError, "Connection aborted."},
    {&exc_type_ConnectionRefusedError, "Connection refused."},
    {&exc_type_ConnectionResetError, "Connection reset."},
    {&exc_type_FileExistsError, "File already exists."},
    {&exc_type_FileNotFoundError, "File not found."},
    {&exc_type_InterruptedError, "Interrupted by signal."},
    {&exc_type_IsADirectoryError, "Operation doesn't work on directories."},
    {&exc_type_NotADirectoryError, "Operation only works on directories."},
    {&exc_type_PermissionError, "Not enough permissions."},
    {&exc_type_ProcessLookupError, "Process not found."},
    {&exc_type_TimeoutError, "Timeout expired."},
    {&exc_type_ReferenceError, "Weak ref proxy used after referent went away."},
    {&exc_type_RuntimeError, "Unspecified run-time error."},
    {&exc_type_NotImplementedError, "Method or function hasn't been implemented yet."},
    {&exc_type_RecursionError, "Recursion limit exceeded."},
    {&exc_type_SyntaxError, "Invalid syntax."},
    {&exc_type_IndentationError, "Improper indentation."},
    {&exc_type_TabError, "Improper mixture of spaces and tabs."},
    {&exc_type_SystemError,
     "Internal error in the Python interpreter.\n\nPlease report this to the Python mainta"
     "iner, along with the traceback,\nthe Python version, and the hardware/OS platform an"
     "d version."},
    {&exc_type_TypeError, "Inappropriate argument type."},
    {&exc_type_ValueError, "Inappropriate argument value (of correct type)."},
    {&exc_type_UnicodeError, "Unicode related error."},
    {&exc_type_UnicodeDecodeError, "Unicode decoding error."},
    {&exc_type_UnicodeEncodeError, "Unicode encoding error."},
    {&exc_type_UnicodeTranslateError, "Unicode translation error."},
    {&exc_type_Warning, "Base class for warning categories."},
    {&exc_type_DeprecationWarning, "Base class for warnings about deprecated features."},
    {&exc_type_PendingDeprecationWarning,
     "Base class for warnings about features which will be deprecated\nin the future."},
    {&exc_type_RuntimeWarning, "Base class for warnings about dubious runtime behavior."},
    {&exc_type_SyntaxWarning, "Base class for warnings about dubious syntax."},
    {&exc_type_UserWarning, "Base class for warnings generated by user code."},
    {&exc_type_FutureWarning,
     "Base class for warnings about constructs that will change semantically\nin the futur"
     "e."},
    {&exc_type_ImportWarning, "Base class for warnings about probable mistakes in module imports"},
    {&exc_type_UnicodeWarning,
     "Base class for warnings about Unicode related problems, mostly\nrelated to conversio"
     "n problems."},
    {&exc_type_BytesWarning,
     "Base class for warnings about bytes and buffer related problems, mostly\nrelated to "
     "conversion from str or comparing to str."},
    {&exc_type_EncodingWarning, "Base class for warnings about encodings."},
    {&exc_type_ResourceWarning, "Base class for warnings about resource usage."},
    {NULL, NULL},
};

int
mn_exc_init(void)
{
    for (int i = 0; exc_docs[i].type != NULL; i++) {
        exc_docs[i].type->tp_doc = exc_docs[i].doc;
    }
    exc_type_BaseException.tp_methods = methods_MnBaseException;
    exc_type_BaseException.tp_getset = getset_MnBaseException;
    exc_type_KeyError.tp_str = keyerror_str;
    for (int i = 0; all_types[i] != NULL; i++) {
        MnType *t = all_types[i];
        if (t->tp_base != &mn_object_type && t->tp_base->tp_members == t->tp_members) {
            t->tp_members = NULL;   // inherited, not redefined
        }
        if (t->tp_base != &mn_object_type && t->tp_base->tp_str == t->tp_str) {
            t->tp_str = NULL;
        }
    }
    for (int i = 0; all_types[i] != NULL; i++) {
        if (mn_type_ready(all_types[i]) < 0) {
            return -1;
        }
    }
    if (mn_rt.memory_error == NULL) {
        mn_rt.memory_error = new_MnBaseException(&exc_type_MemoryError, NULL, 0, NULL);
        if (mn_rt.memory_error == NULL) {
            return -1;
        }
    }
    return 0;
}

MnObject *
mn_exc_new(MnType *type, MnObject *const *args, intptr_t nargs)
{
    return mn_object_call((MnObject *)type, args, nargs, NULL);
}

MnObject *
mn_exc_new_from_tuple(MnType *type, MnObject *tuple)
{
    MnObject *saved = raised_tuple;
    raised_tuple = MN_TUPLE_CHECK_EXACT(tuple) ? tuple : NULL;
    MnObject *exc = mn_exc_new(type, MN_TUPLE_ITEMS(tuple), MN_TUPLE_LEN(tuple));
    raised_tuple = saved;
    return exc;
}

MnObject *
mn_exc_get_traceback(MnObject *exc)
{
    return BASE(exc)->traceback;
}

void
mn_exc_set_traceback(MnObject *exc, MnObject *tb)
{
    MN_SETREF(BASE(exc)->traceback, (tb == NULL || tb == mn_None) ? NULL : mn_newref(tb));
}

MnObject *
mn_exc_get_context(MnObject *exc)
{
    return BASE(exc)->context;
}

void
mn_exc_set_context(MnObject *exc, MnObject *ctx)
{
    MN_SETREF(BASE(exc)->context, ctx);
}

MnObject *
mn_exc_get_cause(MnObject *exc)
{
    return BASE(exc)->cause;
}

void
mn_exc_set_cause(MnObject *exc, MnObject *cause)
{
    BASE(exc)->suppress_context = 1;
    MN_SETREF(BASE(exc)->cause, cause);
}

MnObject *
mn_exc_get_args(MnObject *exc)
{
    return BASE(exc)->args;
}
