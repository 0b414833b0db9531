'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Badge } from '../../../_components/badge';
import { Button, buttonClass, LinkButton } from '../../../_components/button';
import { DeleteDialog } from '../../../_components/delete-dialog';
import { PageHeader } from '../../../_components/page-header';
import { TableFrame, cell, headerCell } from '../../../_components/table';
import { EmptyState, ErrorState, LoadingState } from '../../../_components/states';
import { graphql } from '../../../_gql';
import type { RepositoriesQuery } from '../../../_gql/graphql';
import { request } from '../../../_lib/graphql';
import { repositoryKindLabels } from '../../../_lib/types';
import { useQuery } from '../../../_lib/use-query';
import { useSession } from '../../_components/session';
import { SettingsNav } from '../../_components/settings-nav';
import { PathPreview } from './path-preview';

const repositoriesQuery = graphql(`
  query Repositories {
    repositories {
      id
      name
      kind
      path
      remoteUrl
      hasRemoteToken
      remoteCredentialSet {
        name
      }
      remoteHostKeyFingerprint
      pendingRemoteHostKeyFingerprint
      signingCredentialSet {
        name
      }
      divergence {
        localCommit
        remoteCommit
        at
      }
      branch
      pathTemplate
      deviceCount
      isDefault
      effectiveDeviceCount
      ...PathPreviewRepository
    }
  }
`);

const testRepositoryQuery = graphql(`
  query TestRepository($id: ID!) {
    testRepository(id: $id) {
      ok
      messages
    }
  }
`);

const acceptRemoteHostKeyMutation = graphql(`
  mutation AcceptRemoteHostKey($id: ID!) {
    acceptRemoteHostKey(id: $id) {
      id
    }
  }
`);

const deleteRepositoryMutation = graphql(`
  mutation DeleteRepository($id: ID!) {
    deleteRepository(id: $id)
  }
`);

type Repository = RepositoriesQuery['repositories'][number];

const none = <span className="text-slate-400">—</span>;

