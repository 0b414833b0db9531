import { asc } from 'drizzle-orm';
import { requireRole, type Ctx } from '../context.ts';
import { credentialSets } from '../credential-sets/schema.ts';
import { AppError } from '../../infra/errors.ts';
import { findBackupMethod } from '../../plugins/registry.ts';
import { repositories } from '../repositories/schema.ts';
import { insertDevice } from './create-device.ts';
import { parseCsv } from './csv.ts';
import { createDeviceInput, type CreateDeviceInput } from './device-input.ts';
import { parseVariables } from './device-variables.ts';
import type { DeviceView } from './view.ts';
import { detectImportRows, type ImportDetection } from '../connection-tests/detect-import-rows.ts';

/** Column names accepted in the header row, with their aliases. */
const columns = {
  name: ['name', 'device', 'hostname'],
  host: ['host', 'address', 'ip'],
  port: ['port'],
  backupMethod: ['backup_method', 'backupmethod', 'method', 'platform'],
  location: ['location'],
  tags: ['tags'],
  model: ['model', 'device_type'],
  variables: ['variables'],
  credentialSets: ['credential_sets', 'credentialsets', 'credentials'],
  enabled: ['enabled'],
  repository: ['repository'],
  sshProfile: ['ssh_profile', 'sshprofile'],
  keepSecrets: ['keep_secrets', 'keepsecrets'],
  prompt: ['prompt'],
} as const;
type Column = keyof typeof columns;

export interface ImportRowError {
  /** 1-based line number in the CSV, the header being line 1. */
  row: number;
  field: string | null;
  message: string;
}

export interface ImportDevicesResult {
  ok: boolean;
  dryRun: boolean;
  created: DeviceView[];
  errors: ImportRowError[];
  /** What `backup_method` = `detect` picked for each such row, or why not. */
  detections?: ImportDetection[];
}

/** Rows one import may hold; the answer lists each created device, so its size is bounded too. */
export const MAX_IMPORT_ROWS = 2_000;

class RollBack extends Error {}

function parseBoolean(value: string): boolean | undefined {
  const v = value.trim().toLowerCase();
  if (['true', 'yes', '1', 'y'].includes(v)) return true;
  if (['false', 'no', '0', 'n'].includes(v)) return false;
  return undefined;
}

/**
 * Every problem the device schema and the backup method registry find in one row, one per field,
 * skipping fields whose cell was already refused.
 */
function inputProblems(row: number, input: CreateDeviceInput, found: readonly ImportRowError[]): ImportRowError[] {
  const problems: ImportRowError[] = [];
  const seen = new Set(found.map((p) => p.field));
  const add = (field: string, message: string) => {
    if (seen.has(field)) return;
    seen.add(field);
    problems.push({ row, field, message: `${field}: ${message}` });
  };
  const parsed = createDeviceInput.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) add(issue.path.map(String).join('.') || 'row', issue.message);
  }
  const method = input.backupMethod.trim();
  if (method && !findBackupMethod(method)) add('backupMethod', `"${method}" is not a known backup method`);
  return problems;
}

