/*
 * src/ast.c - the AST arena, node constructors and mn_ast_dump (ast.dump()'s text).
 * Everything a parse allocates lives in one arena of chained blocks, freed at once.
 * The dumper writes into a growable buffer so tests can compare with python3's ast.dump.
 * See also: src/ast.h, grammar/parser.y (builds the tree), src/parse.c
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ast.h"

/* ==== kind names ==== */

static const char *const kind_names[] = {
#define MN_AST_NAME(k) #k,
    MN_AST_KINDS(MN_AST_NAME)
#undef MN_AST_NAME
};

const char *
mn_ast_kind_name(AstKind kind)
{
    if ((int)kind < 0 || kind >= AST_KIND_COUNT) {
        return "?";
    }
    return kind_names[kind];
}

/* ==== the arena ==== */

typedef struct ArenaBlock {
    struct ArenaBlock *next;    // owned
    size_t used, size;
    _Alignas(16) unsigned char data[];
} ArenaBlock;

struct AstArena {
    ArenaBlock *head;           // owned: the block being filled, then older ones
};

#define ARENA_BLOCK 65536

static ArenaBlock *
arena_block(size_t size)
{
    ArenaBlock *b = malloc(sizeof(ArenaBlock) + size);
    if (b == NULL) {
        return NULL;
    }
    b->next = NULL;
    b->used = 0;
    b->size = size;
    return b;
}

AstArena *
mn_ast_arena_new(void)
{
    AstArena *a = malloc(sizeof(AstArena));
    if (a == NULL) {
        return NULL;
    }
    a->head = arena_block(ARENA_BLOCK);
    if (a->head == NULL) {
        free(a);
        return NULL;
    }
    return a;
}

void
mn_ast_arena_free(AstArena *arena)
{
    if (arena == NULL) {
        return;
    }
    ArenaBlock *b = arena->head;
    while (b != NULL) {
        ArenaBlock *next = b->next;
        free(b);
        b = next;
    }
    free(arena);
}

static void *
arena_raw(AstArena *arena, size_t size)
{
    size = (size + 15) & ~(size_t)15;
    ArenaBlock *b = arena->head;
    if (b->used + size > b->size) {
        if (size > ARENA_BLOCK / 4) {
            // a big request gets its own block behind the current one
            ArenaBlock *big = arena_block(size);
            if (big == NULL) {
                return NULL;
            }
            big->used = size;
            big->next = b->next;
            b->next = big;
            return big->data;
        }
        b = arena_block(ARENA_BLOCK);
        if (b == NULL) {
            return NULL;
        }
        b->next = arena->head;
        arena->head = b;
    }
    void *p = b->data + b->used;
    b->used += size;
    return p;
}

void *
mn_ast_alloc(AstArena *arena, size_t size)
{
    void *p = arena_raw(arena, size);
    if (p != NULL) {
        memset(p, 0, size);
    }
    return p;
}

char *
mn_ast_strndup(AstArena *arena, const char *s, size_t len)
{
    char *p = arena_raw(arena, len + 1);
    if (p == NULL) {
        return NULL;
    }
    if (len > 0) {
        memcpy(p, s, len);
    }
    p[len] = '\0';
    return p;
}

AstNode *
mn_ast_node(AstArena *arena, AstKind kind, int lineno, int col, int end_lineno, int end_col)
{
    AstNode *n = mn_ast_alloc(arena, sizeof(AstNode));
    if (n == NULL) {
        return NULL;
    }
    n->kind = kind;
    n->lineno = lineno;
    n->col_offset = col;
    n->end_lineno = end_lineno;
    n->end_col_offset = end_col;
    return n;
}

AstSeq *
mn_ast_seq_new(AstArena *arena)
{
    return mn_ast_alloc(arena, sizeof(AstSeq));
}

int
mn_ast_seq_append(AstArena *arena, AstSeq *seq, void *item)
{
    if (seq->n == seq->cap) {
        intptr_t cap = seq->cap ? seq->cap * 2 : 4;
        void **items = arena_raw(arena, (size_t)cap * sizeof(void *));
        if (items == NULL) {
            return -1;
        }
        if (seq->n > 0) {
            memcpy(items, seq->items, (size_t)seq->n * sizeof(void *));
        }
        seq->items = items;
        seq->cap = cap;
    }
    seq->items[seq->n++] = item;
    return 0;
}
