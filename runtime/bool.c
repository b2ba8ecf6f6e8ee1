/*
 * runtime/bool.c - bool: the int subclass with exactly two instances, True and False, which are
 * static MnLong structs (value 1 and 0) and never freed. bool cannot be subclassed.
 * & | ^ of two bools give a bool; every other operation is int's.
 * See also: runtime/int.c, runtime/int_methods.c
 */
#include "int_impl.h"
#include "err.h"
#include "exc.h"
#include "none.h"
#include "str.h"

MnLong mn_false_struct = {
    .ob_base = {.ob_base = MN_OBJECT_HEAD_INIT(&mn_bool_type), .ob_size = 0},
    .ob_digit = {0},
};

MnLong mn_true_struct = {
    .ob_base = {.ob_base = MN_OBJECT_HEAD_INIT(&mn_bool_type), .ob_size = 1},
    .ob_digit = {1},
};

MnObject *
mn_bool_from_long(long v)
{
    return mn_newref(v ? mn_True : mn_False);
}

static MnObject *
bool_repr(MnObject *self)
{
    return mn_str_from_cstr(self == mn_True ? "True" : "False");
}

static MnObject *
bool_new(MnType *type, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)type;
    if (kwnames != NULL && MN_SIZE(kwnames) > 0) {
        return mn_err_format(mn_exc_TypeError, "bool() takes no keyword arguments");
    }
    if (nargs > 1) {
        return mn_err_format(mn_exc_TypeError, "bool expected at most 1 argument, got %zd",
                             nargs);
    }
    if (nargs == 0) {
        return mn_newref(mn_False);
    }
    int t = mn_object_is_true(args[0]);
    if (t < 0) {
        return NULL;
    }
    return mn_bool_from_long(t);
}

static void
bool_dealloc(MnObject *self)
{
    self->ob_refcnt = 1;        // True and False are immortal
}

static MnObject *
bool_and(MnObject *a, MnObject *b)
{
    if (MN_BOOL_CHECK(a) && MN_BOOL_CHECK(b)) {
        return mn_bool_from_long(a == mn_True && b == mn_True);
    }
    return mn_int_nb_and(a, b);
}

static MnObject *
bool_or(MnObject *a, MnObject *b)
{
    if (MN_BOOL_CHECK(a) && MN_BOOL_CHECK(b)) {
        return mn_bool_from_long(a == mn_True || b == mn_True);
    }
    return mn_int_nb_or(a, b);
}

static MnObject *
bool_xor(MnObject *a, MnObject *b)
{
    if (MN_BOOL_CHECK(a) && MN_BOOL_CHECK(b)) {
        return mn_bool_from_long((a == mn_True) != (b == mn_True));
    }
    return mn_int_nb_xor(a, b);
}

MnType mn_bool_type = {
    MN_TYPE_HEAD_INIT,
    .tp_name = "bool",
    .tp_basicsize = offsetof(MnLong, ob_digit),
    .tp_itemsize = sizeof(mn_digit),
    .tp_flags = MN_TPFLAG_LONG_SUBCLASS,
    .tp_base = &mn_int_type,
    .tp_dealloc = bool_dealloc,
    .tp_repr = bool_repr,
    .tp_hash = mn_int_hash,
    .tp_richcompare = mn_int_richcompare,
    .tp_new = bool_new,
    .nb_add = mn_int_nb_add,
    .nb_subtract = mn_int_nb_subtract,
    .nb_multiply = mn_int_nb_multiply,
    .nb_remainder = mn_int_nb_remainder,
    .nb_divmod = mn_int_nb_divmod,
    .nb_power = mn_int_nb_power,
    .nb_lshift = mn_int_nb_lshift,
    .nb_rshift = mn_int_nb_rshift,
    .nb_and = bool_and,
    .nb_xor = bool_xor,
    .nb_or = bool_or,
    .nb_floor_divide = mn_int_nb_floor_divide,
    .nb_true_divide = mn_int_nb_true_divide,
    .nb_negative = mn_int_nb_negative,
    .nb_positive = mn_int_nb_positive,
    .nb_absolute = mn_int_nb_absolute,
    .nb_invert = mn_int_nb_invert,
    .nb_bool = mn_int_nb_bool,
    .nb_int = mn_int_copy_exact,
    .nb_float = mn_int_nb_float,
    .nb_index = mn_int_copy_exact,
    .tp_doc = "bool(x) -> bool",
};
