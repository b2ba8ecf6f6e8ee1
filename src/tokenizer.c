/*
 * src/tokenizer.c - the layout driver around the re2c scanner: indentation (INDENT/DEDENT,
 * TabError), NEWLINE at the end of logical lines, bracket depth and matching, backslash
 * continuation, string literal bodies, number checks and invalid characters. Error messages
 * and positions are CPython 3.11's (its tokenizer.c is the reference for the wording).
 * See also: grammar/lexer.re (raw tokens), src/parse.c (feeds the lemon parser)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tokenizer.h"
#include "parser.h"

/* ==== positions and errors ==== */

int
mn_utf8_columns(const char *s, int nbytes)
{
    int n = 0;
    for (int i = 0; i < nbytes && s[i] != '\0'; i++) {
        if (((unsigned char)s[i] & 0xc0) != 0x80) {
            n++;
        }
    }
    return n;
}

const char *
mn_source_line(const char *buf, const char *end, int lineno)
{
    const char *p = buf;
    for (int l = 1; l < lineno; l++) {
        while (p < end && *p != '\n' && *p != '\r') {
            p++;
        }
        if (p >= end) {
            return NULL;
        }
        p += (p[0] == '\r' && p + 1 < end && p[1] == '\n') ? 2 : 1;
    }
    return p;
}

void
mn_tokenizer_error_at(MnParseError *err, MnParseErrorKind kind, const char *msg,
                      const char *buf, const char *end, int lineno, int offset,
                      int end_lineno, int end_offset)
{
    if (err->kind != MN_PERR_NONE) {
        return;     // the first error wins
    }
    err->kind = kind;
    snprintf(err->msg, sizeof err->msg, "%s", msg);
    err->lineno = lineno;
    err->offset = offset;
    err->end_lineno = end_lineno;
    err->end_offset = end_offset;
    free(err->text);
    err->text = NULL;
    const char *line = lineno > 0 ? mn_source_line(buf, end, lineno) : NULL;
    if (line != NULL) {
        const char *e = line;
        while (e < end && *e != '\n' && *e != '\r') {
            e++;
        }
        size_t n = (size_t)(e - line);
        err->text = malloc(n + 2);
        if (err->text != NULL) {
            memcpy(err->text, line, n);
            err->text[n] = '\n';
            err->text[n + 1] = '\0';
        }
    }
}

// An error at byte columns [col]..[end_col] (0-based) of line [lineno]: CPython's 1-based
// character offsets are computed from the line's text.
static int
error_span(MnTokenizer *tz, MnParseErrorKind kind, const char *msg, int lineno, int col,
           int end_lineno, int end_col)
{
    const char *line = mn_source_line(tz->buf, tz->end, lineno);
    const char *eline = mn_source_line(tz->buf, tz->end, end_lineno);
    int off = line ? mn_utf8_columns(line, col) + 1 : col + 1;
    int eoff = end_col < 0 ? 0 : eline ? mn_utf8_columns(eline, end_col) + 1 : end_col + 1;
    mn_tokenizer_error_at(tz->err, kind, msg, tz->buf, tz->end, lineno, off, end_lineno, eoff);
    return -1;
}

// A syntax error pointing at the single character at byte [p].
static int
error_at_char(MnTokenizer *tz, const char *msg, const char *p)
{
    int col = (int)(p - tz->line_start);
    return error_span(tz, MN_PERR_SYNTAX, msg, tz->lineno, col, tz->lineno, col);
}

/* ==== setup ==== */

void
mn_tokenizer_init(MnTokenizer *tz, const char *buf, size_t len, MnParseError *err)
{
    memset(tz, 0, sizeof *tz);
    tz->buf = buf;
    tz->end = buf + len;
    tz->cur = buf;
    tz->line_start = buf;
    tz->lineno = 1;
    tz->at_bol = 1;
    tz->err = err;
    if (len >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0) {
        tz->cur += 3;
        tz->line_start = tz->cur;
    }
}

