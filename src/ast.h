/*
 * src/ast.h - the abstract syntax tree, shaped like CPython's `ast` module.
 * Nodes live in an arena owned by the parse (freed at once with mn_ast_arena_free); they hold
 * no Python objects: literals are kept as text/bytes and turned into objects by the compiler.
 * The parser only builds nodes (no checks in parser actions); src/compile.c validates.
 * See also: grammar/parser.y (builds), src/symtable.c and src/compile.c (consume)
 */
#ifndef MN_AST_H
#define MN_AST_H

#include <stddef.h>
#include <stdint.h>

// X(kind): every node kind, statements then expressions then helpers.
#define MN_AST_KINDS(X)                                                         \
    /* roots */                                                                 \
    X(Module) X(Interactive) X(Expression)                                      \
    /* statements */                                                            \
    X(FunctionDef) X(ClassDef) X(Return) X(Delete) X(Assign) X(AugAssign)       \
    X(AnnAssign) X(For) X(While) X(If) X(With) X(Raise) X(Try) X(Assert)        \
    X(Import) X(ImportFrom) X(Global) X(Nonlocal) X(Expr) X(Pass) X(Break)      \
    X(Continue)                                                                 \
    /* expressions */                                                           \
    X(BoolOp) X(NamedExpr) X(BinOp) X(UnaryOp) X(Lambda) X(IfExp) X(Dict)       \
    X(Set) X(ListComp) X(SetComp) X(DictComp) X(GeneratorExp) X(Yield)          \
    X(YieldFrom) X(Compare) X(Call) X(FormattedValue) X(JoinedStr) X(Constant)  \
    X(Attribute) X(Subscript) X(Starred) X(Name) X(List) X(Tuple) X(Slice)      \
    /* helpers */                                                               \
    X(comprehension) X(ExceptHandler) X(arguments) X(arg) X(keyword) X(alias)   \
    X(withitem)

typedef enum AstKind {
#define MN_AST_ENUM(k) AST_##k,
    MN_AST_KINDS(MN_AST_ENUM)
#undef MN_AST_ENUM
    AST_KIND_COUNT
} AstKind;

// Name of a kind ("FunctionDef").
const char *mn_ast_kind_name(AstKind kind);

typedef enum AstCtx { AST_LOAD, AST_STORE, AST_DEL } AstCtx;
typedef enum AstBoolOp { AST_AND, AST_OR } AstBoolOp;
// Binary operators in CPython's ast order (Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift,
// RShift, BitOr, BitXor, BitAnd, FloorDiv). The compiler maps them onto MnBinOp.
typedef enum AstOperator {
    AST_ADD, AST_SUB, AST_MULT, AST_MATMULT, AST_DIV, AST_MOD, AST_POW, AST_LSHIFT,
    AST_RSHIFT, AST_BITOR, AST_BITXOR, AST_BITAND, AST_FLOORDIV
} AstOperator;
typedef enum AstUnaryOp { AST_INVERT, AST_NOT, AST_UADD, AST_USUB } AstUnaryOp;
typedef enum AstCmpOp {
    AST_EQ, AST_NOTEQ, AST_LT, AST_LTE, AST_GT, AST_GTE, AST_IS, AST_ISNOT, AST_IN, AST_NOTIN
} AstCmpOp;

// The literal kinds a Constant node can hold.
typedef enum AstConstKind {
    AST_CONST_NONE, AST_CONST_TRUE, AST_CONST_FALSE, AST_CONST_ELLIPSIS,
    AST_CONST_INT,      // text: digits with its base prefix (0x/0o/0b), underscores removed
    AST_CONST_FLOAT,    // text: as written, underscores removed ("1e5", "3.", ".5")
    AST_CONST_IMAG,     // text without the j (complex is outside the subset: compile error)
    AST_CONST_STR,      // UTF-8 of the decoded value (escapes resolved, may contain NUL)
    AST_CONST_BYTES,    // the decoded bytes
} AstConstKind;

typedef struct AstNode AstNode;

// A growable array of nodes (or of identifiers, for Global/Nonlocal names).
typedef struct AstSeq {
    intptr_t n;
    intptr_t cap;
    void **items;               // AstNode * or char * (arena-owned)
} AstSeq;

#define AST_SEQ_LEN(s) ((s) ? (s)->n : 0)
#define AST_SEQ_GET(s, i) ((AstNode *)(s)->items[i])

