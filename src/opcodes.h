/*
 * src/opcodes.h - the instruction set, one X-macro list: OP(NAME, stack_effect).
 * An instruction is 32 bits: the opcode in the low 8 bits, the argument in the upper 24.
 * Jump arguments are absolute instruction indices. Ops whose effect depends on the argument
 * list MN_EFFECT_VAR and are computed by mn_opcode_stack_effect (src/compile_asm.c).
 * Pseudo-ops (after MN_OP_FIRST_PSEUDO) exist only inside the compiler and are replaced by the
 * exception table before a code object is built.
 * See also: src/eval.c (executes), src/compile*.c (emits), src/code.c (disassembly names)
 */
#ifndef MN_OPCODES_H
#define MN_OPCODES_H

#include <stdint.h>

#define MN_EFFECT_VAR 99

#define MN_OPCODE_LIST(OP)                                                      \
    OP(NOP, 0)                                                                  \
    OP(POP_TOP, -1)                                                             \
    OP(PUSH_NULL, 1)                                                            \
    OP(COPY, 1)                                                                 \
    OP(SWAP, 0)                                                                 \
    OP(LOAD_CONST, 1)                                                           \
    OP(LOAD_FAST, 1)                                                            \
    OP(STORE_FAST, -1)                                                          \
    OP(DELETE_FAST, 0)                                                          \
    OP(LOAD_NAME, 1)                                                            \
    OP(STORE_NAME, -1)                                                          \
    OP(DELETE_NAME, 0)                                                          \
    OP(LOAD_GLOBAL, MN_EFFECT_VAR)                                              \
    OP(STORE_GLOBAL, -1)                                                        \
    OP(DELETE_GLOBAL, 0)                                                        \
    OP(MAKE_CELL, 0)                                                            \
    OP(COPY_FREE_VARS, 0)                                                       \
    OP(LOAD_CLOSURE, 1)                                                         \
    OP(LOAD_DEREF, 1)                                                           \
    OP(LOAD_CLASSDEREF, 1)                                                      \
    OP(STORE_DEREF, -1)                                                         \
    OP(DELETE_DEREF, 0)                                                         \
    OP(LOAD_ATTR, 0)                                                            \
    OP(LOAD_METHOD, 1)                                                          \
    OP(STORE_ATTR, -2)                                                          \
    OP(DELETE_ATTR, -1)                                                         \
    OP(BINARY_OP, -1)                                                           \
    OP(UNARY_POSITIVE, 0)                                                       \
    OP(UNARY_NEGATIVE, 0)                                                       \
    OP(UNARY_NOT, 0)                                                            \
    OP(UNARY_INVERT, 0)                                                         \
    OP(COMPARE_OP, -1)                                                          \
    OP(IS_OP, -1)                                                               \
    OP(CONTAINS_OP, -1)                                                         \
    OP(BINARY_SUBSCR, -1)                                                       \
    OP(STORE_SUBSCR, -3)                                                        \
    OP(DELETE_SUBSCR, -2)                                                       \
    OP(BUILD_SLICE, MN_EFFECT_VAR)                                              \
    OP(BUILD_TUPLE, MN_EFFECT_VAR)                                              \
    OP(BUILD_LIST, MN_EFFECT_VAR)                                               \
    OP(BUILD_SET, MN_EFFECT_VAR)                                                \
    OP(BUILD_MAP, MN_EFFECT_VAR)                                                \
    OP(BUILD_CONST_KEY_MAP, MN_EFFECT_VAR)                                      \
    OP(BUILD_STRING, MN_EFFECT_VAR)                                             \
    OP(LIST_APPEND, -1)                                                         \
    OP(SET_ADD, -1)                                                             \
    OP(MAP_ADD, -2)                                                             \
    OP(LIST_EXTEND, -1)                                                         \
    OP(SET_UPDATE, -1)                                                          \
    OP(DICT_UPDATE, -1)                                                         \
    OP(DICT_MERGE, -1)                                                          \
    OP(LIST_TO_TUPLE, 0)                                                        \
    OP(UNPACK_SEQUENCE, MN_EFFECT_VAR)                                          \
    OP(UNPACK_EX, MN_EFFECT_VAR)                                                \
    OP(GET_ITER, 0)                                                             \
    OP(FOR_ITER, 1)                                                             \
    OP(JUMP, 0)                                                                 \
    OP(JUMP_BACKWARD, 0)                                                        \
    OP(JUMP_NO_INTERRUPT, 0)                                                    \
    OP(POP_JUMP_IF_FALSE, -1)                                                   \
    OP(POP_JUMP_IF_TRUE, -1)                                                    \
    OP(POP_JUMP_IF_NONE, -1)                                                    \
    OP(POP_JUMP_IF_NOT_NONE, -1)                                                \
    OP(JUMP_IF_FALSE_OR_POP, MN_EFFECT_VAR)                                     \
    OP(JUMP_IF_TRUE_OR_POP, MN_EFFECT_VAR)                                      \
    OP(KW_NAMES, 0)                                                             \
    OP(CALL, MN_EFFECT_VAR)                                                     \
    OP(CALL_FUNCTION_EX, MN_EFFECT_VAR)                                         \
    OP(MAKE_FUNCTION, MN_EFFECT_VAR)                                            \
    OP(RETURN_VALUE, -1)                                                        \
    OP(RAISE_VARARGS, MN_EFFECT_VAR)                                            \
    OP(RERAISE, -1)                                                             \
    OP(PUSH_EXC_INFO, 1)                                                        \
    OP(POP_EXCEPT, -1)                                                          \
    OP(CHECK_EXC_MATCH, 0)                                                      \
    OP(LOAD_ASSERTION_ERROR, 1)                                                 \
    OP(BEFORE_WITH, 1)                                                          \
    OP(WITH_EXCEPT_START, 1)                                                    \
    OP(YIELD_VALUE, 0)                                                          \
    OP(SEND, MN_EFFECT_VAR)                                                     \
    OP(GET_YIELD_FROM_ITER, 0)                                                  \
    OP(RETURN_GENERATOR, 0)                                                     \
    OP(IMPORT_NAME, -1)                                                         \
    OP(IMPORT_FROM, 1)                                                          \
    OP(LOAD_BUILD_CLASS, 1)                                                     \
    OP(SETUP_ANNOTATIONS, 0)                                                    \
    OP(FORMAT_VALUE, MN_EFFECT_VAR)                                             \
    OP(PRINT_EXPR, -1)                                                          \
    OP(CACHE, 0)                                                                \
    /* pseudo-ops: compiler only */                                             \
    OP(SETUP_FINALLY, 0)                                                        \
    OP(SETUP_CLEANUP, 0)                                                        \
    OP(SETUP_WITH, 0)                                                           \
    OP(POP_BLOCK, 0)

typedef enum MnOpcode {
#define MN_OP_ENUM(name, effect) MN_OP_##name,
    MN_OPCODE_LIST(MN_OP_ENUM)
#undef MN_OP_ENUM
    MN_OP_COUNT
} MnOpcode;

#define MN_OP_FIRST_PSEUDO MN_OP_SETUP_FINALLY

// Instruction encoding.
typedef uint32_t MnInstr;
#define MN_INSTR(op, arg) ((MnInstr)(op) | ((MnInstr)(arg) << 8))
#define MN_INSTR_OP(i) ((i) & 0xff)
#define MN_INSTR_ARG(i) ((i) >> 8)
#define MN_INSTR_MAXARG 0xffffff

// FORMAT_VALUE argument bits.
enum { MN_FVC_NONE = 0, MN_FVC_STR = 1, MN_FVC_REPR = 2, MN_FVC_ASCII = 3, MN_FVS_HAVE_SPEC = 4 };
// MAKE_FUNCTION argument bits.
enum {
    MN_MKFN_DEFAULTS = 1, MN_MKFN_KWDEFAULTS = 2, MN_MKFN_ANNOTATIONS = 4,
    MN_MKFN_CLOSURE = 8,
};

#endif
