/**
 * Config search: a substring or a regular expression over the redacted text of stored versions
 * (config_texts), the latest version of every text artifact or every version stored in a time
 * range, grouped by device in name order. PostgreSQL finds the matching texts with the trigram
 * index and numbers the matching lines; match-lines.ts lays out their context.
 *
 * Glossary:
 * - searched version: a stored text version in scope that passes the filter;
 * - hit: a device with a searched version that matches (with `invert`: a device none of whose
 *   searched versions matches);
 * - pending version: a searched version whose text is not in config_texts yet (stored before
 *   config search existed and not read yet by the index-config-texts job); left out of the search.
 */
import { sql, type SQL } from 'drizzle-orm';
import { AppError, ValidationError } from '../../infra/errors.ts';
import { listBackupMethods } from '../../plugins/registry.ts';
import { backups, type Backup } from '../backups/schema.ts';
import type { Tx } from '../client.ts';
import { requireRole, type Ctx } from '../context.ts';
import { addJob } from '../jobs/add-job.ts';
import { pageWindow, toPage } from '../pagination.ts';
import { queryCause } from '../query-error.ts';
import { sqlArray } from '../sql-lists.ts';
import { highlighter, linesWithContext, type SearchLine } from './match-lines.ts';

export const configSearchScopes = ['latest', 'range'] as const;
export type ConfigSearchScope = (typeof configSearchScopes)[number];

export interface ConfigSearchFilter {
  /** Platform ids (`cisco-ios`): devices whose backup method belongs to one of them. */
  platforms?: readonly string[] | null;
  /** Locations: a device at one of them or below it (`emea` takes `emea/ams1`). */
  locations?: readonly string[] | null;
  /** Devices with at least one of these tags. */
  tags?: readonly string[] | null;
  /** Artifact names (`running-config`). */
  artifacts?: readonly string[] | null;
}

export interface ConfigSearchInput {
  query: string;
  regex?: boolean | null;
  caseSensitive?: boolean | null;
  /** Lines shown before and after each matching line. */
  context?: number | null;
  filter?: ConfigSearchFilter | null;
  scope?: ConfigSearchScope | null;
  since?: Date | null;
  until?: Date | null;
  /** Devices that do NOT contain the query. */
  invert?: boolean | null;
  first?: number | null;
  after?: string | null;
}

export interface ConfigSearchVersion {
  backup: Backup;
  matched: boolean;
  /** Matching lines in the whole version. */
  matchCount: number;
  lines: SearchLine[];
  /** More lines matched than `lines` holds (MAX_LINES_PER_VERSION). */
  truncated: boolean;
}

export interface ConfigSearchDevice {
  deviceId: string;
  /** The device's matching versions (with `invert`: its searched versions), newest first, at most MAX_VERSIONS_PER_DEVICE. */
  versions: ConfigSearchVersion[];
  versionCount: number;
}

export const MAX_QUERY_LENGTH = 1_000;
export const MAX_CONTEXT = 10;
export const MAX_SEARCH_PAGE = 100;
export const MAX_VERSIONS_PER_DEVICE = 10;
/** How long one search may take before it is cancelled as SEARCH_TIMEOUT; it guards against patterns that backtrack without end. */
export const SEARCH_TIMEOUT_MS = 5_000;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The regular expression for whole texts: newline-sensitive (embedded option `n`), so `^`, `$`,
 * `.` and bracket expressions behave as they do on one line.
 */
function newlineSensitive(pattern: string): string {
  if (pattern.startsWith('***')) return pattern;
  const options = /^\(\?([bceimnpqstwx]+)\)/.exec(pattern);
  return options ? `(?${options[1]}n)${pattern.slice(options[0].length)}` : `(?n)${pattern}`;
}

