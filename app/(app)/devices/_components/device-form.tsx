'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { Button, LinkButton } from '../../../_components/button';
import { CheckboxField, SelectField, TextAreaField, TextField, controlClass } from '../../../_components/field';
import { FieldError, FormError, FormSection } from '../../../_components/form-parts';
import { ErrorState, LoadingState } from '../../../_components/states';
import { getFragmentData, graphql, type FragmentType } from '../../../_gql';
import type { DeviceFormFieldsFragment, DeviceFormOptionsQuery } from '../../../_gql/graphql';
import { request } from '../../../_lib/graphql';
import { sshProfileLabels, type SshProfile } from '../../../_lib/types';
import { useQuery } from '../../../_lib/use-query';
import { useValidatedSubmit } from '../../../_lib/use-validated-submit';
import { parseVariables } from '../../../../db/devices/device-variables';
import { isValidHost, withoutBrackets } from '../../../../db/devices/host-name';
import { CredentialSetPicker } from './credential-set-picker';
import { DetectPlatformButton } from './detect-platform-button';

const deviceFormFieldsFragment = graphql(`
  fragment DeviceFormFields on Device {
    id
    name
    host
    port
    backupMethod
    location
    tags
    model
    variables {
      name
      value
    }
    enabled
    repository {
      id
    }
    credentialSets {
      id
    }
    sshProfile
    keepSecrets
    prompt
    options
    source {
      name
      syncedFields
    }
  }
`);

const optionsQuery = graphql(`
  query DeviceFormOptions {
    backupMethods {
      key
      friendlyName
      description
      isBinary
      optionFields {
        name
        kind
        required
        defaultValue
        pattern
      }
    }
    credentialSets {
      ...CredentialSetOption
    }
    repositories {
      id
      name
    }
  }
`);

type FormOptions = DeviceFormOptionsQuery;
type BackupMethodOption = FormOptions['backupMethods'][number];

const createMutation = graphql(`
  mutation CreateDevice($input: CreateDeviceInput!) {
    createDevice(input: $input) {
      id
    }
  }
`);

const updateMutation = graphql(`
  mutation UpdateDevice($id: ID!, $input: UpdateDeviceInput!) {
    updateDevice(id: $id, input: $input) {
      id
    }
  }
`);

/** What the inputs hold: text as typed, so a refused form shows it unchanged. */
interface DeviceFormValues {
  name: string;
  host: string;
  port: string;
  backupMethod: string;
  credentialSetIds: string[];
  location: string;
  tags: string;
  model: string;
  /** One name=value a line. */
  variables: string;
  enabled: boolean;
  repositoryId: string;
  sshProfile: SshProfile;
  keepSecrets: boolean;
  prompt: string;
  /** The backup method's options as typed: lists one item per line, numbers as text. */
  options: Record<string, string | boolean>;
}

/** Checks what the browser can know and turns the inputs into CreateDeviceInput/UpdateDeviceInput. */
const schema = z.object({
  name: z.string().trim().min(1, 'Enter a name.'),
  host: z
    .string()
    .trim()
    .min(1, 'Enter a host name or an IP address.')
    .refine((host) => isValidHost(withoutBrackets(host)), 'This is not an IPv4 or IPv6 address or a DNS name.'),
  port: z
    .string()
    .trim()
    .min(1, 'Enter a port.')
    .transform(Number)
    .pipe(z.number({ error: 'The port must be a number.' }).int('The port must be a whole number.').min(1, 'The port must be between 1 and 65535.').max(65535, 'The port must be between 1 and 65535.')),
  backupMethod: z.string().min(1, 'Choose a backup method.'),
  credentialSetIds: z.array(z.string()),
  location: z.string().trim(),
  tags: z.string().transform((text) => text.split(/[\s,]+/).filter(Boolean)),
  // Blank clears the model.
  model: z.string().trim(),
  variables: z.string().transform((text, ctx) => {
    const parsed = parseVariables(text.split('\n'));
    if ('problem' in parsed) {
      ctx.addIssue({ code: 'custom', message: `Write one name=value a line: ${parsed.problem}.` });
      return z.NEVER;
    }
    return Object.entries(parsed.variables).map(([name, value]) => ({ name, value }));
  }),
  enabled: z.boolean(),
  repositoryId: z.string().transform((id) => id || null),
  sshProfile: z.enum(['MODERN', 'LEGACY']),
  keepSecrets: z.boolean(),
  // Blank clears the override; the server checks that the rest is a regular expression.
  prompt: z.string().trim(),
  options: z.record(z.string(), z.union([z.string(), z.boolean()])),
});

