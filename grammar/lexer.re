/*
 * grammar/lexer.re - the raw scanner (re2c, UTF-8): one token per call from a NUL-terminated
 * buffer (the source has been checked for NUL bytes and bad UTF-8 first). It knows names,
 * keywords, numbers, operators, comments, newlines and the opening of string literals;
 * src/tokenizer.c does layout (INDENT/DEDENT, brackets), string bodies and error checks.
 * See also: src/tokenizer.c, src/tokenizer.h, grammar/parser.y (token codes)
 */
#include "tokenizer.h"
#include "parser.h"

int
mn_lex_raw(const char **pcur, const char *limit)
{
    const unsigned char *YYCURSOR = (const unsigned char *)*pcur;
    const unsigned char *YYLIMIT = (const unsigned char *)limit;
    const unsigned char *YYMARKER = YYCURSOR;
    int tok;
/*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:yyfill:enable = 0;
    re2c:eof = 0;

    dig = [0-9];
    digitpart = dig ("_"? dig)*;
    fraction = "." digitpart;
    exponent = [eE] [+-]? digitpart;
    pointfloat = digitpart? fraction | digitpart ".";
    float = pointfloat | (digitpart | pointfloat) exponent;
    idstart = [a-zA-Z_] | [\u0080-\U0010FFFF];
    idcont = idstart | dig;
    strprefix = [rRuUbBfF] | [bB][rR] | [rR][bB] | [fF][rR] | [rR][fF];

    $ { tok = MN_RAW_EOF; goto done; }
    [ \t\f]+ { tok = MN_RAW_WS; goto done; }
    "#" [^\n\r\x00]* { tok = MN_RAW_COMMENT; goto done; }
    "\r\n" | "\n" | "\r" { tok = MN_RAW_NEWLINE; goto done; }
    "\\" ("\r\n" | "\n" | "\r") { tok = MN_RAW_CONT; goto done; }
    "\\" { tok = MN_RAW_BACKSLASH; goto done; }

    "False" { tok = MN_TOK_FALSE; goto done; }
    "None" { tok = MN_TOK_NONE; goto done; }
    "True" { tok = MN_TOK_TRUE; goto done; }
    "and" { tok = MN_TOK_AND; goto done; }
    "as" { tok = MN_TOK_AS; goto done; }
    "assert" { tok = MN_TOK_ASSERT; goto done; }
    "async" { tok = MN_TOK_ASYNC; goto done; }
    "await" { tok = MN_TOK_AWAIT; goto done; }
    "break" { tok = MN_TOK_BREAK; goto done; }
    "class" { tok = MN_TOK_CLASS; goto done; }
    "continue" { tok = MN_TOK_CONTINUE; goto done; }
    "def" { tok = MN_TOK_DEF; goto done; }
    "del" { tok = MN_TOK_DEL; goto done; }
    "elif" { tok = MN_TOK_ELIF; goto done; }
    "else" { tok = MN_TOK_ELSE; goto done; }
    "except" { tok = MN_TOK_EXCEPT; goto done; }
    "finally" { tok = MN_TOK_FINALLY; goto done; }
    "for" { tok = MN_TOK_FOR; goto done; }
    "from" { tok = MN_TOK_FROM; goto done; }
    "global" { tok = MN_TOK_GLOBAL; goto done; }
    "if" { tok = MN_TOK_IF; goto done; }
    "import" { tok = MN_TOK_IMPORT; goto done; }
    "in" { tok = MN_TOK_IN; goto done; }
    "is" { tok = MN_TOK_IS; goto done; }
    "lambda" { tok = MN_TOK_LAMBDA; goto done; }
    "nonlocal" { tok = MN_TOK_NONLOCAL; goto done; }
    "not" { tok = MN_TOK_NOT; goto done; }
    "or" { tok = MN_TOK_OR; goto done; }
    "pass" { tok = MN_TOK_PASS; goto done; }
    "raise" { tok = MN_TOK_RAISE; goto done; }
    "return" { tok = MN_TOK_RETURN; goto done; }
    "try" { tok = MN_TOK_TRY; goto done; }
    "while" { tok = MN_TOK_WHILE; goto done; }
    "with" { tok = MN_TOK_WITH; goto done; }
    "yield" { tok = MN_TOK_YIELD; goto done; }

    strprefix? ("'''" | "\"\"\"" | "'" | "\"") { tok = MN_RAW_STRING; goto done; }
    idstart idcont* { tok = MN_TOK_NAME; goto done; }

    [1-9] ("_"? dig)* { tok = MN_RAW_INT; goto done; }
    "0" ("_"? "0")* { tok = MN_RAW_INT; goto done; }
    "0" ("_"? dig)+ { tok = MN_RAW_LEADING_ZERO; goto done; }
    "0" [xX] ("_"? [0-9a-fA-F])+ { tok = MN_RAW_HEX; goto done; }
    "0" [oO] ("_"? [0-7])+ { tok = MN_RAW_OCT; goto done; }
    "0" [bB] ("_"? [01])+ { tok = MN_RAW_BIN; goto done; }
    "0" [xX] { tok = MN_RAW_HEX; goto done; }
    "0" [oO] { tok = MN_RAW_OCT; goto done; }
    "0" [bB] { tok = MN_RAW_BIN; goto done; }
    float { tok = MN_RAW_FLOAT; goto done; }
    (float | digitpart) [jJ] { tok = MN_RAW_IMAG; goto done; }

    "(" { tok = MN_TOK_LPAR; goto done; }
    ")" { tok = MN_TOK_RPAR; goto done; }
    "[" { tok = MN_TOK_LSQB; goto done; }
    "]" { tok = MN_TOK_RSQB; goto done; }
    "{" { tok = MN_TOK_LBRACE; goto done; }
    "}" { tok = MN_TOK_RBRACE; goto done; }
    ":" { tok = MN_TOK_COLON; goto done; }
    ":=" { tok = MN_TOK_COLONEQUAL; goto done; }
    "," { tok = MN_TOK_COMMA; goto done; }
    ";" { tok = MN_TOK_SEMI; goto done; }
    "+" { tok = MN_TOK_PLUS; goto done; }
    "-" { tok = MN_TOK_MINUS; goto done; }
    "*" { tok = MN_TOK_STAR; goto done; }
    "/" { tok = MN_TOK_SLASH; goto done; }
    "|" { tok = MN_TOK_VBAR; goto done; }
    "&" { tok = MN_TOK_AMPER; goto done; }
    "<" { tok = MN_TOK_LESS; goto done; }
    ">" { tok = MN_TOK_GREATER; goto done; }
    "=" { tok = MN_TOK_EQUAL; goto done; }
    "." { tok = MN_TOK_DOT; goto done; }
    "%" { tok = MN_TOK_PERCENT; goto done; }
    "==" { tok = MN_TOK_EQEQUAL; goto done; }
    "!=" { tok = MN_TOK_NOTEQUAL; goto done; }
    "<=" { tok = MN_TOK_LESSEQUAL; goto done; }
    ">=" { tok = MN_TOK_GREATEREQUAL; goto done; }
    "~" { tok = MN_TOK_TILDE; goto done; }
    "^" { tok = MN_TOK_CIRCUMFLEX; goto done; }
    "<<" { tok = MN_TOK_LEFTSHIFT; goto done; }
    ">>" { tok = MN_TOK_RIGHTSHIFT; goto done; }
    "**" { tok = MN_TOK_DOUBLESTAR; goto done; }
    "+=" { tok = MN_TOK_PLUSEQUAL; goto done; }
    "-=" { tok = MN_TOK_MINEQUAL; goto done; }
    "*=" { tok = MN_TOK_STAREQUAL; goto done; }
    "/=" { tok = MN_TOK_SLASHEQUAL; goto done; }
    "%=" { tok = MN_TOK_PERCENTEQUAL; goto done; }
    "&=" { tok = MN_TOK_AMPEREQUAL; goto done; }
    "|=" { tok = MN_TOK_VBAREQUAL; goto done; }
    "^=" { tok = MN_TOK_CIRCUMFLEXEQUAL; goto done; }
    "<<=" { tok = MN_TOK_LEFTSHIFTEQUAL; goto done; }
    ">>=" { tok = MN_TOK_RIGHTSHIFTEQUAL; goto done; }
    "**=" { tok = MN_TOK_DOUBLESTAREQUAL; goto done; }
    "//" { tok = MN_TOK_DOUBLESLASH; goto done; }
    "//=" { tok = MN_TOK_DOUBLESLASHEQUAL; goto done; }
    "@" { tok = MN_TOK_AT; goto done; }
    "@=" { tok = MN_TOK_ATEQUAL; goto done; }
    "->" { tok = MN_TOK_RARROW; goto done; }
    "..." { tok = MN_TOK_ELLIPSIS; goto done; }
    * { tok = MN_RAW_BADCHAR; goto done; }
*/
done:
    *pcur = (const char *)YYCURSOR;
    return tok;
}
