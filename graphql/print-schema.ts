import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from './schema.ts';

export const printedSchemaPath = path.join(path.dirname(fileURLToPath(import.meta.url)), 'schema.printed.graphql');

export function printTidemarkSchema(): string {
  return printSchema(lexicographicSortSchema(buildSchema())) + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  fs.writeFileSync(printedSchemaPath, printTidemarkSchema());
  console.log(`wrote ${path.relative(process.cwd(), printedSchemaPath)}`);
}