const fields = Object.keys(schema.shape);

function initialValues(device: DeviceFormFieldsFragment | undefined): DeviceFormValues {
  return {
    name: device?.name ?? '',
    host: device?.host ?? '',
    port: String(device?.port ?? 22),
    backupMethod: device?.backupMethod ?? '',
    credentialSetIds: device?.credentialSets.map((set) => set.id) ?? [],
    location: device?.location ?? '',
    tags: device?.tags.join(', ') ?? '',
    model: device?.model ?? '',
    variables: device?.variables.map((variable) => `${variable.name}=${variable.value}`).join('\n') ?? '',
    enabled: device?.enabled ?? true,
    repositoryId: device?.repository?.id ?? '',
    sshProfile: device?.sshProfile ?? 'MODERN',
    keepSecrets: device?.keepSecrets ?? false,
    prompt: device?.prompt ?? '',
    options: optionsAsTyped(device?.options),
  };
}

/** Stored options as the editor shows them; options the editor does not know are kept as they are. */
function optionsAsTyped(options: unknown): Record<string, string | boolean> {
  const typed: Record<string, string | boolean> = {};
  for (const [name, value] of Object.entries((options ?? {}) as Record<string, unknown>)) {
    if (Array.isArray(value)) typed[name] = value.join('\n');
    else if (typeof value === 'boolean') typed[name] = value;
    else if (value !== null && value !== undefined) typed[name] = String(value);
  }
  return typed;
}

/** The options of the chosen method, for the API: blank fields are left out, so defaults apply. */
function optionsForMethod(method: BackupMethodOption | undefined, typed: Record<string, string | boolean>): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  for (const field of method?.optionFields ?? []) {
    const value = typed[field.name];
    if (value === undefined || value === '') continue;
    if (field.kind === 'BOOLEAN') options[field.name] = value === true;
    else if (field.kind === 'TEXT_LIST') options[field.name] = String(value).split('\n').map((line) => line.trim()).filter(Boolean);
    else if (field.kind === 'INTEGER') options[field.name] = /^-?\d+$/.test(String(value).trim()) ? Number(String(value).trim()) : String(value);
    else options[field.name] = String(value);
  }
  return options;
}

/** Adds a device, or edits `device` when given. */
export function DeviceForm({ device }: { device?: FragmentType<typeof deviceFormFieldsFragment> }) {
  const options = useQuery(optionsQuery);
  if (options.error) return <ErrorState message={options.error.message} onRetry={options.reload} />;
  if (!options.data) return <LoadingState />;
  return <DeviceFormFields device={getFragmentData(deviceFormFieldsFragment, device)} options={options.data} />;
}

const sshProfiles = Object.keys(sshProfileLabels) as SshProfile[];

