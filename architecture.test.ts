/**
 * The layers, as folders, and the rule that imports run downhill: a folder imports only from
 * its own layer and the ones below it, and no import loop exists anywhere in the tree. Tests and
 * their harnesses (`*.test.ts`, `testing.ts`, `testing/`, `test-support.ts`) may reach up to
 * assemble what they test, but take part in the loop check like everything else.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import madge from 'madge';
import { expect, test } from 'vitest';
import { projectRoot } from './infra/project-root.ts';

/** Lowest first. */
export const layers: { name: string; folders: string[] }[] = [
  { name: 'infrastructure', folders: ['infra'] },
  { name: 'adapters', folders: ['plugins', 'storage', 'inventory', 'notify'] },
  { name: 'domain', folders: ['db'] },
  { name: 'services', folders: ['worker', 'graphql'] },
  { name: 'launcher', folders: ['launcher', 'app'] },
  { name: 'tools', folders: ['lab'] },
  { name: 'benchmarks', folders: ['bench'] },
  { name: 'entry point', folders: ['server.ts'] },
];

const layerOf = (file: string): number => layers.findIndex((layer) => layer.folders.some((folder) => file === folder || file.startsWith(`${folder}/`)));
const isTestSupport = (file: string) => /\.test\.tsx?$|(^|\/)testing(\.ts|\/)|test-support\.ts$/.test(file);

async function importGraph(): Promise<Record<string, string[]>> {
  const result = await madge(projectRoot, {
    fileExtensions: ['ts', 'tsx'],
    tsConfig: path.join(projectRoot, 'tsconfig.json'),
    // Tool configuration at the root, the package manifest (read for its version) and the
    // end-to-end tests stand outside the layers.
    excludeRegExp: [/node_modules/, /^\.next/, /^e2e\//, /^[^/]+\.config\.ts$/, /^vitest\.global-setup\.ts$/, /\.d\.ts$/, /^package\.json$/],
  });
  return result.obj();
}

test('no import loop anywhere in the tree', { timeout: 120_000 }, async () => {
  const result = await madge(projectRoot, {
    fileExtensions: ['ts', 'tsx'],
    tsConfig: path.join(projectRoot, 'tsconfig.json'),
    excludeRegExp: [/node_modules/, /^\.next/],
  });
  expect(result.circular()).toEqual([]);
});

test('every import runs downhill: no layer imports a higher one', { timeout: 120_000 }, async () => {
  const graph = await importGraph();
  const upward: string[] = [];
  for (const [file, imports] of Object.entries(graph)) {
    if (isTestSupport(file)) continue;
    const from = layerOf(file);
    expect(from, `${file} belongs to no layer`).toBeGreaterThanOrEqual(0);
    for (const target of imports) {
      const to = layerOf(target);
      if (to > from) upward.push(`${file} (${layers[from].name}) imports ${target} (${layers[to].name})`);
    }
  }
  expect(upward).toEqual([]);
});

test('the README shows the layers as folders', () => {
  const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
  for (const layer of layers) for (const folder of layer.folders) expect(readme).toContain(`\`${folder}`);
});
