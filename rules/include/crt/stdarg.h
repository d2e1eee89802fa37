/* SPDX-License-Identifier: Apache-2.0 */
/*
 * crt/stdarg.h - storcheck model header.
 * The WDK keeps its C runtime headers in a crt folder under the kernel
 * include folder, so drivers may write <crt/stdarg.h>; this resolves to the
 * runtime header the model uses for <stdarg.h>.
 */
#include <stdarg.h>
