'use client';

import { useState, type FormEvent } from 'react';
import { Badge } from '../../../_components/badge';
import { Button } from '../../../_components/button';
import { ConfirmDialog } from '../../../_components/confirm-dialog';
import { CheckboxField, TextField } from '../../../_components/field';
import { FormError } from '../../../_components/form-parts';
import { ErrorState, LoadingState } from '../../../_components/states';
import { TableFrame, cell, headerCell } from '../../../_components/table';
import { Time } from '../../../_components/time';
import { getFragmentData, graphql } from '../../../_gql';
import type { RetentionOutcomeFieldsFragment } from '../../../_gql/graphql';
import { GraphQLRequestError, messageWithoutField, request } from '../../../_lib/graphql';
import { useQuery } from '../../../_lib/use-query';
import { useSession } from '../../_components/session';

const retentionQuery = graphql(`
  query RepositoryRetention($id: ID!) {
    repository(id: $id) {
      id
      kind
      retentionPolicies {
        id
        deviceTag
        keepAllDays
        keepDailyDays
        keepWeeklyWeeks
        keepMonthlyMonths
        enabled
        updatedAt
      }
    }
  }
`);

const setPolicyMutation = graphql(`
  mutation SetRetentionPolicy($input: RetentionPolicyInput!) {
    setRetentionPolicy(input: $input) {
      id
    }
  }
`);

const deletePolicyMutation = graphql(`
  mutation DeleteRetentionPolicy($id: ID!) {
    deleteRetentionPolicy(id: $id)
  }
`);

const outcomeFragment = graphql(`
  fragment RetentionOutcomeFields on RetentionResult {
    dryRun
    asOf
    backupCount
    removeCount
    fileCount
    removals(first: 100) {
      backupId
      device
      artifact
      createdAt
      path
    }
    files(first: 100) {
      path
      version
    }
  }
`);

const applyMutation = graphql(`
  mutation ApplyRetention($repositoryId: ID!, $dryRun: Boolean!) {
    applyRetention(repositoryId: $repositoryId, dryRun: $dryRun) {
      ...RetentionOutcomeFields
    }
  }
`);

type Periods = { keepAllDays: string; keepDailyDays: string; keepWeeklyWeeks: string; keepMonthlyMonths: string };

const periodFields: { key: keyof Periods; label: string; hint: string }[] = [
  { key: 'keepAllDays', label: 'Keep every backup (days)', hint: 'Every backup younger than this stays.' },
  { key: 'keepDailyDays', label: 'Then one a day (days)', hint: 'The last backup of each day, for this many days more.' },
  { key: 'keepWeeklyWeeks', label: 'Then one a week (weeks)', hint: 'The last of each week (Monday to Sunday).' },
  { key: 'keepMonthlyMonths', label: 'Then one a month (months)', hint: 'The last of each month.' },
];

/**
 * The repository's retention: its policies, a form for the repository's or a tag's policy, and
 * a preview (dry run) of what applying them removes, then applying it.
 */
