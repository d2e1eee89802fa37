/* SPDX-License-Identifier: Apache-2.0 */
/* poppack.h - storcheck model header: restore the packing pushed by pshpackN.h. */
#pragma pack(pop)
