/* SPDX-License-Identifier: Apache-2.0 */
/*
 * initguid.h - storcheck model header.
 * Including it makes DEFINE_GUID define (not just declare) the GUIDs of the
 * headers included after it (learn.microsoft.com: /windows-hardware/drivers/
 * kernel/including-guids-in-driver-code).
 */
#ifndef INITGUID
#define INITGUID
#endif
#include <guiddef.h>
