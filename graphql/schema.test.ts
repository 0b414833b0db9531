import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printedSchemaPath, printTidemarkSchema } from './print-schema.ts';

describe('the public schema', () => {
  it('matches the committed printed schema (run `npm run schema:print` after changing it)', () => {
    expect(printTidemarkSchema()).toBe(fs.readFileSync(printedSchemaPath, 'utf8'));
  });
});
