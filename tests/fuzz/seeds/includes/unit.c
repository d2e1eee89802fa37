/* SPDX-License-Identifier: Apache-2.0 */
#include "a.h"
#include <Inc\\hw.h>
#include "missing.h"
#include "../../../etc/passwd"
#if 0
#include "no.h"
#endif
int x;
