'use client';

import { PageHeader } from '../../../_components/page-header';
import { EmptyState, ErrorState, LoadingState } from '../../../_components/states';
import { graphql } from '../../../_gql';
import { useQuery } from '../../../_lib/use-query';
import { SourceForm } from './source-form';

const sourceQuery = graphql(`
  query EditInventorySource($id: ID!) {
    inventorySource(id: $id) {
      name
      ...SourceFormFields
    }
  }
`);

export function EditSource({ id }: { id: string }) {
  const { data, error, reload } = useQuery(sourceQuery, { id });
  return (
    <div className="max-w-2xl">
      <PageHeader title={data?.inventorySource ? `Edit ${data.inventorySource.name}` : 'Edit source'} />
      {error && <ErrorState message={error.message} onRetry={reload} />}
      {!error && !data && <LoadingState />}
      {data && !data.inventorySource && <EmptyState title="No such source">It may have been deleted.</EmptyState>}
      {data?.inventorySource && <SourceForm source={data.inventorySource} />}
    </div>
  );
}