/** `column` matches the query: LIKE/ILIKE for a substring, ~ or ~* for a regular expression. */
function matches(column: SQL, input: { query: string; regex: boolean; caseSensitive: boolean }, wholeText: boolean): SQL {
  if (input.regex) {
    const pattern = wholeText ? newlineSensitive(input.query) : input.query;
    return input.caseSensitive ? sql`${column} ~ ${pattern}` : sql`${column} ~* ${pattern}`;
  }
  const pattern = `%${escapeLike(input.query)}%`;
  return input.caseSensitive ? sql`${column} like ${pattern}` : sql`${column} ilike ${pattern}`;
}

function checkInput(input: ConfigSearchInput) {
  const query = input.query ?? '';
  if (query.length === 0) throw new ValidationError('query: type something to search for', { field: 'query' });
  if (query.length > MAX_QUERY_LENGTH) throw new ValidationError(`query: at most ${MAX_QUERY_LENGTH} characters`, { field: 'query' });
  const context = input.context ?? 2;
  if (!Number.isInteger(context) || context < 0 || context > MAX_CONTEXT) throw new ValidationError(`context: must be between 0 and ${MAX_CONTEXT}`, { field: 'context' });
  const scope = input.scope ?? 'latest';
  const since = input.since ?? null;
  const until = input.until ?? null;
  if (scope === 'range' && !since) throw new ValidationError('since: a range search needs a start', { field: 'since' });
  if (since && until && until <= since) throw new ValidationError('until: must be after since', { field: 'until' });
  if (scope === 'latest' && (since || until)) throw new ValidationError('since: only a range search takes a time range', { field: since ? 'since' : 'until' });
  const window = pageWindow(input, 25);
  if (window.first > MAX_SEARCH_PAGE) throw new ValidationError(`first: must be between 0 and ${MAX_SEARCH_PAGE}`, { field: 'first' });
  const filter = input.filter ?? {};
  const platforms = filter.platforms?.length ? filter.platforms : null;
  return {
    query,
    regex: input.regex ?? false,
    caseSensitive: input.caseSensitive ?? false,
    context,
    scope,
    since,
    until,
    invert: input.invert ?? false,
    window,
    backupMethods: platforms ? listBackupMethods().filter((m) => platforms.includes(m.platform)).map((m) => m.key) : null,
    locations: filter.locations?.length ? filter.locations : null,
    tags: filter.tags?.length ? filter.tags : null,
    artifacts: filter.artifacts?.length ? filter.artifacts : null,
  };
}

type Checked = ReturnType<typeof checkInput>;

/** The devices a search looks at, by the filter. */
function deviceConditions(input: Checked): SQL {
  const conditions: SQL[] = [sql`true`];
  if (input.backupMethods) conditions.push(sql`d.backup_method = any(${sqlArray(input.backupMethods, 'text')})`);
  if (input.tags) conditions.push(sql`d.tags && ${sqlArray(input.tags, 'text')}`);
  if (input.locations) {
    const prefixes = input.locations.map((l) => `${escapeLike(l.replace(/\/+$/, ''))}/%`);
    conditions.push(sql`(d.location = any(${sqlArray(input.locations, 'text')}) or d.location like any(${sqlArray(prefixes, 'text')}))`);
  }
  return sql.join(conditions, sql` and `);
}

/** The searched versions: rows of `backups` that wrote a text version (changed), the latest per artifact or those in the range. */
function versionsQuery(input: Checked, deviceIds: string[] | null): SQL {
  const conditions: SQL[] = [sql`b.changed`, sql`b.is_text`, sql`b.device_id in (select d.id from devices d where ${deviceConditions(input)})`];
  if (input.artifacts) conditions.push(sql`b.artifact = any(${sqlArray(input.artifacts, 'text')})`);
  if (deviceIds) conditions.push(sql`b.device_id = any(${sqlArray(deviceIds, 'uuid')})`);
  const where = sql.join(conditions, sql` and `);
  if (input.scope === 'latest') {
    return sql`select distinct on (b.device_id, b.artifact) b.id, b.device_id, b.artifact, b.sha256, b.created_at
      from backups b where ${where} order by b.device_id, b.artifact, b.created_at desc`;
  }
  const range = [sql`b.created_at >= ${input.since!.toISOString()}::timestamptz`];
  if (input.until) range.push(sql`b.created_at < ${input.until.toISOString()}::timestamptz`);
  return sql`select b.id, b.device_id, b.artifact, b.sha256, b.created_at from backups b where ${where} and ${sql.join(range, sql` and `)}`;
}