function splitList(value: string): string[] {
  return value
    .split(/[;|]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Imports every row or none; every problem of a bad row is reported with its line and field. */
export async function importDevices({ ctx, input }: { ctx: Ctx; input: { csv: string; dryRun?: boolean } }): Promise<ImportDevicesResult> {
  requireRole(ctx.caller, 'operator');
  const dryRun = input.dryRun ?? false;
  const [header, ...records] = parseCsv(input.csv);
  if (!header) return { ok: false, dryRun, created: [], errors: [{ row: 1, field: null, message: 'The CSV is empty' }] };

  const index = new Map<Column, number>();
  const unknown: string[] = [];
  header.forEach((title, i) => {
    const key = title.trim().toLowerCase();
    const column = (Object.keys(columns) as Column[]).find((c) => (columns[c] as readonly string[]).includes(key));
    if (column) index.set(column, i);
    else if (key) unknown.push(title);
  });
  const headerErrors: ImportRowError[] = [];
  if (unknown.length) headerErrors.push({ row: 1, field: null, message: `Unknown columns: ${unknown.join(', ')}` });
  for (const required of ['name', 'host', 'backupMethod'] as const) {
    if (!index.has(required)) headerErrors.push({ row: 1, field: required, message: `The header needs a ${columns[required][0]} column` });
  }
  if (headerErrors.length) return { ok: false, dryRun, created: [], errors: headerErrors };
  if (records.length === 0) return { ok: false, dryRun, created: [], errors: [{ row: 2, field: null, message: 'The CSV has no device rows' }] };
  if (records.length > MAX_IMPORT_ROWS) {
    return { ok: false, dryRun, created: [], errors: [{ row: MAX_IMPORT_ROWS + 2, field: null, message: `The CSV has ${records.length} device rows; import at most ${MAX_IMPORT_ROWS} at a time` }] };
  }

  const [setRows, repositoryRows] = await Promise.all([
    ctx.db.select({ id: credentialSets.id, name: credentialSets.name }).from(credentialSets).orderBy(asc(credentialSets.name)),
    ctx.db.select({ id: repositories.id, name: repositories.name }).from(repositories),
  ]);
  const setIdByName = new Map(setRows.map((s) => [s.name, s.id]));
  const repositoryIdByName = new Map(repositoryRows.map((r) => [r.name, r.id]));
  const cellsOf = (record: string[]) => (column: Column) => {
    const at = index.get(column);
    return at === undefined ? undefined : (record[at] ?? '').trim();
  };
  const detections = await detectImportRows({ ctx, rows: records.map((record, i) => ({ row: i + 2, cell: cellsOf(record) })), setIdByName });

  const errors: ImportRowError[] = [];
  const created: DeviceView[] = [];
  try {
    await ctx.db.transaction(async (tx) => {
      for (const [i, record] of records.entries()) {
        const row = i + 2;
        const cell = (column: Column) => {
          const at = index.get(column);
          return at === undefined ? undefined : (record[at] ?? '').trim();
        };
        const problems: ImportRowError[] = [];
        const problem = (field: string, message: string) => problems.push({ row, field, message: `${field}: ${message}` });
        const input: CreateDeviceInput = { name: cell('name') ?? '', host: cell('host') ?? '', backupMethod: cell('backupMethod') ?? '' };
        const detection = detections.get(row);
        if (detection) {
          if (detection.backupMethod) input.backupMethod = detection.backupMethod;
          else problem('backupMethod', `detect found no backup method: ${detection.message}`);
        }
        const port = cell('port');
        if (port) input.port = /^\d+$/.test(port) ? Number(port) : Number.NaN;
        const location = cell('location');
        if (location) input.location = location;
        const tags = cell('tags');
        if (tags) input.tags = tags.split(/[;| ]/).filter(Boolean);
        const model = cell('model');
        if (model) input.model = model;
        const variables = cell('variables');
        if (variables) {
          const parsed = parseVariables(variables.split(';'));
          if ('problem' in parsed) problem('variables', `${parsed.problem} (write name=value;name=value)`);
          else input.variables = parsed.variables;
        }
        for (const field of ['enabled', 'keepSecrets'] as const) {
          const value = cell(field);
          if (!value) continue;
          const parsed = parseBoolean(value);
          if (parsed === undefined) problem(field, `"${value}" is not true or false`);
          else input[field] = parsed;
        }
        const prompt = cell('prompt');
        if (prompt) input.prompt = prompt;
        const profile = cell('sshProfile');
        if (profile) input.sshProfile = profile.toLowerCase() as CreateDeviceInput['sshProfile'];
        const sets = cell('credentialSets');
        if (sets) {
          const names = splitList(sets);
          const missing = names.filter((name) => !setIdByName.has(name));
          if (missing.length === 1) problem('credentialSets', `no credential set named "${missing[0]}"`);
          else if (missing.length) problem('credentialSets', `no credential sets named ${missing.map((name) => `"${name}"`).join(', ')}`);
          else input.credentialSetIds = names.map((name) => setIdByName.get(name)!);
        }
        const repository = cell('repository');
        if (repository) {
          const id = repositoryIdByName.get(repository);
          if (id) input.repositoryId = id;
          else problem('repository', `no repository named "${repository}"`);
        }
        problems.push(...inputProblems(row, input, problems));
        if (problems.length) {
          errors.push(...problems);
          continue;
        }
        try {
          created.push(await insertDevice(tx, ctx.caller, input));
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          errors.push({ row, field: error.field ?? null, message: error.message });
        }
      }
      if (errors.length || dryRun) throw new RollBack();
    });
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
  }
  const ok = errors.length === 0;
  return { ok, dryRun, created: ok ? created : [], errors, detections: [...detections.values()].sort((a, b) => a.row - b.row) };
}
