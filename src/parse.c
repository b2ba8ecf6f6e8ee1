/*
 * src/parse.c - mn_parse: checks the source (NUL bytes, UTF-8), runs the tokenizer into the
 * lemon parser, and turns a parse failure into CPython 3.11's SyntaxError message and
 * position (expected ':', indented blocks, unclosed brackets, missing commas, '=' in
 * conditions, ...). Also parses f-string expressions with the same grammar.
 * See also: src/parse.h, src/tokenizer.c, grammar/parser.y, src/parse_build.c
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "parse_int.h"
#include "parser.h"

void *mn_parserAlloc(void *(*alloc)(size_t));
void mn_parserFree(void *p, void (*freeproc)(void *));
void mn_parser(void *p, int major, MnToken minor, ParseState *ps);

/* ==== errors ==== */

void
mn_parse_error_clear(MnParseError *err)
{
    free(err->text);
    memset(err, 0, sizeof *err);
}

void *
ps_error(ParseState *ps, MnParseErrorKind kind, const char *msg, int l0, int c0, int l1, int c1)
{
    if (ps->failed) {
        return NULL;
    }
    ps->failed = 1;
    const char *line = mn_source_line(ps->buf, ps->end, l0);
    const char *eline = mn_source_line(ps->buf, ps->end, l1);
    int off = line ? mn_utf8_columns(line, c0) + 1 : c0 + 1;
    int eoff = eline ? mn_utf8_columns(eline, c1) + 1 : c1 + 1;
    mn_tokenizer_error_at(ps->err, kind, msg, ps->buf, ps->end, l0, off, l1, eoff);
    return NULL;
}

void *
ps_error_expr(ParseState *ps, const char *msg, PExpr e)
{
    return ps_error(ps, MN_PERR_SYNTAX, msg, e.l0, e.c0, e.l1, e.c1);
}

/* ==== source checks ==== */

// -> the length of the valid UTF-8 sequence at [s] (at most [n] bytes), or 0 with the
// CPython reason in [why].
static int
utf8_seq(const unsigned char *s, size_t n, const char **why)
{
    unsigned c = s[0];
    int len;
    unsigned min;
    if (c < 0x80) {
        return 1;
    } else if (c >= 0xc2 && c <= 0xdf) {
        len = 2;
        min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
        len = 3;
        min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
        len = 4;
        min = 0x10000;
    } else {
        *why = "invalid start byte";
        return 0;
    }
    unsigned v = c & (0xffu >> (len + 1));
    for (int i = 1; i < len; i++) {
        if ((size_t)i >= n) {
            *why = "unexpected end of data";
            return 0;
        }
        if ((s[i] & 0xc0) != 0x80) {
            *why = "invalid continuation byte";
            return 0;
        }
        v = (v << 6) | (s[i] & 0x3fu);
        if (i == 1 && ((len == 3 && v < (min >> 6)) || (len == 4 && v < (min >> 12)) ||
                       (len == 3 && v >= 0x360 && v <= 0x37f) ||
                       (len == 4 && v > 0x10f))) {
            *why = "invalid continuation byte";
            return 0;
        }
    }
    return len;
}

static int
check_source(const char *src, size_t len, MnParseError *err)
{
    const char *z = memchr(src, '\0', len);
    if (z != NULL) {
        int line = 1;
        for (const char *p = src; p < z; p++) {
            line += *p == '\n';
        }
        mn_tokenizer_error_at(err, MN_PERR_SYNTAX, "source code cannot contain null bytes",
                              src, z, line, 0, line, 0);
        return -1;
    }
    const unsigned char *s = (const unsigned char *)src;
    int line = 1;
    const unsigned char *ls = s;
    for (size_t i = 0; i < len;) {
        if (s[i] < 0x80) {
            if (s[i] == '\n') {
                line++;
                ls = s + i + 1;
            }
            i++;
            continue;
        }
        const char *why = NULL;
        int n = utf8_seq(s + i, len - i, &why);
        if (n == 0) {
            char msg[200];
            snprintf(msg, sizeof msg, "(unicode error) 'utf-8' codec can't decode byte 0x%02x "
                     "in position %d: %s", s[i], (int)(s + i - ls), why);
            mn_tokenizer_error_at(err, MN_PERR_SYNTAX, msg, src, src + len, line,
                                  (int)(s + i - ls) + 1, line, (int)(s + i - ls) + 1);
            return -1;
        }
        i += (size_t)n;
    }
    return 0;
}

