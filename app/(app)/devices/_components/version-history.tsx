'use client';

import Link from 'next/link';
import { useState, type ReactNode } from 'react';
import { Badge } from '../../../_components/badge';
import { buttonClass } from '../../../_components/button';
import { inlineControlClass } from '../../../_components/field';
import { Pagination } from '../../../_components/pagination';
import { EmptyState, ErrorState, LoadingState } from '../../../_components/states';
import { TableFrame, cell, headerCell } from '../../../_components/table';
import { Time } from '../../../_components/time';
import { graphql } from '../../../_gql';
import { useQuery } from '../../../_lib/use-query';
import { ChangeBadge, LineCounts, compareUrl } from '../../_components/change-parts';
import { useCursorPages } from '../../_components/use-cursor-pages';
import { CopyButton } from '../../runs/_components/copy-button';

const versionsQuery = graphql(`
  query DeviceVersions($id: ID!, $first: Int!, $after: String, $artifact: String) {
    deviceArtifacts(deviceId: $id)
    device(id: $id) {
      id
      versions(first: $first, after: $after, artifact: $artifact) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          artifact
          change
          firstSeenAt
          lastConfirmedAt
          collections
          addedLines
          removedLines
          previousId
          backup {
            id
            type
            sha256
            downloadUrl
            run {
              id
            }
          }
        }
      }
    }
  }
`);

const versionPageSize = 20;

/**
 * A device's history: distinct versions by default, each with when it was first seen and last
 * confirmed and how many collections found it unchanged; every collection behind a toggle.
 */
export function DeviceHistory({ deviceId, allCollections }: { deviceId: string; allCollections: ReactNode }) {
  const [showAll, setShowAll] = useState(false);
  return (
    <div>
      <label className="mb-2 flex w-fit items-center gap-2 text-sm text-slate-700">
        <input type="checkbox" className="size-4 accent-sky-700" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} />
        All collections
      </label>
      {showAll ? allCollections : <VersionHistory deviceId={deviceId} />}
    </div>
  );
}

function VersionHistory({ deviceId }: { deviceId: string }) {
  const [artifact, setArtifact] = useState<string | null>(null);
  const pages = useCursorPages(`${deviceId} ${artifact ?? ''}`);
  const { data, error, loading, reload } = useQuery(versionsQuery, { id: deviceId, first: versionPageSize, after: pages.after, artifact });
  const versions = data?.device?.versions;
  const artifacts = data?.deviceArtifacts ?? [];

  return (
    <section aria-labelledby="versions-title" className="mb-6">
      <div className="mb-2 flex flex-wrap items-center justify-between gap-3">
        <h2 id="versions-title" className="text-base font-semibold text-slate-900">
          Backup history
        </h2>
        {artifacts.length > 1 && (
          <label className="flex items-center gap-2 text-sm text-slate-700">
            Artifact
            <select className={inlineControlClass} value={artifact ?? ''} onChange={(e) => setArtifact(e.target.value || null)}>
              <option value="">All</option>
              {artifacts.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {error && <ErrorState message={error.message} onRetry={reload} />}
      {!error && !versions && <LoadingState label="Loading versions…" />}
      {!error && versions?.totalCount === 0 && <EmptyState title="No backups yet">Back up the device to see its versions here.</EmptyState>}
      {!error && versions && versions.totalCount > 0 && (
        <div aria-busy={loading}>
          <TableFrame
            head={
              <>
                <th scope="col" className={headerCell}>First seen</th>
                <th scope="col" className={headerCell}>Last confirmed</th>
                <th scope="col" className={headerCell}>Artifact</th>
                <th scope="col" className={headerCell}>Version</th>
                <th scope="col" className={`${headerCell} text-right`}>Collections</th>
                <th scope="col" className={headerCell}>Run</th>
                <th scope="col" className={headerCell}>
                  <span className="sr-only">Actions</span>
                </th>
              </>
            }
          >
            {versions.nodes.map((version) => {
              const text = version.backup.type === 'TEXT';
              return (
                <tr key={version.id} className="hover:bg-slate-50" data-testid="version-row">
                  <th scope="row" className={`${cell} text-left text-xs font-normal`}>
                    <Time value={version.firstSeenAt} />
                  </th>
                  <td className={`${cell} text-xs`}>
                    <Time value={version.lastConfirmedAt} />
                  </td>
                  <td className={`${cell} font-mono text-xs`}>{version.artifact}</td>
                  <td className={cell}>
                    <span className="inline-flex items-center gap-2">
                      <ChangeBadge change={version.change} />
                      {!text && <Badge tone="info">Binary</Badge>}
                      {!text && (
                        <span className="inline-flex items-center font-mono text-xs text-slate-600" title={`SHA-256 ${version.backup.sha256}`}>
                          sha256 {version.backup.sha256.slice(0, 12)}
                          <CopyButton text={version.backup.sha256} label={`Copy the SHA-256 of ${version.artifact} of ${version.firstSeenAt}`} />
                        </span>
                      )}
                      {version.change === 'CHANGED' && <LineCounts added={version.addedLines} removed={version.removedLines} />}
                    </span>
                  </td>
                  <td className={`${cell} text-right tabular-nums`}>{version.collections}</td>
                  <td className={cell}>
                    {version.backup.run ? (
                      <Link href={`/runs/${version.backup.run.id}`} className="text-sky-800 hover:underline">
                        Run
                      </Link>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td className={`${cell} text-right whitespace-nowrap`}>
                    {text && (
                      <Link href={`/devices/${deviceId}/backups/${version.id}`} className={buttonClass('ghost')} aria-label={`View ${version.artifact} of ${version.firstSeenAt}`}>
                        View
                      </Link>
                    )}
                    <a href={version.backup.downloadUrl} download className={buttonClass('ghost')} aria-label={`Download ${version.artifact} of ${version.firstSeenAt}`}>
                      Download
                    </a>
                    {text && version.previousId && (
                      <Link
                        href={compareUrl(deviceId, version.previousId, version.id)}
                        className={buttonClass('ghost')}
                        aria-label={`Compare ${version.artifact} of ${version.firstSeenAt} with the version before`}
                      >
                        Compare
                      </Link>
                    )}
                  </td>
                </tr>
              );
            })}
          </TableFrame>
          <Pagination
            page={pages.page}
            pageSize={versionPageSize}
            shown={versions.nodes.length}
            totalCount={versions.totalCount}
            hasNextPage={versions.pageInfo.hasNextPage}
            onPrevious={pages.previous}
            onNext={() => pages.next(versions.pageInfo.endCursor)}
          />
        </div>
      )}
    </section>
  );
}
