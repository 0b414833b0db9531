'use client';

import { useRouter } from 'next/navigation';
import { useMemo, useState, type FormEvent } from 'react';
import { z } from 'zod';
import { checkPathTemplate, renderPathTemplate } from '../../../../db/repositories/path-template';
import { hasCredentials } from '../../../../db/repositories/remote-url';
import { isSshRemote } from '../../../../storage/ssh-remote-url';
import { Button, LinkButton } from '../../../_components/button';
import { CheckboxField, SelectField, TextField } from '../../../_components/field';
import { FormError, FormSection } from '../../../_components/form-parts';
import { getFragmentData, graphql, type FragmentType } from '../../../_gql';
import { request } from '../../../_lib/graphql';
import { repositoryKindLabels, type RepositoryKind } from '../../../_lib/types';
import { useQuery } from '../../../_lib/use-query';
import { useValidatedSubmit } from '../../../_lib/use-validated-submit';

const repositoryFormFieldsFragment = graphql(`
  fragment RepositoryFormFields on Repository {
    id
    name
    kind
    path
    remoteUrl
    hasRemoteToken
    remoteCredentialSet {
      id
    }
    signingCredentialSet {
      id
    }
    branch
    pathTemplate
    authorName
    authorEmail
  }
`);

const keyOptionsQuery = graphql(`
  query RepositoryKeyOptions {
    credentialSets {
      id
      name
      username
      hasPrivateKey
    }
  }
`);

const createMutation = graphql(`
  mutation CreateRepository($input: CreateRepositoryInput!) {
    createRepository(input: $input) {
      id
    }
  }
`);

const updateMutation = graphql(`
  mutation UpdateRepository($id: ID!, $input: UpdateRepositoryInput!) {
    updateRepository(id: $id, input: $input) {
      id
    }
  }
`);

interface RepositoryFormValues {
  name: string;
  kind: RepositoryKind;
  path: string;
  remoteUrl: string;
  remoteToken: string;
  clearRemoteToken: boolean;
  remoteCredentialSetId: string;
  signingCredentialSetId: string;
  branch: string;
  pathTemplate: string;
  authorName: string;
  authorEmail: string;
}

const kinds = Object.keys(repositoryKindLabels) as RepositoryKind[];
const fields = ['name', 'kind', 'path', 'pathTemplate', 'remoteUrl', 'remoteToken', 'remoteCredentialSetId', 'signingCredentialSetId', 'branch', 'authorName', 'authorEmail'];

const exampleDevice = { device: 'core-sw-01', backupMethod: 'cisco-ios', artifact: 'running-config', location: 'emea/ams1', tags: ['core'], variables: { site_code: 'AMS1' } };

/** Where the example device's running configuration would go, when the template is usable. */
function templateExample(template: string): string {
  const usable = template.trim() || '{location}/{device}/{artifact}';
  return checkPathTemplate(usable) ? '' : ` For core-sw-01 in emea/ams1 (variable site_code=AMS1): ${renderPathTemplate(usable, exampleDevice)}`;
}

/** Blank means "not given". */
const given = (value: string) => (value === '' ? undefined : value);

/**
 * Blank optional fields are left out so the server's defaults apply; when editing, a blank remote
 * URL removes the remote and a blank token keeps the stored one.
 */