/* ==== the driver ==== */

// The tokens of the current logical line, for error messages.
typedef struct History {
    MnToken *toks;              // owned (malloc)
    int n, cap;
    MnToken prev_first;         // the first token of the previous logical line
    MnToken prev_last;          // the last token before that line's NEWLINE
    int try_indent[MN_MAX_INDENT + 2];  // indentation of try blocks without a handler yet
    int ntry;
} History;

// Tracks try statements still waiting for except/finally, from the first token of each line.
static void
track_try(History *h, const MnToken *t, int indent)
{
    if (h->n != 0 || t->type == MN_TOK_INDENT || t->type == MN_TOK_DEDENT ||
        t->type == MN_TOK_NEWLINE) {
        return;
    }
    if ((t->type == MN_TOK_EXCEPT || t->type == MN_TOK_FINALLY) && h->ntry > 0 &&
        h->try_indent[h->ntry - 1] == indent) {
        h->ntry--;
    }
    while (h->ntry > 0 && h->try_indent[h->ntry - 1] > indent) {
        h->ntry--;
    }
    if (t->type == MN_TOK_TRY && h->ntry < MN_MAX_INDENT + 2) {
        h->try_indent[h->ntry++] = indent;
    }
}

static void
hist_push(History *h, const MnToken *t)
{
    if (t->type == MN_TOK_INDENT || t->type == MN_TOK_DEDENT) {
        return;
    }
    if (t->type == MN_TOK_NEWLINE && h->n > 0) {
        h->prev_first = h->toks[0];
        h->prev_last = h->toks[h->n - 1];
        h->n = 0;
        return;
    }
    if (h->n == h->cap) {
        int cap = h->cap ? h->cap * 2 : 64;
        MnToken *p = realloc(h->toks, sizeof(MnToken) * (size_t)cap);
        if (p == NULL) {
            return;
        }
        h->toks = p;
        h->cap = cap;
    }
    h->toks[h->n++] = *t;
}

static int
is_expr_end(int t)
{
    return t == MN_TOK_NAME || t == MN_TOK_NUMBER || t == MN_TOK_STRING || t == MN_TOK_RPAR ||
           t == MN_TOK_RSQB || t == MN_TOK_RBRACE || t == MN_TOK_TRUE || t == MN_TOK_FALSE ||
           t == MN_TOK_NONE || t == MN_TOK_ELLIPSIS;
}

static int
is_expr_start(int t)
{
    return t == MN_TOK_NAME || t == MN_TOK_NUMBER || t == MN_TOK_STRING || t == MN_TOK_LPAR ||
           t == MN_TOK_LSQB || t == MN_TOK_LBRACE || t == MN_TOK_TRUE || t == MN_TOK_FALSE ||
           t == MN_TOK_NONE || t == MN_TOK_ELLIPSIS || t == MN_TOK_LAMBDA ||
           t == MN_TOK_NOT || t == MN_TOK_TILDE;
}

static int
is_open(int t)
{
    return t == MN_TOK_LPAR || t == MN_TOK_LSQB || t == MN_TOK_LBRACE;
}

static int
is_close(int t)
{
    return t == MN_TOK_RPAR || t == MN_TOK_RSQB || t == MN_TOK_RBRACE;
}

