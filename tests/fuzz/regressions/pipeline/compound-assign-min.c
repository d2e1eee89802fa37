/* SPDX-License-Identifier: Apache-2.0 */
typedef unsigned long ULONG;
struct S { ULONG n; };
ULONG f(struct S *s, ULONG k)
{
    s->n += k;
    s->n |= 1;
    return s->n;
}
