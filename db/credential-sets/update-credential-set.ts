import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../audit/record-audit.ts';
import { requireRole, type Ctx } from '../context.ts';
import { NotFoundError, ValidationError } from '../../infra/errors.ts';
import { isUniqueViolation, parseInput, checkId } from '../validation.ts';
import { updateCredentialSetInput } from './credential-set-input.ts';
import { credentialSets } from './schema.ts';
import { sealSecrets } from './seal-secrets.ts';
import { scopeColumns, scopeOf, toCredentialSetView } from './view.ts';

export async function updateCredentialSet({
  ctx,
  id,
  input,
}: {
  ctx: Ctx;
  id: string;
  input: z.input<typeof updateCredentialSetInput>;
}) {
  requireRole(ctx.caller, 'admin');
  checkId(id);
  const data = parseInput(updateCredentialSetInput, input);
  const { columns, changed } = sealSecrets(ctx.keyring, data);
  try {
    return await ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .update(credentialSets)
        .set({ name: data.name, username: data.username, ...columns, ...scopeColumns(data.scope), updatedAt: new Date() })
        .where(eq(credentialSets.id, id))
        .returning();
      if (!row) throw new NotFoundError('Credential set', id);
      if (row.passwordSealed === null && row.privateKeySealed === null && row.apiKeySealed === null) {
        throw new ValidationError('password: needs a password, a private key or an API key', { field: 'password' });
      }
      await recordAudit(tx, ctx.caller, {
        action: 'update-credential-set',
        targetType: 'credential-set',
        targetId: id,
        details: { name: data.name, username: data.username, secretsChanged: changed, ...(data.scope !== undefined ? { scope: scopeOf(row) } : {}) },
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
