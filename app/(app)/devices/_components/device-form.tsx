'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { Button, LinkButton } from '../../../_components/button';
import { CheckboxField, SelectField, TextField } from '../../../_components/field';
import { FieldError, FormError, FormSection } from '../../../_components/form-parts';
import { ErrorState, LoadingState } from '../../../_components/states';
import { getFragmentData, graphql, type FragmentType } from '../../../_gql';
import type { DeviceFormFieldsFragment, DeviceFormOptionsQuery } from '../../../_gql/graphql';
import { request } from '../../../_lib/graphql';
import { sshProfileLabels, type SshProfile } from '../../../_lib/types';
import { useQuery } from '../../../_lib/use-query';
import { useValidatedSubmit } from '../../../_lib/use-validated-submit';
import { CredentialSetPicker } from './credential-set-picker';

const deviceFormFieldsFragment = graphql(`
  fragment DeviceFormFields on Device {
    id
    name
    host
    port
    backupMethod
    location
    tags
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
  }
`);

const optionsQuery = graphql(`
  query DeviceFormOptions {
    backupMethods {
      key
      friendlyName
      description
      isBinary
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
  enabled: boolean;
  repositoryId: string;
  sshProfile: SshProfile;
  keepSecrets: boolean;
  prompt: string;
}

/** Checks what the browser can know and turns the inputs into CreateDeviceInput/UpdateDeviceInput. */
const schema = z.object({
  name: z.string().trim().min(1, 'Enter a name.'),
  host: z.string().trim().min(1, 'Enter a host name or an IP address.'),
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
  enabled: z.boolean(),
  repositoryId: z.string().transform((id) => id || null),
  sshProfile: z.enum(['MODERN', 'LEGACY']),
  keepSecrets: z.boolean(),
  // Blank clears the override; the server checks that the rest is a regular expression.
  prompt: z.string().trim(),
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
    enabled: device?.enabled ?? true,
    repositoryId: device?.repository?.id ?? '',
    sshProfile: device?.sshProfile ?? 'MODERN',
    keepSecrets: device?.keepSecrets ?? false,
    prompt: device?.prompt ?? '',
  };
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
    send: (input) => (device ? request(updateMutation, { id: device.id, input }) : request(createMutation, { input })),
    onSuccess: () => router.push('/devices'),
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
  const textMethods = options.backupMethods.filter((m) => !m.isBinary);
  const binaryMethods = options.backupMethods.filter((m) => m.isBinary);

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormError message={formError} />

      <FormSection title="Connection">
        <TextField id="name" label="Name" required autoComplete="off" value={values.name} error={fieldErrors.name} onChange={(e) => set('name', e.target.value)} />
        <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_8rem]">
          <TextField
            id="host"
            label="Host"
            required
            autoComplete="off"
            spellCheck={false}
            hint="IPv4, IPv6 or DNS name. A new host or port forgets the trusted host key."
            className="font-mono"
            value={values.host}
            error={fieldErrors.host}
            onChange={(e) => set('host', e.target.value)}
          />
          <TextField id="port" label="Port" required inputMode="numeric" className="font-mono" value={values.port} error={fieldErrors.port} onChange={(e) => set('port', e.target.value)} />
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
          hint={method ? `${method.description} ${method.isBinary ? '(binary artifacts)' : '(text configuration)'}` : undefined}
          value={values.backupMethod}
          error={fieldErrors.backupMethod}
          onChange={(e) => set('backupMethod', e.target.value)}
        >
          <option value="">Choose a backup method…</option>
          <MethodGroup label="Text configuration" methods={textMethods} />
          <MethodGroup label="Binary artifacts" methods={binaryMethods} />
        </SelectField>
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
          <option value="">None</option>
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
          hint="Slash-separated, e.g. emea/ams1."
          autoComplete="off"
          value={values.location}
          error={fieldErrors.location}
          onChange={(e) => set('location', e.target.value)}
        />
        <TextField id="tags" label="Tags" hint="Separated by commas or spaces." autoComplete="off" value={values.tags} error={fieldErrors.tags} onChange={(e) => set('tags', e.target.value)} />
      </FormSection>

      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? 'Saving…' : device ? 'Save device' : 'Add device'}
        </Button>
        <LinkButton href="/devices">Cancel</LinkButton>
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
