'use client';

import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { Badge } from '../../../_components/badge';
import { Button } from '../../../_components/button';
import { ConfirmDialog } from '../../../_components/confirm-dialog';
import { TextField } from '../../../_components/field';
import { FormError, FormSection } from '../../../_components/form-parts';
import { PageHeader } from '../../../_components/page-header';
import { EmptyState, ErrorState, LoadingState } from '../../../_components/states';
import { TableFrame, cell, headerCell } from '../../../_components/table';
import { Time } from '../../../_components/time';
import { graphql } from '../../../_gql';
import type { ApiTokensQuery } from '../../../_gql/graphql';
import { request } from '../../../_lib/graphql';
import { useQuery } from '../../../_lib/use-query';
import { useValidatedSubmit } from '../../../_lib/use-validated-submit';
import { useSession } from '../../_components/session';
import { SettingsNav } from '../../_components/settings-nav';

const tokensQuery = graphql(`
  query ApiTokens {
    apiTokens {
      id
      name
      prefix
      createdAt
      lastUsedAt
      revokedAt
      user {
        username
      }
    }
  }
`);

const revokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
    }
  }
`);

const createApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
    }
  }
`);

type ApiToken = ApiTokensQuery['apiTokens'][number];

export function ApiTokenList() {
  const { can } = useSession();
  const { data, error, reload } = useQuery(tokensQuery);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const tokens = data?.apiTokens;

  if (!can.administer) return <EmptyState title="API tokens are managed by admins" />;

  return (
    <>
      <PageHeader title="Settings" />
      <SettingsNav />
      <h2 className="mb-3 text-base font-semibold text-slate-900">API tokens</h2>
      {created && <NewToken token={created} onDone={() => setCreated(null)} />}
      {error && <ErrorState message={error.message} onRetry={reload} />}
      {!error && !tokens && <LoadingState label="Loading API tokens…" />}
      {tokens?.length === 0 && <EmptyState title="No API tokens yet">Create one for scripts that use the API.</EmptyState>}
      {tokens && tokens.length > 0 && (
        <TableFrame
          head={
            <>
              <th scope="col" className={headerCell}>Name</th>
              <th scope="col" className={headerCell}>Starts with</th>
              <th scope="col" className={headerCell}>User</th>
              <th scope="col" className={headerCell}>Created</th>
              <th scope="col" className={headerCell}>Last used</th>
              <th scope="col" className={headerCell}>
                <span className="sr-only">Actions</span>
              </th>
            </>
          }
        >
          {tokens.map((token) => (
            <tr key={token.id}>
              <th scope="row" className={`${cell} text-left font-medium`}>
                {token.name}
              </th>
              <td className={`${cell} font-mono text-xs`}>{token.prefix}…</td>
              <td className={cell}>{token.user.username}</td>
              <td className={`${cell} text-xs`}>
                <Time value={token.createdAt} />
              </td>
              <td className={`${cell} text-xs`}>
                <Time value={token.lastUsedAt} empty="Never" />
              </td>
              <td className={`${cell} text-right`}>
                {token.revokedAt ? (
                  <Badge tone="muted">Revoked</Badge>
                ) : (
                  <Button variant="ghostDanger" onClick={() => setRevoking(token)} aria-label={`Revoke ${token.name}`}>
                    Revoke
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </TableFrame>
      )}
      <CreateToken
        onCreated={(token) => {
          setCreated(token);
          reload();
        }}
      />
      <ConfirmDialog
        open={revoking !== null}
        title="Revoke API token"
        message={`Revoke ${revoking?.name ?? ''}? Scripts using it stop working at once.`}
        confirmLabel="Revoke"
        pendingLabel="Revoking…"
        onConfirm={async () => {
          if (!revoking) return;
          await request(revokeApiTokenMutation, { id: revoking.id });
          reload();
        }}
        onClose={() => setRevoking(null)}
      />
    </>
  );
}

function NewToken({ token, onDone }: { token: string; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(token);
    setCopied(true);
  };
  return (
    <div role="status" className="mb-4 space-y-2 rounded-lg border border-emerald-300 bg-emerald-50 p-4 text-sm text-emerald-950">
      <p className="font-medium">Copy the new token now: it is not shown again.</p>
      <div className="flex flex-wrap items-center gap-2">
        <code className="rounded bg-white px-2 py-1 font-mono text-xs break-all ring-1 ring-emerald-200" data-testid="new-token">
          {token}
        </code>
        <Button onClick={copy}>{copied ? 'Copied' : 'Copy'}</Button>
        <Button variant="ghost" onClick={onDone}>
          Done
        </Button>
      </div>
    </div>
  );
}

const schema = z.object({ name: z.string().trim().min(1, 'Enter a name.') });
const fields = ['name'];

function CreateToken({ onCreated }: { onCreated: (token: string) => void }) {
  const [name, setName] = useState('');
  const { submit, pending, fieldErrors, formError, clearFieldError } = useValidatedSubmit({
    schema,
    fields,
    send: async (input) => {
      const { createApiToken } = await request(createApiTokenMutation, { input });
      onCreated(createApiToken.token);
    },
    onSuccess: () => setName(''),
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit({ name });
  };
  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 max-w-xl">
      <FormSection title="Create API token">
        <FormError message={formError} />
        <TextField
          id="token-name"
          label="Name"
          required
          autoComplete="off"
          hint="What the token is for, e.g. nightly export."
          value={name}
          error={fieldErrors.name}
          onChange={(e) => {
            setName(e.target.value);
            clearFieldError('name');
          }}
        />
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? 'Creating…' : 'Create token'}
        </Button>
      </FormSection>
    </form>
  );
}