export function RepositoryList() {
  const { can } = useSession();
  const { data, error, reload } = useQuery(repositoriesQuery);
  const [deleting, setDeleting] = useState<Repository | null>(null);
  const [check, setCheck] = useState<{ name: string; ok: boolean; messages: string[] } | null>(null);
  const [testing, setTesting] = useState<string | null>(null);
  const repositories = data?.repositories;

  // Checks the folder and the remote as the worker would use them; nothing is written.
  const test = async (repository: Repository) => {
    setTesting(repository.id);
    setCheck(null);
    try {
      const result = await request(testRepositoryQuery, { id: repository.id });
      setCheck({ name: repository.name, ...result.testRepository });
    } catch (err) {
      setCheck({ name: repository.name, ok: false, messages: [err instanceof Error ? err.message : String(err)] });
    } finally {
      setTesting(null);
    }
  };

  return (
    <>
      <PageHeader
        title="Repositories"
        description="Where backups are stored: a git repository or a plain folder."
        actions={
          can.administer && (
            <LinkButton href="/repositories/new" variant="primary">
              Add repository
            </LinkButton>
          )
        }
      />
      <SettingsNav />
      {error && <ErrorState message={error.message} onRetry={reload} />}
      {!error && !repositories && <LoadingState label="Loading repositories…" />}
      {repositories?.length === 0 && (
        <EmptyState title="No repositories yet">{can.administer ? 'Add one so devices have somewhere to store their backups.' : 'An admin can add repositories.'}</EmptyState>
      )}
      {repositories && repositories.length > 0 && (
        <TableFrame
          head={
            <>
              <th scope="col" className={headerCell}>Name</th>
              <th scope="col" className={headerCell}>Kind</th>
              <th scope="col" className={headerCell}>Path</th>
              <th scope="col" className={headerCell}>Remote</th>
              <th scope="col" className={headerCell}>Branch</th>
              <th scope="col" className={headerCell}>Path template</th>
              <th scope="col" className={`${headerCell} text-right`}>Devices</th>
              {can.administer && (
                <th scope="col" className={headerCell}>
                  <span className="sr-only">Actions</span>
                </th>
              )}
            </>
          }
        >
          {repositories.map((repository) => {
            const usesGit = repositoryKindLabels[repository.kind].usesGit;
            return (
              <tr key={repository.id} id={`repository-${repository.id}`} className="hover:bg-slate-50 target:bg-sky-50">
                <th scope="row" className={`${cell} text-left font-medium whitespace-nowrap`}>
                  {repository.name}
                  {repository.isDefault && <span className="font-normal text-slate-500"> (default)</span>}
                </th>
                <td className={cell}>
                  <Badge tone={usesGit ? 'info' : 'neutral'}>{repositoryKindLabels[repository.kind].label}</Badge>
                </td>
                <td className={`${cell} font-mono text-xs break-all`}>{repository.path}</td>
                <td className={`${cell} font-mono text-xs break-all`}>
                  {repository.remoteUrl ?? none}
                  {repository.hasRemoteToken && (
                    <span className="ml-1.5">
                      <Badge tone="good">token</Badge>
                    </span>
                  )}
                  {repository.remoteCredentialSet && (
                    <span className="ml-1.5">
                      <Badge tone="good">key {repository.remoteCredentialSet.name}</Badge>
                    </span>
                  )}
                  {repository.signingCredentialSet && (
                    <span className="ml-1.5">
                      <Badge tone="info">signed</Badge>
                    </span>
                  )}
                  {repository.remoteHostKeyFingerprint && <div className="mt-1 text-slate-500">host key {repository.remoteHostKeyFingerprint}</div>}
                </td>
                <td className={`${cell} font-mono text-xs`}>{usesGit ? repository.branch : none}</td>
                <td className={`${cell} font-mono text-xs`}>{repository.pathTemplate}</td>
                <td
                  className={`${cell} text-right tabular-nums`}
                  data-testid="repository-device-count"
                  title={repository.isDefault ? 'With the devices that name no repository: they store in the default' : undefined}
                >
                  {repository.effectiveDeviceCount}
                </td>
                {can.administer && (
                  <td className={`${cell} text-right whitespace-nowrap`}>
                    <Button variant="ghost" onClick={() => test(repository)} disabled={testing === repository.id} aria-label={`Test ${repository.name}`}>
                      {testing === repository.id ? 'Testing…' : 'Test'}
                    </Button>
                    <Link href={`/repositories/${repository.id}/edit`} className={buttonClass('ghost')} aria-label={`Edit ${repository.name}`}>
                      Edit
                    </Link>
                    <Button variant="ghostDanger" onClick={() => setDeleting(repository)} aria-label={`Delete ${repository.name}`}>
                      Delete
                    </Button>
                  </td>
                )}
              </tr>
            );
          })}
        </TableFrame>
      )}
      {repositories?.map((repository) => (
        <RemoteAlerts key={repository.id} repository={repository} canAccept={can.administer} onAccepted={reload} />
      ))}
      {check && (
        <div
          role="status"
          className={`mt-4 rounded-md border px-4 py-3 text-sm ${check.ok ? 'border-emerald-200 bg-emerald-50 text-emerald-900' : 'border-red-200 bg-red-50 text-red-800'}`}
        >
          <p className="font-medium">{check.ok ? `${check.name} is ready to use` : `${check.name} has a problem`}</p>
          <ul className="mt-1 list-disc pl-5">
            {check.messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      )}
      {repositories && repositories.length > 0 && <PathPreview repositories={repositories} />}
      <DeleteDialog
        open={deleting !== null}
        title="Delete repository"
        message={`Delete ${deleting?.name ?? ''}? The files on disk are kept.`}
        onDelete={async () => {
          if (!deleting) return;
          await request(deleteRepositoryMutation, { id: deleting.id });
          reload();
        }}
        onClose={() => setDeleting(null)}
      />
    </>
  );
}

/**
 * What stops a repository's pushes until a person acts: a remote whose branch diverged (both
 * commits, so they can be compared with git) and a changed host key (accepted by an admin).
 */
function RemoteAlerts({ repository, canAccept, onAccepted }: { repository: Repository; canAccept: boolean; onAccepted: () => void }) {
  const [accepting, setAccepting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  if (!repository.divergence && !repository.pendingRemoteHostKeyFingerprint) return null;
  const accept = async () => {
    setAccepting(true);
    setFailure(null);
    try {
      await request(acceptRemoteHostKeyMutation, { id: repository.id });
      onAccepted();
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
    } finally {
      setAccepting(false);
    }
  };
  return (
    <section aria-label={`Remote of ${repository.name}`} className="mt-4 space-y-2 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
      {repository.divergence && (
        <div>
          <p className="font-medium">
            {repository.name}: REMOTE_DIVERGED since {new Date(repository.divergence.at).toLocaleString()}
          </p>
          <p>
            The remote branch {repository.branch} changed files Tidemark owns, so nothing is pushed (never forced); the local commits are kept.
            Local commit <code className="font-mono">{repository.divergence.localCommit}</code>, remote commit{' '}
            <code className="font-mono">{repository.divergence.remoteCommit}</code>. Revert the remote's change to those files, or push the local branch by
            hand; the next run pushes again.
          </p>
        </div>
      )}
      {repository.pendingRemoteHostKeyFingerprint && (
        <div>
          <p className="font-medium">{repository.name}: HOST_KEY_CHANGED</p>
          <p>
            The remote presented the host key <code className="font-mono">{repository.pendingRemoteHostKeyFingerprint}</code> instead of the pinned{' '}
            <code className="font-mono">{repository.remoteHostKeyFingerprint}</code>. Pushes stop until an admin accepts it.
          </p>
          {canAccept && (
            <Button variant="primary" className="mt-2" onClick={accept} disabled={accepting}>
              {accepting ? 'Accepting…' : 'Accept the new host key'}
            </Button>
          )}
          {failure && <p role="alert">{failure}</p>}
        </div>
      )}
    </section>
  );
}