static int
is_newline(const char *p)
{
    return *p == '\n' || *p == '\r';
}

// Steps over the newline at [p]. -> the start of the next line.
static const char *
skip_newline(const char *p)
{
    if (p[0] == '\r' && p[1] == '\n') {
        return p + 2;
    }
    return p + 1;
}

static void
new_line(MnTokenizer *tz, const char *next)
{
    tz->lineno++;
    tz->line_start = next;
}

/* ==== indentation ==== */

// At the start of a logical line: skips blank and comment-only lines and compares the
// indentation with the stack, queueing INDENT/DEDENT. -> 0, or -1 on error.
static int
read_indent(MnTokenizer *tz)
{
    for (;;) {
        int col = 0, alt = 0;
        const char *p = tz->cur;
        for (;; p++) {
            if (*p == ' ') {
                col++;
                alt++;
            } else if (*p == '\t') {
                col = (col / 8 + 1) * 8;
                alt++;
            } else if (*p == '\f') {
                col = alt = 0;
            } else {
                break;
            }
        }
        if (p >= tz->end) {
            tz->cur = p;
            return 0;       // end of input: dedents come with ENDMARKER
        }
        if (*p == '#' || is_newline(p)) {
            while (p < tz->end && !is_newline(p)) {
                p++;
            }
            if (p >= tz->end) {
                tz->cur = p;
                return 0;
            }
            tz->cur = skip_newline(p);
            new_line(tz, tz->cur);
            continue;
        }
        tz->cur = p;
        int top = tz->indent;
        if (col == tz->indstack[top]) {
            if (alt != tz->altstack[top]) {
                return error_span(tz, MN_PERR_TAB,
                                  "inconsistent use of tabs and spaces in indentation",
                                  tz->lineno, 0, tz->lineno, -1);
            }
        } else if (col > tz->indstack[top]) {
            if (top + 1 >= MN_MAX_INDENT) {
                return error_span(tz, MN_PERR_INDENTATION, "too many levels of indentation",
                                  tz->lineno, 0, tz->lineno, -1);
            }
            if (alt <= tz->altstack[top]) {
                return error_span(tz, MN_PERR_TAB,
                                  "inconsistent use of tabs and spaces in indentation",
                                  tz->lineno, 0, tz->lineno, -1);
            }
            tz->indent++;
            tz->indstack[tz->indent] = col;
            tz->altstack[tz->indent] = alt;
            tz->pending = 1;
        } else {
            int n = 0;
            while (tz->indent > 0 && col < tz->indstack[tz->indent]) {
                tz->indent--;
                n++;
            }
            if (col != tz->indstack[tz->indent]) {
                const char *line = tz->line_start;
                int c = (int)strcspn(line, "\r\n");
                mn_tokenizer_error_at(tz->err, MN_PERR_INDENTATION,
                                      "unindent does not match any outer indentation level",
                                      tz->buf, tz->end, tz->lineno,
                                      mn_utf8_columns(line, c) + 1, tz->lineno, -1);
                return -1;
            }
            if (alt != tz->altstack[tz->indent]) {
                return error_span(tz, MN_PERR_TAB,
                                  "inconsistent use of tabs and spaces in indentation",
                                  tz->lineno, 0, tz->lineno, -1);
            }
            tz->pending = -n;
        }
        return 0;
    }
}

/* ==== strings and numbers ==== */

static unsigned decode_at(const char *s, int *len);
static int nonascii_is_id(unsigned c);
static int invalid_char(MnTokenizer *tz, const char *p);