function DeviceFormFields({ device, options }: { device?: DeviceFormFieldsFragment; options: FormOptions }) {
  const router = useRouter();
  const [values, setValues] = useState(() => initialValues(device));
  const { submit, pending, fieldErrors, formError, clearFieldError } = useValidatedSubmit({
    schema,
    fields,
    send: async ({ options: typed, ...rest }) => {
      const chosen = options.backupMethods.find((m) => m.key === rest.backupMethod);
      // A method without editable options keeps what the API set, unless the method changed.
      const keep = device && chosen?.optionFields.length === 0 && device.backupMethod === rest.backupMethod;
      const input = { ...rest, options: keep ? undefined : optionsForMethod(chosen, typed) };
      const id = device ? (await request(updateMutation, { id: device.id, input })).updateDevice.id : (await request(createMutation, { input })).createDevice.id;
      router.push(`/devices/${id}?saved=${device ? 'saved' : 'added'}`);
    },
    onSuccess: () => {},
  });

  const set = <K extends keyof DeviceFormValues>(field: K, value: DeviceFormValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    clearFieldError(field);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(values);
  };

  const method = options.backupMethods.find((m) => m.key === values.backupMethod);
  // Fields the device's inventory source owns are edited there; a sync would undo a change here.
  const synced = new Set(device?.source?.syncedFields ?? []);
  const textMethods = options.backupMethods.filter((m) => !m.isBinary);
  const binaryMethods = options.backupMethods.filter((m) => m.isBinary);

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormError message={formError} />
      {device?.source && (
        <p role="note" className="rounded-md border border-violet-200 bg-violet-50 px-3 py-2 text-sm text-violet-900">
          Synced from inventory source {device.source.name}: {device.source.syncedFields.join(', ')} are edited there.
        </p>
      )}

      <FormSection title="Connection">
        <TextField id="name" label="Name" required disabled={synced.has('name')} autoComplete="off" value={values.name} error={fieldErrors.name} onChange={(e) => set('name', e.target.value)} />
        <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_8rem]">
          <TextField
            id="host"
            label="Host"
            required
            disabled={synced.has('host')}
            autoComplete="off"
            spellCheck={false}
            hint="IPv4, IPv6 or DNS name. A new host or port forgets the trusted host key."
            className="font-mono"
            value={values.host}
            error={fieldErrors.host}
            onChange={(e) => set('host', e.target.value)}
          />
          <TextField id="port" label="Port" required disabled={synced.has('port')} inputMode="numeric" className="font-mono" value={values.port} error={fieldErrors.port} onChange={(e) => set('port', e.target.value)} />
        </div>
        <SelectField
          id="sshProfile"
          label="SSH profile"
          hint={sshProfileLabels[values.sshProfile].description}
          value={values.sshProfile}
          error={fieldErrors.sshProfile}
          onChange={(e) => set('sshProfile', e.target.value as SshProfile)}
        >
          {sshProfiles.map((profile) => (
            <option key={profile} value={profile}>
              {sshProfileLabels[profile].label}
            </option>
          ))}
        </SelectField>
        <CredentialSetPicker value={values.credentialSetIds} options={options.credentialSets} error={fieldErrors.credentialSetIds} onChange={(ids) => set('credentialSetIds', ids)} />
      </FormSection>

      <FormSection title="Backup">
        <SelectField
          id="backupMethod"
          label="Backup method"
          required
          disabled={synced.has('backupMethod')}
          hint={method ? `${method.description} ${method.isBinary ? '(binary artifacts)' : '(text configuration)'}` : undefined}
          value={values.backupMethod}
          error={fieldErrors.backupMethod}
          onChange={(e) => set('backupMethod', e.target.value)}
        >
          <option value="">Choose a backup method…</option>
          <MethodGroup label="Text configuration" methods={textMethods} />
          <MethodGroup label="Binary artifacts" methods={binaryMethods} />
        </SelectField>
        <DetectPlatformButton target={values} disabled={synced.has('backupMethod')} onDetected={(key) => set('backupMethod', key)} />
        {method && method.optionFields.length > 0 && (
          <MethodOptions method={method} values={values.options} errors={fieldErrors} onChange={(name, value) => set('options', { ...values.options, [name]: value })} />
        )}
        <TextField
          id="prompt"
          label="Prompt"
          hint="Regular expression for a custom prompt; leave blank to use the platform's."
          autoComplete="off"
          spellCheck={false}
          className="font-mono"
          value={values.prompt}
          error={fieldErrors.prompt}
          onChange={(e) => set('prompt', e.target.value)}
        />
        <SelectField id="repositoryId" label="Repository" hint="Where the backups of this device are stored." value={values.repositoryId} error={fieldErrors.repositoryId} onChange={(e) => set('repositoryId', e.target.value)}>
          <option value="">{options.repositories.length === 1 ? `Default: the only repository (${options.repositories[0].name})` : "Default: each run's repository"}</option>
          {options.repositories.map((repository) => (
            <option key={repository.id} value={repository.id}>
              {repository.name}
            </option>
          ))}
        </SelectField>
        <CheckboxField
          id="keepSecrets"
          label="Keep secrets"
          hint="Store passwords and keys found in the configuration instead of redacting them."
          checked={values.keepSecrets}
          onChange={(e) => set('keepSecrets', e.target.checked)}
        />
        <FieldError message={fieldErrors.keepSecrets} />
        <CheckboxField id="enabled" label="Enabled" hint="Disabled devices are skipped by scheduled runs." checked={values.enabled} onChange={(e) => set('enabled', e.target.checked)} />
        <FieldError message={fieldErrors.enabled} />
      </FormSection>

      <FormSection title="Organisation">
        <TextField
          id="location"
          label="Location"
          disabled={synced.has('location')}
          hint="Slash-separated, e.g. emea/ams1."
          autoComplete="off"
          value={values.location}
          error={fieldErrors.location}
          onChange={(e) => set('location', e.target.value)}
        />
        <TextField id="tags" label="Tags" hint="Separated by commas or spaces." disabled={synced.has('tags')} autoComplete="off" value={values.tags} error={fieldErrors.tags} onChange={(e) => set('tags', e.target.value)} />
        <TextField
          id="model"
          label="Model"
          hint="The device type, e.g. C9300-48P."
          disabled={synced.has('model')}
          autoComplete="off"
          value={values.model}
          error={fieldErrors.model}
          onChange={(e) => set('model', e.target.value)}
        />
        <TextAreaField
          id="variables"
          label="Variables"
          hint="One name=value a line, e.g. site_code=AMS1; repository path templates use them as {var.site_code}."
          disabled={synced.has('variables')}
          rows={3}
          spellCheck={false}
          className="font-mono"
          value={values.variables}
          error={fieldErrors.variables}
          onChange={(e) => set('variables', e.target.value)}
        />
      </FormSection>

      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? 'Saving…' : device ? 'Save device' : 'Add device'}
        </Button>
        <LinkButton href={device ? `/devices/${device.id}` : '/devices'}>Cancel</LinkButton>
      </div>
    </form>
  );
}