function repositorySchema(editing: boolean) {
  return z
    .object({
      name: z.string().trim().min(1, 'Enter a name.'),
      kind: z.enum(['GIT', 'FILESYSTEM']),
      path: z.string().trim(),
      remoteUrl: z
        .string()
        .trim()
        .refine((url) => isSshRemote(url) || !hasCredentials(url), 'Leave the user name and password out of the URL: put the password in the token field.'),
      remoteToken: z.string(),
      clearRemoteToken: z.boolean(),
      remoteCredentialSetId: z.string(),
      signingCredentialSetId: z.string(),
      branch: z.string().trim(),
      // The server's own rules, so a template every run would refuse is caught before it is sent.
      pathTemplate: z
        .string()
        .trim()
        .superRefine((template, ctx) => {
          const problem = template && checkPathTemplate(template);
          if (problem) ctx.addIssue({ code: 'custom', message: `The template ${problem}.` });
        }),
      authorName: z.string().trim(),
      authorEmail: z.string().trim(),
    })
    .superRefine(({ remoteUrl, remoteCredentialSetId }, ctx) => {
      if (isSshRemote(remoteUrl.trim()) && !remoteCredentialSetId) {
        ctx.addIssue({ code: 'custom', path: ['remoteCredentialSetId'], message: 'An SSH remote logs in with a credential set\'s private key: choose one.' });
      }
    })
    .transform(({ kind, name, path, pathTemplate, branch, authorName, authorEmail, remoteUrl, remoteToken, clearRemoteToken, remoteCredentialSetId, signingCredentialSetId }) => ({
      kind,
      changes: {
        name,
        path: given(path),
        pathTemplate: given(pathTemplate),
        ...(repositoryKindLabels[kind].usesGit
          ? {
              branch: given(branch),
              authorName: given(authorName),
              authorEmail: given(authorEmail),
              remoteUrl: given(remoteUrl) ?? (editing ? null : undefined),
              // An SSH remote logs in with a key: a token kept from an http remote goes.
              remoteToken: isSshRemote(remoteUrl) ? (editing ? null : undefined) : (given(remoteToken) ?? (clearRemoteToken ? null : undefined)),
              remoteCredentialSetId: isSshRemote(remoteUrl) ? remoteCredentialSetId : editing ? null : undefined,
              signingCredentialSetId: given(signingCredentialSetId) ?? (editing ? null : undefined),
            }
          : {}),
      },
    }));
}

