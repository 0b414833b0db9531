'use client';

import { PageHeader } from '../../../_components/page-header';
import { EmptyState, ErrorState, LoadingState } from '../../../_components/states';
import type { Device } from '../../../_lib/types';
import { useQuery } from '../../../_lib/use-query';
import { DeviceForm } from './device-form';

const deviceQuery = /* GraphQL */ `
  query EditDevice($id: ID!) {
    device(id: $id) {
      id
      name
      host
      port
      backupMethod
      backupMethodInfo {
        friendlyName
        isBinary
      }
      location
      tags
      enabled
      repository {
        id
        name
      }
      credentialSets {
        id
        name
      }
      sshProfile
      keepSecrets
      prompt
    }
  }
`;

export function EditDevice({ id }: { id: string }) {
  const { data, error, reload } = useQuery<{ device: Device | null }>(deviceQuery, { id });
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
