/*
 * runtime/object.h - the object header, the type object and the contract of every slot.
 * Every object starts with MnObject (ob_refcnt, ob_type at offset 0, as CPython). Containers
 * (types with MN_TPFLAG_GC) carry an MnGCHead of two words placed *before* the object.
 * Slots keep CPython's meanings; number, sequence and mapping slots are inlined in MnType.
 * See also: runtime/refcount.h, runtime/alloc.h, runtime/type.c, runtime/object.c
 */
#ifndef MN_OBJECT_H
#define MN_OBJECT_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

typedef struct MnType MnType;

typedef struct MnObject {
    intptr_t ob_refcnt;
    MnType *ob_type;            // borrowed for static types, owned for heap types
} MnObject;

typedef struct MnVarObject {
    MnObject ob_base;
    intptr_t ob_size;
} MnVarObject;

#define MN_TYPE(o) (((MnObject *)(o))->ob_type)
#define MN_REFCNT(o) (((MnObject *)(o))->ob_refcnt)
#define MN_SIZE(o) (((MnVarObject *)(o))->ob_size)
#define MN_OBJ(o) ((MnObject *)(o))

/* ==== slot signatures ==== */

// The one calling convention: [args] holds [nargs] positional values followed by one value
// per name in [kwnames] (a tuple of str, or NULL). Everything is borrowed.
// -> new reference, or NULL with an exception set.
typedef MnObject *(*mn_callfunc)(MnObject *self, MnObject *const *args, intptr_t nargs,
                                 MnObject *kwnames);
typedef MnObject *(*mn_newfunc)(MnType *type, MnObject *const *args, intptr_t nargs,
                                MnObject *kwnames);
// -> 0, or -1 with an exception set.
typedef int (*mn_initfunc)(MnObject *self, MnObject *const *args, intptr_t nargs,
                           MnObject *kwnames);
typedef void (*mn_destructor)(MnObject *self);
typedef MnObject *(*mn_unaryfunc)(MnObject *self);
typedef MnObject *(*mn_binaryfunc)(MnObject *a, MnObject *b);
typedef MnObject *(*mn_ternaryfunc)(MnObject *a, MnObject *b, MnObject *c);
// -> 1 true, 0 false, -1 error.
typedef int (*mn_inquiry)(MnObject *self);
// -> length >= 0, or -1 with an exception set.
typedef intptr_t (*mn_lenfunc)(MnObject *self);
// -> hash, or -1 with an exception set (a real hash of -1 is reported as -2).
typedef intptr_t (*mn_hashfunc)(MnObject *self);
// [op] is one of MN_LT..MN_GE. -> new reference (may be mn_NotImplemented), or NULL.
typedef MnObject *(*mn_richcmpfunc)(MnObject *a, MnObject *b, int op);
// [name] is always a str. -> new reference, or NULL with AttributeError (or other) set.
typedef MnObject *(*mn_getattrofunc)(MnObject *self, MnObject *name);
// [value] NULL means delete. -> 0, or -1.
typedef int (*mn_setattrofunc)(MnObject *self, MnObject *name, MnObject *value);
// [value] NULL means delete. -> 0, or -1.
typedef int (*mn_objobjargproc)(MnObject *self, MnObject *key, MnObject *value);
// -> 1 contained, 0 not, -1 error.
typedef int (*mn_objobjproc)(MnObject *self, MnObject *item);
// iternext: -> new reference; NULL with no exception set means exhausted;
// NULL with an exception set means error (StopIteration may also be set, meaning exhausted).
typedef MnObject *(*mn_iternextfunc)(MnObject *self);
// descriptor get: [obj] NULL when looked up on the class. -> new reference, or NULL.
typedef MnObject *(*mn_descrgetfunc)(MnObject *descr, MnObject *obj, MnObject *type);
// descriptor set: [value] NULL means delete. -> 0, or -1.
typedef int (*mn_descrsetfunc)(MnObject *descr, MnObject *obj, MnObject *value);
// Calls [visit] on every owned reference; stops and returns the first non-zero result.
typedef int (*mn_visitproc)(MnObject *obj, void *arg);
typedef int (*mn_traverseproc)(MnObject *self, mn_visitproc visit, void *arg);

#define MN_VISIT(op)                                    \
    do {                                                \
        if ((op) != NULL) {                             \
            int vret_ = visit(MN_OBJ(op), arg);         \
            if (vret_) {                                \
                return vret_;                           \
            }                                           \
        }                                               \
    } while (0)