// Scans a string body after its opening quote(s) at tz->cur. -> 0, or -1 (unterminated).
static int
scan_string(MnTokenizer *tz, char q, int triple, int start_line, int start_col)
{
    const char *p = tz->cur;
    for (;;) {
        if (p >= tz->end) {
            int detected = tz->lineno;
            if (p > tz->buf && is_newline(p - 1) && detected > start_line) {
                detected--;
            }
            char msg[96];
            snprintf(msg, sizeof msg, "unterminated %sstring literal (detected at line %d)",
                     triple ? "triple-quoted " : "", triple ? detected : tz->lineno);
            tz->cur = p;
            return error_span(tz, MN_PERR_SYNTAX, msg, start_line, start_col, start_line,
                              start_col);
        }
        char c = *p;
        if (c == '\\') {
            p++;
            if (p >= tz->end) {
                continue;
            }
            if (is_newline(p)) {
                p = skip_newline(p);
                new_line(tz, p);
            } else {
                p++;
            }
        } else if (is_newline(&c)) {
            if (!triple) {
                char msg[96];
                snprintf(msg, sizeof msg, "unterminated string literal (detected at line %d)",
                         tz->lineno);
                tz->cur = p;
                return error_span(tz, MN_PERR_SYNTAX, msg, start_line, start_col, start_line,
                                  start_col);
            }
            p = skip_newline(p);
            new_line(tz, p);
        } else if (c == q) {
            if (!triple) {
                tz->cur = p + 1;
                return 0;
            }
            if (p + 2 < tz->end && p[1] == q && p[2] == q) {
                tz->cur = p + 3;
                return 0;
            }
            p++;
        } else {
            p++;
        }
    }
}

static int
is_idchar(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_' || c >= 0x80;
}

// After a number: a letter or digit right behind it is an error, except the start of a
// keyword CPython allows there (1if x else y). -> 0, or -1.
static int
check_number_end(MnTokenizer *tz, int raw, const char *start)
{
    const char *p = tz->cur;
    static const char *const kinds[] = {"decimal", "hexadecimal", "octal", "binary"};
    int k = raw == MN_RAW_HEX ? 1 : raw == MN_RAW_OCT ? 2 : raw == MN_RAW_BIN ? 3 : 0;
    char msg[64];
    if (raw == MN_RAW_LEADING_ZERO) {
        int col = (int)(start - tz->line_start);
        return error_span(tz, MN_PERR_SYNTAX,
                          "leading zeros in decimal integer literals are not permitted; use an "
                          "0o prefix for octal integers", tz->lineno, col, tz->lineno, col + 1);
    }
    // a base prefix with no digits
    if (k > 0 && tz->cur - start == 2) {
        if (k > 1 && *p >= '0' && *p <= '9') {
            snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", *p, kinds[k]);
            return error_at_char(tz, msg, p);
        }
        snprintf(msg, sizeof msg, "invalid %s literal", kinds[k]);
        return error_at_char(tz, msg, p - 1);
    }
    if (*p == '_') {
        snprintf(msg, sizeof msg, "invalid %s literal", kinds[k]);
        return error_at_char(tz, msg, p);
    }
    if (k > 1 && *p >= '0' && *p <= '9') {
        snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", *p, kinds[k]);
        return error_at_char(tz, msg, p);
    }
    if (!is_idchar((unsigned char)*p)) {
        return 0;
    }
    if ((unsigned char)*p >= 0x80) {
        int len;
        if (!nonascii_is_id(decode_at(p, &len))) {
            return invalid_char(tz, p) == 1 ? 0 : -1;
        }
    }
    static const char *const kws[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
    for (size_t i = 0; i < sizeof kws / sizeof kws[0]; i++) {
        size_t n = strlen(kws[i]);
        if (strncmp(p, kws[i], n) == 0) {
            return 0;
        }
    }
    snprintf(msg, sizeof msg, "invalid %s literal", kinds[k]);
    if (strchr("aefino", *p) != NULL) {
        return error_at_char(tz, msg, p - 1);
    }
    return error_at_char(tz, msg, p);
}

/* ==== names and bad characters ==== */

static unsigned
decode_at(const char *s, int *len)
{
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] < 0x80) {
        *len = 1;
        return u[0];
    }
    if (u[0] < 0xe0) {
        *len = 2;
        return ((u[0] & 0x1fu) << 6) | (u[1] & 0x3fu);
    }
    if (u[0] < 0xf0) {
        *len = 3;
        return ((u[0] & 0x0fu) << 12) | ((u[1] & 0x3fu) << 6) | (u[2] & 0x3fu);
    }
    *len = 4;
    return ((u[0] & 0x07u) << 18) | ((u[1] & 0x3fu) << 12) | ((u[2] & 0x3fu) << 6) |
           (u[3] & 0x3fu);
}

