/* SPDX-License-Identifier: Apache-2.0 */
/*
 * crt/limits.h - storcheck model header.
 * The WDK keeps its C runtime headers in a crt folder under the kernel
 * include folder, so drivers may write <crt/limits.h>; this resolves to the
 * runtime header the model uses for <limits.h>.
 */
#include <limits.h>
