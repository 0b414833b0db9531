/**
 * A backup method's options as form fields, read from its options schema through JSON Schema, so
 * a form can offer them without knowing the method: lists of text (paths), yes/no, whole numbers
 * and text. Options of other shapes are left to the API.
 */
import { z } from 'zod';
import type { BackupMethod } from './types.ts';

export const optionFieldKinds = ['text-list', 'boolean', 'integer', 'text'] as const;
export type OptionFieldKind = (typeof optionFieldKinds)[number];

export interface OptionField {
  name: string;
  kind: OptionFieldKind;
  required: boolean;
  defaultValue: unknown;
  /** Items of a list must match, or the text must match (a regular expression), when given. */
  pattern: string | null;
}

interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  default?: unknown;
  pattern?: string;
  anyOf?: JsonSchema[];
}

function kindOf(schema: JsonSchema): OptionFieldKind | null {
  if (schema.type === 'array' && schema.items?.type === 'string') return 'text-list';
  if (schema.type === 'boolean') return 'boolean';
  if (schema.type === 'integer') return 'integer';
  if (schema.type === 'string') return 'text';
  return null;
}

/** The object schema among a union's members (options may be an object, null or absent). */
function objectSchema(schema: JsonSchema): JsonSchema | null {
  if (schema.type === 'object') return schema;
  for (const member of schema.anyOf ?? []) {
    const found = objectSchema(member);
    if (found) return found;
  }
  return null;
}

export function optionFields(method: Pick<BackupMethod, 'optionsSchema'>): OptionField[] {
  const schema = objectSchema(z.toJSONSchema(method.optionsSchema, { unrepresentable: 'any', io: 'input' }) as JsonSchema);
  if (!schema?.properties) return [];
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties).flatMap(([name, property]) => {
    const kind = kindOf(property);
    if (!kind) return [];
    return [{ name, kind, required: required.has(name), defaultValue: property.default ?? null, pattern: property.pattern ?? property.items?.pattern ?? null }];
  });
}
