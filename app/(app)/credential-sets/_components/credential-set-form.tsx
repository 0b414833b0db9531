'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { Button, LinkButton } from '../../../_components/button';
import { CheckboxField, TextAreaField, TextField } from '../../../_components/field';
import { FieldError, FormError, FormSection } from '../../../_components/form-parts';
import { getFragmentData, graphql, type FragmentType } from '../../../_gql';
import type { CredentialSetFormFieldsFragment } from '../../../_gql/graphql';
import { request } from '../../../_lib/graphql';
import { useValidatedSubmit } from '../../../_lib/use-validated-submit';
import { parsePorts, splitList } from './scope';
import { secretFieldNames, secretFields, type SecretField } from './secrets';

const credentialSetFormFieldsFragment = graphql(`
  fragment CredentialSetFormFields on CredentialSet {
    id
    name
    username
    hasPassword
    hasEnableSecret
    hasPrivateKey
    hasPassphrase
    hasApiKey
    scope {
      hosts
      tags
      ports
    }
  }
`);

const createMutation = graphql(`
  mutation CreateCredentialSet($input: CreateCredentialSetInput!) {
    createCredentialSet(input: $input) {
      id
    }
  }
`);

const updateMutation = graphql(`
  mutation UpdateCredentialSet($id: ID!, $input: UpdateCredentialSetInput!) {
    updateCredentialSet(id: $id, input: $input) {
      id
    }
  }
`);

type SecretValues = Record<SecretField, string>;

interface CredentialSetFormValues extends SecretValues {
  name: string;
  username: string;
  /** Host patterns and CIDRs, tags and ports, as typed: separated by commas, spaces or lines. */
  scopeHosts: string;
  scopeTags: string;
  scopePorts: string;
  /** Stored secrets to erase; only offered when editing. */
  clear: Record<SecretField, boolean>;
}

/** A blank secret is left out, which on create means none and on edit means unchanged. */
const schema = z
  .object({
    name: z.string().trim().min(1, 'Enter a name.'),
    username: z.string().min(1, 'Enter the username devices expect.'),
    password: z.string(),
    enableSecret: z.string(),
    privateKey: z.string(),
    passphrase: z.string(),
    apiKey: z.string(),
    clear: z.record(z.enum(secretFieldNames), z.boolean()),
    scopeHosts: z.string(),
    scopeTags: z.string(),
    scopePorts: z.string().refine((ports) => parsePorts(ports) !== null, 'Give port numbers between 1 and 65535.'),
  })
  .refine((v) => splitList(v.scopePorts).length === 0 || splitList(v.scopeHosts).length > 0 || splitList(v.scopeTags).length > 0, {
    message: 'Limit hosts or tags too: ports alone still allow any host.',
    path: ['scopePorts'],
  })
  .transform(({ clear, name, username, scopeHosts, scopeTags, scopePorts, ...values }) => {
    const secrets: Partial<Record<SecretField, string>> = {};
    for (const field of secretFieldNames) {
      if (values[field] !== '') secrets[field] = values[field];
      else if (clear[field]) secrets[field] = '';
    }
    const scope = { hosts: splitList(scopeHosts), tags: splitList(scopeTags), ports: parsePorts(scopePorts) ?? [] };
    return { name, username, ...secrets, scope };
  });

const fields = ['name', 'username', ...secretFieldNames, 'scope'];

const noSecrets: SecretValues = { password: '', enableSecret: '', privateKey: '', passphrase: '', apiKey: '' };

