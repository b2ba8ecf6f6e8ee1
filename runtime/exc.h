/*
 * runtime/exc.h - the exception hierarchy from BaseException down, with CPython's layouts.
 * MN_EXC_LIST is the one list of builtin exception types: name, base, instance struct.
 * See also: runtime/exc.c, src/err.c
 */
#ifndef MN_EXC_H
#define MN_EXC_H

#include "object.h"

typedef struct MnBaseException {
    MnObject ob_base;
    MnObject *dict;             // owned, or NULL
    MnObject *args;             // owned tuple
    MnObject *notes;            // owned, or NULL
    MnObject *traceback;        // owned traceback object, or NULL
    MnObject *context;          // owned, or NULL
    MnObject *cause;            // owned, or NULL
    char suppress_context;
} MnBaseException;

typedef struct MnStopIteration {
    MnBaseException base;
    MnObject *value;            // owned
} MnStopIteration;

typedef struct MnSystemExit {
    MnBaseException base;
    MnObject *code;             // owned
} MnSystemExit;

typedef struct MnImportError {
    MnBaseException base;
    MnObject *msg, *name, *path;    // owned, or NULL
} MnImportError;

typedef struct MnOSError {
    MnBaseException base;
    MnObject *myerrno, *strerror, *filename, *filename2;    // owned, or NULL
    intptr_t written;
} MnOSError;

typedef struct MnSyntaxError {
    MnBaseException base;
    MnObject *msg, *filename, *lineno, *offset, *text, *end_lineno, *end_offset;  // owned
    MnObject *print_file_and_line;
} MnSyntaxError;

typedef struct MnAttributeError {
    MnBaseException base;
    MnObject *obj, *name;       // owned, or NULL
} MnAttributeError;

typedef struct MnNameError {
    MnBaseException base;
    MnObject *name;             // owned, or NULL
} MnNameError;

typedef struct MnUnicodeError {
    MnBaseException base;
    MnObject *encoding, *object;    // owned
    intptr_t start, end;
    MnObject *reason;           // owned
} MnUnicodeError;

