'use client';

import Link from 'next/link';
import { useState } from 'react';
import { controlClass } from '../../../_components/field';
import { EmptyState, ErrorState, LoadingState } from '../../../_components/states';
import { renderPathTemplate } from '../../../../db/repositories/path-template';
import { getFragmentData, graphql, type FragmentType } from '../../../_gql';
import { useQuery } from '../../../_lib/use-query';

const pathPreviewRepositoryFragment = graphql(`
  fragment PathPreviewRepository on Repository {
    id
    name
    pathTemplate
    isDefault
    effectiveDeviceCount
  }
`);

const devicesQuery = graphql(`
  query RepositoryDevices($repositoryId: ID) {
    using: devices(first: 200, filter: { repositoryId: $repositoryId }) {
      totalCount
      nodes {
        id
        name
      }
    }
    all: devices(first: 200) {
      nodes {
        id
        name
        location
        tags
        variables {
          name
          value
        }
        backupMethod
        backupMethodInfo {
          artifacts
        }
      }
    }
  }
`);

/** Which devices store into a repository, and where a chosen device's artifacts would land. */
export function PathPreview({ repositories: repositoryRefs }: { repositories: FragmentType<typeof pathPreviewRepositoryFragment>[] }) {
  const repositories = getFragmentData(pathPreviewRepositoryFragment, repositoryRefs);
  const [repositoryId, setRepositoryId] = useState(repositories[0]?.id ?? '');
  const [deviceId, setDeviceId] = useState('');
  const { data, error, reload } = useQuery(devicesQuery, { repositoryId });
  const repository = repositories.find((r) => r.id === repositoryId);
  const device = data?.all.nodes.find((d) => d.id === deviceId) ?? data?.all.nodes[0];

  return (
    <section aria-labelledby="path-preview-title" className="mt-6 space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="path-preview-title" className="text-base font-semibold text-slate-900">
        Devices and paths
      </h2>
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor="preview-repository" className="mb-1 block text-sm font-medium text-slate-800">
            Repository
          </label>
          <select id="preview-repository" className={controlClass} value={repositoryId} onChange={(e) => setRepositoryId(e.target.value)}>
            {repositories.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="preview-device" className="mb-1 block text-sm font-medium text-slate-800">
            Device for the preview
          </label>
          <select id="preview-device" className={controlClass} value={device?.id ?? ''} onChange={(e) => setDeviceId(e.target.value)} disabled={!data?.all.nodes.length}>
            {data?.all.nodes.length === 0 && <option value="">No devices yet</option>}
            {data?.all.nodes.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {error && <ErrorState message={error.message} onRetry={reload} />}
      {!error && !data && <LoadingState />}
      {data && repository && (
        <div className="grid gap-4 md:grid-cols-2">
          <div>
            <h3 className="mb-1 text-sm font-medium text-slate-800">
              Path template <code className="font-mono text-xs">{repository.pathTemplate}</code>
            </h3>
            {device ? (
              <ul className="space-y-1 font-mono text-xs" aria-label="Paths for the chosen device">
                {(device.backupMethodInfo?.artifacts ?? ['(artifact)']).map((artifact) => (
                  <li key={artifact} className="rounded bg-slate-50 px-2 py-1 break-all">
                    {renderPathTemplate(repository.pathTemplate, {
                      device: device.name,
                      backupMethod: device.backupMethod,
                      artifact,
                      location: device.location,
                      tags: device.tags,
                      variables: Object.fromEntries(device.variables.map((v) => [v.name, v.value])),
                    })}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-500">Add a device to see where its artifacts would go.</p>
            )}
          </div>
          <div>
            <h3 className="mb-1 text-sm font-medium text-slate-800">Used by {repository.effectiveDeviceCount} devices</h3>
            {repository.isDefault && (
              <p className="mb-1 text-sm text-slate-600">The default: every device that names no repository stores here, besides those named below.</p>
            )}
            {data.using.totalCount === 0 ? (
              !repository.isDefault && <EmptyState title="No device stores here" />
            ) : (
              <ul className="flex flex-wrap gap-1.5 text-sm">
                {data.using.nodes.map((d) => (
                  <li key={d.id}>
                    <Link href={`/devices/${d.id}`} className="text-sky-800 hover:underline">
                      {d.name}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