/** Adds a credential set, or edits `credentialSet` when given. */
export function CredentialSetForm({ credentialSet: credentialSetRef }: { credentialSet?: FragmentType<typeof credentialSetFormFieldsFragment> }) {
  const credentialSet = getFragmentData(credentialSetFormFieldsFragment, credentialSetRef);
  const router = useRouter();
  const [values, setValues] = useState<CredentialSetFormValues>({
    name: credentialSet?.name ?? '',
    username: credentialSet?.username ?? '',
    scopeHosts: credentialSet?.scope.hosts.join('\n') ?? '',
    scopeTags: credentialSet?.scope.tags.join(', ') ?? '',
    scopePorts: credentialSet?.scope.ports.join(', ') ?? '',
    ...noSecrets,
    clear: { password: false, enableSecret: false, privateKey: false, passphrase: false, apiKey: false },
  });
  const { submit, pending, fieldErrors, formError, clearFieldError } = useValidatedSubmit({
    schema,
    fields,
    send: (input) => (credentialSet ? request(updateMutation, { id: credentialSet.id, input }) : request(createMutation, { input })),
    onSuccess: () => router.push('/credential-sets'),
  });

  const set = (field: 'name' | 'username' | 'scopeHosts' | 'scopeTags' | 'scopePorts' | SecretField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    clearFieldError(field);
    if (field.startsWith('scope')) clearFieldError('scope');
  };
  const unscoped = splitList(values.scopeHosts).length === 0 && splitList(values.scopeTags).length === 0;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(values);
  };

  const secretProps = (field: SecretField) => {
    const stored = credentialSet ? credentialSet[secretFields[field].flag] : false;
    return {
      id: field,
      label: secretFields[field].label,
      autoComplete: 'new-password',
      spellCheck: false,
      value: values[field],
      error: fieldErrors[field],
      placeholder: stored ? 'Stored; leave blank to keep it' : undefined,
      onChange: (e: { target: { value: string } }) => set(field, e.target.value),
    };
  };

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormError message={formError} />
      <FormSection title="Login">
        <TextField id="name" label="Name" required autoComplete="off" value={values.name} error={fieldErrors.name} onChange={(e) => set('name', e.target.value)} />
        <TextField
          id="username"
          label="Username"
          required
          autoComplete="off"
          spellCheck={false}
          className="font-mono"
          value={values.username}
          error={fieldErrors.username}
          onChange={(e) => set('username', e.target.value)}
        />
      </FormSection>
      <FormSection title="Secrets">
        <p className="text-sm text-slate-600">
          {credentialSet ? 'Secrets are never shown. Leave a field blank to keep what is stored.' : 'Give a password, a private key, or both; or an API key for devices backed up over their HTTPS API.'}
        </p>
        <TextField type="password" {...secretProps('password')} />
        <TextField type="password" hint="For platforms that ask for it to enter privileged mode." {...secretProps('enableSecret')} />
        <TextAreaField rows={6} className="font-mono text-xs" hint="PEM or OpenSSH format." {...secretProps('privateKey')} />
        <TextField type="password" hint="Only if the private key is encrypted." {...secretProps('passphrase')} />
        <TextField
          type="password"
          hint={'For HTTPS API backup methods: a PAN-OS API key, a FortiOS REST API token, or OPNsense\'s key and secret as "key:secret".'}
          {...secretProps('apiKey')}
        />
        {credentialSet && <ClearSecrets credentialSet={credentialSet} clear={values.clear} onChange={(clear) => setValues((current) => ({ ...current, clear }))} />}
      </FormSection>
      <FormSection title="Scope">
        <p className="text-sm text-slate-600">
          Where the set may be used. Devices outside it are refused, and a run never sends them these secrets. Every list you fill in must
          match.
        </p>
        <TextAreaField
          id="scopeHosts"
          label="Hosts"
          rows={3}
          spellCheck={false}
          className="font-mono text-xs"
          hint="Names, addresses, wildcards such as *.net.example.com and CIDRs such as 10.0.0.0/8 or 2001:db8::/32; one per line or separated by commas."
          value={values.scopeHosts}
          error={fieldErrors.scopeHosts}
          onChange={(e) => set('scopeHosts', e.target.value)}
        />
        <TextField
          id="scopeTags"
          label="Device tags"
          spellCheck={false}
          hint="A device needs one of them. Operators set tags, so only hosts keep the set away from a server an operator controls."
          value={values.scopeTags}
          error={fieldErrors.scopeTags}
          onChange={(e) => set('scopeTags', e.target.value)}
        />
        <TextField
          id="scopePorts"
          label="Ports"
          inputMode="numeric"
          hint="Optional, on top of hosts or tags."
          value={values.scopePorts}
          error={fieldErrors.scopePorts}
          onChange={(e) => set('scopePorts', e.target.value)}
        />
        <FieldError message={fieldErrors.scope} />
        {unscoped && (
          <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            Usable on any host: an operator can point a device at a server of their own and receive these secrets there.
          </p>
        )}
      </FormSection>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? 'Saving…' : credentialSet ? 'Save credential set' : 'Add credential set'}
        </Button>
        <LinkButton href="/credential-sets">Cancel</LinkButton>
      </div>
    </form>
  );
}

function ClearSecrets({
  credentialSet,
  clear,
  onChange,
}: {
  credentialSet: CredentialSetFormFieldsFragment;
  clear: Record<SecretField, boolean>;
  onChange: (clear: Record<SecretField, boolean>) => void;
}) {
  const stored = secretFieldNames.filter((field) => credentialSet[secretFields[field].flag]);
  if (stored.length === 0) return null;
  return (
    <fieldset className="space-y-2 border-t border-slate-100 pt-4">
      <legend className="sr-only">Erase stored secrets</legend>
      {stored.map((field) => (
        <CheckboxField
          key={field}
          id={`clear-${field}`}
          label={`Erase the stored ${secretFields[field].label.toLowerCase()}`}
          checked={clear[field]}
          onChange={(e) => onChange({ ...clear, [field]: e.target.checked })}
        />
      ))}
    </fieldset>
  );
}
