/* SPDX-License-Identifier: Apache-2.0 */
/* pshpack1.h - storcheck model header: push structure packing to 1 bytes. */
#pragma pack(push, 1)
