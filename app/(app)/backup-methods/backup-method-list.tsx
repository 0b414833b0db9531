'use client';

import Link from 'next/link';
import { Badge } from '../../_components/badge';
import { PageHeader } from '../../_components/page-header';
import { EmptyState, ErrorState, LoadingState } from '../../_components/states';
import { TableFrame, cell, headerCell } from '../../_components/table';
import { graphql } from '../../_gql';
import type { BackupMethodsQuery } from '../../_gql/graphql';
import { useQuery } from '../../_lib/use-query';

const transportNames: Record<string, string> = {
  'ssh-shell': 'SSH shell',
  'ssh-exec': 'SSH exec',
  sftp: 'SFTP',
  scp: 'SCP',
  netconf: 'NETCONF',
  https: 'HTTPS API',
};

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

type Proof = NonNullable<BackupMethodsQuery['backupMethods']>[number]['proof'];

/** What `npm test` checks the method against, in a line; the recorded sessions behind a disclosure. */
function ProofCell({ proof }: { proof: Proof }) {
  const real = proof.recordings.filter((r) => r.source === 'oxidized');
  const ours = proof.recordings.filter((r) => r.source === 'tidemark');
  const parts = [
    real.length > 0 && plural(real.length, 'real device recording'),
    ours.length > 0 && plural(ours.length, 'recorded case'),
    proof.cases.length > 0 && plural(proof.cases.length, 'lab case'),
    proof.labPersona && 'lab persona',
    proof.secretsCorpus && 'secrets corpus',
  ].filter(Boolean);
  if (parts.length === 0) return <span className="text-slate-500">No recorded sessions</span>;
  return (
    <div>
      <p>{parts.join(' · ')}</p>
      {proof.recordings.length > 0 && (
        <details className="mt-1">
          <summary className="cursor-pointer text-xs text-slate-600">Recorded sessions</summary>
          <ul className="mt-1 space-y-0.5 font-mono text-xs">
            {proof.recordings.map((r) => (
              <li key={`${r.source}/${r.model}/${r.description}`}>
                {r.model} · {r.description}
                {r.source === 'tidemark' ? ' (ours)' : ''}
                {r.checksSecrets ? ' · secrets checked' : ''}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

const methodsQuery = graphql(`
  query BackupMethods {
    backupMethods {
      key
      friendlyName
      description
      platform
      artifacts
      isBinary
      transport
      deviceCount
      proof {
        recordings {
          source
          model
          description
          checksSecrets
        }
        cases
        labPersona
        secretsCorpus
      }
    }
  }
`);

export function BackupMethodList() {
  const { data, error, reload } = useQuery(methodsQuery);
  const methods = data?.backupMethods;
  return (
    <>
      <PageHeader title="Backup methods" description="What each platform can collect from a device, how it reaches it, and what the tests replay through it. A device refers to one backup method." />
      {error && <ErrorState message={error.message} onRetry={reload} />}
      {!error && !methods && <LoadingState label="Loading backup methods…" />}
      {methods?.length === 0 && <EmptyState title="No backup methods are installed" />}
      {methods && methods.length > 0 && (
        <TableFrame
          head={
            <>
              <th scope="col" className={headerCell}>Backup method</th>
              <th scope="col" className={headerCell}>Platform</th>
              <th scope="col" className={headerCell}>Artifacts</th>
              <th scope="col" className={headerCell}>Transport</th>
              <th scope="col" className={headerCell}>Proven by</th>
              <th scope="col" className={`${headerCell} text-right`}>Devices</th>
            </>
          }
        >
          {methods.map((method) => (
            <tr key={method.key}>
              <th scope="row" className={`${cell} max-w-md text-left align-top font-normal`}>
                <span className="block font-medium">{method.friendlyName}</span>
                <span className="block font-mono text-xs text-slate-600">{method.key}</span>
                <span className="mt-1 block text-sm text-slate-700">{method.description}</span>
              </th>
              <td className={`${cell} align-top font-mono text-xs whitespace-nowrap`}>{method.platform}</td>
              <td className={`${cell} max-w-48 align-top font-mono text-xs break-words`}>{method.artifacts.join(', ')}</td>
              <td className={`${cell} align-top whitespace-nowrap`}>
                <span className="block">{transportNames[method.transport] ?? method.transport}</span>
                {method.isBinary ? <Badge tone="info">Binary</Badge> : <Badge>Text</Badge>}
              </td>
              <td className={`${cell} min-w-48 align-top text-sm`}>
                <ProofCell proof={method.proof} />
              </td>
              <td className={`${cell} text-right align-top tabular-nums`}>
                {method.deviceCount > 0 ? (
                  <Link href={`/devices?method=${encodeURIComponent(method.key)}`} className="text-sky-800 hover:underline">
                    {method.deviceCount}
                  </Link>
                ) : (
                  <span className="text-slate-400">0</span>
                )}
              </td>
            </tr>
          ))}
        </TableFrame>
      )}
    </>
  );
}