/* ==== method, member and getset tables ==== */

enum {
    MN_METH_NOARGS = 0x01,      // MnObject *f(MnObject *self, MnObject *unused)
    MN_METH_O = 0x02,           // MnObject *f(MnObject *self, MnObject *arg)
    MN_METH_FAST = 0x04,        // MnObject *f(MnObject *self, MnObject *const *args, intptr_t n)
    MN_METH_FASTKW = 0x08,      // mn_callfunc shape: (self, args, nargs, kwnames)
    MN_METH_CLASS = 0x10,       // self is the class
    MN_METH_STATIC = 0x20,      // self is NULL
};

typedef MnObject *(*mn_cfunc)(MnObject *self, MnObject *arg);
typedef MnObject *(*mn_cfunc_fast)(MnObject *self, MnObject *const *args, intptr_t nargs);

typedef struct MnMethodDef {
    const char *name;
    void *func;                 // one of the shapes above, chosen by flags
    int flags;
    const char *doc;
} MnMethodDef;

enum {
    MN_T_OBJECT,                // MnObject *, None when NULL
    MN_T_OBJECT_EX,             // MnObject *, AttributeError when NULL (slots)
    MN_T_INT,                   // int
    MN_T_SSIZE,                 // intptr_t
    MN_T_BOOL,                  // char
    MN_T_DOUBLE,
};
enum { MN_READONLY = 1 };

typedef struct MnMemberDef {
    const char *name;
    int type;
    intptr_t offset;
    int flags;
    const char *doc;
} MnMemberDef;

typedef MnObject *(*mn_getter)(MnObject *self, void *closure);
typedef int (*mn_setter)(MnObject *self, MnObject *value, void *closure);

typedef struct MnGetSetDef {
    const char *name;
    mn_getter get;
    mn_setter set;              // NULL: read-only
    const char *doc;
    void *closure;
} MnGetSetDef;

/* ==== the type object ==== */

enum {
    MN_TPFLAG_HEAPTYPE = 1UL << 0,     // created by a class statement; owned, refcounted
    MN_TPFLAG_BASETYPE = 1UL << 1,     // may be subclassed
    MN_TPFLAG_READY = 1UL << 2,        // mn_type_ready done
    MN_TPFLAG_GC = 1UL << 3,           // instances carry an MnGCHead and tp_traverse
    MN_TPFLAG_ABSTRACT = 1UL << 4,
    MN_TPFLAG_HAS_FINALIZE = 1UL << 5,
    // Instances keep attributes inline (values pointer right after the __dict__ slot, names
    // in the class's ht_cached_keys) until their __dict__ is asked for.
    MN_TPFLAG_MANAGED_DICT = 1UL << 6,
    MN_TPFLAG_LONG_SUBCLASS = 1UL << 24,
    MN_TPFLAG_LIST_SUBCLASS = 1UL << 25,
    MN_TPFLAG_TUPLE_SUBCLASS = 1UL << 26,
    MN_TPFLAG_BYTES_SUBCLASS = 1UL << 27,
    MN_TPFLAG_UNICODE_SUBCLASS = 1UL << 28,
    MN_TPFLAG_DICT_SUBCLASS = 1UL << 29,
    MN_TPFLAG_BASE_EXC_SUBCLASS = 1UL << 30,
    MN_TPFLAG_TYPE_SUBCLASS = 1UL << 31,
};

struct MnType {
    MnVarObject ob_base;
    const char *tp_name;            // "list"; for heap types points into ht_name's data
    intptr_t tp_basicsize;          // bytes of the object, not counting the GC header
    intptr_t tp_itemsize;           // bytes per item of a variable-size object
    unsigned long tp_flags;

    mn_destructor tp_dealloc;       // frees the object; must untrack first if GC
    mn_unaryfunc tp_repr;
    mn_unaryfunc tp_str;            // NULL: use tp_repr
    mn_hashfunc tp_hash;            // NULL after ready: unhashable
    mn_richcmpfunc tp_richcompare;
    mn_getattrofunc tp_getattro;    // NULL after ready: mn_object_generic_getattr
    mn_setattrofunc tp_setattro;
    mn_callfunc tp_call;
    mn_unaryfunc tp_iter;           // -> new iterator
    mn_iternextfunc tp_iternext;
    mn_descrgetfunc tp_descr_get;
    mn_descrsetfunc tp_descr_set;
    mn_traverseproc tp_traverse;    // every owned reference (GC types)
    mn_inquiry tp_clear;            // drop references that may be in cycles (GC types)
    mn_destructor tp_finalize;      // __del__ (PEP 442); runs at most once
    mn_newfunc tp_new;              // NULL: the type cannot be instantiated
    mn_initfunc tp_init;

