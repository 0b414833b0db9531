'use client';

import { PageHeader } from '../../../_components/page-header';
import { EmptyState, ErrorState, LoadingState } from '../../../_components/states';
import { graphql } from '../../../_gql';
import { useQuery } from '../../../_lib/use-query';
import { DeviceForm } from './device-form';

const deviceQuery = graphql(`
  query EditDevice($id: ID!) {
    device(id: $id) {
      name
      ...DeviceFormFields
    }
  }
`);

export function EditDevice({ id }: { id: string }) {
  const { data, error, reload } = useQuery(deviceQuery, { id });
  return (
    <div className="max-w-2xl">
      <PageHeader title={data?.device ? `Edit ${data.device.name}` : 'Edit device'} />
      {error && <ErrorState message={error.message} onRetry={reload} />}
      {!error && !data && <LoadingState />}
      {data && !data.device && <EmptyState title="No such device">It may have been deleted.</EmptyState>}
      {data?.device && <DeviceForm device={data.device} />}
    </div>
  );
}
