/* SPDX-License-Identifier: Apache-2.0 */
/*
 * crt/malloc.h - storcheck model header.
 * The WDK keeps its C runtime headers in a crt folder under the kernel
 * include folder, so drivers may write <crt/malloc.h>; this resolves to the
 * runtime header the model uses for <malloc.h>.
 */
#include <malloc.h>
