import type { InventorySourceKind, OrphanPolicy, WriteBackFormat } from '../../../_gql/graphql';

export const sourceKindLabels: Record<InventorySourceKind, string> = { NAUTOBOT: 'Nautobot', NETBOX: 'NetBox' };

export const orphanPolicyLabels: Record<OrphanPolicy, string> = {
  KEEP: 'Keep them as they are',
  DISABLE: 'Disable them',
  DELETE: 'Delete them (their backups stay in the repository)',
};

export const writeBackFormatLabels: Record<WriteBackFormat, string> = { DATE: 'Date (2025-03-01)', DATETIME: 'Date and time (2025-03-01T02:30:00Z)' };
