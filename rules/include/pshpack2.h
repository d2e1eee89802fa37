/* SPDX-License-Identifier: Apache-2.0 */
/* pshpack2.h - storcheck model header: push structure packing to 2 bytes. */
#pragma pack(push, 2)