// Without a Unicode database: the symbol, punctuation and space blocks are not identifier
// characters; letters of all scripts are.
static int
nonascii_is_id(unsigned c)
{
    if (c < 0xc0) {
        return c == 0xaa || c == 0xb5 || c == 0xba || c == 0xb7;
    }
    if (c == 0xd7 || c == 0xf7) {
        return 0;
    }
    if ((c >= 0x2000 && c <= 0x206f) || (c >= 0x20a0 && c <= 0x20cf) ||
        (c >= 0x2100 && c <= 0x214f && c != 0x2102 && c != 0x2107 &&
         !(c >= 0x210a && c <= 0x2113) && c != 0x2115 && !(c >= 0x2119 && c <= 0x211d) &&
         c != 0x2124 && c != 0x2126 && c != 0x2128 && !(c >= 0x212a && c <= 0x212d) &&
         !(c >= 0x212f && c <= 0x2139)) ||
        (c >= 0x2190 && c <= 0x2bff) || (c >= 0x2e00 && c <= 0x2e7f) ||
        (c >= 0x3000 && c <= 0x3004) || (c >= 0x3008 && c <= 0x3020) ||
        (c >= 0xfe10 && c <= 0xfe6f && !(c >= 0xfe33 && c <= 0xfe34) &&
         !(c >= 0xfe4d && c <= 0xfe4f)) ||
        (c >= 0xff00 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20) ||
        (c >= 0xff3b && c <= 0xff40 && c != 0xff3f) || (c >= 0xff5b && c <= 0xff65) ||
        (c >= 0xffe0 && c <= 0xffff) || (c >= 0x1f000 && c <= 0x1faff) ||
        (c >= 0xe000 && c <= 0xf8ff) || c == 0xfeff || (c >= 0x2500 && c <= 0x25ff)) {
        return 0;
    }
    return 1;
}

static int
invalid_char(MnTokenizer *tz, const char *p)
{
    int len;
    unsigned c = decode_at(p, &len);
    char msg[64];
    if (c >= 0x80) {
        snprintf(msg, sizeof msg, "invalid character '%.*s' (U+%04X)", len, p, c);
    } else if (c < 0x20 || c == 0x7f) {
        snprintf(msg, sizeof msg, "invalid non-printable character U+%04X", c);
    } else {
        return 1;       // an ASCII character such as $ or ?: the parser's invalid syntax
    }
    return error_at_char(tz, msg, p);
}

// Checks the non-ASCII characters of a name. -> 0, or -1.
static int
check_name(MnTokenizer *tz, const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        int len;
        unsigned c = decode_at(s + i, &len);
        if (!nonascii_is_id(c) || (i == 0 && c == 0xb7)) {
            return invalid_char(tz, s + i) == 1 ? 0 : -1;
        }
        i += (size_t)len;
    }
    return 0;
}

/* ==== brackets ==== */

static int
open_bracket(MnTokenizer *tz, char c, const char *p)
{
    if (tz->level >= MN_MAX_LEVEL) {
        return error_at_char(tz, "too many nested parentheses", p);
    }
    tz->parenstack[tz->level] = c;
    tz->parenline[tz->level] = tz->lineno;
    tz->parencol[tz->level] = (int)(p - tz->line_start);
    tz->level++;
    return 0;
}

