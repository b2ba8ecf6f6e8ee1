/*
 * runtime/super.c - super(): attribute lookup that starts after a given class in the MRO of
 * an instance's (or class's) type, binding what it finds through __get__.
 * Zero-argument super() takes the class and first argument from the running frame
 * (mn_eval_super_args in src/eval.c).
 * See also: runtime/descr.c, src/eval.c
 */
#include "mnemo.h"
#include "eval.h"
#include "type_internal.h"

typedef struct MnSuper {
    MnObject ob_base;
    MnType *type;               // owned: the class after which lookup starts, or NULL
    MnObject *obj;              // owned: the instance or class bound to, or NULL
    MnType *obj_type;           // owned: the type whose MRO is searched, or NULL
} MnSuper;

#define SUP(o) ((MnSuper *)(o))

static MnObject *
super_new(MnType *type, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    MnObject *self = mn_object_alloc(type, 0);
    if (self != NULL) {
        mn_gc_track(self);
    }
    return self;
}

// The type to search for [obj] given the starting class [type]. -> borrowed, or NULL.
static MnType *
supercheck(MnType *type, MnObject *obj)
{
    if (MN_TYPE_CHECK(obj) && mn_type_is_subtype((MnType *)obj, type)) {
        return (MnType *)obj;
    }
    if (mn_type_is_subtype(MN_TYPE(obj), type)) {
        return MN_TYPE(obj);
    }
    MnObject *cls = NULL;
    if (mn_object_lookup_attr(obj, mn_slot_name(SN___class__), &cls) < 0) {
        return NULL;
    }
    if (cls != NULL && MN_TYPE_CHECK(cls) && cls != (MnObject *)MN_TYPE(obj) &&
        mn_type_is_subtype((MnType *)cls, type)) {
        mn_decref(cls);     // a type stays alive through obj
        return (MnType *)cls;
    }
    mn_xdecref(cls);
    mn_err_format(mn_exc_TypeError,
                  "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

static int
super_init(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    MnType *type = NULL;
    MnObject *obj = NULL;
    if (kwnames != NULL && MN_TUPLE_LEN(kwnames) > 0) {
        mn_err_format(mn_exc_TypeError, "super() takes no keyword arguments");
        return -1;
    }
    if (nargs > 2) {
        mn_err_format(mn_exc_TypeError, "super() takes at most 2 arguments (%zd given)", nargs);
        return -1;
    }
    if (nargs == 0) {
        if (mn_eval_super_args(&type, &obj) < 0) {
            return -1;
        }
    } else {
        if (!MN_TYPE_CHECK(args[0])) {
            mn_err_format(mn_exc_TypeError, "super() argument 1 must be a type, not %s",
                          mn_type_name(MN_TYPE(args[0])));
            return -1;
        }
        type = (MnType *)args[0];
        obj = nargs == 2 && args[1] != mn_None ? args[1] : NULL;
    }
    MnType *obj_type = NULL;
    if (obj != NULL && (obj_type = supercheck(type, obj)) == NULL) {
        return -1;
    }
    MN_SETREF(SUP(self)->type, (MnType *)mn_newref(type));
    MN_SETREF(SUP(self)->obj, mn_xnewref(obj));
    MN_SETREF(SUP(self)->obj_type, (MnType *)mn_xnewref(obj_type));
    return 0;
}

static int
super_traverse(MnObject *self, mn_visitproc visit, void *arg)
{
    MN_VISIT(SUP(self)->type);
    MN_VISIT(SUP(self)->obj);
    MN_VISIT(SUP(self)->obj_type);
    return 0;
}

static int
super_clear(MnObject *self)
{
    MN_CLEAR(SUP(self)->type);
    MN_CLEAR(SUP(self)->obj);
    MN_CLEAR(SUP(self)->obj_type);
    return 0;
}

static void
super_dealloc(MnObject *self)
{
    mn_gc_untrack(self);
    super_clear(self);
    mn_object_free(self);
}

static MnObject *
super_getattro(MnObject *self, MnObject *name)
{
    MnType *start = SUP(self)->obj_type;
    if (start == NULL || mn_str_eq(name, mn_slot_name(SN___class__))) {
        return mn_object_generic_getattr(self, name);
    }
    MnObject *mro = start->tp_mro;
    intptr_t n = mro ? MN_TUPLE_LEN(mro) : 0, i = 0;
    while (i < n - 1 && MN_TUPLE_GET(mro, i) != (MnObject *)SUP(self)->type) {
        i++;
    }
    for (i++; i < n; i++) {
        MnObject *dict = ((MnType *)MN_TUPLE_GET(mro, i))->tp_dict;
        MnObject *res = dict ? mn_dict_get_str_borrow(dict, name) : NULL;
        if (res == NULL) {
            continue;
        }
        mn_descrgetfunc get = MN_TYPE(res)->tp_descr_get;
        if (get == NULL) {
            return mn_newref(res);
        }
        mn_incref(res);
        MnObject *obj = SUP(self)->obj == (MnObject *)start ? NULL : SUP(self)->obj;
        MnObject *bound = get(res, obj, (MnObject *)start);
        mn_decref(res);
        return bound;
    }
    return mn_object_generic_getattr(self, name);
}

static MnObject *
super_descr_get(MnObject *self, MnObject *obj, MnObject *type)
{
    (void)type;
    if (obj == NULL || obj == mn_None || SUP(self)->obj != NULL) {
        return mn_newref(self);
    }
    MnObject *args[2] = {(MnObject *)SUP(self)->type, obj};
    return mn_object_call((MnObject *)MN_TYPE(self), args, 2, NULL);
}

static MnObject *
super_repr(MnObject *self)
{
    const char *tn = SUP(self)->type ? SUP(self)->type->tp_name : "NULL";
    if (SUP(self)->obj_type != NULL) {
        return mn_str_from_format("<super: <class '%s'>, <%s object>>", tn,
                                  SUP(self)->obj_type->tp_name);
    }
    return mn_str_from_format("<super: <class '%s'>, NULL>", tn);
}

static MnObject *
super_get_field(MnObject *self, void *closure)
{
    MnObject *v = closure == NULL ? (MnObject *)SUP(self)->type
                  : closure == (void *)1 ? SUP(self)->obj : (MnObject *)SUP(self)->obj_type;
    return mn_newref(v ? v : mn_None);
}

static const MnGetSetDef super_getset[] = {
    {"__thisclass__", super_get_field, NULL, "the class invoking super()", NULL},
    {"__self__", super_get_field, NULL, "the instance invoking super(); may be None",
     (void *)1},
    {"__self_class__", super_get_field, NULL, "the type of the instance invoking super(); may "
     "be None", (void *)2},
    {NULL, NULL, NULL, NULL, NULL},
};

MnType mn_super_type = {
    MN_TYPE_HEAD_INIT,              .tp_name = "super",
    .tp_basicsize = sizeof(MnSuper),
    .tp_flags = MN_TPFLAG_GC | MN_TPFLAG_BASETYPE,
    .tp_dealloc = super_dealloc,    .tp_repr = super_repr,
    .tp_getattro = super_getattro,  .tp_traverse = super_traverse,
    .tp_clear = super_clear,        .tp_descr_get = super_descr_get,
    .tp_new = super_new,            .tp_init = super_init,
    .tp_getset = super_getset,
};
