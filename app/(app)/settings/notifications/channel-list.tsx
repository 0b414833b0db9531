'use client';

import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { Badge } from '../../../_components/badge';
import { Button } from '../../../_components/button';
import { DeleteDialog } from '../../../_components/delete-dialog';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../../_components/field';
import { FormError, FormSection } from '../../../_components/form-parts';
import { EmptyState, ErrorState, LoadingState } from '../../../_components/states';
import { TableFrame, cell, headerCell } from '../../../_components/table';
import { graphql } from '../../../_gql';
import type { NotificationChannelKind, NotificationChannelsQuery, SmtpSecurity } from '../../../_gql/graphql';
import { request } from '../../../_lib/graphql';
import type { QueryState } from '../../../_lib/use-query';
import { useValidatedSubmit } from '../../../_lib/use-validated-submit';

const createChannelMutation = graphql(`
  mutation CreateNotificationChannel($input: CreateNotificationChannelInput!) {
    createNotificationChannel(input: $input) {
      id
    }
  }
`);

const updateChannelMutation = graphql(`
  mutation UpdateNotificationChannel($id: ID!, $input: UpdateNotificationChannelInput!) {
    updateNotificationChannel(id: $id, input: $input) {
      id
    }
  }
`);

const deleteChannelMutation = graphql(`
  mutation DeleteNotificationChannel($id: ID!) {
    deleteNotificationChannel(id: $id)
  }
`);

const sendTestMutation = graphql(`
  mutation SendTestNotification($channelId: ID!) {
    sendTestNotification(channelId: $channelId) {
      id
    }
  }
`);

const kindLabels: Record<NotificationChannelKind, string> = { WEBHOOK: 'Webhook', SLACK: 'Slack', TEAMS: 'Microsoft Teams', EMAIL: 'Email (SMTP)' };

type Channel = NotificationChannelsQuery['notificationChannels'][number];