export function RetentionSection({ repositoryId }: { repositoryId: string }) {
  const { can } = useSession();
  const { data, error, reload } = useQuery(retentionQuery, { id: repositoryId });
  const [periods, setPeriods] = useState<Periods>({ keepAllDays: '30', keepDailyDays: '60', keepWeeklyWeeks: '26', keepMonthlyMonths: '24' });
  const [tag, setTag] = useState('');
  const [enabled, setEnabled] = useState(true);
  const [formError, setFormError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<string, string>>>({});
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<RetentionOutcomeFieldsFragment | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [confirming, setConfirming] = useState(false);

  if (error) return <ErrorState message={error.message} onRetry={reload} />;
  if (!data?.repository) return <LoadingState label="Loading retention…" />;
  const { kind, retentionPolicies } = data.repository;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setFormError(null);
    setFieldErrors({});
    try {
      const numbers = Object.fromEntries(periodFields.map(({ key }) => [key, Number(periods[key])])) as Record<keyof Periods, number>;
      await request(setPolicyMutation, { input: { repositoryId, deviceTag: tag.trim() || null, enabled, ...numbers } });
      setOutcome(null);
      reload();
    } catch (err) {
      if (err instanceof GraphQLRequestError && err.field) setFieldErrors({ [err.field]: messageWithoutField(err) });
      else setFormError(err instanceof Error ? err.message : String(err));
    } finally {
      setSaving(false);
    }
  };

  const preview = async () => {
    setPreviewing(true);
    setFormError(null);
    try {
      setOutcome(getFragmentData(outcomeFragment, (await request(applyMutation, { repositoryId, dryRun: true })).applyRetention));
    } catch (err) {
      setFormError(err instanceof Error ? err.message : String(err));
    } finally {
      setPreviewing(false);
    }
  };

  return (
    <section aria-labelledby="retention-title" className="mt-8 space-y-4">
      <div>
        <h2 id="retention-title" className="text-base font-semibold text-slate-900">
          Retention
        </h2>
        <p className="text-sm text-slate-600">
          Removes the backups of unchanged confirmations that no period keeps. Every change and the latest backup of each artifact always stay;
          {kind === 'GIT' ? ' git history is never rewritten: only backup rows go.' : ' version files stay unless no backup left points at them.'} Applied every day at 02:40 (UTC) by the worker.
        </p>
      </div>
      {retentionPolicies.length === 0 ? (
        <p className="text-sm text-slate-600">No policy: every backup is kept.</p>
      ) : (
        <TableFrame
          head={
            <>
              <th scope="col" className={headerCell}>Applies to</th>
              <th scope="col" className={headerCell}>Every backup</th>
              <th scope="col" className={headerCell}>Daily</th>
              <th scope="col" className={headerCell}>Weekly</th>
              <th scope="col" className={headerCell}>Monthly</th>
              <th scope="col" className={headerCell}>
                <span className="sr-only">Actions</span>
              </th>
            </>
          }
        >
          {retentionPolicies.map((policy) => (
            <tr key={policy.id}>
              <th scope="row" className={`${cell} text-left font-normal`}>
                {policy.deviceTag ? (
                  <>
                    Devices tagged <span className="font-mono">{policy.deviceTag}</span>
                  </>
                ) : (
                  'The repository'
                )}{' '}
                {!policy.enabled && <Badge tone="muted">Off</Badge>}
              </th>
              <td className={`${cell} tabular-nums`}>{policy.keepAllDays} days</td>
              <td className={`${cell} tabular-nums`}>{policy.keepDailyDays} days</td>
              <td className={`${cell} tabular-nums`}>{policy.keepWeeklyWeeks} weeks</td>
              <td className={`${cell} tabular-nums`}>{policy.keepMonthlyMonths} months</td>
              <td className={`${cell} text-right`}>
                {can.administer && (
                  <Button
                    variant="ghostDanger"
                    aria-label={`Delete the policy of ${policy.deviceTag ? `tag ${policy.deviceTag}` : 'the repository'}`}
                    onClick={async () => {
                      await request(deletePolicyMutation, { id: policy.id });
                      setOutcome(null);
                      reload();
                    }}
                  >
                    Delete
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </TableFrame>
      )}
      {can.administer && (
        <form onSubmit={save} aria-label="Retention policy" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <div className="grid gap-3 sm:grid-cols-2">
            {periodFields.map(({ key, label, hint }) => (
              <TextField
                key={key}
                id={`retention-${key}`}
                label={label}
                hint={hint}
                type="number"
                min={0}
                required
                value={periods[key]}
                error={fieldErrors[key]}
                onChange={(e) => setPeriods((current) => ({ ...current, [key]: e.target.value }))}
              />
            ))}
          </div>
          <TextField id="retention-tag" label="Device tag" hint="Empty: the repository's policy. A tag: the policy of devices with it, in place of the repository's." value={tag} error={fieldErrors.deviceTag} onChange={(e) => setTag(e.target.value)} />
          <CheckboxField id="retention-enabled" label="Enabled" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
          <FormError message={formError} />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="primary" disabled={saving}>
              {saving ? 'Saving…' : 'Save policy'}
            </Button>
            <Button onClick={preview} disabled={previewing || retentionPolicies.length === 0}>
              {previewing ? 'Listing…' : 'Preview removals'}
            </Button>
            <Button variant="danger" onClick={() => setConfirming(true)} disabled={retentionPolicies.length === 0}>
              Apply now
            </Button>
          </div>
        </form>
      )}
      {outcome && <RetentionOutcome outcome={outcome} />}
      <ConfirmDialog
        open={confirming}
        title="Apply retention"
        message="Remove every backup the policies do not keep, now? Changes and the latest backups stay."
        confirmLabel="Apply"
        onConfirm={async () => {
          setOutcome(getFragmentData(outcomeFragment, (await request(applyMutation, { repositoryId, dryRun: false })).applyRetention));
        }}
        onClose={() => setConfirming(false)}
      />
    </section>
  );
}

function RetentionOutcome({ outcome }: { outcome: RetentionOutcomeFieldsFragment }) {
  const verb = outcome.dryRun ? 'would remove' : 'removed';
  return (
    <div role="status" aria-label="Retention result" className="space-y-2">
      <p className="text-sm text-slate-800">
        Retention {verb} <strong>{outcome.removeCount}</strong> of {outcome.backupCount} backups
        {outcome.fileCount > 0 && <> and {outcome.fileCount} version files</>} (as of <Time value={outcome.asOf} />).
      </p>
      {outcome.removals.length > 0 && (
        <TableFrame
          head={
            <>
              <th scope="col" className={headerCell}>Device</th>
              <th scope="col" className={headerCell}>Artifact</th>
              <th scope="col" className={headerCell}>Date</th>
              <th scope="col" className={headerCell}>Path</th>
            </>
          }
        >
          {outcome.removals.map((removal) => (
            <tr key={removal.backupId}>
              <th scope="row" className={`${cell} text-left font-normal`}>{removal.device}</th>
              <td className={`${cell} font-mono text-xs`}>{removal.artifact}</td>
              <td className={`${cell} text-xs`}>
                <Time value={removal.createdAt} />
              </td>
              <td className={`${cell} font-mono text-xs`}>{removal.path}</td>
            </tr>
          ))}
        </TableFrame>
      )}
      {outcome.removeCount > outcome.removals.length && <p className="text-xs text-slate-500">The first {outcome.removals.length} are shown.</p>}
    </div>
  );
}
