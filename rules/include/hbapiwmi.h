/* SPDX-License-Identifier: Apache-2.0 */
/*
 * hbapiwmi.h - storcheck model header.
 * WMI classes of the storage management HBA API (MS_SM_*, MS_SMHBA_*) as
 * used by miniports that implement SM-HBA WMI providers (learn.microsoft.com:
 * /windows-hardware/drivers/storage/hba-wmi-classes).
 * NOTE: GUID values and method ids below are parse-model placeholders, not
 * the values registered by Windows; do not use them at run time.
 */
#ifndef STORCHECK_HBAPIWMI_H
#define STORCHECK_HBAPIWMI_H

#include <ntdef.h>

/* ---- MS_SM_AdapterInformationQuery ---- */
#define MS_SM_AdapterInformationQueryGuid \
    { 0x00000000, 0x0000, 0x0000, { 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01 } }
typedef struct _MS_SM_AdapterInformationQuery {
    ULONGLONG UniqueAdapterId;
    ULONG HBAStatus;
    ULONG NumberOfPorts;
    ULONG VendorSpecificID;
    WCHAR Manufacturer[65];
    WCHAR SerialNumber[65];
    WCHAR Model[257];
    WCHAR ModelDescription[257];
    WCHAR HardwareVersion[257];
    WCHAR DriverVersion[257];
    WCHAR OptionROMVersion[257];
    WCHAR FirmwareVersion[257];
    WCHAR DriverName[257];
    WCHAR HBASymbolicName[257];
    WCHAR RedundantFirmwareVersion[257];
    WCHAR RedundantOptionROMVersion[257];
    WCHAR MfgDomain[257];
} MS_SM_AdapterInformationQuery, *PMS_SM_AdapterInformationQuery;

/* ---- port attributes ---- */
typedef struct _MS_SMHBA_PORTATTRIBUTES {
    ULONG PortType;
    ULONG PortState;
    ULONG PortSpecificAttributesSize;
    WCHAR OSDeviceName[257];
    ULONGLONG Reserved;
    UCHAR PortSpecificAttributes[1];
} MS_SMHBA_PORTATTRIBUTES, *PMS_SMHBA_PORTATTRIBUTES;

typedef struct _MS_SMHBA_FC_Port {
    UCHAR NodeWWN[8];
    UCHAR PortWWN[8];
    ULONG FcId;
    ULONG PortSupportedClassofService;
    UCHAR PortSupportedFc4Types[32];
    UCHAR PortActiveFc4Types[32];
    UCHAR FabricName[8];
    ULONG NumberofDiscoveredPorts;
    UCHAR NumberofPhys;
    WCHAR PortSymbolicName[256];
} MS_SMHBA_FC_Port, *PMS_SMHBA_FC_Port;

typedef struct _MS_SMHBA_SAS_Port {
    ULONG PortProtocol;
    UCHAR LocalSASAddress[8];
    UCHAR AttachedSASAddress[8];
    ULONG NumberofDiscoveredPorts;
    ULONG NumberofPhys;
} MS_SMHBA_SAS_Port, *PMS_SMHBA_SAS_Port;

typedef struct _MS_SMHBA_PROTOCOLSTATISTICS {
    LONGLONG SecondsSinceLastReset;
    LONGLONG InputRequests;
    LONGLONG OutputRequests;
    LONGLONG ControlRequests;
    LONGLONG InputMegabytes;
    LONGLONG OutputMegabytes;
} MS_SMHBA_PROTOCOLSTATISTICS, *PMS_SMHBA_PROTOCOLSTATISTICS;

typedef struct _MS_SMHBA_SAS_PHY {
    UCHAR PhyIdentifier;
    ULONG NegotiatedLinkRate;
    ULONG ProgrammedMinLinkRate;
    ULONG HardwareMinLinkRate;
    ULONG ProgrammedMaxLinkRate;
    ULONG HardwareMaxLinkRate;
    UCHAR domainPortWWN[8];
} MS_SMHBA_SAS_PHY, *PMS_SMHBA_SAS_PHY;

typedef struct _MS_SMHBA_FC_PHY {
    ULONG PhySupportedSpeed;
    ULONG PhySpeed;
    UCHAR PhyType;
    ULONG MaxFrameSize;
} MS_SMHBA_FC_PHY, *PMS_SMHBA_FC_PHY;

