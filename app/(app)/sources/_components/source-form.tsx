'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { Button, LinkButton } from '../../../_components/button';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../../_components/field';
import { FormError, FormSection } from '../../../_components/form-parts';
import { ErrorState, LoadingState } from '../../../_components/states';
import { getFragmentData, graphql, type FragmentType } from '../../../_gql';
import type { InventorySourceKind, OrphanPolicy, SourceFormFieldsFragment, SourceFormOptionsQuery, WriteBackFormat } from '../../../_gql/graphql';
import { request } from '../../../_lib/graphql';
import { useQuery } from '../../../_lib/use-query';
import { useValidatedSubmit } from '../../../_lib/use-validated-submit';
import { orphanPolicyLabels, sourceKindLabels, writeBackFormatLabels } from './source-kind';

const sourceFormFieldsFragment = graphql(`
  fragment SourceFormFields on InventorySource {
    id
    name
    kind
    url
    verifyTls
    caBundle
    filter
    platformMap
    locationField
    tagFields
    portField
    variableFields
    credentialSetField
    credentialSet {
      id
    }
    repository {
      id
    }
    orphanPolicy
    writeBackField
    writeBackFormat
    syncCron
    syncTimeZone
  }
`);

const optionsQuery = graphql(`
  query SourceFormOptions {
    credentialSets {
      id
      name
    }
    repositories {
      id
      name
    }
    inventoryPlatformDefaults {
      slug
      backupMethod
    }
  }
`);

const createMutation = graphql(`
  mutation CreateInventorySource($input: CreateInventorySourceInput!) {
    createInventorySource(input: $input) {
      id
    }
  }
`);

const updateMutation = graphql(`
  mutation UpdateInventorySource($id: ID!, $input: UpdateInventorySourceInput!) {
    updateInventorySource(id: $id, input: $input) {
      id
    }
  }
`);

const filterKeys = ['location', 'role', 'tag', 'status', 'tenant'] as const;

interface Values {
  name: string;
  kind: InventorySourceKind;
  url: string;
  token: string;
  verifyTls: boolean;
  caBundle: string;
  filter: Record<(typeof filterKeys)[number], string>;
  platformMap: string;
  locationField: string;
  tagFields: string;
  portField: string;
  variableFields: string;
  credentialSetField: string;
  credentialSetId: string;
  repositoryId: string;
  orphanPolicy: OrphanPolicy;
  writeBackField: string;
  writeBackFormat: WriteBackFormat;
  syncCron: string;
  syncTimeZone: string;
}

const words = (text: string) => text.split(/[\s,]+/).filter(Boolean);

/** "cisco_ios = cisco-ios" lines, one mapping each. */
const platformMapSchema = z.string().transform((text, ctx) => {
  const map: Record<string, string> = {};
  for (const line of text.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const match = /^([^=\s]+)\s*=\s*(\S+)$/.exec(line);
    if (!match) {
      ctx.addIssue({ code: 'custom', message: `"${line}" is not "slug = backup-method".` });
      return z.NEVER;
    }
    map[match[1]] = match[2];
  }
  return map;
});

function schemaFor(editing: boolean) {
  return z
    .object({
      name: z.string().trim().min(1, 'Enter a name.'),
      kind: z.enum(['NAUTOBOT', 'NETBOX']),
      url: z.string().trim().min(1, 'Enter the URL.'),
      token: editing ? z.string() : z.string().trim().min(1, 'Enter the API token.'),
      verifyTls: z.boolean(),
      caBundle: z.string(),
      filter: z.record(z.string(), z.string()).transform((filter) => Object.fromEntries(Object.entries(filter).map(([key, text]) => [key, words(text)]).filter(([, list]) => list.length))),
      platformMap: platformMapSchema,
      locationField: z.string().trim(),
      tagFields: z.string().transform(words),
      portField: z.string().trim(),
      variableFields: z.string().transform(words),
      credentialSetField: z.string().trim(),
      credentialSetId: z.string(),
      repositoryId: z.string(),
      orphanPolicy: z.enum(['KEEP', 'DISABLE', 'DELETE']),
      writeBackField: z.string().trim(),
      writeBackFormat: z.enum(['DATE', 'DATETIME']),
      syncCron: z.string().trim(),
      syncTimeZone: z.string().min(1),
    })
    .transform(({ token, ...rest }) => ({ ...rest, ...(token ? { token } : {}) }));
}

