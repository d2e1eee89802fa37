/* SPDX-License-Identifier: Apache-2.0 */
/*
 * crt/stddef.h - storcheck model header.
 * The WDK keeps its C runtime headers in a crt folder under the kernel
 * include folder, so drivers may write <crt/stddef.h>; this resolves to the
 * runtime header the model uses for <stddef.h>.
 */
#include <stddef.h>
