import { z } from 'zod';
import { findBackupMethod } from '../../plugins/registry.ts';
import { MAX_DEVICE_VARIABLES, variableNameProblem } from '../devices/device-variables.ts';
import { inventorySourceKinds, orphanPolicies, writeBackFormats } from './schema.ts';

/** The filter keys both kinds understand; each client checks the rest against its product's filters. */
export const filterKeys = ['location', 'role', 'tag', 'status', 'tenant'] as const;

/** Custom field keys as Nautobot and NetBox allow them. */
const customFieldName = z
  .string()
  .trim()
  .regex(/^[A-Za-z_][A-Za-z0-9_]{0,49}$/, 'is not a custom field key (letters, digits and _, starting with a letter or _)');

const tagField = z.string().refine((value) => ['tags', 'role', 'status', 'tenant'].includes(value) || /^cf:[A-Za-z_][A-Za-z0-9_]{0,49}$/.test(value), {
  message: 'must be tags, role, status, tenant or cf:<custom field>',
});

/** `syncCron` and `syncTimeZone` are checked further by checkCron and checkTimeZone. */
const fields = {
  name: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
  kind: z.enum(inventorySourceKinds),
  url: z
    .string()
    .trim()
    .max(2048, 'is longer than 2048 characters')
    .refine((value) => URL.canParse(value) && ['http:', 'https:'].includes(new URL(value).protocol), 'must be an http or https URL')
    .refine((value) => !URL.canParse(value) || (!new URL(value).username && !new URL(value).password), 'must not carry a user name or password; use the token')
    .transform((value) => value.replace(/\/+$/, '')),
  token: z.string().trim().min(1, 'is required').max(1024, 'is longer than 1024 characters'),
  verifyTls: z.boolean(),
  caBundle: z
    .string()
    .trim()
    .max(256 * 1024, 'is larger than 256 KB')
    .transform((value) => value || null)
    .refine((value) => value === null || value.includes('-----BEGIN CERTIFICATE-----'), 'must hold PEM certificates (-----BEGIN CERTIFICATE-----)')
    .nullable(),
  filter: z
    .record(z.string(), z.array(z.string().trim().min(1, 'must not be empty').max(200)).max(100, 'lists more than 100 values'))
    .refine((filter) => Object.keys(filter).every((key) => /^[a-z][a-z0-9_]{0,63}$/.test(key)), `keys are filter names such as ${filterKeys.join(', ')}`),
  platformMap: z
    .record(z.string().trim().min(1).max(100), z.string())
    .refine((map) => Object.keys(map).length <= 500, 'maps more than 500 platforms')
    .superRefine((map, ctx) => {
      for (const [slug, method] of Object.entries(map)) {
        if (!findBackupMethod(method)) ctx.addIssue({ code: 'custom', message: `maps "${slug}" to "${method}", which is no backup method` });
      }
    }),
  locationField: customFieldName.nullable(),
  tagFields: z.array(tagField).max(20).transform((values) => [...new Set(values)]),
  portField: customFieldName.nullable(),
  /** Each custom field named becomes the device variable of the same name. */
  variableFields: z
    .array(customFieldName.refine((name) => !variableNameProblem(name), '"__proto__" is reserved'))
    .max(MAX_DEVICE_VARIABLES, `lists more than ${MAX_DEVICE_VARIABLES} custom fields (a device has at most ${MAX_DEVICE_VARIABLES} variables)`)
    .transform((values) => [...new Set(values)]),
  credentialSetField: customFieldName.nullable(),
  credentialSetId: z.string().uuid('is not a credential set id').nullable(),
  repositoryId: z.string().uuid('is not a repository id').nullable(),
  orphanPolicy: z.enum(orphanPolicies),
  writeBackField: customFieldName.nullable(),
  writeBackFormat: z.enum(writeBackFormats),
  syncCron: z.string().nullable(),
  syncTimeZone: z.string(),
};

export const createInventorySourceInput = z.object({
  ...fields,
  verifyTls: fields.verifyTls.default(true),
  caBundle: fields.caBundle.default(null),
  filter: fields.filter.default({}),
  platformMap: fields.platformMap.default({}),
  locationField: fields.locationField.default(null),
  tagFields: fields.tagFields.default(['tags']),
  portField: fields.portField.default(null),
  variableFields: fields.variableFields.default([]),
  credentialSetField: fields.credentialSetField.default(null),
  credentialSetId: fields.credentialSetId.default(null),
  repositoryId: fields.repositoryId.default(null),
  orphanPolicy: fields.orphanPolicy.default('keep'),
  writeBackField: fields.writeBackField.default(null),
  writeBackFormat: fields.writeBackFormat.default('date'),
  syncCron: fields.syncCron.default(null),
  syncTimeZone: fields.syncTimeZone.default('UTC'),
});
export type CreateInventorySourceInput = z.input<typeof createInventorySourceInput>;

/** Omitted fields stay as they are; the token too, unless a new one is given. */
export const updateInventorySourceInput = z.object(fields).partial();
export type UpdateInventorySourceInput = z.input<typeof updateInventorySourceInput>;