/** Adds a repository, or edits `repository` when given. */
export function RepositoryForm({ repository: repositoryRef }: { repository?: FragmentType<typeof repositoryFormFieldsFragment> }) {
  const repository = getFragmentData(repositoryFormFieldsFragment, repositoryRef);
  const router = useRouter();
  const [values, setValues] = useState<RepositoryFormValues>({
    name: repository?.name ?? '',
    kind: repository?.kind ?? 'GIT',
    path: repository?.path ?? '',
    remoteUrl: repository?.remoteUrl ?? '',
    remoteToken: '',
    clearRemoteToken: false,
    remoteCredentialSetId: repository?.remoteCredentialSet?.id ?? '',
    signingCredentialSetId: repository?.signingCredentialSet?.id ?? '',
    branch: repository?.branch ?? '',
    pathTemplate: repository?.pathTemplate ?? '',
    authorName: repository?.authorName ?? '',
    authorEmail: repository?.authorEmail ?? '',
  });
  const schema = useMemo(() => repositorySchema(Boolean(repository)), [repository]);
  const { submit, pending, fieldErrors, formError, clearFieldError } = useValidatedSubmit({
    schema,
    fields,
    send: ({ kind, changes }) => (repository ? request(updateMutation, { id: repository.id, input: changes }) : request(createMutation, { input: { kind, ...changes } })),
    onSuccess: () => router.push('/repositories'),
  });

  const set = <K extends keyof RepositoryFormValues>(field: K, value: RepositoryFormValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    clearFieldError(field);
  };
  const text = (field: Exclude<keyof RepositoryFormValues, 'kind' | 'clearRemoteToken' | 'remoteCredentialSetId' | 'signingCredentialSetId'>) => ({
    id: field,
    value: values[field],
    error: fieldErrors[field],
    autoComplete: 'off',
    spellCheck: false,
    onChange: (e: { target: { value: string } }) => set(field, e.target.value),
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(values);
  };

  const usesGit = repositoryKindLabels[values.kind].usesGit;
  const ssh = isSshRemote(values.remoteUrl.trim());
  const keyOptions = useQuery(keyOptionsQuery);
  const keySets = (keyOptions.data?.credentialSets ?? []).filter((set) => set.hasPrivateKey);
  const keyChoices = (field: 'remoteCredentialSetId' | 'signingCredentialSetId', none: string) => (
    <>
      <option value="">{none}</option>
      {keySets.map((set) => (
        <option key={set.id} value={set.id}>
          {set.name} ({set.username})
        </option>
      ))}
      {values[field] && !keySets.some((set) => set.id === values[field]) && <option value={values[field]}>(a credential set you cannot list)</option>}
    </>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormError message={formError} />
      <FormSection title="Storage">
        <TextField label="Name" required {...text('name')} spellCheck={undefined} />
        <SelectField
          id="kind"
          label="Kind"
          hint={repository ? 'The kind cannot change once the repository exists.' : repositoryKindLabels[values.kind].description}
          disabled={Boolean(repository)}
          value={values.kind}
          error={fieldErrors.kind}
          onChange={(e) => set('kind', e.target.value as RepositoryKind)}
        >
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {repositoryKindLabels[kind].label}
            </option>
          ))}
        </SelectField>
        <TextField label="Path" className="font-mono" hint={repository ? 'The folder on the Tidemark server: empty, new or made by Tidemark, inside the repository roots.' : 'Leave blank for a folder in the first repository root. Otherwise an empty or new folder inside the roots (TIDEMARK_REPOSITORY_ROOTS); relative paths start at the data directory.'} {...text('path')} />
        <TextField
          label="Path template"
          className="font-mono"
          placeholder={repository ? undefined : '{location}/{device}/{artifact}'}
          hint={`Where each artifact is stored. Variables: {device}, {artifact}, {backupMethod}, {location}, {location.1}, {tags}, {tag.1}, {var.<name>} (a device variable).${templateExample(values.pathTemplate)}`}
          {...text('pathTemplate')}
        />
      </FormSection>
      {usesGit && (
        <FormSection title="Git">
          <TextField label="Branch" className="font-mono" placeholder={repository ? undefined : 'main'} {...text('branch')} />
          <TextField
            label="Remote URL"
            className="font-mono"
            placeholder="https://git.example.net/network/configs.git or git@git.example.net:network/configs.git"
            hint="Optional. Backups are pushed here over HTTPS (with a token) or SSH (ssh://user@host[:port]/path or user@host:path, with a credential set's key)."
            {...text('remoteUrl')}
          />
          {ssh && (
            <SelectField
              id="remoteCredentialSetId"
              label="SSH key"
              hint="The credential set whose private key (and passphrase) logs in to the remote, e.g. a deploy key. The remote's host key is trusted on first use and pinned."
              value={values.remoteCredentialSetId}
              error={fieldErrors.remoteCredentialSetId}
              onChange={(e) => set('remoteCredentialSetId', e.target.value)}
            >
              {keyChoices('remoteCredentialSetId', 'Choose a credential set with a private key')}
            </SelectField>
          )}
          {!ssh && (
            <TextField
              label="Remote token"
              type="password"
              placeholder={repository?.hasRemoteToken ? 'Stored; leave blank to keep it' : undefined}
              hint="Write-only: it is never shown again."
              {...text('remoteToken')}
              autoComplete="new-password"
            />
          )}
          {!ssh && repository?.hasRemoteToken && (
            <CheckboxField id="clearRemoteToken" label="Erase the stored remote token" checked={values.clearRemoteToken} onChange={(e) => set('clearRemoteToken', e.target.checked)} />
          )}
          <SelectField
            id="signingCredentialSetId"
            label="Sign commits with"
            hint="Optional. Commits carry an SSH signature that git verifies with gpg.format=ssh and an allowed-signers file."
            value={values.signingCredentialSetId}
            error={fieldErrors.signingCredentialSetId}
            onChange={(e) => set('signingCredentialSetId', e.target.value)}
          >
            {keyChoices('signingCredentialSetId', 'Unsigned')}
          </SelectField>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField label="Author name" {...text('authorName')} spellCheck={undefined} />
            <TextField label="Author email" type="email" {...text('authorEmail')} />
          </div>
        </FormSection>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? 'Saving…' : repository ? 'Save repository' : 'Add repository'}
        </Button>
        <LinkButton href="/repositories">Cancel</LinkButton>
      </div>
    </form>
  );
}