struct AstNode {
    AstKind kind;
    int lineno, col_offset;             // 1-based line, 0-based UTF-8 byte column
    int end_lineno, end_col_offset;
    // compiler's use: the MnObject * CPython's tree would hold for this node once folded
    // (borrowed; the compiler's tree list owns it)
    void *konst;
    union {
        // roots
        struct { AstSeq *body; } Module, Interactive;
        struct { AstNode *body; } Expression;
        // statements
        struct {
            const char *name; AstNode *args; AstSeq *body; AstSeq *decorator_list;
            AstNode *returns;
        } FunctionDef;
        struct {
            const char *name; AstSeq *bases; AstSeq *keywords; AstSeq *body;
            AstSeq *decorator_list;
        } ClassDef;
        struct { AstNode *value; } Return;              // value may be NULL
        struct { AstSeq *targets; } Delete;
        struct { AstSeq *targets; AstNode *value; } Assign;
        struct { AstNode *target; AstOperator op; AstNode *value; } AugAssign;
        struct { AstNode *target; AstNode *annotation; AstNode *value; int simple; } AnnAssign;
        struct { AstNode *target; AstNode *iter; AstSeq *body; AstSeq *orelse; } For;
        struct { AstNode *test; AstSeq *body; AstSeq *orelse; } While, If;
        struct { AstSeq *items; AstSeq *body; } With;
        struct { AstNode *exc; AstNode *cause; } Raise;  // both may be NULL
        struct {
            AstSeq *body; AstSeq *handlers; AstSeq *orelse; AstSeq *finalbody;
        } Try;
        struct { AstNode *test; AstNode *msg; } Assert;
        struct { AstSeq *names; } Import;               // of alias
        struct { const char *module; AstSeq *names; int level; } ImportFrom;
        struct { AstSeq *names; } Global, Nonlocal;     // of char *
        struct { AstNode *value; } Expr;
        // expressions
        struct { AstBoolOp op; AstSeq *values; } BoolOp;
        struct { AstNode *target; AstNode *value; } NamedExpr;
        struct { AstNode *left; AstOperator op; AstNode *right; } BinOp;
        struct { AstUnaryOp op; AstNode *operand; } UnaryOp;
        struct { AstNode *args; AstNode *body; } Lambda;
        struct { AstNode *test; AstNode *body; AstNode *orelse; } IfExp;
        struct { AstSeq *keys; AstSeq *values; } Dict;  // a NULL key means **value
        struct { AstSeq *elts; } Set;
        struct { AstNode *elt; AstSeq *generators; } ListComp, SetComp, GeneratorExp;
        struct { AstNode *key; AstNode *value; AstSeq *generators; } DictComp;
        struct { AstNode *value; } Yield, YieldFrom;    // Yield value may be NULL
        struct { AstNode *left; int nops; AstCmpOp *ops; AstSeq *comparators; } Compare;
        struct { AstNode *func; AstSeq *args; AstSeq *keywords; } Call;
        // conversion: -1 none, 's', 'r', 'a'; format_spec: a JoinedStr or NULL
        struct { AstNode *value; int conversion; AstNode *format_spec; } FormattedValue;
        struct { AstSeq *values; } JoinedStr;           // Constant(str) and FormattedValue
        struct {
            AstConstKind ckind; const char *s; size_t len;  // s: arena-owned, NUL-terminated
            int u_prefix;       // a str written u'...' (ast.dump shows kind='u')
        } Constant;
        struct { AstNode *value; const char *attr; AstCtx ctx; } Attribute;
        struct { AstNode *value; AstNode *slice; AstCtx ctx; } Subscript;
        struct { AstNode *value; AstCtx ctx; } Starred;
        struct { const char *id; AstCtx ctx; } Name;
        struct { AstSeq *elts; AstCtx ctx; } List, Tuple;
        struct { AstNode *lower; AstNode *upper; AstNode *step; } Slice;  // each may be NULL
        // helpers
        struct { AstNode *target; AstNode *iter; AstSeq *ifs; int is_async; } comprehension;
        struct { AstNode *type; const char *name; AstSeq *body; } ExceptHandler;
        struct {
            AstSeq *posonlyargs; AstSeq *args; AstNode *vararg; AstSeq *kwonlyargs;
            AstSeq *kw_defaults;    // one per kwonly arg; NULL entries for no default
            AstNode *kwarg; AstSeq *defaults;
        } arguments;
        struct { const char *arg; AstNode *annotation; } arg;
        struct { const char *arg; AstNode *value; } keyword;   // arg NULL means **value
        struct { const char *name; const char *asname; } alias; // asname may be NULL
        struct { AstNode *context_expr; AstNode *optional_vars; } withitem;
    } v;
};

/* ==== the arena ==== */

typedef struct AstArena AstArena;

// -> a new arena, or NULL on memory exhaustion.
AstArena *mn_ast_arena_new(void);
// Frees the arena and every node, sequence and string in it.
void mn_ast_arena_free(AstArena *arena);
// Zeroed memory from the arena. -> pointer, or NULL.
void *mn_ast_alloc(AstArena *arena, size_t size);
// Copies [len] bytes plus a NUL into the arena. -> pointer, or NULL.
char *mn_ast_strndup(AstArena *arena, const char *s, size_t len);
// A node of [kind] with the given position. -> node, or NULL.
AstNode *mn_ast_node(AstArena *arena, AstKind kind, int lineno, int col, int end_lineno,
                     int end_col);
// A new empty sequence. -> seq, or NULL.
AstSeq *mn_ast_seq_new(AstArena *arena);
// Appends [item] to [seq] (growing it in the arena). -> 0, or -1.
int mn_ast_seq_append(AstArena *arena, AstSeq *seq, void *item);

// Writes the tree as ast.dump() would (for tests and `mnemo -X dump-ast`) to stdout.
void mn_ast_dump(const AstNode *node);
// The same text as mn_ast_dump, without the newline.
// -> a malloc'ed string the caller frees, or NULL on memory exhaustion.
char *mn_ast_dump_str(const AstNode *node);
// The same with positions, as ast.dump(node, include_attributes=True).
// -> a malloc'ed string the caller frees, or NULL on memory exhaustion.
char *mn_ast_dump_attrs_str(const AstNode *node);

#endif
