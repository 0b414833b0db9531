import { z } from 'zod';
import { checkPathTemplate } from './path-template.ts';
import { isSshRemote } from '../../storage/ssh-remote-url.ts';
import { hasCredentials } from './remote-url.ts';
import { repositoryKinds } from './schema.ts';

const controlCharacter = /[\u0000-\u001f\u007f]/;

const pathTemplate = z.string().superRefine((value, ctx) => {
  const problem = checkPathTemplate(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const remoteUrl = z
  .string()
  .trim()
  .refine(
    (v) => v === '' || isSshRemote(v) || (/^https?:\/\/[^\s/]+/.test(v) && URL.canParse(v)),
    'must be an http(s) URL (git smart HTTP) or an SSH remote (ssh://user@host[:port]/path or user@host:path) without a password',
  )
  .refine((v) => isSshRemote(v) || !hasCredentials(v), 'must not contain a user name or password: put the password in the token field')
  .nullish();

export const repositoryFields = {
  name: z
    .string()
    .trim()
    .min(1, 'is required')
    .max(100)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._ -]*$/, 'may contain letters, digits, space and . _ - only'),
  kind: z.enum(repositoryKinds),
  /** Relative paths are resolved against the data folder; where it may point is checked by check-repository-path.ts. */
  path: z
    .string()
    .trim()
    .min(1)
    .max(4096)
    .refine((v) => !controlCharacter.test(v), 'contains a NUL or control character')
    .nullish(),
  remoteUrl,
  remoteToken: z.string().max(4096).nullish(),
  /** SSH remotes: the credential set whose private key logs in. */
  remoteCredentialSetId: z.string().uuid('is not an id').nullish(),
  /** Commits are signed with this credential set's private key; null: unsigned. */
  signingCredentialSetId: z.string().uuid('is not an id').nullish(),
  branch: z
    .string()
    .trim()
    .regex(/^(?!\/)(?!.*\.\.)(?!.*\/$)[A-Za-z0-9._/-]+$/, 'is not a valid branch name')
    .optional(),
  pathTemplate: pathTemplate.optional(),
  authorName: z.string().trim().min(1).max(200).optional(),
  authorEmail: z.string().trim().email('is not an email address').optional(),
};

export const createRepositoryInput = z.object(repositoryFields);
export const updateRepositoryInput = z.object(repositoryFields).omit({ kind: true }).partial();