    // number slots: binary slots receive (left, right), either may be of this type;
    // they return mn_NotImplemented (new reference) for operands they do not handle.
    mn_binaryfunc nb_add, nb_subtract, nb_multiply, nb_remainder, nb_divmod;
    mn_ternaryfunc nb_power;        // third argument is mn_None when absent
    mn_binaryfunc nb_lshift, nb_rshift, nb_and, nb_xor, nb_or;
    mn_binaryfunc nb_floor_divide, nb_true_divide, nb_matrix_multiply;
    mn_binaryfunc nb_inplace_add, nb_inplace_subtract, nb_inplace_multiply;
    mn_binaryfunc nb_inplace_remainder, nb_inplace_floor_divide, nb_inplace_true_divide;
    mn_ternaryfunc nb_inplace_power;
    mn_binaryfunc nb_inplace_lshift, nb_inplace_rshift, nb_inplace_and, nb_inplace_xor;
    mn_binaryfunc nb_inplace_or, nb_inplace_matrix_multiply;
    mn_unaryfunc nb_negative, nb_positive, nb_absolute, nb_invert;
    mn_inquiry nb_bool;
    mn_unaryfunc nb_int, nb_float, nb_index;

    // container slots
    mn_lenfunc mp_length;           // len()
    mn_binaryfunc mp_subscript;     // o[key]
    mn_objobjargproc mp_ass_subscript;  // o[key] = v, del o[key] (v NULL)
    mn_objobjproc sq_contains;      // item in o

    const MnMethodDef *tp_methods;
    const MnMemberDef *tp_members;
    const MnGetSetDef *tp_getset;
    MnType *tp_base;                // borrowed for static types, owned for heap types
    MnObject *tp_bases;             // owned tuple, set by mn_type_ready
    MnObject *tp_mro;               // owned tuple, set by mn_type_ready
    MnObject *tp_dict;              // owned dict, set by mn_type_ready
    MnObject *tp_subclasses;        // owned dict id -> weak ref, or NULL (later)
    intptr_t tp_dictoffset;         // offset of the instance __dict__ pointer, 0: none (as
                                    // CPython, < 0: from the end; managed dicts: see below)
    intptr_t tp_weaklistoffset;     // offset of the weakref list head, 0: none
    MnObject *tp_weaklist;          // weak references to this type (list head), or NULL
    const char *tp_doc;
    unsigned int tp_version_tag;    // for attribute caches; bumped on any change

    // heap types only
    MnObject *ht_name;              // owned str
    MnObject *ht_qualname;          // owned str
    MnObject *ht_slots;             // owned tuple of slot names, or NULL
    MnMemberDef *ht_members;        // owned array for __slots__, or NULL
    struct MnDictKeys *ht_cached_keys;  // owned shared attribute names (managed dict), or NULL
};

// An instance of a MN_TPFLAG_MANAGED_DICT type (always a collected type) carries two words in
// front of its collector header, as CPython 3.11's pre-header: the inline values pointer, then
// the __dict__ pointer (the object's tp_dictoffset is only reported, never used to find them).
#define MN_MANAGED_DICT_WORDS 2
// The inline values slot of an instance of a MN_TPFLAG_MANAGED_DICT type.
#define MN_INSTANCE_VALUES_PTR(o) ((struct MnDictValues **)(o) - 4)
// The __dict__ slot of an instance of a MN_TPFLAG_MANAGED_DICT type.
#define MN_INSTANCE_MANAGED_DICT_PTR(o) ((MnObject **)(o) - 3)

/* ==== comparison operators ==== */
enum { MN_LT = 0, MN_LE = 1, MN_EQ = 2, MN_NE = 3, MN_GT = 4, MN_GE = 5 };