// The index of the first token of the expression ending at history index [i].
static int
expr_start(History *h, int i)
{
    int depth = 0;
    for (; i >= 0; i--) {
        int t = h->toks[i].type;
        if (is_close(t)) {
            depth++;
        } else if (is_open(t)) {
            if (depth == 0) {
                return i + 1;
            }
            depth--;
        } else if (depth == 0 &&
                   (t == MN_TOK_COMMA || t == MN_TOK_COLON || t == MN_TOK_EQUAL ||
                    t == MN_TOK_COLONEQUAL || t == MN_TOK_IF || t == MN_TOK_ELSE ||
                    t == MN_TOK_FOR || t == MN_TOK_LAMBDA || t == MN_TOK_YIELD ||
                    t == MN_TOK_RETURN || t == MN_TOK_AS || t == MN_TOK_FROM ||
                    t == MN_TOK_SEMI || t == MN_TOK_DEL || t == MN_TOK_ASSERT ||
                    t == MN_TOK_RAISE || t == MN_TOK_IMPORT || t == MN_TOK_WHILE ||
                    t == MN_TOK_ELIF || t == MN_TOK_WITH || t == MN_TOK_IN)) {
            return i + 1;
        }
    }
    return 0;
}

// The end (line, byte column) of the expression starting with [tok]: scans ahead with a
// copy of the tokenizer over a simple atom with trailers.
static void
expr_end_ahead(MnTokenizer *tz, const MnToken *tok, int *l1, int *c1)
{
    MnTokenizer copy = *tz;
    MnParseError scratch = {0};
    copy.err = &scratch;
    *l1 = tok->end_lineno;
    *c1 = tok->end_col;
    int depth = is_open(tok->type) ? 1 : 0;
    MnToken t;
    for (int guard = 0; guard < 10000; guard++) {
        if (mn_tokenizer_next(&copy, &t) < 0 || t.type == MN_TOK_ENDMARKER) {
            break;
        }
        if (depth > 0) {
            depth += is_open(t.type) - is_close(t.type);
            *l1 = t.end_lineno;
            *c1 = t.end_col;
            continue;
        }
        if (t.type == MN_TOK_DOT) {
            if (mn_tokenizer_next(&copy, &t) < 0 || t.type != MN_TOK_NAME) {
                break;
            }
            *l1 = t.end_lineno;
            *c1 = t.end_col;
        } else if (t.type == MN_TOK_LPAR || t.type == MN_TOK_LSQB) {
            depth = 1;
        } else {
            break;
        }
    }
    mn_parse_error_clear(&scratch);
}

// -> 1 if the IF at history index [i] belongs to a comprehension (a FOR before it at the
// same bracket depth).
static int
comp_if(History *h, int i)
{
    int depth = 0;
    for (i--; i >= 0; i--) {
        int k = h->toks[i].type;
        if (is_close(k)) {
            depth++;
        } else if (is_open(k)) {
            if (depth-- == 0) {
                return 0;
            }
        } else if (depth == 0 && k == MN_TOK_FOR) {
            return 1;
        } else if (depth == 0 && k == MN_TOK_COMMA) {
            return 0;
        }
    }
    return 0;
}

static const char *
block_name(int t)
{
    switch (t) {
    case MN_TOK_IF: return "'if' statement";
    case MN_TOK_ELIF: return "'elif' statement";
    case MN_TOK_ELSE: return "'else' statement";
    case MN_TOK_WHILE: return "'while' statement";
    case MN_TOK_FOR: return "'for' statement";
    case MN_TOK_TRY: return "'try' statement";
    case MN_TOK_EXCEPT: return "'except' statement";
    case MN_TOK_FINALLY: return "'finally' statement";
    case MN_TOK_WITH: return "'with' statement";
    case MN_TOK_DEF: return "function definition";
    case MN_TOK_CLASS: return "class definition";
    default: return NULL;
    }
}

static void
err_tok(ParseState *ps, MnParseErrorKind kind, const char *msg, const MnToken *t)
{
    ps->failed = 0;
    ps_error(ps, kind, msg, t->lineno, t->col, t->end_lineno, t->end_col);
}

