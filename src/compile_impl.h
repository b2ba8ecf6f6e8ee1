/*
 * src/compile_impl.h - what the compiler's files share: the compilation unit (one per scope
 * being compiled), the instruction buffer with labels, the frame-block stack used to unwind
 * through loops, try and with on break/continue/return.
 * See also: src/compile.c, src/compile_expr.c, src/compile_asm.c
 */
#ifndef MN_COMPILE_IMPL_H
#define MN_COMPILE_IMPL_H

#include "mnemo.h"
#include "ast.h"
#include "opcodes.h"
#include "symtable.h"
#include "code.h"

typedef struct CInstr {
    int op;
    int arg;
    int target;                 // label, or -1
    int line;
} CInstr;

enum {
    FB_WHILE_LOOP, FB_FOR_LOOP, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END, FB_WITH,
    FB_HANDLER_CLEANUP, FB_POP_VALUE, FB_EXCEPTION_HANDLER,
};

typedef struct FBlock {
    int type;
    int start, exit;            // labels
    const void *datum;          // finally body (AstSeq *) or handler name (const char *)
} FBlock;

#define MAX_FBLOCKS 20

enum { U_MODULE, U_CLASS, U_FUNCTION, U_LAMBDA, U_COMPREHENSION };

typedef struct Unit {
    MnScope *ste;               // borrowed
    struct Unit *parent;        // borrowed
    int kind;                   // U_*
    CInstr *code;               // owned
    int n, cap;
    int *labels;                // owned: label -> instruction index
    int nlabels, caplabels;
    MnObject *consts;           // owned list
    MnObject *const_map;        // owned dict: constant key -> index
    MnObject *names;            // owned list
    MnObject *names_map;        // owned dict
    MnObject *varnames;         // owned list
    MnObject *varnames_map;     // owned dict
    MnObject *cellvars;         // owned list
    MnObject *freevars;         // owned list
    MnObject *name;             // owned str
    MnObject *qualname;         // owned str
    int argcount, posonly, kwonly, flags, firstlineno;
    int line;
    FBlock fb[MAX_FBLOCKS];
    int nfb;
    int ncache;
    const char *private_name;   // borrowed
} Unit;

typedef struct Compiler {
    MnSymtable st;
    MnObject *filename;         // borrowed
    Unit *u;                    // owned chain
    MnObject *const_cache;      // owned dict: key -> canonical constant
    MnObject *tree;             // owned list: the objects CPython's syntax tree would hold
    int mode;
    int interactive;
} Compiler;

/* compile.c: emission, tables, units. Each int result is 0 (or an index), or -1 with an
   exception set. */
// Appends an instruction with the current line. -> 0, or -1.
int cu_emit(Compiler *c, int op, int arg);
// Appends a jump to [label]. -> 0, or -1.
int cu_emit_jump(Compiler *c, int op, int label);
// A fresh label. -> label, or -1.
int cu_new_label(Compiler *c);
// Binds [label] to the next instruction.
void cu_use_label(Compiler *c, int label);
// Index of [o] (borrowed) in the unit's constants, merged module-wide. -> index, or -1.
int cu_add_const(Compiler *c, MnObject *o);
// LOAD_CONST of [o] (borrowed). -> 0, or -1.
int cu_emit_const(Compiler *c, MnObject *o);
// Index of the mangled [name] in co_names. -> index, or -1.
int cu_add_name(Compiler *c, const char *name);
// Index of [name] (a str) in [list], adding it; [map] maps names to indices. -> index, or -1.
int cu_add_name_obj(MnObject *list, MnObject *map, MnObject *name);
// Load/store/delete of a variable with the op its scope needs. -> 0, or -1.
int cu_nameop(Compiler *c, const char *name, AstCtx ctx);
// Raises SyntaxError [msg] at [node]. -> -1.
int cu_error(Compiler *c, const AstNode *node, const char *msg);
// Starts a unit for [node] (its symbol-table scope), emitting the prologue. -> 0, or -1.
int cu_enter(Compiler *c, int kind, const char *name, const AstNode *node, int lineno);
// Assembles and pops the current unit. -> new code object, or NULL.
MnObject *cu_exit(Compiler *c);
// Closure tuple (if any), LOAD_CONST [code], MAKE_FUNCTION [flags]. -> 0, or -1.
int cu_make_closure(Compiler *c, MnObject *code, int flags);
// Compiles statements. -> 0, or -1.
int cu_stmts(Compiler *c, AstSeq *body);
// A CACHE word for the preceding instruction. -> 0, or -1.
int cu_emit_cache(Compiler *c);
// Compiles a function or lambda body and emits its MAKE_FUNCTION. -> 0, or -1.
int cu_function_body(Compiler *c, AstNode *node, const char *name, AstNode *args, AstSeq *body,
                     AstNode *lambda_body, int *flags);
// Compiles the root node into the module unit. -> 0, or -1.
int cu_module(Compiler *c, AstNode *root);
// Emits defaults and keyword-only defaults, setting MAKE_FUNCTION [flags]. -> 0, or -1.
int cu_defaults(Compiler *c, AstNode *args, int *flags);
// The interned, mangled str for [name]. -> new reference, or NULL.
MnObject *cu_mangled_str(Compiler *c, const char *name);

/* compile_expr.c */
// Compiles an expression leaving its value on the stack. -> 0, or -1.
int cu_expr(Compiler *c, AstNode *e);
// Jumps to [label] when the truth of [e] equals [cond]. -> 0, or -1.
int cu_jump_if(Compiler *c, AstNode *e, int label, int cond);
// Stores the top of the stack into the target [t]. -> 0, or -1.
int cu_store_target(Compiler *c, AstNode *t);
// Pushes the arguments and emits CALL / CALL_FUNCTION_EX; [n] values are already pushed.
// -> 0, or -1.
int cu_call_helper(Compiler *c, int n, AstSeq *args, AstSeq *keywords);
// Folds [e] to a constant. -> 1 (*out new), 0 not constant, -1 error.
int cu_const_value(Compiler *c, AstNode *e, MnObject **out);
// Folds a list or set display of constants iterated or tested with `in` into the tuple or
// frozenset constant CPython's optimizer makes of it. -> 0, or -1.
int cu_fold_iter(Compiler *c, AstNode *e);
// The object for a Constant node. -> new reference, or NULL (SyntaxError for complex).
MnObject *cu_literal(Compiler *c, AstNode *e);
// The canonical object equal to [o] in this compilation. -> new reference, or NULL.
MnObject *cu_merge_const(Compiler *c, MnObject *o);
// Interns the identifier-like strings of the constant at [p], inside tuples too.
void cu_intern_const(MnObject **p);
// The key constants are merged by: (type, value) with -0.0 and tuples handled. -> new, or NULL.
MnObject *cu_const_key(MnObject *o);

/* compile_asm.c */
// Builds the code object of [u]. -> new reference, or NULL.
MnObject *cu_assemble(Compiler *c, Unit *u);
// Stack effect of [op] with [arg] on the fallthrough ([jump] 0) or branch ([jump] 1) path.
int mn_opcode_stack_effect(int op, int arg, int jump);

#endif
