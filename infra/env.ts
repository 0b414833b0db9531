import path from 'node:path';
import { z } from 'zod';

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
  /** Seconds without a heartbeat after which a worker counts as gone and its jobs go back to the queue. */
  TIDEMARK_WORKER_GONE_AFTER: z.coerce.number().int().min(3).max(3600).default(30),
  /** SSH connect (TCP, handshake and login) and command-silence timeouts, in seconds. */
  TIDEMARK_SSH_CONNECT_TIMEOUT: z.coerce.number().min(1).max(600).default(15),
  TIDEMARK_SSH_COMMAND_TIMEOUT: z.coerce.number().min(1).max(3600).default(30),
  TIDEMARK_SECURE_COOKIES: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** "false" serves the API without the Next.js UI (tests, API-only deployments). */
  TIDEMARK_UI: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Env = z.infer<typeof envSchema> & { dataDir: string };

export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid environment:\n${problems}`);
  }
  return { ...result.data, dataDir: path.resolve(result.data.TIDEMARK_DATA_DIR) };
}
