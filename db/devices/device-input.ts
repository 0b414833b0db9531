import { z } from 'zod';
import { isValidHost, withoutBrackets } from './host-name.ts';
import { sortedVariables, variablesProblem } from './device-variables.ts';
import { sshProfiles } from './schema.ts';


/** "EMEA / ams1/" → "EMEA/ams1". */
export function normalizeLocation(value: string): string {
  return value
    .split('/')
    .map((part) => part.trim())
    .filter(Boolean)
    .join('/');
}

/** A device's credential sets are bounded, so a list of devices has a bounded answer. */
export const MAX_DEVICE_CREDENTIAL_SETS = 10;

export const deviceFields = {
  name: z
    .string()
    .trim()
    .min(1, 'is required')
    .max(128, 'is longer than 128 characters')
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'may contain letters, digits and . _ - only, starting with a letter or digit'),
  host: z
    .string()
    .trim()
    .min(1, 'is required')
    .transform(withoutBrackets)
    .refine(isValidHost, 'is not an IPv4 or IPv6 address or a DNS name'),
  port: z.number({ message: 'must be a number' }).int('must be a whole number').min(1, 'must be between 1 and 65535').max(65535, 'must be between 1 and 65535'),
  backupMethod: z.string().trim().min(1, 'is required'),
  credentialSetIds: z
    .array(z.string().uuid('is not a credential set id'))
    .max(MAX_DEVICE_CREDENTIAL_SETS, `lists more than ${MAX_DEVICE_CREDENTIAL_SETS} credential sets`)
    .refine((ids) => new Set(ids).size === ids.length, 'lists a credential set twice'),
  location: z
    .string()
    .max(512)
    .transform(normalizeLocation)
    .refine((v) => /^[A-Za-z0-9._ -]*(\/[A-Za-z0-9._ -]+)*$/.test(v), 'parts may contain letters, digits, space and . _ - only'),
  tags: z
    .array(z.string().trim().min(1, 'must not be empty').max(64).regex(/^[A-Za-z0-9._:-]+$/, 'may contain letters, digits and . _ : - only'))
    .transform((tags) => [...new Set(tags)]),
  /** The device type, e.g. "C9300-48P"; blank means not known. */
  model: z
    .string()
    .trim()
    .max(100, 'is longer than 100 characters')
    .transform((value) => value || null)
    .nullable(),
  // Not z.record, which drops a "__proto__" key without a word: this refuses it.
  variables: z
    .custom<Record<string, string>>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), 'must map names to values')
    .superRefine((variables, ctx) => {
      const problem = variablesProblem(variables);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .transform(sortedVariables),
  enabled: z.boolean(),
  repositoryId: z.string().uuid('is not a repository id').nullable(),
  sshProfile: z.enum(sshProfiles),
  keepSecrets: z.boolean(),
  options: z.record(z.string(), z.unknown()),
  /** Blank means the platform's prompt. */
  prompt: z
    .string()
    .trim()
    .max(256, 'is longer than 256 characters')
    .transform((value) => value || null)
    .refine((value) => value === null || isRegExp(value), 'is not a valid regular expression')
    .nullable(),
};

function isRegExp(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

export const createDeviceInput = z.object({
  name: deviceFields.name,
  host: deviceFields.host,
  port: deviceFields.port.default(22),
  backupMethod: deviceFields.backupMethod,
  credentialSetIds: deviceFields.credentialSetIds.default([]),
  location: deviceFields.location.default(''),
  tags: deviceFields.tags.default([]),
  model: deviceFields.model.default(null),
  variables: deviceFields.variables.default({}),
  enabled: deviceFields.enabled.default(true),
  repositoryId: deviceFields.repositoryId.default(null),
  sshProfile: deviceFields.sshProfile.default('modern'),
  keepSecrets: deviceFields.keepSecrets.default(false),
  options: deviceFields.options.default({}),
  prompt: deviceFields.prompt.default(null),
});

export const updateDeviceInput = z.object(deviceFields).partial();

export type CreateDeviceInput = z.input<typeof createDeviceInput>;
export type UpdateDeviceInput = z.input<typeof updateDeviceInput>;
