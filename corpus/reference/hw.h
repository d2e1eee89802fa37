/*
 * hw.h - register, descriptor and ring layout of the RSC-1 simulated PCI
 * storage controller (see README.md in this folder for the prose version).
 *
 * Everything here describes the device, nothing here describes Storport:
 * the miniport's own state lives in refminiport.h.
 */
#ifndef REF_HW_H
#define REF_HW_H

/* ---- PCI identity ------------------------------------------------------ */
#define RSC_PCI_VENDOR_ID           0x1DE5
#define RSC_PCI_DEVICE_ID           0x5C01
#define RSC_PCI_CLASS_MASS_STORAGE  0x01

/* BAR0: 4 KiB of memory-mapped registers. */
#define RSC_BAR0_LENGTH             0x1000

/* ---- BAR0 register offsets (all 32-bit) --------------------------------- */
#define RSC_REG_CAP                 0x00    /* RO  capabilities, see RSC_CAP_* */
#define RSC_REG_VERSION             0x04    /* RO  major << 16 | minor */
#define RSC_REG_CONTROL             0x08    /* RW  see RSC_CONTROL_* */
#define RSC_REG_STATUS              0x0C    /* RO  see RSC_STATUS_* */
#define RSC_REG_INT_STATUS          0x10    /* RW1C see RSC_INT_* */
#define RSC_REG_INT_MASK            0x14    /* RW  1 = source masked */
#define RSC_REG_CMD_RING_LO         0x18    /* RW  command ring base, bits 31:6 */
#define RSC_REG_CMD_RING_HI         0x1C    /* RW  command ring base, bits 63:32 */
#define RSC_REG_CMD_RING_SIZE       0x20    /* RW  entries, power of two, 2..256 */
#define RSC_REG_CPL_RING_LO         0x24    /* RW  completion ring base, bits 31:6 */
#define RSC_REG_CPL_RING_HI         0x28    /* RW  completion ring base, bits 63:32 */
#define RSC_REG_CPL_RING_SIZE       0x2C    /* RW  entries, power of two, 2..256 */
#define RSC_REG_CMD_DOORBELL        0x30    /* WO  new command-ring tail index */
#define RSC_REG_CPL_DOORBELL        0x34    /* WO  new completion-ring head index */
#define RSC_REG_CAPACITY_LO         0x38    /* RO  medium size in blocks, bits 31:0 */
#define RSC_REG_CAPACITY_HI         0x3C    /* RO  medium size in blocks, bits 63:32 */
#define RSC_REG_BLOCK_SIZE          0x40    /* RO  bytes per block (512 or 4096) */

/* CAP */
#define RSC_CAP_MAX_PRD_MASK        0x000000FF  /* PRD entries per command, 1..255 */
#define RSC_CAP_MAX_RING_SHIFT      8
#define RSC_CAP_MAX_RING_MASK       0x0000FF00  /* log2 of the largest ring size */
#define RSC_CAP_DMA64               0x00010000  /* 64-bit PRD and ring addresses */
#define RSC_CAP_WRITE_CACHE         0x00020000  /* volatile write cache, FLUSH needed */

/* CONTROL */
#define RSC_CONTROL_ENABLE          0x00000001  /* 1: fetch commands from the ring */
#define RSC_CONTROL_RESET           0x00000002  /* write 1: reset, self-clearing */

/* STATUS */
#define RSC_STATUS_READY            0x00000001  /* enabled and fetching */
#define RSC_STATUS_FATAL            0x00000002  /* needs a reset */
#define RSC_STATUS_RESETTING        0x00000004  /* reset in progress */

/* INT_STATUS / INT_MASK (write 1 to clear a bit of INT_STATUS) */
#define RSC_INT_COMPLETION          0x00000001  /* new entries in the completion ring */
#define RSC_INT_FATAL               0x00000002  /* STATUS.FATAL was set */
#define RSC_INT_ALL                 (RSC_INT_COMPLETION | RSC_INT_FATAL)

/* ---- descriptors --------------------------------------------------------
 * All three are naturally aligned, so no packing pragma is needed; the
 * C_ASSERTs below pin the sizes the device expects. */

/* One entry of a command's PRD (physical region descriptor) table. */
typedef struct _RSC_PRD {
    ULONGLONG Address;          /* physical, 4-byte aligned */
    ULONG Length;               /* bytes, 1..RSC_PRD_MAX_LENGTH, multiple of 4 */
    ULONG Flags;                /* RSC_PRD_FLAG_* */
} RSC_PRD, *PRSC_PRD;

#define RSC_PRD_FLAG_END_OF_TABLE   0x00000001
#define RSC_PRD_MAX_LENGTH          0x00400000  /* 4 MiB per entry */
#define RSC_PRD_ALIGN_MASK          0x3

/* One 64-byte entry of the command ring. */
typedef struct _RSC_COMMAND {
    UCHAR Opcode;               /* RSC_OP_* */
    UCHAR Flags;                /* RSC_CMD_FLAG_* */
    USHORT Tag;                 /* echoed in the completion entry */
    ULONG PrdCount;             /* entries in the PRD table, 0 for no data */
    ULONGLONG Lba;
    ULONG BlockCount;
    ULONG Reserved0;
    ULONGLONG PrdTable;         /* physical address of the PRD table, 8-byte aligned */
    UCHAR Reserved1[32];
} RSC_COMMAND, *PRSC_COMMAND;

#define RSC_OP_READ                 0x01
#define RSC_OP_WRITE                0x02
#define RSC_OP_FLUSH                0x03

#define RSC_CMD_FLAG_FUA            0x01        /* write through the cache */

/* One 16-byte entry of the completion ring. */
typedef struct _RSC_COMPLETION {
    USHORT Tag;
    USHORT Status;              /* RSC_CPL_* */
    ULONG BytesTransferred;
    USHORT CmdHead;             /* command-ring head after this command was fetched */
    USHORT Phase;               /* bit 0: toggles each time the ring wraps */
    ULONG Reserved;
} RSC_COMPLETION, *PRSC_COMPLETION;

#define RSC_CPL_SUCCESS             0x0000
#define RSC_CPL_INVALID_OPCODE      0x0001
#define RSC_CPL_LBA_OUT_OF_RANGE    0x0002
#define RSC_CPL_MEDIA_ERROR         0x0003
#define RSC_CPL_DMA_ERROR           0x0004
#define RSC_CPL_ABORTED             0x0005

#define RSC_CPL_PHASE               0x0001

C_ASSERT(sizeof(RSC_PRD) == 16);
C_ASSERT(sizeof(RSC_COMMAND) == 64);
C_ASSERT(sizeof(RSC_COMPLETION) == 16);

#endif /* REF_HW_H */