/* ==== static object initializers ==== */
// Static objects start with a refcount of 1 that is never dropped (they are immortal).
#define MN_OBJECT_HEAD_INIT(type) {.ob_refcnt = 1, .ob_type = (type)}
// CPython 3.11 allocates some singletons statically with this count (small ints, the empty
// tuple, str and bytes, one-character str and bytes), so sys.getrefcount shows them huge.
#define MN_IMMORTAL_REFCNT 999999999
#define MN_OBJECT_HEAD_INIT_SINGLETON(type) {.ob_refcnt = MN_IMMORTAL_REFCNT, .ob_type = (type)}
#define MN_TYPE_HEAD_INIT .ob_base = {.ob_base = MN_OBJECT_HEAD_INIT(&mn_type_type)}

extern MnType mn_type_type;
extern MnType mn_object_type;

#define MN_IS_TYPE(o, tp) (MN_TYPE(o) == (tp))
#define MN_TYPE_HAS_FLAG(tp, f) (((tp)->tp_flags & (f)) != 0)
// True when [o] carries a collector header: its type is MN_TPFLAG_GC, except for static
// type objects (instances of type, but not allocated, so with no header).
#define MN_IS_GC(o)                                                         \
    (MN_TYPE_HAS_FLAG(MN_TYPE(o), MN_TPFLAG_GC) &&                          \
     (MN_TYPE(o) != &mn_type_type || MN_TYPE_HAS_FLAG((MnType *)(o), MN_TPFLAG_HEAPTYPE)))

/* ==== generic protocols (runtime/object.c) ==== */

// repr(o). -> new str, or NULL.
MnObject *mn_object_repr(MnObject *o);
// str(o). -> new str, or NULL.
MnObject *mn_object_str(MnObject *o);
// ascii(o). -> new str, or NULL.
MnObject *mn_object_ascii(MnObject *o);
// format(o, spec): calls __format__. [spec] is a str or NULL (""). -> new str, or NULL.
MnObject *mn_object_format(MnObject *o, MnObject *spec);
// hash(o). -> hash, or -1 with TypeError ("unhashable type: 'list'") or another error.
intptr_t mn_object_hash(MnObject *o);
// Rich comparison with reflection and identity defaults for ==/!=. -> new reference, or NULL.
MnObject *mn_object_richcompare(MnObject *a, MnObject *b, int op);
// As mn_object_richcompare but as a truth value; identity implies equality for MN_EQ/MN_NE.
// -> 1, 0, or -1 with an exception set.
int mn_object_richcompare_bool(MnObject *a, MnObject *b, int op);
// Truth value. -> 1, 0, or -1.
int mn_object_is_true(MnObject *o);
// getattr(o, name). [name] is a str. -> new reference, or NULL with AttributeError set.
MnObject *mn_object_getattr(MnObject *o, MnObject *name);
// getattr with a C string name. -> new reference, or NULL.
MnObject *mn_object_getattr_str(MnObject *o, const char *name);
// As mn_object_getattr, but a missing attribute is not an error: *result is NULL and the
// AttributeError is cleared. -> 1 found, 0 missing, -1 error.
int mn_object_lookup_attr(MnObject *o, MnObject *name, MnObject **result);
// setattr / delattr ([value] NULL). -> 0, or -1.
int mn_object_setattr(MnObject *o, MnObject *name, MnObject *value);
int mn_object_setattr_str(MnObject *o, const char *name, MnObject *value);
// object.__getattribute__: type MRO data descriptors, instance dict, non-data descriptors.
MnObject *mn_object_generic_getattr(MnObject *o, MnObject *name);
// object.__setattr__ / __delattr__.
int mn_object_generic_setattr(MnObject *o, MnObject *name, MnObject *value);
// Address of the instance __dict__ pointer of [o], or NULL if its type has none.
MnObject **mn_object_dict_ptr(MnObject *o);
// As mn_object_dict_ptr, first moving inline attribute values into a (split) dict, as
// reading obj.__dict__ does. -> slot (NULL: no __dict__); *slot NULL after a memory error.
MnObject **mn_object_materialized_dict_ptr(MnObject *o);
// Calls [callable] with the one calling convention (see mn_callfunc). -> new reference, or NULL.
MnObject *mn_object_call(MnObject *callable, MnObject *const *args, intptr_t nargs,
                         MnObject *kwnames);
