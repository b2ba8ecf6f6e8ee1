/*
 * src/parse_string.c - string, bytes and f-string literals: prefixes, escape decoding,
 * adjacent-literal concatenation, and f-string replacement fields (whose expressions are
 * re-tokenized from the source and parsed by the same lemon grammar, see ps_parse_fexpr).
 * Values stay UTF-8 text in the AST (lone surrogates from \ud800 escapes are encoded as
 * three-byte sequences). Messages are CPython 3.11's.
 * See also: src/parse_build.c, src/parse.c, src/tokenizer.c (finds where literals end)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "parse_int.h"

typedef struct SBuf {
    char *p;
    size_t n, cap;
    int oom;
} SBuf;

static void
sb_put(SBuf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        while (cap < b->n + n + 1) {
            cap *= 2;
        }
        char *p = realloc(b->p, cap);
        if (p == NULL) {
            b->oom = 1;
            return;
        }
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = '\0';
}

static void
sb_char(SBuf *b, unsigned c, int bytes)
{
    char u[4];
    if (bytes || c < 0x80) {
        u[0] = (char)c;
        sb_put(b, u, 1);
    } else if (c < 0x800) {
        u[0] = (char)(0xc0 | (c >> 6));
        u[1] = (char)(0x80 | (c & 0x3f));
        sb_put(b, u, 2);
    } else if (c < 0x10000) {
        u[0] = (char)(0xe0 | (c >> 12));
        u[1] = (char)(0x80 | ((c >> 6) & 0x3f));
        u[2] = (char)(0x80 | (c & 0x3f));
        sb_put(b, u, 3);
    } else {
        u[0] = (char)(0xf0 | (c >> 18));
        u[1] = (char)(0x80 | ((c >> 12) & 0x3f));
        u[2] = (char)(0x80 | ((c >> 6) & 0x3f));
        u[3] = (char)(0x80 | (c & 0x3f));
        sb_put(b, u, 4);
    }
}

typedef struct Lit {
    MnToken *tok;
    int bytes, raw, fmt;
    const char *body, *body_end;
} Lit;

static void
lit_info(MnToken *t, Lit *l)
{
    l->tok = t;
    l->bytes = l->raw = l->fmt = 0;
    const char *p = t->start;
    while (*p != '\'' && *p != '"') {
        char c = *p++;
        if (c == 'b' || c == 'B') {
            l->bytes = 1;
        } else if (c == 'r' || c == 'R') {
            l->raw = 1;
        } else if (c == 'f' || c == 'F') {
            l->fmt = 1;
        }
    }
    l->body = p + t->sub;
    l->body_end = t->start + t->len - t->sub;
}

// An error at the end of the literal's token, as CPython places decoding errors.
static void
lit_error(ParseState *ps, Lit *l, const char *msg)
{
    MnToken *t = l->tok;
    ps_error(ps, MN_PERR_SYNTAX, msg, t->end_lineno, t->end_col, t->end_lineno, t->end_col);
}

static int
hexval(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

// Decodes [s]..[e] of literal [l] (escapes unless raw) onto [b]. -> 0, or -1.
static int
decode(ParseState *ps, Lit *l, const char *s, const char *e, SBuf *b)
{
    const char *start = s;
    while (s < e) {
        const char *run = s;
        while (s < e && *s != '\\') {
            if (l->bytes && (unsigned char)*s >= 0x80) {
                MnToken *t = l->tok;
                ps_error(ps, MN_PERR_SYNTAX, "bytes can only contain ASCII literal characters",
                         t->lineno, t->col, t->end_lineno, t->end_col);
                return -1;
            }
            s++;
        }
        sb_put(b, run, (size_t)(s - run));
        if (s >= e) {
            break;
        }
        if (l->raw) {
            sb_put(b, s, 1);
            s++;
            if (s < e) {
                // a raw backslash still protects the next character (and the newline)
                if ((unsigned char)*s >= 0x80 && l->bytes) {
                    continue;
                }
                sb_put(b, s, 1);
                s++;
            }
            continue;
        }
        const char *esc = s++;
        char c = *s++;
        unsigned v;
        int n;
        char msg[160];
        switch (c) {
        case '\n': break;
        case '\r': if (s < e && *s == '\n') { s++; } break;
        case '\\': sb_put(b, "\\", 1); break;
        case '\'': sb_put(b, "'", 1); break;
        case '"': sb_put(b, "\"", 1); break;
        case 'a': sb_put(b, "\a", 1); break;
        case 'b': sb_put(b, "\b", 1); break;
        case 'f': sb_put(b, "\f", 1); break;
        case 'n': sb_put(b, "\n", 1); break;
        case 'r': sb_put(b, "\r", 1); break;
        case 't': sb_put(b, "\t", 1); break;
        case 'v': sb_put(b, "\v", 1); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
            v = (unsigned)(c - '0');
            for (n = 1; n < 3 && s < e && *s >= '0' && *s <= '7'; n++) {
                v = v * 8 + (unsigned)(*s++ - '0');
            }
            sb_char(b, l->bytes ? (v & 0xff) : v, l->bytes);
            break;
        case 'x':
        case 'u':
        case 'U': {
            if (l->bytes && c != 'x') {
                sb_put(b, esc, 2);
                break;
            }
            int want = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            v = 0;
            for (n = 0; n < want && s < e && hexval(*s) >= 0; n++) {
                v = v * 16 + (unsigned)hexval(*s++);
            }
            if (n < want) {
                if (l->bytes) {
                    snprintf(msg, sizeof msg, "(value error) invalid \\x escape at position %d",
                             (int)(esc - start));
                } else {
                    snprintf(msg, sizeof msg, "(unicode error) 'unicodeescape' codec can't "
                             "decode bytes in position %d-%d: truncated \\%c%s escape",
                             (int)(esc - start), (int)(s - start) - 1, c,
                             c == 'x' ? "XX" : c == 'u' ? "XXXX" : "XXXXXXXX");
                }
                lit_error(ps, l, msg);
                return -1;
            }
            if (v > 0x10ffff) {
                snprintf(msg, sizeof msg, "(unicode error) 'unicodeescape' codec can't decode "
                         "bytes in position %d-%d: illegal Unicode character",
                         (int)(esc - start), (int)(s - start) - 1);
                lit_error(ps, l, msg);
                return -1;
            }
            sb_char(b, v, l->bytes);
            break;
        }
        case 'N':
            if (!l->bytes) {
                lit_error(ps, l, "\\N escapes are not supported by mnemo");
                return -1;
            }
            sb_put(b, esc, 2);
            break;
        default:
            // unknown escapes keep the backslash
            sb_put(b, esc, (size_t)(s - esc));
            break;
        }
    }
    return 0;
}

static AstNode *
str_const(ParseState *ps, SBuf *b, int bytes, int l0, int c0, int l1, int c1)
{
    AstNode *n = ps_node(ps, AST_Constant, l0, c0, l1, c1);
    n->v.Constant.ckind = bytes ? AST_CONST_BYTES : AST_CONST_STR;
    char *s = mn_ast_strndup(ps->arena, b->p ? b->p : "", b->n);
    n->v.Constant.s = s ? s : "";
    n->v.Constant.len = s ? b->n : 0;
    return n;
}

/* ==== f-strings ==== */

