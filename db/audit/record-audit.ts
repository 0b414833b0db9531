import type { Tx } from '../client.ts';
import { callerName, type Caller } from '../context.ts';
import { auditLog } from './schema.ts';

export interface AuditRecord {
  action: string;
  targetType: string;
  targetId?: string | null;
  /** Never a secret: record which secret fields changed, not their values. */
  details?: Record<string, unknown>;
}

/** Written in the same transaction as the change it describes. */
export async function recordAudit(tx: Tx, caller: Caller, record: AuditRecord): Promise<void> {
  await tx.insert(auditLog).values({
    actorType: caller.kind,
    actorId: caller.kind === 'user' ? caller.userId : null,
    actorName: callerName(caller),
    action: record.action,
    targetType: record.targetType,
    targetId: record.targetId ?? null,
    details: record.details ?? {},
  });
}