/* ---- MS_SM_PortInformationMethods ---- */
#define MS_SM_PortInformationMethodsGuid \
    { 0x00000000, 0x0000, 0x0000, { 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02 } }

#define SM_GetPortType                  1
#define SM_GetAdapterPortAttributes     2
#define SM_GetDiscoveredPortAttributes  3
#define SM_GetPortAttributesByWWN       4
#define SM_GetProtocolStatistics        5
#define SM_GetPhyStatistics             6
#define SM_GetSASPhyAttributes          7
#define SM_GetFCPhyAttributes           8
#define SM_RefreshInformation           9

typedef struct _SM_GetPortType_IN { ULONG PortIndex; } SM_GetPortType_IN, *PSM_GetPortType_IN;
#define SM_GetPortType_IN_SIZE (FIELD_OFFSET(SM_GetPortType_IN, PortIndex) + RTL_FIELD_SIZE(SM_GetPortType_IN, PortIndex))
typedef struct _SM_GetPortType_OUT { ULONG HBAStatus; ULONG PortType; } SM_GetPortType_OUT, *PSM_GetPortType_OUT;
#define SM_GetPortType_OUT_SIZE sizeof(SM_GetPortType_OUT)

typedef struct _SM_GetAdapterPortAttributes_IN {
    ULONG PortIndex;
    ULONG PortSpecificAttributesMaxSize;
} SM_GetAdapterPortAttributes_IN, *PSM_GetAdapterPortAttributes_IN;
#define SM_GetAdapterPortAttributes_IN_SIZE sizeof(SM_GetAdapterPortAttributes_IN)
typedef struct _SM_GetAdapterPortAttributes_OUT {
    ULONG HBAStatus;
    MS_SMHBA_PORTATTRIBUTES PortAttributes;
} SM_GetAdapterPortAttributes_OUT, *PSM_GetAdapterPortAttributes_OUT;
#define SM_GetAdapterPortAttributes_OUT_SIZE sizeof(SM_GetAdapterPortAttributes_OUT)

typedef struct _SM_GetDiscoveredPortAttributes_IN {
    ULONG PortIndex;
    ULONG DiscoveredPortIndex;
    ULONG PortSpecificAttributesMaxSize;
} SM_GetDiscoveredPortAttributes_IN, *PSM_GetDiscoveredPortAttributes_IN;
#define SM_GetDiscoveredPortAttributes_IN_SIZE sizeof(SM_GetDiscoveredPortAttributes_IN)
typedef struct _SM_GetDiscoveredPortAttributes_OUT {
    ULONG HBAStatus;
    MS_SMHBA_PORTATTRIBUTES PortAttributes;
} SM_GetDiscoveredPortAttributes_OUT, *PSM_GetDiscoveredPortAttributes_OUT;
#define SM_GetDiscoveredPortAttributes_OUT_SIZE sizeof(SM_GetDiscoveredPortAttributes_OUT)

typedef struct _SM_GetPortAttributesByWWN_IN {
    UCHAR wwnPortWWN[8];
    UCHAR wwnDomainPortWWN[8];
    ULONG PortSpecificAttributesMaxSize;
} SM_GetPortAttributesByWWN_IN, *PSM_GetPortAttributesByWWN_IN;
#define SM_GetPortAttributesByWWN_IN_SIZE sizeof(SM_GetPortAttributesByWWN_IN)
typedef struct _SM_GetPortAttributesByWWN_OUT {
    ULONG HBAStatus;
    MS_SMHBA_PORTATTRIBUTES PortAttributes;
} SM_GetPortAttributesByWWN_OUT, *PSM_GetPortAttributesByWWN_OUT;
#define SM_GetPortAttributesByWWN_OUT_SIZE sizeof(SM_GetPortAttributesByWWN_OUT)

