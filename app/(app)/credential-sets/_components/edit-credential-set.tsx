'use client';

import { PageHeader } from '../../../_components/page-header';
import { EmptyState, ErrorState, LoadingState } from '../../../_components/states';
import { graphql } from '../../../_gql';
import { useQuery } from '../../../_lib/use-query';
import { CredentialSetForm } from './credential-set-form';

const credentialSetQuery = graphql(`
  query EditCredentialSet($id: ID!) {
    credentialSet(id: $id) {
      name
      ...CredentialSetFormFields
    }
  }
`);

export function EditCredentialSet({ id }: { id: string }) {
  const { data, error, reload } = useQuery(credentialSetQuery, { id });
  return (
    <div className="max-w-2xl">
      <PageHeader title={data?.credentialSet ? `Edit ${data.credentialSet.name}` : 'Edit credential set'} />
      {error && <ErrorState message={error.message} onRetry={reload} />}
      {!error && !data && <LoadingState />}
      {data && !data.credentialSet && <EmptyState title="No such credential set">It may have been deleted.</EmptyState>}
      {data?.credentialSet && <CredentialSetForm credentialSet={data.credentialSet} />}
    </div>
  );
}
