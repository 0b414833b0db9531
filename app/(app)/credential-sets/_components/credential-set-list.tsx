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
import type { CredentialSetsQuery } from '../../../_gql/graphql';
import { request } from '../../../_lib/graphql';
import { useQuery } from '../../../_lib/use-query';
import { useSession } from '../../_components/session';
import { SettingsNav } from '../../_components/settings-nav';
import { scopeSummary } from './scope';
import { secretFieldNames, secretFields } from './secrets';

const credentialSetsQuery = graphql(`
  query CredentialSets {
    credentialSets {
      id
      name
      username
      hasPassword
      hasEnableSecret
      hasPrivateKey
      hasPassphrase
      hasApiKey
      scoped
      scope {
        hosts
        tags
        ports
      }
      deviceCount
      devices {
        id
        name
      }
    }
  }
`);

const deleteCredentialSetMutation = graphql(`
  mutation DeleteCredentialSet($id: ID!) {
    deleteCredentialSet(id: $id)
  }
`);

type CredentialSet = CredentialSetsQuery['credentialSets'][number];

export function CredentialSetList() {
  const { can } = useSession();
  const { data, error, reload } = useQuery(credentialSetsQuery);
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
      <SettingsNav />
      {error && <ErrorState message={error.message} onRetry={reload} />}
      {!error && !sets && <LoadingState label="Loading credential sets…" />}
      {sets?.length === 0 && (
        <EmptyState title="No credential sets yet">{can.administer ? 'Add one before adding devices.' : 'An admin can add credential sets.'}</EmptyState>
      )}
      {sets && sets.length > 0 && (
        <TableFrame
          head={
            <>
              <th scope="col" className={headerCell}>Name</th>
              <th scope="col" className={headerCell}>Username</th>
              <th scope="col" className={headerCell}>Secrets</th>
              <th scope="col" className={headerCell}>Scope</th>
              <th scope="col" className={headerCell}>Used by</th>
              {can.administer && (
                <th scope="col" className={headerCell}>
                  <span className="sr-only">Actions</span>
                </th>
              )}
            </>
          }
        >
          {sets.map((set) => (
            <tr key={set.id} className="hover:bg-slate-50">
              <th scope="row" className={`${cell} text-left font-medium whitespace-nowrap`}>
                {set.name}
              </th>
              <td className={`${cell} font-mono text-xs`}>{set.username}</td>
              <td className={cell}>
                <div className="flex flex-wrap gap-1">
                  {secretFieldNames.filter((field) => set[secretFields[field].flag]).map((field) => (
                    <Badge key={field} tone="good">
                      {secretFields[field].label}
                    </Badge>
                  ))}
                </div>
              </td>
              <td className={`${cell} text-xs`}>
                {set.scoped ? (
                  <span className="font-mono break-all">{scopeSummary(set.scope)}</span>
                ) : (
                  <span title="Operators can aim this set at any host, a server of their own included.">
                    <Badge tone="warn">Usable on any host</Badge>
                  </span>
                )}
              </td>
              <td className={`${cell} text-sm`}>
                {set.devices.length === 0 ? (
                  <span className="text-slate-400">No devices</span>
                ) : (
                  <details>
                    <summary className="cursor-pointer whitespace-nowrap">
                      {set.deviceCount} {set.deviceCount === 1 ? 'device' : 'devices'}
                    </summary>
                    <ul className="mt-1 max-h-48 space-y-0.5 overflow-y-auto pr-2" data-testid="credential-set-devices">
                      {set.devices.map((device) => (
                        <li key={device.id}>
                          <Link href={`/devices/${device.id}`} className="text-sky-800 hover:underline">
                            {device.name}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
              </td>
              {can.administer && (
                <td className={`${cell} text-right whitespace-nowrap`}>
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
        </TableFrame>
      )}
      <DeleteDialog
        open={deleting !== null}
        title="Delete credential set"
        message={`Delete ${deleting?.name ?? ''}? Its secrets are erased.`}
        onDelete={async () => {
          if (!deleting) return;
          await request(deleteCredentialSetMutation, { id: deleting.id });
          reload();
        }}
        onClose={() => setDeleting(null)}
      />
    </>
  );
}