// Turns lemon's syntax error at [tok] into CPython's message and position.
// Inside a dict display ({ with a top-level ':' before the error), CPython's messages for a
// key without ':' and for a ':' without a value. -> 1 if it reported one.
static int
dict_key_error(ParseState *ps, History *h)
{
    int depth = 0, brace = -1;
    for (int i = h->n - 1; i >= 0; i--) {
        int k = h->toks[i].type;
        if (is_close(k)) {
            depth++;
        } else if (is_open(k) && depth-- == 0) {
            brace = k == MN_TOK_LBRACE ? i : -1;
            break;
        }
    }
    if (brace < 0 || h->n - 1 <= brace) {
        return 0;
    }
    int colons = 0, last_comma = brace, colon_in_item = 0;
    depth = 0;
    for (int i = brace + 1; i < h->n; i++) {
        int k = h->toks[i].type;
        if (is_open(k)) {
            depth++;
        } else if (is_close(k)) {
            depth--;
        } else if (depth == 0 && k == MN_TOK_COLON) {
            colons++;
            colon_in_item = 1;
        } else if (depth == 0 && k == MN_TOK_COMMA) {
            last_comma = i;
            colon_in_item = 0;
        } else if (depth == 0 && (k == MN_TOK_LAMBDA || k == MN_TOK_FOR)) {
            return 0;
        }
    }
    MnToken *last = &h->toks[h->n - 1];
    if (last->type == MN_TOK_COLON && colon_in_item) {
        ps->failed = 0;
        ps_error(ps, MN_PERR_SYNTAX, "expression expected after dictionary key and ':'",
                 last->lineno, last->col, last->lineno, last->col);
        ps->err->end_offset = ps->err->offset;
        return 1;
    }
    if (colons > 0 && !colon_in_item && last_comma < h->n - 1 && is_expr_end(last->type) &&
        h->toks[last_comma + 1].type != MN_TOK_DOUBLESTAR) {
        ps->failed = 0;
        ps_error(ps, MN_PERR_SYNTAX, "':' expected after dictionary key", last->end_lineno,
                 last->end_col - 1, last->end_lineno, last->end_col - 1);
        ps->err->end_offset = ps->err->offset;
        return 1;
    }
    return 0;
}