typedef struct _SM_GetProtocolStatistics_IN {
    ULONG PortIndex;
    ULONG ProtocolType;
} SM_GetProtocolStatistics_IN, *PSM_GetProtocolStatistics_IN;
#define SM_GetProtocolStatistics_IN_SIZE sizeof(SM_GetProtocolStatistics_IN)
typedef struct _SM_GetProtocolStatistics_OUT {
    ULONG HBAStatus;
    MS_SMHBA_PROTOCOLSTATISTICS ProtocolStatistics;
} SM_GetProtocolStatistics_OUT, *PSM_GetProtocolStatistics_OUT;
#define SM_GetProtocolStatistics_OUT_SIZE sizeof(SM_GetProtocolStatistics_OUT)

typedef struct _SM_GetPhyStatistics_IN {
    ULONG PortIndex;
    ULONG PhyIndex;
    ULONG InNumOfPhyCounters;
} SM_GetPhyStatistics_IN, *PSM_GetPhyStatistics_IN;
#define SM_GetPhyStatistics_IN_SIZE sizeof(SM_GetPhyStatistics_IN)
typedef struct _SM_GetPhyStatistics_OUT {
    ULONG HBAStatus;
    ULONG TotalNumOfPhyCounters;
    ULONG OutNumOfPhyCounters;
    LONGLONG PhyCounter[1];
} SM_GetPhyStatistics_OUT, *PSM_GetPhyStatistics_OUT;

typedef struct _SM_GetSASPhyAttributes_IN {
    ULONG PortIndex;
    ULONG PhyIndex;
} SM_GetSASPhyAttributes_IN, *PSM_GetSASPhyAttributes_IN;
#define SM_GetSASPhyAttributes_IN_SIZE sizeof(SM_GetSASPhyAttributes_IN)
typedef struct _SM_GetSASPhyAttributes_OUT {
    ULONG HBAStatus;
    MS_SMHBA_SAS_PHY PhyType;
} SM_GetSASPhyAttributes_OUT, *PSM_GetSASPhyAttributes_OUT;
#define SM_GetSASPhyAttributes_OUT_SIZE sizeof(SM_GetSASPhyAttributes_OUT)

typedef struct _SM_GetFCPhyAttributes_IN {
    ULONG PortIndex;
    ULONG PhyIndex;
} SM_GetFCPhyAttributes_IN, *PSM_GetFCPhyAttributes_IN;
#define SM_GetFCPhyAttributes_IN_SIZE sizeof(SM_GetFCPhyAttributes_IN)
typedef struct _SM_GetFCPhyAttributes_OUT {
    ULONG HBAStatus;
    MS_SMHBA_FC_PHY PhyType;
} SM_GetFCPhyAttributes_OUT, *PSM_GetFCPhyAttributes_OUT;
#define SM_GetFCPhyAttributes_OUT_SIZE sizeof(SM_GetFCPhyAttributes_OUT)

/* ---- Fibre Channel HBA API events (learn.microsoft.com:
 * ddi/hbapiwmi/ns-hbapiwmi-_msfc_adapterevent and ns-hbapiwmi-_msfc_linkevent;
 * storage/msfc-adapterevent-wmi-class, storage/msfc-linkevent-wmi-class).
 * The WMI tool suite emits a Guid initializer macro and a DEFINE_GUID
 * object for each class; the values here are placeholders as above. ---- */
#include <guiddef.h>

#define MSFC_AdapterEventGuid \
    { 0x00000000, 0x0000, 0x0000, { 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x01 } }
DEFINE_GUID(MSFC_AdapterEvent_GUID,
    0x00000000, 0x0000, 0x0000, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x01);
typedef struct _MSFC_AdapterEvent {
    ULONG EventType;
    UCHAR PortWWN[8];
} MSFC_AdapterEvent, *PMSFC_AdapterEvent;
#define MSFC_AdapterEvent_SIZE (FIELD_OFFSET(MSFC_AdapterEvent, PortWWN) + 8 * sizeof(UCHAR))

#define MSFC_LinkEventGuid \
    { 0x00000000, 0x0000, 0x0000, { 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x02 } }
DEFINE_GUID(MSFC_LinkEvent_GUID,
    0x00000000, 0x0000, 0x0000, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x02);
typedef struct _MSFC_LinkEvent {
    ULONG EventType;
    UCHAR AdapterWWN[8];
    ULONG RLIRBufferSize;
    UCHAR RLIRBuffer[1];
} MSFC_LinkEvent, *PMSFC_LinkEvent;

#endif /* STORCHECK_HBAPIWMI_H */
