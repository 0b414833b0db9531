'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Badge } from '../../../_components/badge';
import { Button, buttonClass, LinkButton } from '../../../_components/button';
import { DeleteDialog } from '../../../_components/delete-dialog';
import { PageHeader } from '../../../_components/page-header';
import { EmptyState, ErrorState, LoadingState } from '../../../_components/states';
import { graphql } from '../../../_lib/graphql';
import { repositoryKindLabels, type Repository } from '../../../_lib/types';
import { useQuery } from '../../../_lib/use-query';
import { useSession } from '../../_components/session';

const repositoriesQuery = /* GraphQL */ `
  query Repositories {
    repositories {
      id
      name
      kind
      path
      remoteUrl
      hasRemoteToken
      branch
      pathTemplate
      authorName
      authorEmail
      deviceCount
    }
  }
`;

const th = 'px-3 py-2 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase';
const td = 'px-3 py-2 align-top';
const none = <span className="text-slate-400">—</span>;

export function RepositoryList() {
  const { can } = useSession();
  const { data, error, reload } = useQuery<{ repositories: Repository[] }>(repositoriesQuery);
  const [deleting, setDeleting] = useState<Repository | null>(null);
  const repositories = data?.repositories;

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
      {error && <ErrorState message={error.message} onRetry={reload} />}
      {!error && !repositories && <LoadingState label="Loading repositories…" />}
      {repositories?.length === 0 && (
        <EmptyState title="No repositories yet">{can.administer ? 'Add one so devices have somewhere to store their backups.' : 'An admin can add repositories.'}</EmptyState>
      )}
      {repositories && repositories.length > 0 && (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className={th}>Name</th>
                <th scope="col" className={th}>Kind</th>
                <th scope="col" className={th}>Path</th>
                <th scope="col" className={th}>Remote</th>
                <th scope="col" className={th}>Branch</th>
                <th scope="col" className={th}>Path template</th>
                <th scope="col" className={`${th} text-right`}>Devices</th>
                {can.administer && (
                  <th scope="col" className={th}>
                    <span className="sr-only">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {repositories.map((repository) => {
                const usesGit = repositoryKindLabels[repository.kind].usesGit;
                return (
                  <tr key={repository.id} className="hover:bg-slate-50">
                    <th scope="row" className={`${td} text-left font-medium whitespace-nowrap`}>
                      {repository.name}
                    </th>
                    <td className={td}>
                      <Badge tone={usesGit ? 'info' : 'neutral'}>{repositoryKindLabels[repository.kind].label}</Badge>
                    </td>
                    <td className={`${td} font-mono text-xs break-all`}>{repository.path}</td>
                    <td className={`${td} font-mono text-xs break-all`}>
                      {repository.remoteUrl ?? none}
                      {repository.hasRemoteToken && (
                        <span className="ml-1.5">
                          <Badge tone="good">token</Badge>
                        </span>
                      )}
                    </td>
                    <td className={`${td} font-mono text-xs`}>{usesGit ? repository.branch : none}</td>
                    <td className={`${td} font-mono text-xs`}>{repository.pathTemplate}</td>
                    <td className={`${td} text-right tabular-nums`}>{repository.deviceCount}</td>
                    {can.administer && (
                      <td className={`${td} text-right whitespace-nowrap`}>
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
            </tbody>
          </table>
        </div>
      )}
      <DeleteDialog
        open={deleting !== null}
        title="Delete repository"
        message={
          deleting?.deviceCount
            ? `${deleting.name} stores the backups of ${deleting.deviceCount} device${deleting.deviceCount === 1 ? '' : 's'}; move them to another repository first.`
            : `Delete ${deleting?.name ?? ''}? The files on disk are kept.`
        }
        onDelete={async () => {
          if (!deleting) return;
          await graphql('mutation DeleteRepository($id: ID!) { deleteRepository(id: $id) }', { id: deleting.id });
          reload();
        }}
        onClose={() => setDeleting(null)}
      />
    </>
  );
}
