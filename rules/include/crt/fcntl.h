/* SPDX-License-Identifier: Apache-2.0 */
/*
 * crt/fcntl.h - storcheck model header.
 * The WDK keeps its C runtime headers in a crt folder under the kernel
 * include folder, so drivers may write <crt/fcntl.h>; this resolves to the
 * runtime header the model uses for <fcntl.h>.
 */
#include <fcntl.h>
