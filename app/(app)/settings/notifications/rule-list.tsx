'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { z } from 'zod';
import { Badge } from '../../../_components/badge';
import { Button } from '../../../_components/button';
import { DeleteDialog } from '../../../_components/delete-dialog';
import { CheckboxField, TextField } from '../../../_components/field';
import { FormError, FormSection } from '../../../_components/form-parts';
import { EmptyState, ErrorState, LoadingState } from '../../../_components/states';
import { TableFrame, cell, headerCell } from '../../../_components/table';
import { graphql } from '../../../_gql';
import type { NotificationChannelsQuery, NotificationEvent, NotificationRulesQuery } from '../../../_gql/graphql';
import { request } from '../../../_lib/graphql';
import { useQuery } from '../../../_lib/use-query';
import { useValidatedSubmit } from '../../../_lib/use-validated-submit';

const rulesQuery = graphql(`
  query NotificationRules {
    notificationRules {
      id
      name
      enabled
      events
      failedRuns
      staleHours
      runStatuses
      filter {
        tags
        locations
        platforms
        deviceIds
      }
      quietHours {
        start
        end
        timeZone
      }
      channels {
        id
        name
      }
    }
  }
`);

const createRuleMutation = graphql(`
  mutation CreateNotificationRule($input: CreateNotificationRuleInput!) {
    createNotificationRule(input: $input) {
      id
    }
  }
`);

const updateRuleMutation = graphql(`
  mutation UpdateNotificationRule($id: ID!, $input: UpdateNotificationRuleInput!) {
    updateNotificationRule(id: $id, input: $input) {
      id
    }
  }
`);

const deleteRuleMutation = graphql(`
  mutation DeleteNotificationRule($id: ID!) {
    deleteNotificationRule(id: $id)
  }
`);

const eventLabels: Record<Exclude<NotificationEvent, 'TEST'>, string> = {
  CONFIG_CHANGED: 'Configuration changed (with the diff)',
  DEVICE_FAILED: 'Device failed N runs in a row',
  DEVICE_STALE: 'No success for N hours',
  RUN_FINISHED: 'Run partial or failed',
  PUSH_FAILED: 'Push to the remote failed',
  HOST_KEY_CHANGED: 'Host key or certificate changed',
};

const words = (text: string) => text.split(/[\s,]+/).filter(Boolean);
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM.');
const schema = z.object({
  name: z.string().trim().min(1, 'Enter a name.'),
  enabled: z.boolean(),
  events: z.array(z.string()).min(1, 'Pick at least one event.'),
  failedRuns: z.coerce.number().int().min(1, 'At least 1.').max(100),
  staleHours: z.coerce.number().int().min(1, 'At least 1.').max(8760),
  filter: z.object({ tags: z.array(z.string()), locations: z.array(z.string()), platforms: z.array(z.string()), deviceIds: z.array(z.string()) }),
  quietHours: z.union([z.null(), z.object({ start: time, end: time, timeZone: z.string().min(1) })]),
  channelIds: z.array(z.string()).min(1, 'Pick at least one channel.'),
});
const fields = ['name', 'enabled', 'events', 'failedRuns', 'staleHours', 'filter', 'quietHours', 'channelIds'];

type Channel = NotificationChannelsQuery['notificationChannels'][number];
type Rule = NotificationRulesQuery['notificationRules'][number];