static void
report_syntax_error(ParseState *ps, MnTokenizer *tz, History *h, const MnToken *tok)
{
    char msg[160];
    int t = tok->type;
    if (t == MN_TOK_INDENT) {
        ps->failed = 0;
        int n = mn_utf8_columns(tok->start, (int)tok->len);
        ps_error(ps, MN_PERR_INDENTATION, "unexpected indent", tok->lineno, 0, tok->lineno, 0);
        ps->err->offset = n;
        ps->err->end_offset = -1;
        return;
    }
    // after "header:" NEWLINE there must be an INDENT
    if (h->n == 0 || (t == MN_TOK_DEDENT || t == MN_TOK_ENDMARKER)) {
        const char *what = block_name(h->prev_first.type);
        if (h->prev_last.type == MN_TOK_COLON && what != NULL && tz->last_type != 0) {
            int ln = h->prev_first.lineno;
            if (h->prev_first.type == MN_TOK_DEF || h->prev_first.type == MN_TOK_CLASS) {
                ln = h->prev_first.lineno;
            }
            snprintf(msg, sizeof msg, "expected an indented block after %s on line %d", what,
                     ln);
            MnToken at = *tok;
            if (t == MN_TOK_DEDENT || t == MN_TOK_ENDMARKER) {
                at.end_col = at.col;
            }
            err_tok(ps, MN_PERR_INDENTATION, msg, &at);
            if (t == MN_TOK_ENDMARKER || tz->done) {
                ps->err->kind = ps->err->kind;
            }
            return;
        }
    }
    // end of input inside brackets
    if (tz->level > 0 && (t == MN_TOK_NEWLINE || t == MN_TOK_ENDMARKER) &&
        tz->cur >= tz->end) {
        int i = tz->level - 1;
        snprintf(msg, sizeof msg, "'%c' was never closed", tz->parenstack[i]);
        ps->failed = 0;
        ps_error(ps, MN_PERR_SYNTAX, msg, tz->parenline[i], tz->parencol[i], tz->parenline[i],
                 tz->parencol[i]);
        ps->err->end_offset = 0;
        return;
    }
    int first = h->n > 0 ? h->toks[0].type : 0;
    if (h->ntry > 0 && h->try_indent[h->ntry - 1] >= tz->indent &&
        (h->n == 0 || t == MN_TOK_DEDENT || t == MN_TOK_ENDMARKER) &&
        t != MN_TOK_EXCEPT && t != MN_TOK_FINALLY) {
        if (t == MN_TOK_DEDENT || t == MN_TOK_ENDMARKER) {
            ps->failed = 0;
            ps_error(ps, MN_PERR_SYNTAX, "expected 'except' or 'finally' block",
                     h->prev_last.end_lineno, h->prev_last.end_col, h->prev_last.end_lineno,
                     h->prev_last.end_col);
            ps->err->end_offset = -1;
        } else {
            err_tok(ps, MN_PERR_SYNTAX, "expected 'except' or 'finally' block", tok);
        }
        return;
    }
    // a compound statement header without its colon
    if (t == MN_TOK_NEWLINE && block_name(first) != NULL && first != MN_TOK_DEF &&
        first != MN_TOK_CLASS) {
        MnToken at = *tok;
        at.end_col = at.col;
        err_tok(ps, MN_PERR_SYNTAX, "expected ':'", &at);
        return;
    }
    // if x = 1:
    if (t == MN_TOK_EQUAL && h->n >= 2 && tz->level == 0 &&
        (first == MN_TOK_IF || first == MN_TOK_ELIF || first == MN_TOK_WHILE)) {
        MnTokenizer copy = *tz;
        MnParseError scratch = {0};
        copy.err = &scratch;
        MnToken x, last = *tok;
        while (mn_tokenizer_next(&copy, &x) == 0 && x.type != MN_TOK_ENDMARKER &&
               x.type != MN_TOK_NEWLINE && !(x.type == MN_TOK_COLON && copy.level == 0)) {
            last = x;
        }
        mn_parse_error_clear(&scratch);
        ps->failed = 0;
        ps_error(ps, MN_PERR_SYNTAX,
                 "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                 h->toks[1].lineno, h->toks[1].col, last.end_lineno, last.end_col);
        return;
    }
    // match statements are outside the subset
    if (h->n >= 1 && first == MN_TOK_NAME && h->toks[0].len == 5 &&
        memcmp(h->toks[0].start, "match", 5) == 0) {
        MnTokenizer copy = *tz;
        MnParseError scratch = {0};
        copy.err = &scratch;
        MnToken x, last = *tok;
        while (mn_tokenizer_next(&copy, &x) == 0 && x.type != MN_TOK_ENDMARKER &&
               x.type != MN_TOK_NEWLINE) {
            last = x;
        }
        mn_parse_error_clear(&scratch);
        if (last.type == MN_TOK_COLON) {
            err_tok(ps, MN_PERR_SYNTAX, "match statements are not supported by mnemo",
                    &h->toks[0]);
            return;
        }
    }
    // print 'x'
    if (h->n == 1 && first == MN_TOK_NAME && h->toks[0].len == 5 &&
        memcmp(h->toks[0].start, "print", 5) == 0 && is_expr_start(t) && t != MN_TOK_LPAR) {
        MnTokenizer copy = *tz;
        MnParseError scratch = {0};
        copy.err = &scratch;
        MnToken x, last = *tok;
        while (mn_tokenizer_next(&copy, &x) == 0 && x.type != MN_TOK_ENDMARKER &&
               !(x.type == MN_TOK_NEWLINE || (x.type == MN_TOK_SEMI && copy.level == 0))) {
            last = x;
        }
        mn_parse_error_clear(&scratch);
        ps->failed = 0;
        ps_error(ps, MN_PERR_SYNTAX,
                 "Missing parentheses in call to 'print'. Did you mean print(...)?",
                 h->toks[0].lineno, h->toks[0].col, last.end_lineno, last.end_col);
        return;
    }
    // {k: v, k2} and {k: }: a dict display with a key lacking its ':' or value
    if ((t == MN_TOK_COMMA || t == MN_TOK_RBRACE) && dict_key_error(ps, h)) {
        return;
    }
    // [a b]: a missing comma inside brackets
    if ((tz->level > 0 || tz->fexpr) && h->n >= 1 && is_expr_end(h->toks[h->n - 1].type) &&
        is_expr_start(t) && t != MN_TOK_LAMBDA && t != MN_TOK_NOT) {
        int s = expr_start(h, h->n - 1);
        int single_name = s == h->n - 1 && h->toks[s].type == MN_TOK_NAME;
        if (!(single_name && t == MN_TOK_STRING)) {
            int l1, c1;
            expr_end_ahead(tz, tok, &l1, &c1);
            ps->failed = 0;
            ps_error(ps, MN_PERR_SYNTAX, "invalid syntax. Perhaps you forgot a comma?",
                     h->toks[s].lineno, h->toks[s].col, l1, c1);
            return;
        }
    }
    // a if b <not else>
    if (t != MN_TOK_ELSE && h->n >= 2) {
        int depth = 0;
        for (int i = h->n - 1; i > 0; i--) {
            int k = h->toks[i].type;
            if (is_close(k)) {
                depth++;
            } else if (is_open(k)) {
                if (depth-- == 0) {
                    break;
                }
            } else if (depth == 0 && (k == MN_TOK_COMMA || k == MN_TOK_ELSE ||
                                      k == MN_TOK_EQUAL || k == MN_TOK_COLON ||
                                      k == MN_TOK_FOR || k == MN_TOK_LAMBDA)) {
                break;
            } else if (depth == 0 && k == MN_TOK_IF && i > 0 &&
                       is_expr_end(h->toks[i - 1].type) && !comp_if(h, i)) {
                int s = expr_start(h, i - 1);
                MnToken *e = &h->toks[h->n - 1];
                if (is_expr_end(e->type) || 1) {
                    // the test ends before an operator left dangling at the error
                    int j = h->n - 1;
                    while (j > i + 1 && !is_expr_end(h->toks[j].type)) {
                        j--;
                    }
                    e = &h->toks[j];
                }
                ps->failed = 0;
                ps_error(ps, MN_PERR_SYNTAX, "expected 'else' after 'if' expression",
                         h->toks[s].lineno, h->toks[s].col, e->end_lineno, e->end_col);
                return;
            }
        }
    }
    if (t == MN_TOK_NEWLINE && h->n >= 2 && first == MN_TOK_FROM &&
        h->toks[h->n - 1].type == MN_TOK_COMMA && tz->level == 0) {
        MnToken at = *tok;
        at.end_col = at.col;
        err_tok(ps, MN_PERR_SYNTAX,
                "trailing comma not allowed without surrounding parentheses", &at);
        return;
    }
    MnToken at = *tok;
    if (t == MN_TOK_NEWLINE || t == MN_TOK_ENDMARKER || t == MN_TOK_DEDENT) {
        at.end_col = at.col;
    }
    err_tok(ps, MN_PERR_SYNTAX, "invalid syntax", &at);
}

// As CPython does after a parser error: tokenizes the rest of the source, and a tokenizer
// error there (or brackets still open at the end, opened before the error's line) replaces
// the parser's error.
static void
check_rest_of_source(ParseState *ps, MnTokenizer *tz)
{
    MnTokenizer copy = *tz;
    MnParseError scratch = {0};
    copy.err = &scratch;
    MnToken x;
    int r;
    while ((r = mn_tokenizer_next(&copy, &x)) == 0 && x.type != MN_TOK_ENDMARKER) {
        if (x.type == MN_TOK_NEWLINE && copy.cur >= copy.end && copy.level > 0) {
            break;
        }
    }
    if (r < 0 && scratch.kind != MN_PERR_NONE) {
        mn_parse_error_clear(ps->err);
        *ps->err = scratch;
        return;
    }
    mn_parse_error_clear(&scratch);
    if (copy.level > 0 && ps->err->lineno > copy.parenline[copy.level - 1]) {
        int i = copy.level - 1;
        char msg[64];
        snprintf(msg, sizeof msg, "'%c' was never closed", copy.parenstack[i]);
        ps->err->kind = MN_PERR_NONE;
        ps->failed = 0;
        ps_error(ps, MN_PERR_SYNTAX, msg, copy.parenline[i], copy.parencol[i],
                 copy.parenline[i], copy.parencol[i]);
        ps->err->end_offset = 0;
    }
}

static void
feed_start(void *parser, int start, ParseState *ps)
{
    MnToken t = {0};
    t.type = start;
    mn_parser(parser, start, t, ps);
}

// Runs [tz] through a new lemon parser with [start]. -> the root, or NULL (error recorded).
static AstNode *
run(ParseState *ps, MnTokenizer *tz, int start)
{
    void *parser = mn_parserAlloc(malloc);
    if (parser == NULL) {
        ps->err->kind = MN_PERR_NOMEM;
        return NULL;
    }
    History h = {0};
    ps->root = NULL;
    ps->syntax_error = 0;
    feed_start(parser, start, ps);
    int prev_type = 0, tokenizer_failed = 0;
    MnToken tok = {0};
    for (;;) {
        if (mn_tokenizer_next(tz, &tok) < 0) {
            ps->failed = 1;
            tokenizer_failed = 1;
            break;
        }
        if (tok.type == MN_TOK_LPAR && prev_type == MN_TOK_WITH) {
            ps->with_lpar_line = tok.lineno;
            ps->with_lpar_col = tok.col;
        }
        prev_type = tok.type;
        mn_parser(parser, tok.type, tok, ps);
        if (!ps->syntax_error) {
            track_try(&h, &tok, tz->indent);
        }
        if (ps->failed || ps->syntax_error) {
            break;
        }
        hist_push(&h, &tok);
        if (tok.type == MN_TOK_ENDMARKER) {
            mn_parser(parser, 0, tok, ps);
            break;
        }
    }
    if (ps->syntax_error && !ps->failed) {
        report_syntax_error(ps, tz, &h, &ps->err_tok);
    }
    if ((ps->syntax_error || ps->failed) && !tokenizer_failed && !tz->fexpr &&
        ps->err->kind != MN_PERR_NOMEM && ps->err->kind != MN_PERR_NONE) {
        check_rest_of_source(ps, tz);
    }
    mn_parserFree(parser, free);
    free(h.toks);
    if (ps->failed || ps->syntax_error || ps->root == NULL) {
        if (ps->err->kind == MN_PERR_NONE) {
            mn_tokenizer_error_at(ps->err, MN_PERR_SYNTAX, "invalid syntax", ps->buf, ps->end,
                                  tok.lineno, tok.col + 1, tok.end_lineno, tok.end_col + 1);
        }
        return NULL;
    }
    return ps->root;
}

// CPython 3.11 reports errors in an f-string expression against the text "(expr)".
static void
fexpr_error_text(ParseState *ps, const char *s, const char *e, const char *line_start)
{
    MnParseError *err = ps->err;
    if (err->kind != MN_PERR_SYNTAX) {
        return;
    }
    int base = mn_utf8_columns(line_start, (int)(s - line_start));
    size_t n = (size_t)(e - s);
    char *text = malloc(n + 4);
    if (text == NULL) {
        return;
    }
    text[0] = '(';
    memcpy(text + 1, s, n);
    memcpy(text + 1 + n, ")\n", 3);
    free(err->text);
    err->text = text;
    err->offset = err->offset - base + 1;
    if (err->end_offset > 0) {
        err->end_offset = err->end_offset - base + 1;
    }
}

AstNode *
ps_parse_fexpr(ParseState *ps, const char *s, const char *e, int lineno, const char *line_start)
{
    if (ps->failed) {
        return NULL;
    }
    MnTokenizer tz;
    mn_tokenizer_init(&tz, ps->buf, (size_t)(ps->end - ps->buf), ps->err);
    tz.cur = s;
    tz.end = e;
    tz.lineno = lineno;
    tz.line_start = line_start;
    tz.at_bol = 0;
    tz.fexpr = 1;
    ParseState sub = *ps;
    sub.tz = &tz;
    sub.failed = 0;
    sub.syntax_error = 0;
    sub.fexpr_depth = ps->fexpr_depth + 1;
    AstNode *root = run(&sub, &tz, MN_TOK_START_FEXPR);
    if (root == NULL) {
        ps->failed = 1;
        fexpr_error_text(ps, s, e, line_start);
        if (ps->err->kind == MN_PERR_SYNTAX && strncmp(ps->err->msg, "f-string", 8) != 0) {
            char tmp[sizeof ps->err->msg + 16];
            snprintf(tmp, sizeof tmp, "f-string: %s", ps->err->msg);
            snprintf(ps->err->msg, sizeof ps->err->msg, "%.*s", (int)sizeof ps->err->msg - 1,
                     tmp);
        }
        return NULL;
    }
    if (root->kind == AST_Starred) {
        ps_error(ps, MN_PERR_SYNTAX, "f-string: cannot use starred expression here",
                 root->lineno, root->col_offset, root->end_lineno, root->end_col_offset);
        fexpr_error_text(ps, s, e, line_start);
        return NULL;
    }
    return root;
}

AstNode *
mn_parse(const char *src, size_t len, MnParseMode mode, AstArena *arena, MnParseError *err)
{
    memset(err, 0, sizeof *err);
    if (check_source(src, len, err) < 0) {
        return NULL;
    }
    char *buf = malloc(len + 1);
    if (buf == NULL) {
        err->kind = MN_PERR_NOMEM;
        return NULL;
    }
    memcpy(buf, src, len);
    buf[len] = '\0';
    MnTokenizer tz;
    mn_tokenizer_init(&tz, buf, len, err);
    ParseState ps;
    memset(&ps, 0, sizeof ps);
    ps.arena = arena;
    ps.err = err;
    ps.tz = &tz;
    ps.buf = buf;
    ps.end = buf + len;
    ps.with_lpar_line = -1;
    int start = mode == MN_PARSE_EVAL ? MN_TOK_START_EVAL
              : mode == MN_PARSE_SINGLE ? MN_TOK_START_SINGLE : MN_TOK_START_FILE;
    if (mode == MN_PARSE_EVAL) {
        // leading whitespace is allowed in eval input
        while (tz.cur < tz.end && (*tz.cur == ' ' || *tz.cur == '\t')) {
            tz.cur++;
        }
        tz.at_bol = 0;
    }
    AstNode *root = run(&ps, &tz, start);
    if (root == NULL && mode == MN_PARSE_SINGLE && err->kind != MN_PERR_NOMEM &&
        tz.cur >= tz.end && (tz.level > 0 || strstr(err->msg, "expected an indented") ||
                             strstr(err->msg, "triple-quoted") ||
                             strstr(err->msg, "unexpected EOF"))) {
        err->kind = MN_PERR_INCOMPLETE;
    }
    free(buf);
    if (root != NULL) {
        err->kind = MN_PERR_NONE;
    }
    return root;
}