const fields = [
  'name', 'kind', 'url', 'token', 'verifyTls', 'caBundle', 'filter', 'platformMap', 'locationField', 'tagFields', 'portField', 'variableFields',
  'credentialSetField', 'credentialSetId', 'repositoryId', 'orphanPolicy', 'writeBackField', 'writeBackFormat', 'syncCron', 'syncTimeZone',
];

function initialValues(source: SourceFormFieldsFragment | undefined): Values {
  const filter = (source?.filter ?? {}) as Record<string, string[]>;
  return {
    name: source?.name ?? '',
    kind: source?.kind ?? 'NAUTOBOT',
    url: source?.url ?? '',
    token: '',
    verifyTls: source?.verifyTls ?? true,
    caBundle: source?.caBundle ?? '',
    filter: Object.fromEntries(filterKeys.map((key) => [key, (filter[key] ?? []).join(', ')])) as Values['filter'],
    platformMap: Object.entries((source?.platformMap ?? {}) as Record<string, string>)
      .map(([slug, method]) => `${slug} = ${method}`)
      .join('\n'),
    locationField: source?.locationField ?? '',
    tagFields: (source?.tagFields ?? ['tags']).join(', '),
    portField: source?.portField ?? '',
    variableFields: (source?.variableFields ?? []).join(', '),
    credentialSetField: source?.credentialSetField ?? '',
    credentialSetId: source?.credentialSet?.id ?? '',
    repositoryId: source?.repository?.id ?? '',
    orphanPolicy: source?.orphanPolicy ?? 'KEEP',
    writeBackField: source?.writeBackField ?? '',
    writeBackFormat: source?.writeBackFormat ?? 'DATE',
    syncCron: source?.syncCron ?? '',
    syncTimeZone: source?.syncTimeZone ?? 'UTC',
  };
}

export function SourceForm({ source }: { source?: FragmentType<typeof sourceFormFieldsFragment> }) {
  const options = useQuery(optionsQuery);
  if (options.error) return <ErrorState message={options.error.message} onRetry={options.reload} />;
  if (!options.data) return <LoadingState />;
  return <SourceFormFields source={getFragmentData(sourceFormFieldsFragment, source)} options={options.data} />;
}