export function RuleList({ channels, canEdit }: { channels: Channel[]; canEdit: boolean }) {
  const { data, error, reload } = useQuery(rulesQuery);
  const [editing, setEditing] = useState<Rule | null>(null);
  const [deleting, setDeleting] = useState<Rule | null>(null);
  // A channel renamed or deleted changes what the rules show.
  const seenChannels = useRef(channels);
  useEffect(() => {
    if (seenChannels.current === channels) return;
    seenChannels.current = channels;
    reload();
  }, [channels, reload]);
  const rules = data?.notificationRules;
  return (
    <section aria-labelledby="rules-heading">
      <h2 id="rules-heading" className="mb-3 text-base font-semibold text-slate-900">
        Rules
      </h2>
      {error && <ErrorState message={error.message} onRetry={reload} />}
      {!error && !rules && <LoadingState label="Loading rules…" />}
      {rules?.length === 0 && <EmptyState title="No rules yet">A rule says which events of which devices go to which channels.</EmptyState>}
      {rules && rules.length > 0 && (
        <TableFrame
          head={
            <>
              <th scope="col" className={headerCell}>Name</th>
              <th scope="col" className={headerCell}>Events</th>
              <th scope="col" className={headerCell}>Devices</th>
              <th scope="col" className={headerCell}>Quiet hours</th>
              <th scope="col" className={headerCell}>Channels</th>
              <th scope="col" className={headerCell}>
                <span className="sr-only">Actions</span>
              </th>
            </>
          }
        >
          {rules.map((rule) => (
            <tr key={rule.id}>
              <th scope="row" className={`${cell} text-left font-medium`}>
                {rule.name} {!rule.enabled && <Badge tone="muted">Disabled</Badge>}
              </th>
              <td className={`${cell} text-xs`}>
                {rule.events
                  .map((event) => (event === 'DEVICE_FAILED' ? `failed ×${rule.failedRuns}` : event === 'DEVICE_STALE' ? `stale ${rule.staleHours} h` : event.toLowerCase().replace(/_/g, '-')))
                  .join(', ')}
              </td>
              <td className={`${cell} text-xs`}>
                {[...rule.filter.tags.map((t) => `tag ${t}`), ...rule.filter.locations.map((l) => `in ${l}`), ...rule.filter.platforms, ...(rule.filter.deviceIds.length ? [`${rule.filter.deviceIds.length} devices`] : [])].join(', ') || 'All'}
              </td>
              <td className={`${cell} text-xs`}>{rule.quietHours ? `${rule.quietHours.start}–${rule.quietHours.end} ${rule.quietHours.timeZone}` : '—'}</td>
              <td className={`${cell} text-xs`}>{rule.channels.map((c) => c.name).join(', ')}</td>
              <td className={`${cell} text-right whitespace-nowrap`}>
                {canEdit && (
                  <>
                    <Button variant="ghost" onClick={() => setEditing(rule)} aria-label={`Edit rule ${rule.name}`}>
                      Edit
                    </Button>
                    <Button variant="ghostDanger" onClick={() => setDeleting(rule)} aria-label={`Delete rule ${rule.name}`}>
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
          <RuleForm
            key={editing.id}
            rule={editing}
            channels={channels}
            onDone={() => {
              setEditing(null);
              reload();
            }}
            onCancel={() => setEditing(null)}
          />
        ) : (
          <RuleForm channels={channels} onDone={reload} />
        ))}
      <DeleteDialog
        open={deleting !== null}
        title="Delete rule"
        message={`Delete the rule ${deleting?.name ?? ''}? Its channels stay, and its past deliveries stay in the list.`}
        onDelete={async () => {
          if (!deleting) return;
          await request(deleteRuleMutation, { id: deleting.id });
          if (editing?.id === deleting.id) setEditing(null);
          reload();
        }}
        onClose={() => setDeleting(null)}
      />
    </section>
  );
}

function initialValues(rule?: Rule) {
  return {
    name: rule?.name ?? '',
    enabled: rule?.enabled ?? true,
    events: rule ? rule.events.filter((event) => event !== 'TEST') : (['CONFIG_CHANGED'] as NotificationEvent[]),
    failedRuns: String(rule?.failedRuns ?? 3),
    staleHours: String(rule?.staleHours ?? 24),
    tags: rule?.filter.tags.join(', ') ?? '',
    locations: rule?.filter.locations.join(', ') ?? '',
    platforms: rule?.filter.platforms.join(', ') ?? '',
    quiet: Boolean(rule?.quietHours),
    start: rule?.quietHours?.start ?? '22:00',
    end: rule?.quietHours?.end ?? '07:00',
    timeZone: rule?.quietHours?.timeZone ?? 'UTC',
    channelIds: rule?.channels.map((channel) => channel.id) ?? [],
  };
}

/** Adds a rule, or edits `rule` when given; devices picked by id elsewhere (the API) are kept. */
function RuleForm({ rule, channels, onDone, onCancel }: { rule?: Rule; channels: Channel[]; onDone: () => void; onCancel?: () => void }) {
  const [form, setForm] = useState(() => initialValues(rule));
  const { submit, pending, fieldErrors, formError } = useValidatedSubmit({
    schema,
    fields,
    send: (input) => {
      const values = { ...input, events: input.events as NotificationEvent[] };
      return rule ? request(updateRuleMutation, { id: rule.id, input: values }) : request(createRuleMutation, { input: values });
    },
    onSuccess: () => {
      if (!rule) setForm(initialValues());
      onDone();
    },
  });
  const toggle = (key: 'events' | 'channelIds', value: string) => setForm((f) => ({ ...f, [key]: (f[key] as string[]).includes(value) ? (f[key] as string[]).filter((v) => v !== value) : [...f[key], value] }));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit({
      name: form.name,
      enabled: form.enabled,
      events: form.events,
      failedRuns: form.failedRuns,
      staleHours: form.staleHours,
      filter: { tags: words(form.tags), locations: words(form.locations), platforms: words(form.platforms), deviceIds: rule?.filter.deviceIds ?? [] },
      quietHours: form.quiet ? { start: form.start, end: form.end, timeZone: form.timeZone } : null,
      channelIds: form.channelIds,
    });
  };
  const id = (field: string) => `${rule ? 'edit-' : ''}${field}`;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 max-w-xl">
      <FormSection title={rule ? `Edit rule ${rule.name}` : 'Add rule'}>
        <FormError message={formError} />
        <TextField id={id('rule-name')} label="Name" required autoComplete="off" value={form.name} error={fieldErrors.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        {rule && <CheckboxField id={id('rule-enabled')} label="Enabled" hint="A disabled rule sends nothing." checked={form.enabled} onChange={(e) => setForm({ ...form, enabled: e.target.checked })} />}
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium text-slate-800">Events</legend>
          {Object.entries(eventLabels).map(([event, label]) => (
            <CheckboxField key={event} id={id(`event-${event}`)} label={label} checked={form.events.includes(event as NotificationEvent)} onChange={() => toggle('events', event)} />
          ))}
          {fieldErrors.events && <p className="text-xs text-red-700">{fieldErrors.events}</p>}
        </fieldset>
        <div className="grid grid-cols-2 gap-3">
          <TextField id={id('rule-failed-runs')} label="Failed runs in a row" inputMode="numeric" value={form.failedRuns} error={fieldErrors.failedRuns} onChange={(e) => setForm({ ...form, failedRuns: e.target.value })} />
          <TextField id={id('rule-stale-hours')} label="Stale after hours" inputMode="numeric" value={form.staleHours} error={fieldErrors.staleHours} onChange={(e) => setForm({ ...form, staleHours: e.target.value })} />
        </div>
        <TextField id={id('rule-tags')} label="Tags" hint="Any of these tags; empty: every device." value={form.tags} onChange={(e) => setForm({ ...form, tags: e.target.value })} />
        <TextField id={id('rule-locations')} label="Locations" hint="Location prefixes, e.g. emea covers emea/ams1." value={form.locations} onChange={(e) => setForm({ ...form, locations: e.target.value })} />
        <TextField id={id('rule-platforms')} label="Platforms" hint="Platform ids, e.g. cisco-ios." value={form.platforms} error={fieldErrors.filter} onChange={(e) => setForm({ ...form, platforms: e.target.value })} />
        <CheckboxField id={id('rule-quiet')} label="Quiet hours" hint="Deliveries wait until they end." checked={form.quiet} onChange={(e) => setForm({ ...form, quiet: e.target.checked })} />
        {form.quiet && (
          <div className="grid grid-cols-3 gap-3">
            <TextField id={id('rule-quiet-start')} label="From" value={form.start} onChange={(e) => setForm({ ...form, start: e.target.value })} />
            <TextField id={id('rule-quiet-end')} label="Until" value={form.end} onChange={(e) => setForm({ ...form, end: e.target.value })} />
            <TextField id={id('rule-quiet-zone')} label="Time zone" value={form.timeZone} onChange={(e) => setForm({ ...form, timeZone: e.target.value })} />
          </div>
        )}
        {fieldErrors.quietHours && <p className="text-xs text-red-700">{fieldErrors.quietHours}</p>}
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium text-slate-800">Channels</legend>
          {channels.length === 0 && <p className="text-xs text-slate-500">Add a channel first.</p>}
          {channels.map((channel) => (
            <CheckboxField key={channel.id} id={id(`rule-channel-${channel.id}`)} label={channel.name} checked={form.channelIds.includes(channel.id)} onChange={() => toggle('channelIds', channel.id)} />
          ))}
          {fieldErrors.channelIds && <p className="text-xs text-red-700">{fieldErrors.channelIds}</p>}
        </fieldset>
        <div className="flex gap-2">
          <Button type="submit" variant="primary" disabled={pending}>
            {rule ? (pending ? 'Saving…' : 'Save rule') : pending ? 'Adding…' : 'Add rule'}
          </Button>
          {onCancel && <Button onClick={onCancel}>Cancel</Button>}
        </div>
      </FormSection>
    </form>
  );
}
