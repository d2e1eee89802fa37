/* SPDX-License-Identifier: Apache-2.0 */
/*
 * warning.h - storcheck model header.
 * WDK builds force-include this header; it holds only #pragma warning
 * settings for the MSVC compiler (learn.microsoft.com: /windows-hardware/
 * drivers/devtest/ — the WDK's default compiler warning configuration), which
 * change no declaration. Nothing to model, so it is empty.
 */
#ifndef STORCHECK_WARNING_H
#define STORCHECK_WARNING_H
#endif /* STORCHECK_WARNING_H */