// Calls with a tuple of positional arguments and a dict of keywords (either may be NULL).
MnObject *mn_object_call_tuple_dict(MnObject *callable, MnObject *args, MnObject *kwargs);
// Calls with no arguments / one argument.
MnObject *mn_object_call_noargs(MnObject *callable);
MnObject *mn_object_call_one(MnObject *callable, MnObject *arg);
// Looks [name] up on the type of [self] and calls it as a method: self.name(*args).
// -> new reference, or NULL (AttributeError if missing).
MnObject *mn_object_call_method(MnObject *self, const char *name, MnObject *const *args,
                                intptr_t nargs);
// iter(o). -> new iterator, or NULL with TypeError ("'int' object is not iterable").
MnObject *mn_object_get_iter(MnObject *o);
// next(it). -> new reference; NULL with no exception set when exhausted; NULL with an
// exception set on error (a StopIteration raised by Python code is cleared and means exhausted).
MnObject *mn_iter_next(MnObject *it);
// len(o). -> length, or -1 with TypeError ("object of type 'int' has no len()").
intptr_t mn_object_length(MnObject *o);
// o[key], o[key] = value, del o[key] (value NULL).
MnObject *mn_object_getitem(MnObject *o, MnObject *key);
int mn_object_setitem(MnObject *o, MnObject *key, MnObject *value);
// item in o. -> 1, 0, or -1.
int mn_object_contains(MnObject *o, MnObject *item);
// isinstance / issubclass with tuples and __instancecheck__-free semantics. -> 1, 0, -1.
int mn_object_isinstance(MnObject *o, MnObject *cls);
int mn_object_issubclass(MnObject *derived, MnObject *cls);
// True when [a] is [b] or a subclass of it (walks the MRO). Never fails.
int mn_type_is_subtype(MnType *a, MnType *b);
// Binary and unary operators with CPython's dispatch (subclass first, reflected, NotImplemented).
// [op] is an MnBinOp. -> new reference, or NULL with TypeError
// ("unsupported operand type(s) for +: 'int' and 'str'").
MnObject *mn_number_binop(MnObject *a, MnObject *b, int op);
// In-place form (a += b): tries the in-place slot first.
MnObject *mn_number_inplace_binop(MnObject *a, MnObject *b, int op);
// pow(a, b, c) with c possibly mn_None.
MnObject *mn_number_power(MnObject *a, MnObject *b, MnObject *c);
MnObject *mn_number_negative(MnObject *o);
MnObject *mn_number_positive(MnObject *o);
MnObject *mn_number_invert(MnObject *o);
MnObject *mn_number_absolute(MnObject *o);
// operator.index(o): an int (exact or subclass) via __index__. -> new reference, or NULL with
// TypeError ("'float' object cannot be interpreted as an integer").
MnObject *mn_number_index(MnObject *o);
// mn_number_index then conversion to intptr_t; OverflowError ("cannot fit 'int' into an
// index-sized integer") if too big when [exc] is non-NULL, else clamped. -> -1 with error set.
intptr_t mn_number_as_ssize(MnObject *o, MnType *exc);
// int(o) / float(o) conversions used by the constructors. -> new reference, or NULL.
MnObject *mn_number_long(MnObject *o);
MnObject *mn_number_float(MnObject *o);

// The binary operators, in the order the compiler's BINARY_OP argument uses (CPython 3.11's
// NB_* order). Each in-place form is the plain one + MN_BINOP_INPLACE.
typedef enum MnBinOp {
    MN_BINOP_ADD, MN_BINOP_AND, MN_BINOP_FLOOR_DIVIDE, MN_BINOP_LSHIFT, MN_BINOP_MATMUL,
    MN_BINOP_MULTIPLY, MN_BINOP_REMAINDER, MN_BINOP_OR, MN_BINOP_POWER, MN_BINOP_RSHIFT,
    MN_BINOP_SUBTRACT, MN_BINOP_TRUE_DIVIDE, MN_BINOP_XOR,
    MN_BINOP_INPLACE = 13,
} MnBinOp;
// The operator's text for messages: "+", "//", "**" ... ("+=" for in-place).
const char *mn_binop_symbol(int op);

// One level of recursion, counted with Python frames against sys.getrecursionlimit() as
// CPython 3.11 counts C calls; [where] ends the message (" while calling a Python object").
// -> 0, or -1 with RecursionError set (then do not call mn_leave_recursive_call).
int mn_enter_recursive_call(const char *where);
void mn_leave_recursive_call(void);

// Repr recursion guard for containers ([...] / {...}). -> 0 entered, 1 already inside, -1 error.
int mn_repr_enter(MnObject *o);
void mn_repr_leave(MnObject *o);

#endif
