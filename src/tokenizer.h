/*
 * src/tokenizer.h - Python tokens from UTF-8 source: the re2c scanner (grammar/lexer.re)
 * wrapped by a driver that adds NEWLINE, INDENT/DEDENT, bracket-depth line joining,
 * backslash continuation and string literals, with CPython 3.11's error messages.
 * Token codes are lemon's MN_TOK_* (gen/parser.h); MN_RAW_* codes never leave the scanner.
 * See also: grammar/lexer.re, src/parse.c, src/parse.h (MnParseError)
 */
#ifndef MN_TOKENIZER_H
#define MN_TOKENIZER_H

#include <stddef.h>
#include "parse.h"

// Raw scanner results beyond lemon's token codes.
enum {
    MN_RAW_EOF = 1000, MN_RAW_WS, MN_RAW_COMMENT, MN_RAW_NEWLINE, MN_RAW_CONT,
    MN_RAW_BACKSLASH, MN_RAW_STRING, MN_RAW_INT, MN_RAW_LEADING_ZERO, MN_RAW_HEX, MN_RAW_OCT,
    MN_RAW_BIN, MN_RAW_FLOAT, MN_RAW_IMAG, MN_RAW_BADCHAR,
};

// Number literal kinds carried by NUMBER tokens (MnToken.sub).
enum { MN_NUM_INT, MN_NUM_FLOAT, MN_NUM_IMAG };

#define MN_MAX_INDENT 100       // CPython's MAXINDENT
#define MN_MAX_LEVEL 200        // CPython's MAXLEVEL (nested brackets)

// One token: its code, its text in the source, and its position (1-based lines, 0-based
// byte columns, as in CPython's ast).
typedef struct MnToken {
    int type;
    int sub;                    // NUMBER: MN_NUM_*; STRING: the quote length (1 or 3)
    const char *start;          // borrowed: into the tokenizer's buffer
    size_t len;
    int lineno, col, end_lineno, end_col;
} MnToken;

typedef struct MnTokenizer {
    const char *buf;            // borrowed: NUL-terminated source
    const char *end;            // borrowed: buf + length
    const char *cur;            // borrowed: scan position
    const char *line_start;     // borrowed: start of the current physical line
    int lineno;
    int line_base;              // added to line numbers (f-string expressions)
    int col_base;               // added to columns on the first line (f-string expressions)
    int at_bol;                 // at the start of a logical line
    int indent;                 // depth of the indent stacks
    int indstack[MN_MAX_INDENT + 1];
    int altstack[MN_MAX_INDENT + 1];
    int pending;                // > 0: INDENTs to emit; < 0: DEDENTs to emit
    int level;                  // bracket depth
    char parenstack[MN_MAX_LEVEL];
    int parenline[MN_MAX_LEVEL];
    int parencol[MN_MAX_LEVEL];
    int fexpr;                  // an f-string expression: no NEWLINE, INDENT or DEDENT
    int done;                   // ENDMARKER was returned
    int last_type;              // the previous token's code (0 at the start)
    int cont_line;              // the line ended by a backslash continuation, or 0
    MnParseError *err;          // borrowed: filled on error
} MnTokenizer;

// Prepares [tz] to read [len] bytes at [buf] (buf[len] must be NUL; no NUL before it, and
// valid UTF-8, as mn_parse checks). Errors go to [err].
void mn_tokenizer_init(MnTokenizer *tz, const char *buf, size_t len, MnParseError *err);
// Reads the next token into [tok].
// -> 0, or -1 with the tokenizer error in the MnParseError given to init.
int mn_tokenizer_next(MnTokenizer *tz, MnToken *tok);
// Scans one raw token at *[pcur] (the re2c scanner) and advances *[pcur].
// -> a MN_TOK_* or MN_RAW_* code.
int mn_lex_raw(const char **pcur, const char *limit);
// Fills [err] with [kind] and [msg] at the 1-based line [lineno] and 1-based character
// columns [offset]..[end_offset] ([buf]/[end] give the text of the line).
void mn_tokenizer_error_at(MnParseError *err, MnParseErrorKind kind, const char *msg,
                           const char *buf, const char *end, int lineno, int offset,
                           int end_lineno, int end_offset);
// -> the number of code points in the [nbytes] bytes at [s] (a byte column to a character
// column).
int mn_utf8_columns(const char *s, int nbytes);
// -> the start of line [lineno] (1-based) in [buf], or NULL.
const char *mn_source_line(const char *buf, const char *end, int lineno);

#endif
