/*
 * src/symtable.h - scopes and the binding of every name (local, global, nonlocal, cell, free),
 * computed from the AST before code generation, as CPython's symtable.c: function, class,
 * lambda and comprehension scopes; `__class__` cells for zero-argument super(); walrus
 * targets bound in the enclosing function; private name mangling.
 * See also: src/symtable.c, src/compile.c
 */
#ifndef MN_SYMTABLE_H
#define MN_SYMTABLE_H

#include "object.h"
#include "ast.h"

// Definition flags of a symbol.
enum {
    MN_DEF_GLOBAL = 1, MN_DEF_LOCAL = 2, MN_DEF_PARAM = 4, MN_DEF_NONLOCAL = 8, MN_DEF_USE = 16,
    MN_DEF_FREE_CLASS = 64, MN_DEF_IMPORT = 128, MN_DEF_COMP_ITER = 256,
};
#define MN_DEF_BOUND (MN_DEF_LOCAL | MN_DEF_PARAM | MN_DEF_IMPORT)

// Resolved scope of a symbol.
enum {
    MN_SCOPE_NONE = 0, MN_SCOPE_LOCAL, MN_SCOPE_GLOBAL_EXPLICIT, MN_SCOPE_GLOBAL_IMPLICIT,
    MN_SCOPE_FREE, MN_SCOPE_CELL,
};

typedef enum MnBlockType { MN_BLOCK_MODULE, MN_BLOCK_FUNCTION, MN_BLOCK_CLASS } MnBlockType;

typedef struct MnSymbol {
    const char *name;           // borrowed (AST arena or the table's pool)
    int flags;
    int scope;
    const AstNode *decl;        // borrowed: the global/nonlocal statement, or NULL
} MnSymbol;

typedef struct MnScope {
    MnBlockType type;
    const char *name;           // borrowed
    const AstNode *node;        // borrowed: FunctionDef, Lambda, ClassDef, comprehension, root
    MnSymbol *syms;             // owned array
    int nsyms, capsyms;
    int *index;                 // owned open-addressing table of symbol indices
    int indexcap;
    struct MnScope **children;  // owned array of owned scopes
    int nchildren, capchildren;
    struct MnScope *parent;     // borrowed
    const char **params;        // owned array of borrowed names, in order
    int nparams, capparams;
    int is_generator, is_comprehension, is_lambda, is_nested;
    int has_free, child_free, needs_class_closure;
    int comp_iter_expr;         // visiting the iterable of a comprehension
    const char *private_name;   // borrowed: class name for mangling, or NULL
    int lineno, col;
} MnScope;

typedef struct MnSymtable {
    MnScope *top;               // owned: the module scope
    MnScope *cur;               // borrowed during building
    MnObject *filename;         // borrowed
    char **pool;                // owned strings (mangled names)
    int npool, cappool;
    int depth, depth_limit;     // nesting of visited nodes, as CPython 3.11 limits it
} MnSymtable;

// Builds the table for [root] (Module, Interactive or Expression). -> 0, or -1 with
// SyntaxError (or MemoryError) set.
int mn_symtable_build(MnSymtable *st, AstNode *root, MnObject *filename);
// Frees everything the table owns.
void mn_symtable_free(MnSymtable *st);
// The child scope of [parent] made for [node]. -> scope (borrowed), or NULL.
MnScope *mn_symtable_child(MnScope *parent, const AstNode *node);
// The symbol [name] of [scope]. -> symbol (borrowed), or NULL.
MnSymbol *mn_symtable_lookup(MnScope *scope, const char *name);
// The scope (MN_SCOPE_*) of [name] in [scope] (0 if unknown).
int mn_symtable_scope_of(MnScope *scope, const char *name);
// Private name mangling: __x inside class C becomes _C__x. [buf] gets the result when mangled.
// -> [name] or [buf].
const char *mn_symtable_mangle(const char *private_name, const char *name, char *buf,
                               size_t size);
// Raises SyntaxError [msg] at the position of [node] (may be NULL) in [filename]. -> -1.
int mn_symtable_error(MnObject *filename, const AstNode *node, const char *msg);

#endif
