import Link from 'next/link';
import type { InventorySourceKind } from '../../../_gql/graphql';
import { sourceKindLabels } from './source-kind';

/** Marks a device an inventory source owns; its synced fields are edited at the source. */
export function SourceBadge({ source }: { source: { id: string; name: string; kind: InventorySourceKind } }) {
  return (
    <Link
      href={`/sources/${source.id}`}
      data-testid="source-badge"
      title={`Synced from ${sourceKindLabels[source.kind]} source ${source.name}`}
      className="inline-flex items-center rounded bg-violet-50 px-1.5 py-0.5 text-xs font-medium text-violet-800 ring-1 ring-violet-300 ring-inset hover:underline"
    >
      {source.name}
    </Link>
  );
}