type Summary = {
  total: number;
  searched_devices: number;
  searched_versions: number;
  pending_versions: number;
  page: string[] | null;
};

export interface ConfigSearchResult {
  edges: { node: ConfigSearchDevice; cursor: string }[];
  hasNextPage: boolean;
  totalCount: number;
  searchedDevices: number;
  searchedVersions: number;
  pendingVersions: number;
}

export async function searchConfigs({ ctx, input: raw }: { ctx: Ctx; input: ConfigSearchInput }): Promise<ConfigSearchResult> {
  requireRole(ctx.caller, 'viewer');
  const input = checkInput(raw);
  let result: ConfigSearchResult;
  try {
    result = await ctx.db.transaction(
      async (tx) => {
        await tx.execute(sql.raw(`set local statement_timeout = ${SEARCH_TIMEOUT_MS}`));
        // PostgreSQL prices matching a text like comparing any value, whatever its length, so for a
        // long query it reads every text instead of the few the trigram index names (2.2 s instead
        // of 0.8 s for a NOT search over 10,000 devices). Every table a search reads has the index
        // it needs.
        await tx.execute(sql.raw('set local enable_seqscan = off'));
        return search(tx, input);
      },
      { accessMode: 'read only' },
    );
  } catch (error) {
    throw searchError(error);
  }
  if (result.pendingVersions > 0) {
    await ctx.db.transaction((tx) => addJob(tx, 'index-config-texts', {}, { jobKey: 'index-config-texts' }));
  }
  return result;
}

/** PostgreSQL's refusals as the errors a client can act on. */
function searchError(error: unknown): unknown {
  const cause = queryCause(error) as Error & { code?: string };
  if (cause.code === '57014') {
    return new AppError('SEARCH_TIMEOUT', `The search took longer than ${SEARCH_TIMEOUT_MS / 1000} s and was stopped: use a more specific query or filter, or a simpler regular expression`, { field: 'query', cause });
  }
  if (cause.code === '2201B') {
    return new AppError('BAD_REGEX', `query: not a valid regular expression (${cause.message.replace(/^invalid regular expression: /, '')})`, { field: 'query', cause });
  }
  return error;
}

/**
 * The CTEs `match_lines` (ids of the distinct lines that match) and `matching_texts` (sha256 of
 * every text holding one). Lines are matched with the trigram index on config_lines, a few
 * percent of all lines; texts are found from those ids with the index on `line_ids`. Texts not
 * split into lines yet are matched whole, with their own trigram index.
 */
function matchingTextsCtes(input: Checked): SQL {
  return sql`match_lines as materialized (
      select l.id from config_lines l where ${matches(sql`l.line`, input, false)}
    ),
    matching_texts as materialized (
      select t.sha256 from config_texts t where t.line_ids && (select coalesce(array_agg(m.id), '{}') from match_lines m)
      union all
      select t.sha256 from config_texts t where t.line_ids is null and ${matches(sql`t.content`, input, true)}
    )`;
}

/**
 * PostgreSQL estimates a trigram match at one row however many texts match, so matches are
 * looked up as hashed sets (`in`), never joined: a nested loop over a misestimated join compares
 * every searched version with every match (17 million comparisons and 15 s for a line found on
 * 625 of 10,000 devices).
 */
