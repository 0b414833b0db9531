'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Badge } from '../../../_components/badge';
import { Button, buttonClass, LinkButton } from '../../../_components/button';
import { DeleteDialog } from '../../../_components/delete-dialog';
import { PageHeader } from '../../../_components/page-header';
import { EmptyState, ErrorState, LoadingState } from '../../../_components/states';
import { graphql } from '../../../_lib/graphql';
import type { CredentialSet } from '../../../_lib/types';
import { useQuery } from '../../../_lib/use-query';
import { useSession } from '../../_components/session';
import { secretFieldNames, secretFields } from './secrets';

const credentialSetsQuery = /* GraphQL */ `
  query CredentialSets {
    credentialSets {
      id
      name
      username
      hasPassword
      hasEnableSecret
      hasPrivateKey
      hasPassphrase
      deviceCount
    }
  }
`;

const th = 'px-3 py-2 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase';
const td = 'px-3 py-2 align-top';

export function CredentialSetList() {
  const { can } = useSession();
  const { data, error, reload } = useQuery<{ credentialSets: CredentialSet[] }>(credentialSetsQuery);
  const [deleting, setDeleting] = useState<CredentialSet | null>(null);
  const sets = data?.credentialSets;

  return (
    <>
      <PageHeader
        title="Credential sets"
        description="Logins for devices. Secrets are stored encrypted and never shown again."
        actions={
          can.administer && (
            <LinkButton href="/credential-sets/new" variant="primary">
              Add credential set
            </LinkButton>
          )
        }
      />
      {error && <ErrorState message={error.message} onRetry={reload} />}
      {!error && !sets && <LoadingState label="Loading credential sets…" />}
      {sets?.length === 0 && (
        <EmptyState title="No credential sets yet">{can.administer ? 'Add one before adding devices.' : 'An admin can add credential sets.'}</EmptyState>
      )}
      {sets && sets.length > 0 && (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className={th}>Name</th>
                <th scope="col" className={th}>Username</th>
                <th scope="col" className={th}>Secrets</th>
                <th scope="col" className={`${th} text-right`}>Devices</th>
                {can.administer && (
                  <th scope="col" className={th}>
                    <span className="sr-only">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {sets.map((set) => (
                <tr key={set.id} className="hover:bg-slate-50">
                  <th scope="row" className={`${td} text-left font-medium whitespace-nowrap`}>
                    {set.name}
                  </th>
                  <td className={`${td} font-mono text-xs`}>{set.username}</td>
                  <td className={td}>
                    <div className="flex flex-wrap gap-1">
                      {secretFieldNames.filter((field) => set[secretFields[field].flag]).map((field) => (
                        <Badge key={field} tone="good">
                          {secretFields[field].label}
                        </Badge>
                      ))}
                    </div>
                  </td>
                  <td className={`${td} text-right tabular-nums`}>{set.deviceCount}</td>
                  {can.administer && (
                    <td className={`${td} text-right whitespace-nowrap`}>
                      <Link href={`/credential-sets/${set.id}/edit`} className={buttonClass('ghost')} aria-label={`Edit ${set.name}`}>
                        Edit
                      </Link>
                      <Button variant="ghostDanger" onClick={() => setDeleting(set)} aria-label={`Delete ${set.name}`}>
                        Delete
                      </Button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <DeleteDialog
        open={deleting !== null}
        title="Delete credential set"
        message={
          deleting?.deviceCount
            ? `${deleting.name} is used by ${deleting.deviceCount} device${deleting.deviceCount === 1 ? '' : 's'}; take it off those devices first.`
            : `Delete ${deleting?.name ?? ''}? Its secrets are erased.`
        }
        onDelete={async () => {
          if (!deleting) return;
          await graphql('mutation DeleteCredentialSet($id: ID!) { deleteCredentialSet(id: $id) }', { id: deleting.id });
          reload();
        }}
        onClose={() => setDeleting(null)}
      />
    </>
  );
}