function MethodGroup({ label, methods }: { label: string; methods: BackupMethodOption[] }) {
  if (methods.length === 0) return null;
  return (
    <optgroup label={label}>
      {methods.map((method) => (
        <option key={method.key} value={method.key}>
          {method.friendlyName} ({method.key}){method.isBinary ? ' · binary' : ''}
        </option>
      ))}
    </optgroup>
  );
}

const optionHints: Record<string, string> = {
  TEXT_LIST: 'One per line.',
  INTEGER: 'A whole number.',
};

/** The chosen backup method's options (file paths, sizes, flags), as the method declares them. */
function MethodOptions({
  method,
  values,
  errors,
  onChange,
}: {
  method: BackupMethodOption;
  values: Record<string, string | boolean>;
  errors: Partial<Record<string, string>>;
  onChange: (name: string, value: string | boolean) => void;
}) {
  return (
    <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-medium text-slate-800">Options of {method.friendlyName}</legend>
      {errors.options && <FieldError message={errors.options} />}
      {method.optionFields.map((field) => {
        const id = `option-${field.name}`;
        const fallback = field.defaultValue === null || field.defaultValue === undefined ? null : Array.isArray(field.defaultValue) ? field.defaultValue.join(', ') : String(field.defaultValue);
        const hint = [optionHints[field.kind], field.required ? 'Required.' : fallback !== null ? `Default: ${fallback}.` : null].filter(Boolean).join(' ');
        if (field.kind === 'BOOLEAN') {
          const checked = typeof values[field.name] === 'boolean' ? (values[field.name] as boolean) : field.defaultValue === true;
          return <CheckboxField key={field.name} id={id} label={field.name} hint={hint} checked={checked} onChange={(e) => onChange(field.name, e.target.checked)} />;
        }
        if (field.kind === 'TEXT_LIST') {
          return (
            <div key={field.name}>
              <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-800">
                {field.name}
              </label>
              <textarea
                id={id}
                rows={4}
                spellCheck={false}
                className={`${controlClass} font-mono`}
                value={String(values[field.name] ?? '')}
                aria-describedby={`${id}-hint`}
                aria-invalid={errors[`options.${field.name}`] ? true : undefined}
                onChange={(e) => onChange(field.name, e.target.value)}
              />
              <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
                {hint}
              </p>
            </div>
          );
        }
        return (
          <TextField
            key={field.name}
            id={id}
            label={field.name}
            hint={hint}
            className="font-mono"
            inputMode={field.kind === 'INTEGER' ? 'numeric' : undefined}
            value={String(values[field.name] ?? '')}
            onChange={(e) => onChange(field.name, e.target.value)}
          />
        );
      })}
    </fieldset>
  );
}