export function ChannelList({ state, canEdit }: { state: QueryState<NotificationChannelsQuery>; canEdit: boolean }) {
  const { data, error, reload } = state;
  const [tested, setTested] = useState<string | null>(null);
  const [editing, setEditing] = useState<Channel | null>(null);
  const [deleting, setDeleting] = useState<Channel | null>(null);
  const channels = data?.notificationChannels;
  return (
    <section aria-labelledby="channels-heading">
      <h2 id="channels-heading" className="mb-3 text-base font-semibold text-slate-900">
        Channels
      </h2>
      {error && <ErrorState message={error.message} onRetry={reload} />}
      {!error && !channels && <LoadingState label="Loading channels…" />}
      {channels?.length === 0 && <EmptyState title="No channels yet">Add a webhook, Slack, Teams or email channel for rules to send to.</EmptyState>}
      {tested && (
        <p role="status" className="mb-3 text-sm text-emerald-800">
          Test notification queued for {tested}; it shows under Deliveries.
        </p>
      )}
      {channels && channels.length > 0 && (
        <TableFrame
          head={
            <>
              <th scope="col" className={headerCell}>Name</th>
              <th scope="col" className={headerCell}>Kind</th>
              <th scope="col" className={headerCell}>Sends to</th>
              <th scope="col" className={headerCell}>
                <span className="sr-only">Actions</span>
              </th>
            </>
          }
        >
          {channels.map((channel) => (
            <tr key={channel.id}>
              <th scope="row" className={`${cell} text-left font-medium`}>
                {channel.name} {!channel.enabled && <Badge tone="muted">Disabled</Badge>}
              </th>
              <td className={cell}>
                {kindLabels[channel.kind]}
                {channel.hasSigningSecret && <span className="ml-1 text-xs text-slate-500">(signed)</span>}
              </td>
              <td className={`${cell} font-mono text-xs`}>{channel.target}</td>
              <td className={`${cell} text-right whitespace-nowrap`}>
                {canEdit && (
                  <>
                    <Button
                      onClick={async () => {
                        await request(sendTestMutation, { channelId: channel.id });
                        setTested(channel.name);
                      }}
                      aria-label={`Send test to ${channel.name}`}
                    >
                      Send test
                    </Button>
                    <Button variant="ghost" onClick={() => setEditing(channel)} aria-label={`Edit ${channel.name}`}>
                      Edit
                    </Button>
                    <Button variant="ghostDanger" onClick={() => setDeleting(channel)} aria-label={`Delete ${channel.name}`}>
                      Delete
                    </Button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </TableFrame>
      )}
      {canEdit &&
        (editing ? (
          <ChannelForm
            key={editing.id}
            channel={editing}
            onDone={() => {
              setEditing(null);
              reload();
            }}
            onCancel={() => setEditing(null)}
          />
        ) : (
          <ChannelForm onDone={reload} />
        ))}
      <DeleteDialog
        open={deleting !== null}
        title="Delete channel"
        message={`Delete the channel ${deleting?.name ?? ''}? Its deliveries are deleted with it, and rules stop sending to it.`}
        onDelete={async () => {
          if (!deleting) return;
          await request(deleteChannelMutation, { id: deleting.id });
          if (editing?.id === deleting.id) setEditing(null);
          reload();
        }}
        onClose={() => setDeleting(null)}
      />
    </section>
  );
}

const emailList = z.string().transform((text) => text.split(/[\s,;]+/).filter(Boolean));
const emailSchema = z.object({
  host: z.string().trim().min(1, 'Enter the SMTP host.'),
  port: z.coerce.number().int().min(1).max(65535),
  security: z.enum(['STARTTLS', 'TLS', 'NONE']),
  username: z.string().optional(),
  password: z.string().optional(),
  from: z.string().trim().email('Enter the sender address.'),
  to: emailList.pipe(z.array(z.string().email('Enter email addresses.')).min(1, 'Enter at least one address.')),
  caCertificate: z.string().optional(),
});
const name = z.string().trim().min(1, 'Enter a name.');
const createSchema = z.discriminatedUnion('kind', [
  z.object({ name, kind: z.enum(['WEBHOOK', 'SLACK', 'TEAMS']), url: z.string().trim().url('Enter the http or https URL.'), signingSecret: z.string().optional() }),
  z.object({ name, kind: z.literal('EMAIL'), email: emailSchema }),
]);
/** Editing: the URL and the secrets are write-only, so blank keeps what is stored. */
const updateSchema = z.discriminatedUnion('kind', [
  z.object({
    name,
    enabled: z.boolean(),
    kind: z.enum(['WEBHOOK', 'SLACK', 'TEAMS']),
    url: z.union([z.literal(''), z.string().trim().url('Enter the http or https URL.')]),
    signingSecret: z.string(),
    removeSigningSecret: z.boolean(),
  }),
  z.object({ name, enabled: z.boolean(), kind: z.literal('EMAIL'), email: emailSchema, removePassword: z.boolean() }),
]);
const fields = ['name', 'enabled', 'kind', 'url', 'signingSecret', 'email'];

interface ChannelFormValues {
  name: string;
  enabled: boolean;
  kind: NotificationChannelKind;
  url: string;
  signingSecret: string;
  removeSigningSecret: boolean;
  host: string;
  port: string;
  security: SmtpSecurity;
  username: string;
  password: string;
  removePassword: boolean;
  from: string;
  to: string;
  caCertificate: string;
}

function initialValues(channel?: Channel): ChannelFormValues {
  const email = channel?.email;
  return {
    name: channel?.name ?? '',
    enabled: channel?.enabled ?? true,
    kind: channel?.kind ?? 'WEBHOOK',
    url: '',
    signingSecret: '',
    removeSigningSecret: false,
    host: email?.host ?? '',
    port: String(email?.port ?? 587),
    security: email?.security ?? 'STARTTLS',
    username: email?.username ?? '',
    password: '',
    removePassword: false,
    from: email?.from ?? '',
    to: email?.to.join(', ') ?? '',
    caCertificate: email?.caCertificate ?? '',
  };
}

/** Sends the create form's values, leaving out what was left blank. */
async function createChannel(input: z.output<typeof createSchema>): Promise<void> {
  const cleaned =
    input.kind === 'EMAIL'
      ? { ...input, email: { ...input.email, username: input.email.username || undefined, password: input.email.password || undefined, caCertificate: input.email.caCertificate || undefined } }
      : { ...input, signingSecret: input.signingSecret || undefined };
  await request(createChannelMutation, { input: cleaned });
}

/** Sends the edit form's values: a blank secret is left out (kept); "remove" sends null (cleared). */
async function updateChannel(id: string, input: z.output<typeof updateSchema>): Promise<void> {
  if (input.kind === 'EMAIL') {
    const { password, ...email } = input.email;
    const secret = input.removePassword ? { password: null } : password ? { password } : {};
    await request(updateChannelMutation, { id, input: { name: input.name, enabled: input.enabled, email: { ...email, username: email.username || null, caCertificate: email.caCertificate || null, ...secret } } });
    return;
  }
  const secret = input.removeSigningSecret ? { signingSecret: null } : input.signingSecret ? { signingSecret: input.signingSecret } : {};
  await request(updateChannelMutation, { id, input: { name: input.name, enabled: input.enabled, ...(input.url ? { url: input.url } : {}), ...secret } });
}

/** Adds a channel, or edits `channel` when given (its kind stays). */
function ChannelForm({ channel, onDone, onCancel }: { channel?: Channel; onDone: () => void; onCancel?: () => void }) {
  const editing = Boolean(channel);
  const [form, setForm] = useState(() => initialValues(channel));
  const { submit, pending, fieldErrors, formError, clearFieldError } = useValidatedSubmit({
    schema: editing ? updateSchema : createSchema,
    fields,
    send: (input) => (channel ? updateChannel(channel.id, input as z.output<typeof updateSchema>) : createChannel(input as z.output<typeof createSchema>)),
    onSuccess: () => {
      if (!editing) setForm(initialValues());
      onDone();
    },
  });
  const set = (key: keyof ChannelFormValues) => (e: { target: { value: string } }) => {
    setForm((f) => ({ ...f, [key]: e.target.value }));
    clearFieldError(key === 'url' || key === 'signingSecret' || key === 'name' || key === 'kind' ? key : 'email');
  };
  const check = (key: 'enabled' | 'removeSigningSecret' | 'removePassword') => (e: { target: { checked: boolean } }) => setForm((f) => ({ ...f, [key]: e.target.checked }));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const email = { host: form.host, port: form.port, security: form.security, username: form.username, password: form.password, from: form.from, to: form.to, caCertificate: form.caCertificate };
    const values =
      form.kind === 'EMAIL'
        ? { name: form.name, enabled: form.enabled, kind: form.kind, email, removePassword: form.removePassword }
        : { name: form.name, enabled: form.enabled, kind: form.kind, url: form.url, signingSecret: form.signingSecret, removeSigningSecret: form.removeSigningSecret };
    void submit(values);
  };
  const id = (field: string) => `${editing ? 'edit-' : ''}${field}`;
  const keepHint = 'Leave blank to keep the one stored; it is never shown.';
  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 max-w-xl">
      <FormSection title={channel ? `Edit channel ${channel.name}` : 'Add channel'}>
        <FormError message={formError} />
        <TextField id={id('channel-name')} label="Name" required autoComplete="off" value={form.name} error={fieldErrors.name} onChange={set('name')} />
        {channel ? (
          <>
            <p className="text-sm text-slate-700">Kind: {kindLabels[channel.kind]}</p>
            <CheckboxField id={id('channel-enabled')} label="Enabled" hint="A disabled channel gets no deliveries." checked={form.enabled} onChange={check('enabled')} />
          </>
        ) : (
          <SelectField id={id('channel-kind')} label="Kind" value={form.kind} error={fieldErrors.kind} onChange={set('kind')}>
            {Object.entries(kindLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </SelectField>
        )}
        {form.kind !== 'EMAIL' ? (
          <>
            <TextField
              id={id('channel-url')}
              label="URL"
              required={!editing}
              autoComplete="off"
              hint={channel ? `Now ${channel.target}. ${keepHint}` : 'Kept secret: Slack and Teams URLs carry their token. Shown afterwards as its host only.'}
              value={form.url}
              error={fieldErrors.url}
              onChange={set('url')}
            />
            {form.kind === 'WEBHOOK' && (
              <>
                <TextField
                  id={id('channel-secret')}
                  label="Signing secret"
                  type="password"
                  autoComplete="new-password"
                  hint={channel?.hasSigningSecret ? keepHint : 'Requests then carry X-Tidemark-Signature: sha256=HMAC of timestamp.body.'}
                  value={form.signingSecret}
                  disabled={form.removeSigningSecret}
                  error={fieldErrors.signingSecret}
                  onChange={set('signingSecret')}
                />
                {channel?.hasSigningSecret && <CheckboxField id={id('channel-remove-secret')} label="Remove the signing secret" hint="Requests are then sent unsigned." checked={form.removeSigningSecret} onChange={check('removeSigningSecret')} />}
              </>
            )}
          </>
        ) : (
          <>
            {fieldErrors.email && <FormError message={fieldErrors.email} />}
            <TextField id={id('smtp-host')} label="SMTP host" required value={form.host} onChange={set('host')} />
            <TextField id={id('smtp-port')} label="Port" inputMode="numeric" value={form.port} onChange={set('port')} />
            <SelectField id={id('smtp-security')} label="Security" value={form.security} onChange={set('security')}>
              <option value="STARTTLS">STARTTLS (required)</option>
              <option value="TLS">TLS</option>
              <option value="NONE">None (trusted relay only)</option>
            </SelectField>
            <TextField id={id('smtp-username')} label="Username" autoComplete="off" value={form.username} onChange={set('username')} />
            <TextField
              id={id('smtp-password')}
              label="Password"
              type="password"
              autoComplete="new-password"
              hint={channel?.email?.hasPassword ? keepHint : undefined}
              value={form.password}
              disabled={form.removePassword}
              onChange={set('password')}
            />
            {channel?.email?.hasPassword && <CheckboxField id={id('smtp-remove-password')} label="Remove the password" checked={form.removePassword} onChange={check('removePassword')} />}
            <TextField id={id('smtp-from')} label="From" required value={form.from} onChange={set('from')} />
            <TextField id={id('smtp-to')} label="To" required hint="Addresses separated by commas." value={form.to} onChange={set('to')} />
            <TextAreaField id={id('smtp-ca')} label="CA certificate (PEM)" rows={3} hint="Only for a server whose certificate is not signed by a public CA." value={form.caCertificate} onChange={set('caCertificate')} />
          </>
        )}
        <div className="flex gap-2">
          <Button type="submit" variant="primary" disabled={pending}>
            {editing ? (pending ? 'Saving…' : 'Save channel') : pending ? 'Adding…' : 'Add channel'}
          </Button>
          {onCancel && <Button onClick={onCancel}>Cancel</Button>}
        </div>
      </FormSection>
    </form>
  );
}
