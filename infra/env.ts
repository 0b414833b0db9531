import path from 'node:path';
import { z } from 'zod';
import { parseTrustProxy } from './client-address.ts';

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    const bare = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
    return (url.protocol === 'http:' || url.protocol === 'https:') && bare;
  } catch {
    return false;
  }
}

/** Every environment variable Tidemark reads, with its default. Parsed once at each entry point. */
const envSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  TIDEMARK_DATA_DIR: z.string().default('.data'),
  TIDEMARK_SECRET_KEY: z.string().optional(),
  TIDEMARK_ADMIN_USERNAME: z.string().min(1).default('admin'),
  TIDEMARK_ADMIN_PASSWORD: z.string().min(8, 'TIDEMARK_ADMIN_PASSWORD must be at least 8 characters').optional(),
  TIDEMARK_EMBEDDED_PG_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  TIDEMARK_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(1000).default(50),
  /**
   * The heap limit (V8's old space, MB) of the worker the launcher starts: without one, V8 lets a
   * busy worker's heap grow far past what it holds before collecting. 0 keeps Node's default.
   */
  TIDEMARK_WORKER_HEAP_MB: z.coerce.number().int().refine((mb) => mb === 0 || (mb >= 128 && mb <= 65536), 'TIDEMARK_WORKER_HEAP_MB must be 0 or 128 to 65536').default(384),
  /** Seconds without a heartbeat after which a worker counts as gone and its jobs go back to the queue. */
  TIDEMARK_WORKER_GONE_AFTER: z.coerce.number().int().min(3).max(3600).default(30),
  /** SSH connect (TCP, handshake and login) and command-silence timeouts, in seconds. */
  TIDEMARK_SSH_CONNECT_TIMEOUT: z.coerce.number().min(1).max(600).default(15),
  TIDEMARK_SSH_COMMAND_TIMEOUT: z.coerce.number().min(1).max(3600).default(30),
  TIDEMARK_SECURE_COOKIES: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /**
   * Origins besides the server's own that may open WebSockets, comma-separated
   * (`https://tidemark.example.com,http://localhost:8080`); e.g. when a proxy changes the Host header.
   */
  TIDEMARK_ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((origin) => origin.trim()).filter(Boolean))
    .pipe(z.array(z.string().refine(isOrigin, 'each entry must be an origin such as https://host:port (scheme, host, optional port)')))
    .transform((origins) => origins.map((origin) => new URL(origin).origin)),
  /**
   * Reverse proxies whose X-Forwarded-For is believed (login throttling counts per client address):
   * unset or `false` (none), `true` or a number of proxies in front, or their addresses/CIDRs,
   * comma-separated (`loopback`, `10.0.0.0/8`).
   */
  TIDEMARK_TRUST_PROXY: z
    .string()
    .optional()
    .transform((value, context) => {
      try {
        return parseTrustProxy(value);
      } catch (error) {
        context.addIssue({ code: 'custom', message: `not a hop count nor a list of proxy addresses: ${(error as Error).message}` });
        return z.NEVER;
      }
    }),
  /** Folders repositories may live in: absolute paths, colon- or comma-separated; unset: `$TIDEMARK_DATA_DIR/repositories`. */
  TIDEMARK_REPOSITORY_ROOTS: z
    .string()
    .optional()
    .transform((v) => (v ?? '').split(/[,:]/).map((root) => root.trim()).filter(Boolean))
    .pipe(z.array(z.string().refine((root) => path.isAbsolute(root), 'each root must be an absolute folder'))),
  /** Who may introspect the GraphQL schema: signed-in callers (the default), everyone, or no one. */
  TIDEMARK_INTROSPECTION: z.enum(['signed-in', 'everyone', 'off']).default('signed-in'),
  /** "false" serves the API without the Next.js UI (tests, API-only deployments). */
  TIDEMARK_UI: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Env = z.infer<typeof envSchema> & { dataDir: string; repositoryRoots: string[] };

/** Where repositories may live when TIDEMARK_REPOSITORY_ROOTS is unset. */
export function defaultRepositoryRoots(dataDir: string): string[] {
  return [path.join(dataDir, 'repositories')];
}

export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid environment:\n${problems}`);
  }
  const dataDir = path.resolve(result.data.TIDEMARK_DATA_DIR);
  const roots = result.data.TIDEMARK_REPOSITORY_ROOTS.map((root) => path.resolve(root));
  return { ...result.data, dataDir, repositoryRoots: roots.length > 0 ? roots : defaultRepositoryRoots(dataDir) };
}
