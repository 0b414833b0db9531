/**
 * `tidemark bench search --devices 10000`: how fast config search answers over HTTP with a large
 * fleet. The versions are inserted directly, not collected (a fleet run of 10,000 lab devices
 * takes about a minute and stores the same texts): each device gets the lab's configuration of
 * its platform (the fixtures' templates, rendered as the lab renders them), one backups row per
 * artifact, and its text in config_texts, redacted by the same code a run's finish uses.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { NewBackup } from '../db/backups/insert-backups.ts';
import { backups } from '../db/backups/schema.ts';
import { saveConfigTexts, type VersionText } from '../db/config-search/save-config-texts.ts';
import { chunks } from '../db/sql-lists.ts';
import { projectRoot } from '../infra/project-root.ts';
import type { Logger } from '../infra/log.ts';
import { fetchVariables, renderTemplate } from '../lab/template.ts';
import { listBackupMethods } from '../plugins/registry.ts';
import { gigabytes, milliseconds, percentile, print, seconds } from './figures.ts';
import { startBenchStack, type Gql } from './stack.ts';

export interface SearchBenchOptions {
  devices: number;
  requests: number;
}

/** The platforms whose lab fixtures hold configurations, with their text backup method. */
function labPlatforms() {
  const methods = listBackupMethods().filter((m) => !m.isBinary);
  return methods.flatMap((method) => {
    const folder = path.join(projectRoot, 'plugins', method.platform, 'fixtures');
    if (!fs.existsSync(folder) || methods.find((m) => m.platform === method.platform) !== method) return [];
    const templates = fs
      .readdirSync(folder)
      .filter((file) => file.endsWith('.tpl'))
      .map((file) => ({ artifact: file.slice(0, -'.tpl'.length), template: fs.readFileSync(path.join(folder, file), 'utf8') }));
    return templates.length ? [{ platform: method.platform, backupMethod: method.key, templates }] : [];
  });
}

const searchQuery = `query($query: String!, $regex: Boolean, $invert: Boolean, $filter: ConfigSearchFilter) {
  configSearch(query: $query, regex: $regex, invert: $invert, filter: $filter, first: 25, context: 2) {
    totalCount searchedVersions
    nodes { device { id name } versionCount versions { backup { id artifact createdAt } matchCount lines(first: 50) { number text isMatch highlights } } }
  }
}`;

export async function benchSearch(options: SearchBenchOptions, log: Logger, signal: AbortSignal): Promise<void> {
  print(`search benchmark: ${options.devices} devices, ${options.requests} requests per query`);
  print(`machine: ${os.cpus().length} cores, ${gigabytes(os.totalmem())} memory, Node ${process.version}`);
  const stack = await startBenchStack(log, signal);
  try {
    const started = Date.now();
    const platforms = labPlatforms();
    const [repository] = await stack.db.sql<{ id: string }[]>`
      insert into repositories (name, kind, path) values ('bench', 'git', ${path.join(stack.dir, 'repositories', 'bench')}) returning id`;
    const devices = await stack.db.sql<{ id: string; i: number }[]>`
      insert into devices (name, host, port, backup_method, location, tags)
      select format('sw-%s', lpad(i::text, 6, '0')), format('10.%s.%s.%s', i / 65536, (i / 256) % 256, i % 256), 22,
             (${platforms.map((p) => p.backupMethod)}::text[])[1 + i % ${platforms.length}],
             format('region-%s/site-%s', i % 7, i % 97), array['bench', format('rack-%s', i % 40)]
      from generate_series(0, ${options.devices - 1}::int) as i
      returning id, (substr(name, 4))::int as i`;
    let versions = 0;
    let bytes = 0;
    let savingMs = 0;
    for (const batch of chunks(devices, 500)) {
      signal.throwIfAborted();
      const texts: VersionText[] = [];
      const rows: NewBackup[] = [];
      for (const device of batch) {
        const platform = platforms[device.i % platforms.length];
        const name = `sw-${String(device.i).padStart(6, '0')}`;
        for (const { artifact, template } of platform.templates) {
          const content = renderTemplate(template, fetchVariables({ name, index: device.i }, { fetch: 1, session: 1 }, 5));
          const sha256 = crypto.createHash('sha256').update(content).digest('hex');
          texts.push({ sha256, content, backupMethod: platform.backupMethod, redacted: false });
          rows.push({ deviceId: device.id, repositoryId: repository.id, artifact, isText: true, size: Buffer.byteLength(content), sha256, comparableSha256: sha256, changed: true, storageRef: { kind: 'git', commit: '0'.repeat(40), path: `${name}/${artifact}`, blob: '0'.repeat(40) } });
          bytes += content.length;
        }
      }
      await stack.db.db.insert(backups).values(rows);
      const saving = performance.now();
      await saveConfigTexts(stack.db.db, texts);
      savingMs += performance.now() - saving;
      versions += rows.length;
    }
    await stack.db.sql`analyze`;
    print(`inserted ${options.devices} devices of ${platforms.length} platforms, ${versions} versions (${(bytes / 1e6).toFixed(0)} MB of text, redacted) in ${seconds(Date.now() - started)}, of which saving the texts for search ${seconds(savingMs)}`);

    print(`load average before the searches: ${loadAverage()}`);
    const probe = `sw-${String(Math.floor(options.devices / 2)).padStart(6, '0')}`;
    const cases: { label: string; variables: Record<string, unknown> }[] = [
      { label: `substring, one device ("${probe}")`, variables: { query: probe } },
      { label: 'substring, most devices ("ip domain name")', variables: { query: 'ip domain name' } },
      { label: 'regex ("^ *ntp server [0-9.]+$")', variables: { query: '^ *ntp server [0-9.]+$', regex: true } },
      { label: 'regex, 100 devices ("^hostname sw-0042[0-9]{2}$")', variables: { query: '^hostname sw-0042[0-9]{2}$', regex: true } },
      { label: 'NOT containing ("service password-encryption")', variables: { query: 'service password-encryption', invert: true } },
      { label: 'NOT containing, one platform ("logging host")', variables: { query: 'logging host', invert: true, filter: { platforms: ['cisco-ios'] } } },
    ];
    for (const { label, variables } of cases) {
      signal.throwIfAborted();
      const timings = await timeQuery(stack.gql, variables, options.requests);
      print(`${label}: ${timings.totalCount} devices of ${timings.searchedVersions} versions; median ${milliseconds(timings.median)}, p95 ${milliseconds(timings.p95)} over ${options.requests} requests`);
    }
    print(`load average after the searches: ${loadAverage()}`);
  } finally {
    await stack.close();
  }
}

/** The machine's load average over 1, 5 and 15 minutes: the figures mean little on a busy machine. */
const loadAverage = () => os.loadavg().map((load) => load.toFixed(2)).join(', ');

async function timeQuery(gql: Gql, variables: Record<string, unknown>, requests: number) {
  // The first requests warm the query plan, PostgreSQL's cache and Node's JIT; they are not counted.
  for (let i = 0; i < 3; i++) await gql(searchQuery, variables);
  const timings: number[] = [];
  let result = { totalCount: 0, searchedVersions: 0 };
  for (let i = 0; i < requests; i++) {
    const started = performance.now();
    const data = await gql<{ configSearch: { totalCount: number; searchedVersions: number } }>(searchQuery, variables);
    timings.push(performance.now() - started);
    result = data.configSearch;
  }
  timings.sort((a, b) => a - b);
  return { ...result, median: percentile(timings, 0.5), p95: percentile(timings, 0.95) };
}
