/*
 * ntifs.h - storcheck model header (stub, grows below).
 */
#ifndef STORCHECK_NTIFS_H
#define STORCHECK_NTIFS_H
#include <ntddk.h>
#endif