async function search(tx: Tx, input: Checked): Promise<ConfigSearchResult> {
  const { window } = input;
  const hit = input.invert ? sql`p.matched = 0 and p.indexed > 0` : sql`p.matched > 0`;
  const [summary] = await tx.execute<Summary>(sql`
    with versions as materialized (${versionsQuery(input, null)}),
    ${matchingTextsCtes(input)},
    per_device as materialized (
      select v.device_id,
        count(*)::int as versions,
        count(t.sha256)::int as indexed,
        count(*) filter (where v.sha256 in (select m.sha256 from matching_texts m))::int as matched
      from versions v left join config_texts t on t.sha256 = v.sha256
      group by v.device_id
    ),
    hits as (select p.device_id from per_device p where ${hit})
    select
      (select count(*) from hits)::int as total,
      (select count(*) from per_device)::int as searched_devices,
      (select coalesce(sum(versions), 0) from per_device)::int as searched_versions,
      (select coalesce(sum(versions - indexed), 0) from per_device)::int as pending_versions,
      (select array_agg(id::text) from (
        select d.id from devices d join hits h on h.device_id = d.id
        order by d.name, d.id offset ${window.offset} limit ${window.first + 1}
      ) page) as page`);
  const pageIds = summary.page ?? [];
  const shown = pageIds.slice(0, window.first);
  const groups = shown.length ? await pageVersions(tx, input, shown) : new Map<string, ConfigSearchDevice>();
  const nodes = shown.map((id) => groups.get(id) ?? { deviceId: id, versions: [], versionCount: 0 });
  const page = toPage([...nodes, ...pageIds.slice(window.first).map((id) => ({ deviceId: id, versions: [], versionCount: 0 }))], window, summary.total);
  return {
    ...page,
    searchedDevices: summary.searched_devices,
    searchedVersions: summary.searched_versions,
    pendingVersions: summary.pending_versions,
  };
}

/** The versions shown for the devices of a page: the matching ones (with `invert`, all searched), their matching lines and context. */
async function pageVersions(tx: Tx, input: Checked, deviceIds: string[]): Promise<Map<string, ConfigSearchDevice>> {
  const shownMatch = input.invert ? sql`true` : sql`matched`;
  const rows = await tx.execute<{ id: string; device_id: string; matched: boolean; content: string | null; version_count: number; match_lines: number[] | null }>(sql`
    with versions as materialized (${versionsQuery(input, deviceIds)}),
    ${matchingTextsCtes(input)},
    flagged as (
      select v.*, t.content, t.line_ids, v.sha256 in (select m.sha256 from matching_texts m) as matched
      from versions v join config_texts t on t.sha256 = v.sha256
    ),
    shown as (
      select f.*, count(*) over (partition by f.device_id)::int as version_count,
        row_number() over (partition by f.device_id order by f.created_at desc, f.artifact) as position
      from flagged f where ${shownMatch}
    )
    select s.id, s.device_id, s.matched, case when s.matched then s.content end as content, s.version_count,
      case
        when not s.matched then null
        when s.line_ids is not null then (
          select array_agg(u.n::int order by u.n) from unnest(s.line_ids) with ordinality as u(id, n)
          where u.id in (select m.id from match_lines m)
        )
        else (
          select array_agg(l.n::int order by l.n) from regexp_split_to_table(s.content, E'\\n') with ordinality as l(line, n)
          where ${matches(sql`l.line`, input, false)}
        )
      end as match_lines
    from shown s where s.position <= ${MAX_VERSIONS_PER_DEVICE}
    order by s.device_id, s.position`);
  const rowsById = new Map(
    (rows.length ? await tx.select().from(backups).where(sql`${backups.id} = any(${sqlArray(rows.map((r) => r.id), 'uuid')})`) : []).map((b) => [b.id, b]),
  );
  const highlight = highlighter(input);
  const groups = new Map<string, ConfigSearchDevice>();
  for (const row of rows) {
    const group = groups.get(row.device_id) ?? { deviceId: row.device_id, versions: [], versionCount: row.version_count };
    groups.set(row.device_id, group);
    const shown = row.matched && row.content !== null ? linesWithContext(row.content, row.match_lines ?? [], input.context, highlight) : { lines: [], matchCount: 0, truncated: false };
    group.versions.push({ backup: rowsById.get(row.id)!, matched: row.matched, ...shown });
  }
  return groups;
}
