'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { z } from 'zod';
import { Button, LinkButton } from '../../../_components/button';
import { CheckboxField, SelectField, TextField } from '../../../_components/field';
import { FormError, FormSection } from '../../../_components/form-parts';
import { ErrorState, LoadingState } from '../../../_components/states';
import { getFragmentData, graphql, type FragmentType } from '../../../_gql';
import type { PreviewScheduleQuery, ScheduleFormFieldsFragment, ScheduleFormOptionsQuery } from '../../../_gql/graphql';
import { formatUtc } from '../../../_lib/format';
import { GraphQLRequestError, request } from '../../../_lib/graphql';
import { runModeLabels, type RunMode } from '../../../_lib/types';
import { useQuery } from '../../../_lib/use-query';
import { useValidatedSubmit } from '../../../_lib/use-validated-submit';
import { asScheduleSelection, devicesMatch } from './types';

const scheduleFormFieldsFragment = graphql(`
  fragment ScheduleFormFields on Schedule {
    id
    name
    cron
    timeZone
    enabled
    mode
    concurrency
    selection
    repository {
      id
    }
  }
`);

const optionsQuery = graphql(`
  query ScheduleFormOptions {
    repositories {
      id
      name
    }
    backupMethods {
      key
      friendlyName
    }
  }
`);

const createMutation = graphql(`
  mutation CreateSchedule($input: CreateScheduleInput!) {
    createSchedule(input: $input) {
      id
    }
  }
`);

const updateMutation = graphql(`
  mutation UpdateSchedule($id: ID!, $input: UpdateScheduleInput!) {
    updateSchedule(id: $id, input: $input) {
      id
    }
  }
`);

interface Values {
  name: string;
  cron: string;
  timeZone: string;
  tags: string;
  backupMethod: string;
  location: string;
  enabledOnly: boolean;
  repositoryId: string;
  mode: RunMode;
  concurrency: string;
  enabled: boolean;
  /** A schedule made through the API may name its devices; the form keeps that list as it is. */
  deviceIds: string[] | null;
}

const splitTags = (text: string) => text.split(/[\s,]+/).filter(Boolean);

/** The selection the form saves: every device when no field narrows it. */
function selectionOf({ tags, backupMethod, location, enabledOnly }: { tags: string[]; backupMethod: string; location: string; enabledOnly: boolean }) {
  return {
    ...(tags.length || backupMethod || location ? {} : { all: true }),
    ...(tags.length ? { tags } : {}),
    ...(backupMethod ? { backupMethods: [backupMethod] } : {}),
    ...(location ? { location } : {}),
    enabledOnly,
  };
}

const schema = z
  .object({
    name: z.string().trim().min(1, 'Enter a name.'),
    cron: z.string().trim().min(1, 'Enter a cron expression.'),
    timeZone: z.string().min(1, 'Choose a time zone.'),
    tags: z.string().transform(splitTags),
    backupMethod: z.string(),
    location: z.string().trim(),
    enabledOnly: z.boolean(),
    repositoryId: z.string().transform((id) => id || null),
    mode: z.enum(['SEQUENTIAL', 'PARALLEL']),
    concurrency: z.string().trim().transform(Number).pipe(z.number({ error: 'Enter a number.' }).int('A whole number.').min(1, 'At least 1.')),
    enabled: z.boolean(),
    deviceIds: z.array(z.string()).nullable(),
  })
  .transform(({ tags, backupMethod, location, enabledOnly, deviceIds, ...rest }) => ({
    ...rest,
    ...(deviceIds ? { deviceIds } : {}),
    selection: deviceIds ? undefined : selectionOf({ tags, backupMethod, location, enabledOnly }),
  }));

const fields = ['name', 'cron', 'timeZone', 'selection', 'repositoryId', 'mode', 'concurrency', 'enabled', 'tags', 'backupMethod', 'location'];

function browserZone(): string {
  return typeof Intl !== 'undefined' ? Intl.DateTimeFormat().resolvedOptions().timeZone : 'UTC';
}

