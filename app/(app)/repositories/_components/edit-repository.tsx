'use client';

import { PageHeader } from '../../../_components/page-header';
import { EmptyState, ErrorState, LoadingState } from '../../../_components/states';
import { graphql } from '../../../_gql';
import { useQuery } from '../../../_lib/use-query';
import { RepositoryForm } from './repository-form';
import { RetentionSection } from './retention-section';

const repositoryQuery = graphql(`
  query EditRepository($id: ID!) {
    repository(id: $id) {
      name
      ...RepositoryFormFields
    }
  }
`);

export function EditRepository({ id }: { id: string }) {
  const { data, error, reload } = useQuery(repositoryQuery, { id });
  return (
    <div className="max-w-2xl">
      <PageHeader title={data?.repository ? `Edit ${data.repository.name}` : 'Edit repository'} />
      {error && <ErrorState message={error.message} onRetry={reload} />}
      {!error && !data && <LoadingState />}
      {data && !data.repository && <EmptyState title="No such repository">It may have been deleted.</EmptyState>}
      {data?.repository && <RepositoryForm repository={data.repository} />}
      {data?.repository && <RetentionSection repositoryId={id} />}
    </div>
  );
}
