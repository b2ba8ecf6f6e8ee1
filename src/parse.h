/*
 * src/parse.h - source text to AST: the tokenizer (src/tokenizer.c over the re2c scanner)
 * feeding the lemon parser (grammar/parser.y). Errors come back as plain data, so the front
 * end needs no runtime; src/pythonrun.c turns them into SyntaxError objects.
 * See also: src/ast.h, src/tokenizer.h, grammar/lexer.re, grammar/parser.y
 */
#ifndef MN_PARSE_H
#define MN_PARSE_H

#include <stddef.h>
#include "ast.h"

typedef enum MnParseMode {
    MN_PARSE_EXEC,      // a module: AST_Module
    MN_PARSE_EVAL,      // one expression: AST_Expression
    MN_PARSE_SINGLE,    // one interactive entry: AST_Interactive
} MnParseMode;

typedef enum MnParseErrorKind {
    MN_PERR_NONE,
    MN_PERR_SYNTAX,         // SyntaxError
    MN_PERR_INDENTATION,    // IndentationError
    MN_PERR_TAB,            // TabError
    MN_PERR_NOMEM,          // MemoryError
    MN_PERR_INCOMPLETE,     // input ended inside a statement (the REPL asks for more)
} MnParseErrorKind;

// A syntax error as CPython reports it: SyntaxError(msg, (filename, lineno, offset, text,
// end_lineno, end_offset)). offset and end_offset are 1-based columns in characters (code
// points), as CPython gives them; 0 when unknown.
typedef struct MnParseError {
    MnParseErrorKind kind;
    char msg[256];
    int lineno, offset, end_lineno, end_offset;
    char *text;                 // owned (malloc): the source line with its newline, or NULL
} MnParseError;

// Parses [len] bytes of UTF-8 [src] (need not be NUL-terminated). Nodes go into [arena].
// -> the root node, or NULL with [err] filled in (free err->text with mn_parse_error_clear).
AstNode *mn_parse(const char *src, size_t len, MnParseMode mode, AstArena *arena,
                  MnParseError *err);
// Frees what [err] owns and resets it.
void mn_parse_error_clear(MnParseError *err);

#endif
