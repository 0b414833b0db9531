import type { z } from 'zod';
import { recordAudit } from '../audit/record-audit.ts';
import { requireRole, type Ctx } from '../context.ts';
import { ValidationError } from '../../infra/errors.ts';
import { isUniqueViolation, parseInput } from '../validation.ts';
import { createCredentialSetInput } from './credential-set-input.ts';
import { credentialSets } from './schema.ts';
import { sealSecrets } from './seal-secrets.ts';
import { scopeColumns, scopeOf, toCredentialSetView } from './view.ts';

export async function createCredentialSet({ ctx, input }: { ctx: Ctx; input: z.input<typeof createCredentialSetInput> }) {
  requireRole(ctx.caller, 'admin');
  const data = parseInput(createCredentialSetInput, input);
  const { columns, changed } = sealSecrets(ctx.keyring, data);
  try {
    return await ctx.db.transaction(async (tx) => {
      const [row] = await tx.insert(credentialSets).values({ name: data.name, username: data.username, ...columns, ...scopeColumns(data.scope) }).returning();
      await recordAudit(tx, ctx.caller, {
        action: 'create-credential-set',
        targetType: 'credential-set',
        targetId: row.id,
        details: { name: row.name, username: row.username, secretsSet: changed, scope: scopeOf(row) },
      });
      return toCredentialSetView(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ValidationError(`name: a credential set named "${data.name}" already exists`, { field: 'name' });
    }
    throw error;
  }
}