typedef struct FCtx {
    ParseState *ps;
    Lit *lit;
    int l0, c0, l1, c1;         // the extent of the whole JoinedStr
    SBuf pending;               // literal text not yet emitted
} FCtx;

static void
flush(FCtx *f, AstSeq *values)
{
    if (f->pending.n > 0) {
        ps_append(f->ps, values, str_const(f->ps, &f->pending, 0, f->l0, f->c0, f->l1, f->c1));
        f->pending.n = 0;
    }
}

// The source line start and line number of byte [p] inside the literal's token.
static void
locate(Lit *l, const char *p, int *lineno, const char **line_start)
{
    MnToken *t = l->tok;
    int line = t->lineno;
    const char *ls = t->start - t->col;
    for (const char *q = t->start; q < p; q++) {
        if (*q == '\n' || (*q == '\r' && q[1] != '\n')) {
            line++;
            ls = q + 1;
        }
    }
    *lineno = line;
    *line_start = ls;
}

static const char *parse_fbody(FCtx *f, const char *s, const char *e, AstSeq *values,
                               int depth, int in_spec);

static const char *
f_fail(FCtx *f, const char *msg)
{
    lit_error(f->ps, f->lit, msg);
    return NULL;
}

// Finds the end of a replacement field's expression starting at [s]. -> its end, or NULL.
static const char *
scan_expr(FCtx *f, const char *s, const char *e)
{
    char stack[MN_MAX_LEVEL];
    int depth = 0;
    while (s < e) {
        char c = *s;
        if (c == '\\') {
            return f_fail(f, "f-string expression part cannot include a backslash");
        }
        if (c == '\'' || c == '"') {
            int triple = s + 2 < e && s[1] == c && s[2] == c;
            const char *q = s + (triple ? 3 : 1);
            for (;;) {
                if (q >= e) {
                    return f_fail(f, "f-string: unterminated string");
                }
                if (*q == '\\') {
                    return f_fail(f, "f-string expression part cannot include a backslash");
                }
                if (*q == c && (!triple || (q + 2 < e && q[1] == c && q[2] == c))) {
                    s = q + (triple ? 3 : 1);
                    break;
                }
                q++;
            }
            continue;
        }
        if (c == '#') {
            return f_fail(f, "f-string expression part cannot include '#'");
        }
        if (c == '(' || c == '[' || c == '{') {
            if (depth >= MN_MAX_LEVEL) {
                return f_fail(f, "f-string: too many nested parenthesis");
            }
            stack[depth++] = c;
        } else if (c == ')' || c == ']' || (c == '}' && depth > 0)) {
            if (depth == 0) {
                char msg[64];
                snprintf(msg, sizeof msg, "f-string: unmatched '%c'", c);
                return f_fail(f, msg);
            }
            char o = stack[--depth];
            if ((o == '(' && c != ')') || (o == '[' && c != ']') || (o == '{' && c != '}')) {
                char msg[96];
                snprintf(msg, sizeof msg, "f-string: closing parenthesis '%c' does not match "
                         "opening parenthesis '%c'", c, o);
                return f_fail(f, msg);
            }
        } else if (depth == 0) {
            if (c == '}' || c == ':') {
                return s;
            }
            if (c == '!' && !(s + 1 < e && s[1] == '=')) {
                return s;
            }
            if (c == '!' || ((c == '=' || c == '<' || c == '>') && s + 1 < e && s[1] == '=')) {
                s += 2;
                continue;
            }
            if (c == '=') {
                return s;
            }
        }
        s++;
    }
    if (depth > 0) {
        return f_fail(f, "f-string: expecting '}'");
    }
    return s;
}

