import type { Database } from '../db/client.ts';
import type { Keyring } from '../infra/keyring.ts';
import type { Logger } from '../infra/log.ts';

/** What tasks need, passed in once when the worker starts. */
export interface WorkerDeps {
  db: Database;
  keyring: Keyring;
  log: Logger;
  dataDir: string;
  /** SSH timeouts for every collection; the backup method's defaults when absent. */
  timeouts?: { connectMs?: number; commandMs?: number };
  /** Waits between attempts to store a run; STORE_RETRY_DELAYS_MS (worker/tasks/finish-run-plan.ts) when absent. */
  storeRetryDelaysMs?: readonly number[];
  /** Devices whose new versions finish-run reads and stores at once; FINISH_PAGE_DEVICES (worker/tasks/finish-run.ts) when absent. */
  finishPageDevices?: number;
  /** Notification delivery: waits between attempts (DELIVERY_RETRY_DELAYS_MS when absent) and the time one send may take. */
  notifications?: { retryDelaysMs?: readonly number[]; sendTimeoutMs?: number };
}
