/* SPDX-License-Identifier: Apache-2.0 */
/* pshpack8.h - storcheck model header: push structure packing to 8 bytes. */
#pragma pack(push, 8)