function SourceFormFields({ source, options }: { source?: SourceFormFieldsFragment; options: SourceFormOptionsQuery }) {
  const router = useRouter();
  const [values, setValues] = useState(() => initialValues(source));
  const { submit, pending, fieldErrors, formError, clearFieldError } = useValidatedSubmit({
    schema: schemaFor(Boolean(source)),
    fields,
    send: (input) => (source ? request(updateMutation, { id: source.id, input }) : request(createMutation, { input: { ...input, token: input.token ?? '' } })),
    onSuccess: () => router.push(source ? `/sources/${source.id}` : '/sources'),
  });
  const set = <K extends keyof Values>(field: K, value: Values[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    clearFieldError(field);
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit(values);
  };
  const text = (field: 'locationField' | 'portField' | 'credentialSetField' | 'writeBackField' | 'syncCron', label: string, hint: string) => (
    <TextField id={field} label={label} hint={hint} autoComplete="off" spellCheck={false} value={values[field]} error={fieldErrors[field]} onChange={(e) => set(field, e.target.value)} />
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormError message={formError} />
      <FormSection title="Connection">
        <TextField id="name" label="Name" required autoComplete="off" value={values.name} error={fieldErrors.name} onChange={(e) => set('name', e.target.value)} />
        <SelectField id="kind" label="Kind" value={values.kind} error={fieldErrors.kind} onChange={(e) => set('kind', e.target.value as InventorySourceKind)}>
          {(Object.keys(sourceKindLabels) as InventorySourceKind[]).map((kind) => (
            <option key={kind} value={kind}>
              {sourceKindLabels[kind]}
            </option>
          ))}
        </SelectField>
        <TextField id="url" label="URL" required autoComplete="off" spellCheck={false} placeholder="https://nautobot.example.net" value={values.url} error={fieldErrors.url} onChange={(e) => set('url', e.target.value)} />
        <TextField
          id="token"
          label="API token"
          type="password"
          required={!source}
          autoComplete="off"
          hint={source ? 'Leave empty to keep the stored token.' : 'Stored encrypted; never shown again.'}
          value={values.token}
          error={fieldErrors.token}
          onChange={(e) => set('token', e.target.value)}
        />
        <CheckboxField id="verifyTls" label="Verify the TLS certificate" checked={values.verifyTls} onChange={(e) => set('verifyTls', e.target.checked)} />
        <TextAreaField id="caBundle" label="CA bundle" rows={3} className="font-mono text-xs" hint="PEM certificates to trust besides the system's (a private CA)." value={values.caBundle} error={fieldErrors.caBundle} onChange={(e) => set('caBundle', e.target.value)} />
      </FormSection>
      <FormSection title="Which devices">
        <p className="text-sm text-slate-600">Leave empty to take every device. Values are separated by commas; a device must match every filter given.</p>
        <div className="grid gap-4 sm:grid-cols-2">
          {filterKeys.map((key) => (
            <TextField
              key={key}
              id={`filter-${key}`}
              label={key[0].toUpperCase() + key.slice(1)}
              autoComplete="off"
              value={values.filter[key]}
              onChange={(e) => set('filter', { ...values.filter, [key]: e.target.value })}
            />
          ))}
        </div>
        {fieldErrors.filter && <p className="text-sm text-red-700">{fieldErrors.filter}</p>}
      </FormSection>
      <FormSection title="Fields">
        <TextAreaField
          id="platformMap"
          label="Platform map"
          rows={3}
          className="font-mono text-xs"
          hint={`One "slug = backup-method" per line, over the defaults: ${options.inventoryPlatformDefaults
            .slice(0, 8)
            .map((m) => `${m.slug} → ${m.backupMethod}`)
            .join(', ')}, …`}
          value={values.platformMap}
          error={fieldErrors.platformMap}
          onChange={(e) => set('platformMap', e.target.value)}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          {text('locationField', 'Location custom field', 'Empty: the location hierarchy (region, site, locations).')}
          <TextField id="tagFields" label="Tags from" hint="tags, role, status, tenant, cf:<custom field>" autoComplete="off" value={values.tagFields} error={fieldErrors.tagFields} onChange={(e) => set('tagFields', e.target.value)} />
          {text('portField', 'Port custom field', 'Empty: port 22.')}
          {text('credentialSetField', 'Credential set custom field', 'Names a credential set; empty: the one below.')}
          <TextField
            id="variableFields"
            label="Variables from custom fields"
            hint="Custom field keys, e.g. site_code: each becomes the device variable of that name, {var.site_code} in path templates. Empty: variables are set in Tidemark."
            autoComplete="off"
            spellCheck={false}
            value={values.variableFields}
            error={fieldErrors.variableFields}
            onChange={(e) => set('variableFields', e.target.value)}
          />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField id="credentialSetId" label="Credential set for new devices" value={values.credentialSetId} error={fieldErrors.credentialSetId} onChange={(e) => set('credentialSetId', e.target.value)}>
            <option value="">None</option>
            {options.credentialSets.map((set) => (
              <option key={set.id} value={set.id}>
                {set.name}
              </option>
            ))}
          </SelectField>
          <SelectField id="repositoryId" label="Repository for new devices" value={values.repositoryId} error={fieldErrors.repositoryId} onChange={(e) => set('repositoryId', e.target.value)}>
            <option value="">Default</option>
            {options.repositories.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </SelectField>
        </div>
        <SelectField id="orphanPolicy" label="Devices that leave the source" value={values.orphanPolicy} onChange={(e) => set('orphanPolicy', e.target.value as OrphanPolicy)}>
          {(Object.keys(orphanPolicyLabels) as OrphanPolicy[]).map((policy) => (
            <option key={policy} value={policy}>
              {orphanPolicyLabels[policy]}
            </option>
          ))}
        </SelectField>
      </FormSection>
      <FormSection title="Write-back and schedule">
        <div className="grid gap-4 sm:grid-cols-2">
          {text('writeBackField', 'Write-back custom field', 'The backup date goes here after each run; empty: off.')}
          <SelectField id="writeBackFormat" label="Write-back format" value={values.writeBackFormat} onChange={(e) => set('writeBackFormat', e.target.value as WriteBackFormat)}>
            {(Object.keys(writeBackFormatLabels) as WriteBackFormat[]).map((format) => (
              <option key={format} value={format}>
                {writeBackFormatLabels[format]}
              </option>
            ))}
          </SelectField>
          {text('syncCron', 'Sync schedule (cron)', 'e.g. 0 * * * *; empty: on demand only.')}
          <TextField id="syncTimeZone" label="Time zone" autoComplete="off" value={values.syncTimeZone} error={fieldErrors.syncTimeZone} onChange={(e) => set('syncTimeZone', e.target.value)} />
        </div>
      </FormSection>
      <div className="flex gap-2">
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? 'Saving…' : source ? 'Save source' : 'Add source'}
        </Button>
        <LinkButton href={source ? `/sources/${source.id}` : '/sources'} variant="ghost">
          Cancel
        </LinkButton>
      </div>
    </form>
  );
}
