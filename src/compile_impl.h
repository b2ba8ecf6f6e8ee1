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
    int mode;
    int interactive;
} Compiler;

/* compile.c */
int cu_emit(Compiler *c, int op, int arg);
int cu_emit_jump(Compiler *c, int op, int label);
int cu_new_label(Compiler *c);
void cu_use_label(Compiler *c, int label);
int cu_add_const(Compiler *c, MnObject *o);             // borrows o; -> index or -1
int cu_emit_const(Compiler *c, MnObject *o);            // borrows o
int cu_add_name(Compiler *c, const char *name);         // mangled; -> index or -1
int cu_add_name_obj(MnObject *list, MnObject *map, MnObject *name);
int cu_nameop(Compiler *c, const char *name, AstCtx ctx);
int cu_error(Compiler *c, const AstNode *node, const char *msg);
int cu_enter(Compiler *c, int kind, const char *name, const AstNode *node, int lineno);
MnObject *cu_exit(Compiler *c);                         // -> new code object, or NULL
int cu_make_closure(Compiler *c, MnObject *code, int flags);
int cu_stmts(Compiler *c, AstSeq *body);
int cu_emit_cache(Compiler *c);
int cu_function_body(Compiler *c, AstNode *node, const char *name, AstNode *args, AstSeq *body,
                     AstNode *lambda_body, int *flags);
int cu_module(Compiler *c, AstNode *root);
int cu_defaults(Compiler *c, AstNode *args, int *flags);
MnObject *cu_mangled_str(Compiler *c, const char *name);

/* compile_expr.c */
int cu_expr(Compiler *c, AstNode *e);
int cu_jump_if(Compiler *c, AstNode *e, int label, int cond);
int cu_store_target(Compiler *c, AstNode *t);
int cu_call_helper(Compiler *c, int n, AstSeq *args, AstSeq *keywords);
int cu_const_value(Compiler *c, AstNode *e, MnObject **out);   // 1 const, 0 not, -1 error
MnObject *cu_literal(Compiler *c, AstNode *e);                  // Constant node -> new ref
int cu_visit_annexpr(Compiler *c, AstNode *e);
MnObject *cu_merge_const(Compiler *c, MnObject *o);             // new ref to canonical
MnObject *cu_const_key(MnObject *o);                            // new ref

/* compile_asm.c */
MnObject *cu_assemble(Compiler *c, Unit *u);
int mn_opcode_stack_effect(int op, int arg, int jump);

#endif
