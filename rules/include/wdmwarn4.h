/* SPDX-License-Identifier: Apache-2.0 */
/*
 * wdmwarn4.h - storcheck model header.
 * Like <warning.h>, the WDK's warning-level-4 pragma set; it changes no
 * declaration, so it is empty.
 */
#ifndef STORCHECK_WDMWARN4_H
#define STORCHECK_WDMWARN4_H
#endif /* STORCHECK_WDMWARN4_H */