// X(name, base name, instance struct)
#define MN_EXC_LIST(X)                                                  \
    X(BaseException, object, MnBaseException)                          \
    X(SystemExit, BaseException, MnSystemExit)                          \
    X(KeyboardInterrupt, BaseException, MnBaseException)                \
    X(GeneratorExit, BaseException, MnBaseException)                    \
    X(Exception, BaseException, MnBaseException)                        \
    X(StopIteration, Exception, MnStopIteration)                        \
    X(StopAsyncIteration, Exception, MnBaseException)                   \
    X(ArithmeticError, Exception, MnBaseException)                      \
    X(FloatingPointError, ArithmeticError, MnBaseException)             \
    X(OverflowError, ArithmeticError, MnBaseException)                  \
    X(ZeroDivisionError, ArithmeticError, MnBaseException)              \
    X(AssertionError, Exception, MnBaseException)                       \
    X(AttributeError, Exception, MnAttributeError)                      \
    X(BufferError, Exception, MnBaseException)                          \
    X(EOFError, Exception, MnBaseException)                             \
    X(ImportError, Exception, MnImportError)                            \
    X(ModuleNotFoundError, ImportError, MnImportError)                  \
    X(LookupError, Exception, MnBaseException)                          \
    X(IndexError, LookupError, MnBaseException)                         \
    X(KeyError, LookupError, MnBaseException)                           \
    X(MemoryError, Exception, MnBaseException)                          \
    X(NameError, Exception, MnNameError)                                \
    X(UnboundLocalError, NameError, MnNameError)                        \
    X(OSError, Exception, MnOSError)                                    \
    X(BlockingIOError, OSError, MnOSError)                              \
    X(ChildProcessError, OSError, MnOSError)                            \
    X(ConnectionError, OSError, MnOSError)                              \
    X(BrokenPipeError, ConnectionError, MnOSError)                      \
    X(ConnectionAbortedError, ConnectionError, MnOSError)               \
    X(ConnectionRefusedError, ConnectionError, MnOSError)               \
    X(ConnectionResetError, ConnectionError, MnOSError)                 \
    X(FileExistsError, OSError, MnOSError)                              \
    X(FileNotFoundError, OSError, MnOSError)                            \
    X(InterruptedError, OSError, MnOSError)                             \
    X(IsADirectoryError, OSError, MnOSError)                            \
    X(NotADirectoryError, OSError, MnOSError)                           \
    X(PermissionError, OSError, MnOSError)                              \
    X(ProcessLookupError, OSError, MnOSError)                           \
    X(TimeoutError, OSError, MnOSError)                                 \
    X(ReferenceError, Exception, MnBaseException)                       \
    X(RuntimeError, Exception, MnBaseException)                         \
    X(NotImplementedError, RuntimeError, MnBaseException)               \
    X(RecursionError, RuntimeError, MnBaseException)                    \
    X(SyntaxError, Exception, MnSyntaxError)                            \
    X(IndentationError, SyntaxError, MnSyntaxError)                     \
    X(TabError, IndentationError, MnSyntaxError)                        \
    X(SystemError, Exception, MnBaseException)                          \
    X(TypeError, Exception, MnBaseException)                            \
    X(ValueError, Exception, MnBaseException)                           \
    X(UnicodeError, ValueError, MnBaseException)                        \
    X(UnicodeDecodeError, UnicodeError, MnUnicodeError)                 \
    X(UnicodeEncodeError, UnicodeError, MnUnicodeError)                 \
    X(UnicodeTranslateError, UnicodeError, MnUnicodeError)              \
    X(Warning, Exception, MnBaseException)                              \
    X(DeprecationWarning, Warning, MnBaseException)                     \
    X(PendingDeprecationWarning, Warning, MnBaseException)              \
    X(RuntimeWarning, Warning, MnBaseException)                         \
    X(SyntaxWarning, Warning, MnBaseException)                          \
    X(UserWarning, Warning, MnBaseException)                            \
    X(FutureWarning, Warning, MnBaseException)                          \
    X(ImportWarning, Warning, MnBaseException)                          \
    X(UnicodeWarning, Warning, MnBaseException)                         \
    X(BytesWarning, Warning, MnBaseException)                           \
    X(EncodingWarning, Warning, MnBaseException)                        \
    X(ResourceWarning, Warning, MnBaseException)

// mn_exc_TypeError etc.: pointers to the static type objects defined in runtime/exc.c.
#define MN_EXC_DECLARE(name, base, st) extern MnType *const mn_exc_##name;
MN_EXC_LIST(MN_EXC_DECLARE)
#undef MN_EXC_DECLARE

#define MN_EXC_CHECK(o) MN_TYPE_HAS_FLAG(MN_TYPE(o), MN_TPFLAG_BASE_EXC_SUBCLASS)
#define MN_EXC_TYPE_CHECK(t) MN_TYPE_HAS_FLAG((MnType *)(t), MN_TPFLAG_BASE_EXC_SUBCLASS)

// Readies every exception type. -> 0, or -1.
int mn_exc_init(void);
// Creates an instance of [type] with the arguments [args]. -> new reference, or NULL.
MnObject *mn_exc_new(MnType *type, MnObject *const *args, intptr_t nargs);
// [type](*[tuple]) for an error raised with a tuple value: the exception keeps [tuple]
// (borrowed) itself as its args, as CPython's does. -> new reference, or NULL.
MnObject *mn_exc_new_from_tuple(MnType *type, MnObject *tuple);
// Accessors used by err.c and the VM. The getters return borrowed references or NULL.
MnObject *mn_exc_get_traceback(MnObject *exc);
void mn_exc_set_traceback(MnObject *exc, MnObject *tb);      // borrows tb (may be NULL)
MnObject *mn_exc_get_context(MnObject *exc);
void mn_exc_set_context(MnObject *exc, MnObject *ctx);       // steals ctx (may be NULL)
MnObject *mn_exc_get_cause(MnObject *exc);
void mn_exc_set_cause(MnObject *exc, MnObject *cause);       // steals cause (may be NULL)
MnObject *mn_exc_get_args(MnObject *exc);

#endif
