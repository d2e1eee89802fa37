/* SPDX-License-Identifier: Apache-2.0 */
/* pshpack4.h - storcheck model header: push structure packing to 4 bytes. */
#pragma pack(push, 4)
