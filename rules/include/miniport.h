/* SPDX-License-Identifier: Apache-2.0 */
/*
 * miniport.h - storcheck model header.
 * Base declarations shared by miniport drivers (types, bus/interrupt enums,
 * PCI configuration space, power states, memory and interlocked helpers).
 * Written from learn.microsoft.com documentation; see sc_kernel_common.h.
 */
#ifndef STORCHECK_MINIPORT_H
#define STORCHECK_MINIPORT_H

#include <ntdef.h>
#include <ntstatus.h>
#include <sc_kernel_common.h>
#include <devioctl.h>

typedef ULONG_PTR KSPIN_LOCK, *PKSPIN_LOCK;

#endif /* STORCHECK_MINIPORT_H */
