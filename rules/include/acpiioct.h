/* SPDX-License-Identifier: Apache-2.0 */
/*
 * acpiioct.h - storcheck model header.
 * ACPI method evaluation buffers (learn.microsoft.com:
 * ddi/acpiioct/ns-acpiioct-_acpi_eval_input_buffer_v1,
 * ns-acpiioct-_acpi_eval_input_buffer_complex_v1, ns-acpiioct-_acpi_method_argument_v1,
 * ns-acpiioct-_acpi_eval_output_buffer_v1).
 */
#ifndef STORCHECK_ACPIIOCT_H
#define STORCHECK_ACPIIOCT_H

#include <ntdef.h>

#include <devioctl.h>

#define IOCTL_ACPI_EVAL_METHOD    CTL_CODE(FILE_DEVICE_ACPI, 0, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_ACPI_EVAL_METHOD_EX CTL_CODE(FILE_DEVICE_ACPI, 6, METHOD_BUFFERED, FILE_ANY_ACCESS)

#define ACPI_EVAL_INPUT_BUFFER_SIGNATURE                'BieA'
#define ACPI_EVAL_INPUT_BUFFER_SIMPLE_INTEGER_SIGNATURE 'IieA'
#define ACPI_EVAL_INPUT_BUFFER_SIMPLE_STRING_SIGNATURE  'SieA'
#define ACPI_EVAL_INPUT_BUFFER_COMPLEX_SIGNATURE        'CieA'
#define ACPI_EVAL_OUTPUT_BUFFER_SIGNATURE               'BoeA'

#define ACPI_METHOD_ARGUMENT_INTEGER 0x0
#define ACPI_METHOD_ARGUMENT_STRING  0x1
#define ACPI_METHOD_ARGUMENT_BUFFER  0x2
#define ACPI_METHOD_ARGUMENT_PACKAGE 0x3
#define ACPI_METHOD_ARGUMENT_PACKAGE_EX 0x4

typedef struct _ACPI_EVAL_INPUT_BUFFER {
    ULONG Signature;
    union {
        UCHAR MethodName[4];
        ULONG MethodNameAsUlong;
    };
} ACPI_EVAL_INPUT_BUFFER, *PACPI_EVAL_INPUT_BUFFER;

typedef struct _ACPI_EVAL_INPUT_BUFFER_SIMPLE_INTEGER {
    ULONG Signature;
    union {
        UCHAR MethodName[4];
        ULONG MethodNameAsUlong;
    };
    ULONG IntegerArgument;
} ACPI_EVAL_INPUT_BUFFER_SIMPLE_INTEGER, *PACPI_EVAL_INPUT_BUFFER_SIMPLE_INTEGER;

typedef struct _ACPI_METHOD_ARGUMENT {
    USHORT Type;
    USHORT DataLength;
    union {
        ULONG Argument;
        UCHAR Data[ANYSIZE_ARRAY];
    };
} ACPI_METHOD_ARGUMENT, *PACPI_METHOD_ARGUMENT;

#define ACPI_METHOD_ARGUMENT_LENGTH(DataLength) \
    (FIELD_OFFSET(ACPI_METHOD_ARGUMENT, Data) + max(sizeof(ULONG), (DataLength)))
#define ACPI_METHOD_ARGUMENT_LENGTH_FROM_ARGUMENT(Argument) \
    ACPI_METHOD_ARGUMENT_LENGTH((Argument)->DataLength)
#define ACPI_METHOD_NEXT_ARGUMENT(Argument) \
    ((PACPI_METHOD_ARGUMENT)((PUCHAR)(Argument) + ACPI_METHOD_ARGUMENT_LENGTH_FROM_ARGUMENT(Argument)))
/* Blocks, as the WDK writes them (not do { } while (0)). */
#define ACPI_METHOD_SET_ARGUMENT_INTEGER(MethodArgument, IntData) {    \
        (MethodArgument)->Type = ACPI_METHOD_ARGUMENT_INTEGER;          \
        (MethodArgument)->DataLength = sizeof(ULONG);                   \
        (MethodArgument)->Argument = (IntData);                         \
    }
#define ACPI_METHOD_SET_ARGUMENT_BUFFER(MethodArgument, BufferData, BufferLength) { \
        (MethodArgument)->Type = ACPI_METHOD_ARGUMENT_BUFFER;           \
        (MethodArgument)->DataLength = (USHORT)(BufferLength);          \
        RtlCopyMemory((MethodArgument)->Data, (BufferData), (BufferLength)); \
    }

typedef struct _ACPI_EVAL_INPUT_BUFFER_COMPLEX {
    ULONG Signature;
    union {
        UCHAR MethodName[4];
        ULONG MethodNameAsUlong;
    };
    ULONG Size;
    ULONG ArgumentCount;
    ACPI_METHOD_ARGUMENT Argument[ANYSIZE_ARRAY];
} ACPI_EVAL_INPUT_BUFFER_COMPLEX, *PACPI_EVAL_INPUT_BUFFER_COMPLEX;

typedef struct _ACPI_EVAL_OUTPUT_BUFFER {
    ULONG Signature;
    ULONG Length;
    ULONG Count;
    ACPI_METHOD_ARGUMENT Argument[ANYSIZE_ARRAY];
} ACPI_EVAL_OUTPUT_BUFFER, *PACPI_EVAL_OUTPUT_BUFFER;

#endif /* STORCHECK_ACPIIOCT_H */