function initialValues(schedule: ScheduleFormFieldsFragment | undefined): Values {
  const s = asScheduleSelection(schedule?.selection);
  return {
    name: schedule?.name ?? '',
    cron: schedule?.cron ?? '30 2 * * *',
    timeZone: schedule?.timeZone ?? browserZone(),
    tags: s.tags?.join(', ') ?? '',
    backupMethod: s.backupMethods?.[0] ?? '',
    location: s.location ?? '',
    enabledOnly: s.enabledOnly ?? true,
    repositoryId: schedule?.repository?.id ?? '',
    mode: schedule?.mode ?? 'PARALLEL',
    concurrency: String(schedule?.concurrency ?? 50),
    enabled: schedule?.enabled ?? true,
    deviceIds: s.deviceIds ?? null,
  };
}

export function ScheduleForm({ schedule }: { schedule?: FragmentType<typeof scheduleFormFieldsFragment> }) {
  const options = useQuery(optionsQuery);
  if (options.error) return <ErrorState message={options.error.message} onRetry={options.reload} />;
  if (!options.data) return <LoadingState />;
  return <ScheduleFormFields schedule={getFragmentData(scheduleFormFieldsFragment, schedule)} options={options.data} />;
}

function ScheduleFormFields({ schedule, options }: { schedule?: ScheduleFormFieldsFragment; options: ScheduleFormOptionsQuery }) {
  const router = useRouter();
  const [values, setValues] = useState(() => initialValues(schedule));
  const zones = useMemo(() => {
    const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    return all.includes(values.timeZone) ? all : [values.timeZone, ...all];
  }, [values.timeZone]);
  const { submit, pending, fieldErrors, formError, clearFieldError } = useValidatedSubmit({
    schema,
    fields,
    send: (input) => (schedule ? request(updateMutation, { id: schedule.id, input }) : request(createMutation, { input })),
    onSuccess: () => router.push('/schedules'),
  });
  const set = <K extends keyof Values>(field: K, value: Values[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    clearFieldError(field);
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit(values);
  };

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormError message={formError} />
      <FormSection title="When">
        <TextField id="name" label="Name" required autoComplete="off" value={values.name} error={fieldErrors.name} onChange={(e) => set('name', e.target.value)} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            id="cron"
            label="Cron expression"
            required
            spellCheck={false}
            autoComplete="off"
            className="font-mono"
            hint="minute hour day-of-month month day-of-week"
            value={values.cron}
            error={fieldErrors.cron}
            onChange={(e) => set('cron', e.target.value)}
          />
          <SelectField id="timeZone" label="Time zone" required value={values.timeZone} error={fieldErrors.timeZone} onChange={(e) => set('timeZone', e.target.value)}>
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </SelectField>
        </div>
        <CronPreview cron={values.cron} timeZone={values.timeZone} />
        <CheckboxField id="enabled" label="Enabled" hint="Disabled schedules never fire." checked={values.enabled} onChange={(e) => set('enabled', e.target.checked)} />
      </FormSection>
      <FormSection title="Devices">
        {values.deviceIds ? (
          <div className="flex flex-wrap items-center gap-3 text-sm text-slate-700">
            <p>This schedule backs up {values.deviceIds.length} chosen devices.</p>
            <Button variant="ghost" onClick={() => set('deviceIds', null)}>
              Choose by tags, backup method and location instead
            </Button>
          </div>
        ) : (
          <>
            <p className="text-sm text-slate-600">Leave these empty to back up every device. Filled in, a device must match each field (one of the tags is enough).</p>
            <TextField id="tags" label="Tags" hint="Separated by commas or spaces." autoComplete="off" value={values.tags} error={fieldErrors.tags} onChange={(e) => set('tags', e.target.value)} />
            <SelectField id="backupMethod" label="Backup method" value={values.backupMethod} onChange={(e) => set('backupMethod', e.target.value)}>
              <option value="">Any</option>
              {options.backupMethods.map((m) => (
                <option key={m.key} value={m.key}>
                  {m.friendlyName}
                </option>
              ))}
            </SelectField>
            <TextField id="location" label="Location" hint="Matches the location and everything below it." autoComplete="off" value={values.location} onChange={(e) => set('location', e.target.value)} />
            <CheckboxField id="enabledOnly" label="Skip disabled devices" checked={values.enabledOnly} onChange={(e) => set('enabledOnly', e.target.checked)} />
            <SelectionCount values={values} />
          </>
        )}
        {fieldErrors.selection && <p className="text-sm text-red-700">{fieldErrors.selection}</p>}
      </FormSection>
      <FormSection title="How">
        <SelectField id="repositoryId" label="Repository" hint="Defaults to the only repository when there is one." value={values.repositoryId} error={fieldErrors.repositoryId} onChange={(e) => set('repositoryId', e.target.value)}>
          <option value="">Default</option>
          {options.repositories.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </SelectField>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField id="mode" label="Mode" value={values.mode} onChange={(e) => set('mode', e.target.value as RunMode)}>
            {(Object.keys(runModeLabels) as RunMode[]).map((m) => (
              <option key={m} value={m}>
                {runModeLabels[m]}
              </option>
            ))}
          </SelectField>
          <TextField id="concurrency" label="Devices at once" inputMode="numeric" value={values.concurrency} error={fieldErrors.concurrency} onChange={(e) => set('concurrency', e.target.value)} />
        </div>
      </FormSection>
      <div className="flex gap-2">
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? 'Saving…' : schedule ? 'Save schedule' : 'Add schedule'}
        </Button>
        <LinkButton href="/schedules" variant="ghost">
          Cancel
        </LinkButton>
      </div>
    </form>
  );
}

