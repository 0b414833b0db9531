import { AppError } from '../../infra/errors.ts';
import type { Ctx } from '../context.ts';
import { detectPlatform } from './detect-platform.ts';

/** The backup_method value that asks an import to log in and pick the method. */
export const detectKeyword = 'detect';
/** Rows one import may detect: each is a login the request waits for. */
export const MAX_DETECT_ROWS = 100;
/** Logins at once. */
const detectConcurrency = 8;

type DetectColumn = 'name' | 'host' | 'port' | 'backupMethod' | 'tags' | 'credentialSets' | 'sshProfile' | 'prompt';

export interface ImportRowCells {
  /** 1-based line number in the CSV. */
  row: number;
  cell: (column: DetectColumn) => string | undefined;
}

/** What detection picked for one row of an import, or why not. */
export interface ImportDetection {
  row: number;
  name: string;
  backupMethod: string | null;
  platform: string | null;
  /** The evidence, or the reason nothing was picked. */
  message: string;
}

export function wantsDetection(backupMethod: string | undefined): boolean {
  return backupMethod?.trim().toLowerCase() === detectKeyword;
}

async function detectRow(ctx: Ctx, { row, cell }: ImportRowCells, setIdByName: ReadonlyMap<string, string>): Promise<ImportDetection> {
  const name = cell('name') ?? '';
  const failed = (message: string): ImportDetection => ({ row, name, backupMethod: null, platform: null, message });
  const setIds = (cell('credentialSets') ?? '')
    .split(/[;|]/)
    .map((set) => set.trim())
    .filter(Boolean)
    .flatMap((set) => setIdByName.get(set) ?? []);
  if (setIds.length === 0) return failed('a row to detect needs credential_sets to log in with');
  const port = cell('port');
  try {
    const check = await detectPlatform({
      ctx,
      input: {
        host: cell('host') ?? '',
        port: port ? Number(port) : undefined,
        sshProfile: (cell('sshProfile') || undefined)?.toLowerCase() as 'modern' | 'legacy' | undefined,
        credentialSetIds: setIds,
        tags: (cell('tags') ?? '').split(/[;| ]/).filter(Boolean),
        prompt: cell('prompt') || null,
      },
    });
    if (!check.ok) return failed(`${check.code}: ${check.message}`);
    const detection = check.detection!;
    if (!detection.recognised) return failed(detection.reason ?? 'the platform is unknown');
    return { row, name, backupMethod: detection.backupMethod, platform: detection.platform, message: detection.evidence ?? '' };
  } catch (error) {
    if (error instanceof AppError) return failed(error.message);
    throw error;
  }
}

/**
 * Logs in to every row whose backup_method is `detect`, a few at a time, before the import's
 * transaction (which must not wait on devices). Keyed by row.
 */
export async function detectImportRows({ ctx, rows, setIdByName }: { ctx: Ctx; rows: ImportRowCells[]; setIdByName: ReadonlyMap<string, string> }): Promise<Map<number, ImportDetection>> {
  const wanted = rows.filter((row) => wantsDetection(row.cell('backupMethod')));
  const results = new Map<number, ImportDetection>();
  if (wanted.length > MAX_DETECT_ROWS) {
    for (const { row, cell } of wanted) {
      results.set(row, { row, name: cell('name') ?? '', backupMethod: null, platform: null, message: `${wanted.length} rows ask for detection; at most ${MAX_DETECT_ROWS} per import` });
    }
    return results;
  }
  let next = 0;
  const worker = async () => {
    while (next < wanted.length) {
      const row = wanted[next++];
      results.set(row.row, await detectRow(ctx, row, setIdByName));
    }
  };
  await Promise.all(Array.from({ length: Math.min(detectConcurrency, wanted.length) }, worker));
  return results;
}