static int
close_bracket(MnTokenizer *tz, char c, const char *p)
{
    char msg[128];
    if (tz->level == 0) {
        snprintf(msg, sizeof msg, "unmatched '%c'", c);
        return error_at_char(tz, msg, p);
    }
    tz->level--;
    char o = tz->parenstack[tz->level];
    if ((o == '(' && c != ')') || (o == '[' && c != ']') || (o == '{' && c != '}')) {
        if (tz->parenline[tz->level] != tz->lineno) {
            snprintf(msg, sizeof msg, "closing parenthesis '%c' does not match opening "
                     "parenthesis '%c' on line %d", c, o, tz->parenline[tz->level]);
        } else {
            snprintf(msg, sizeof msg, "closing parenthesis '%c' does not match opening "
                     "parenthesis '%c'", c, o);
        }
        return error_at_char(tz, msg, p);
    }
    return 0;
}

/* ==== the driver ==== */

static void
set_tok(MnTokenizer *tz, MnToken *tok, int type, const char *start, const char *end)
{
    tok->type = type;
    tok->sub = 0;
    tok->start = start;
    tok->len = (size_t)(end - start);
    tok->lineno = tz->lineno;
    tok->col = (int)(start - tz->line_start);
    tok->end_lineno = tz->lineno;
    tok->end_col = (int)(end - tz->line_start);
}

// End of input: NEWLINE (unless one was just given), the DEDENTs, then ENDMARKER.
static int
at_eof(MnTokenizer *tz, MnToken *tok)
{
    const char *p = tz->end;
    if (!tz->fexpr && tz->last_type != MN_TOK_NEWLINE && tz->last_type != 0 &&
        tz->last_type != MN_TOK_DEDENT && tz->last_type != MN_TOK_INDENT) {
        set_tok(tz, tok, MN_TOK_NEWLINE, p, p);
        tok->end_col = tok->col + 1;
        return 0;
    }
    if (!tz->fexpr && tz->indent > 0) {
        tz->indent--;
        set_tok(tz, tok, MN_TOK_DEDENT, p, p);
        int line = tz->lineno + (p > tz->buf && is_newline(p - 1) ? 0 : 1);
        tok->lineno = tok->end_lineno = line;
        tok->col = tok->end_col = 0;
        return 0;
    }
    set_tok(tz, tok, MN_TOK_ENDMARKER, p, p);
    if (!tz->fexpr) {
        int line = tz->lineno + (p > tz->buf && is_newline(p - 1) ? 0 : 1);
        tok->lineno = tok->end_lineno = line;
        tok->col = tok->end_col = 0;
    }
    tz->done = 1;
    return 0;
}