const selectionCountQuery = graphql(`
  query SelectionDeviceCount($selection: RunSelectionInput!) {
    selectionDeviceCount(selection: $selection)
  }
`);

/** How many devices the selection matches now, as it is typed. */
function SelectionCount({ values }: { values: Values }) {
  const [count, setCount] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const key = JSON.stringify(selectionOf({ ...values, tags: splitTags(values.tags), location: values.location.trim() }));
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      request(selectionCountQuery, { selection: JSON.parse(key) as ReturnType<typeof selectionOf> }).then(
        (data) => {
          if (!current) return;
          setCount(data.selectionDeviceCount);
          setProblem(null);
        },
        (err: unknown) => {
          if (!current) return;
          setCount(null);
          setProblem(err instanceof GraphQLRequestError ? err.message : String(err));
        },
      );
    }, 300);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key]);

  return (
    <p aria-live="polite" data-testid="selection-count" className={`text-sm ${problem ? 'text-red-700' : 'text-slate-700'}`}>
      {problem ?? (count === null ? 'Counting devices…' : `${devicesMatch(count)} now.`)}
    </p>
  );
}

const previewQuery = graphql(`
  query PreviewSchedule($cron: String!, $timeZone: String!) {
    previewSchedule(cron: $cron, timeZone: $timeZone, count: 5) {
      description
      nextRuns
      timeZone
    }
  }
`);

/** The expression in words and its next five times, in the chosen zone, as it is typed. */
function CronPreview({ cron, timeZone }: { cron: string; timeZone: string }) {
  const [preview, setPreview] = useState<PreviewScheduleQuery['previewSchedule'] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (!cron.trim()) return;
    let current = true;
    const timer = setTimeout(() => {
      request(previewQuery, { cron, timeZone }).then(
        (data) => {
          if (!current) return;
          setPreview(data.previewSchedule);
          setProblem(null);
        },
        (err: unknown) => {
          if (!current) return;
          setPreview(null);
          setProblem(err instanceof GraphQLRequestError ? err.message : String(err));
        },
      );
    }, 300);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [cron, timeZone]);

  const zoned = useMemo(() => {
    try {
      return new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short', timeZone });
    } catch {
      return null;
    }
  }, [timeZone]);

  return (
    <div aria-live="polite" className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm">
      {problem && (
        <p className="text-red-700" data-testid="cron-problem">
          {problem}
        </p>
      )}
      {preview && (
        <>
              <p className="font-medium text-slate-900" data-testid="cron-description">
                {preview.description}
              </p>
              <p className="mt-1 text-xs text-slate-500">Next times in {preview.timeZone}:</p>
              <ol className="mt-1 space-y-0.5 text-slate-700">
                {preview.nextRuns.map((at) => (
                  <li key={at} title={formatUtc(at)}>
                    {zoned ? zoned.format(new Date(at)) : at}
                  </li>
                ))}
              </ol>
        </>
      )}
      {!preview && !problem && <p className="text-slate-500">Type a cron expression to see when it fires.</p>}
    </div>
  );
}