// Parses one replacement field after its '{' at [s]. -> the position after its '}'.
static const char *
parse_field(FCtx *f, const char *s, const char *e, AstSeq *values, int depth)
{
    ParseState *ps = f->ps;
    if (depth >= 2) {
        return f_fail(f, "f-string: expressions nested too deeply");
    }
    const char *xs = s, *xe = scan_expr(f, s, e);
    if (xe == NULL) {
        return NULL;
    }
    const char *p = xs;
    while (p < xe && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f')) {
        p++;
    }
    if (p == xe) {
        if (xe >= e) {
            return f_fail(f, "f-string: expecting '}'");
        }
        return f_fail(f, "f-string: empty expression not allowed");
    }
    if (xe >= e) {
        return f_fail(f, "f-string: expecting '}'");
    }
    int lineno;
    const char *ls;
    locate(f->lit, xs, &lineno, &ls);
    AstNode *expr = ps_parse_fexpr(ps, xs, xe, lineno, ls);
    if (expr == NULL) {
        return NULL;
    }
    s = xe;
    int conversion = -1, debug = 0;
    if (*s == '=') {
        debug = 1;
        s++;
        sb_put(&f->pending, xs, (size_t)(s - xs));
        while (s < e && (*s == ' ' || *s == '\t')) {
            sb_put(&f->pending, s, 1);
            s++;
        }
    }
    if (s < e && *s == '!') {
        s++;
        if (s >= e) {
            return f_fail(f, "f-string: expecting '}'");
        }
        if (*s != 's' && *s != 'r' && *s != 'a') {
            return f_fail(f, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        }
        conversion = *s++;
        if (s < e && *s != '}' && *s != ':') {
            return f_fail(f, "f-string: expecting '}'");
        }
    }
    AstNode *spec = NULL;
    if (s < e && *s == ':') {
        s++;
        AstSeq *sv = ps_seq(ps);
        SBuf saved = f->pending;
        memset(&f->pending, 0, sizeof f->pending);
        s = parse_fbody(f, s, e, sv, depth + 1, 1);
        flush(f, sv);
        free(f->pending.p);
        f->pending = saved;
        if (s == NULL) {
            return NULL;
        }
        spec = ps_node(ps, AST_JoinedStr, f->l0, f->c0, f->l1, f->c1);
        spec->v.JoinedStr.values = sv;
    }
    if (s >= e || *s != '}') {
        return f_fail(f, "f-string: expecting '}'");
    }
    if (debug && conversion == -1 && spec == NULL) {
        conversion = 'r';
    }
    flush(f, values);
    AstNode *fv = ps_node(ps, AST_FormattedValue, f->l0, f->c0, f->l1, f->c1);
    fv->v.FormattedValue.value = expr;
    fv->v.FormattedValue.conversion = conversion;
    fv->v.FormattedValue.format_spec = spec;
    ps_append(ps, values, fv);
    return s + 1;
}

// Parses literal text and fields from [s] up to [e] (or, in a format spec, up to the '}'
// that ends the field). -> where it stopped, or NULL on error.
static const char *
parse_fbody(FCtx *f, const char *s, const char *e, AstSeq *values, int depth, int in_spec)
{
    while (s < e) {
        const char *run = s;
        while (s < e && *s != '{' && *s != '}') {
            if (*s == '\\' && s + 1 < e && !f->lit->raw && s[1] != '{' && s[1] != '}') {
                s++;
            }
            s++;
        }
        if (s > run && decode(f->ps, f->lit, run, s, &f->pending) < 0) {
            return NULL;
        }
        if (s >= e) {
            break;
        }
        if (*s == '{') {
            if (!in_spec && s + 1 < e && s[1] == '{') {
                sb_put(&f->pending, "{", 1);
                s += 2;
                continue;
            }
            s = parse_field(f, s + 1, e, values, depth);
            if (s == NULL) {
                return NULL;
            }
        } else {
            if (in_spec) {
                return s;
            }
            if (s + 1 < e && s[1] == '}') {
                sb_put(&f->pending, "}", 1);
                s += 2;
                continue;
            }
            return f_fail(f, "f-string: single '}' is not allowed");
        }
    }
    return s;
}

/* ==== the literal list ==== */

PExpr
ps_strings(ParseState *ps, AstSeq *toks)
{
    MnToken *first = toks->items[0], *last = toks->items[toks->n - 1];
    int l0 = first->lineno, c0 = first->col, l1 = last->end_lineno, c1 = last->end_col;
    Lit l;
    int bytes = -1, fmt = 0;
    for (intptr_t i = 0; i < toks->n; i++) {
        lit_info(toks->items[i], &l);
        if (bytes >= 0 && bytes != l.bytes) {
            ps_error(ps, MN_PERR_SYNTAX, "cannot mix bytes and nonbytes literals", l1, c1, l1,
                     c1);
            return ps_wrap(ps_node(ps, AST_Constant, l0, c0, l1, c1), l0, c0, l1, c1);
        }
        bytes = l.bytes;
        fmt |= l.fmt;
    }
    if (!fmt) {
        SBuf b = {0};
        for (intptr_t i = 0; i < toks->n; i++) {
            lit_info(toks->items[i], &l);
            if (decode(ps, &l, l.body, l.body_end, &b) < 0) {
                break;
            }
        }
        AstNode *n = str_const(ps, &b, bytes, l0, c0, l1, c1);
        n->v.Constant.u_prefix = first->start[0] == 'u' || first->start[0] == 'U';
        free(b.p);
        return ps_expr(n);
    }
    FCtx f = {ps, &l, l0, c0, l1, c1, {0}};
    AstSeq *values = ps_seq(ps);
    for (intptr_t i = 0; i < toks->n; i++) {
        lit_info(toks->items[i], &l);
        if (l.fmt) {
            if (parse_fbody(&f, l.body, l.body_end, values, 0, 0) == NULL) {
                break;
            }
        } else if (decode(ps, &l, l.body, l.body_end, &f.pending) < 0) {
            break;
        }
    }
    flush(&f, values);
    free(f.pending.p);
    AstNode *n = ps_node(ps, AST_JoinedStr, l0, c0, l1, c1);
    n->v.JoinedStr.values = values;
    return ps_expr(n);
}