static int
next_token(MnTokenizer *tz, MnToken *tok)
{
    if (tz->at_bol && tz->level == 0 && !tz->fexpr) {
        tz->at_bol = 0;
        if (read_indent(tz) < 0) {
            return -1;
        }
    }
    if (tz->pending > 0) {
        tz->pending--;
        set_tok(tz, tok, MN_TOK_INDENT, tz->line_start, tz->cur);
        return 0;
    }
    if (tz->pending < 0) {
        tz->pending++;
        set_tok(tz, tok, MN_TOK_DEDENT, tz->cur, tz->cur);
        return 0;
    }
    for (;;) {
        if (tz->cur >= tz->end) {
            if (tz->cont_line && !tz->fexpr) {
                const char *line = mn_source_line(tz->buf, tz->end, tz->cont_line);
                int c = line ? (int)strcspn(line, "\r\n") : 0;
                int off = line ? mn_utf8_columns(line, c) + 1 : 1;
                mn_tokenizer_error_at(tz->err, MN_PERR_SYNTAX, "unexpected EOF while parsing",
                                      tz->buf, tz->end, tz->cont_line, off, tz->cont_line, -1);
                return -1;
            }
            return at_eof(tz, tok);
        }
        const char *start = tz->cur;
        int raw = mn_lex_raw(&tz->cur, tz->end);
        if (tz->cur > tz->end) {
            tz->cur = tz->end;
        }
        switch (raw) {
        case MN_RAW_EOF:
            tz->cur = tz->end;
            continue;
        case MN_RAW_WS:
        case MN_RAW_COMMENT:
            continue;
        case MN_RAW_CONT:
            tz->cont_line = tz->lineno;
            new_line(tz, tz->cur);
            continue;
        case MN_RAW_NEWLINE:
            if (tz->level > 0 || tz->fexpr) {
                new_line(tz, tz->cur);
                continue;
            }
            set_tok(tz, tok, MN_TOK_NEWLINE, start, tz->cur);
            tok->end_col = tok->col + 1;
            new_line(tz, tz->cur);
            tz->at_bol = 1;
            return 0;
        case MN_RAW_BACKSLASH:
            return error_at_char(tz, "unexpected character after line continuation character",
                                 start + 1);
        case MN_RAW_STRING: {
            int line = tz->lineno, col = (int)(start - tz->line_start);
            const char *ls = tz->line_start;
            char q = tz->cur[-1];
            int triple = tz->cur - start >= 3 && tz->cur[-2] == q && tz->cur[-3] == q;
            if (scan_string(tz, q, triple, line, col) < 0) {
                return -1;
            }
            tok->type = MN_TOK_STRING;
            tok->sub = triple ? 3 : 1;
            tok->start = start;
            tok->len = (size_t)(tz->cur - start);
            tok->lineno = line;
            tok->col = (int)(start - ls);
            tok->end_lineno = tz->lineno;
            tok->end_col = (int)(tz->cur - tz->line_start);
            return 0;
        }
        case MN_RAW_INT:
        case MN_RAW_LEADING_ZERO:
        case MN_RAW_HEX:
        case MN_RAW_OCT:
        case MN_RAW_BIN:
        case MN_RAW_FLOAT:
        case MN_RAW_IMAG:
            if (check_number_end(tz, raw, start) < 0) {
                return -1;
            }
            set_tok(tz, tok, MN_TOK_NUMBER, start, tz->cur);
            tok->sub = raw == MN_RAW_FLOAT ? MN_NUM_FLOAT
                     : raw == MN_RAW_IMAG ? MN_NUM_IMAG : MN_NUM_INT;
            return 0;
        case MN_TOK_NAME:
            if (check_name(tz, start, (size_t)(tz->cur - start)) < 0) {
                return -1;
            }
            set_tok(tz, tok, MN_TOK_NAME, start, tz->cur);
            return 0;
        case MN_RAW_BADCHAR: {
            int r = invalid_char(tz, start);
            if (r < 0) {
                return -1;
            }
            set_tok(tz, tok, MN_TOK_ERRORTOKEN, start, start + 1);
            return 0;
        }
        case MN_TOK_LPAR:
        case MN_TOK_LSQB:
        case MN_TOK_LBRACE:
            if (open_bracket(tz, *start, start) < 0) {
                return -1;
            }
            set_tok(tz, tok, raw, start, tz->cur);
            return 0;
        case MN_TOK_RPAR:
        case MN_TOK_RSQB:
        case MN_TOK_RBRACE:
            if (close_bracket(tz, *start, start) < 0) {
                return -1;
            }
            set_tok(tz, tok, raw, start, tz->cur);
            return 0;
        default:
            set_tok(tz, tok, raw, start, tz->cur);
            return 0;
        }
    }
}

int
mn_tokenizer_next(MnTokenizer *tz, MnToken *tok)
{
    if (tz->done) {
        set_tok(tz, tok, MN_TOK_ENDMARKER, tz->end, tz->end);
        return 0;
    }
    if (next_token(tz, tok) < 0) {
        return -1;
    }
    if (tok->type != MN_TOK_NEWLINE) {
        tz->cont_line = 0;
    }
    tz->last_type = tok->type;
    return 0;
}
