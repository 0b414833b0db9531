import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../audit/record-audit.ts';
import { requireRole, type Ctx } from '../context.ts';
import { NotFoundError, ValidationError } from '../../infra/errors.ts';
import { isUniqueViolation, parseInput, checkId } from '../validation.ts';
import { checkRepositoryKeys, sameSshServer } from './check-repository-keys.ts';
import { checkRepositoryPath, lockRepositoryPaths } from './check-repository-path.ts';
import { updateRepositoryInput } from './repository-input.ts';
import { repositories } from './schema.ts';
import { REMOTE_TOKEN_PURPOSE, toRepositoryView } from './view.ts';

export async function updateRepository({ ctx, id, input }: { ctx: Ctx; id: string; input: z.input<typeof updateRepositoryInput> }) {
  requireRole(ctx.caller, 'admin');
  checkId(id);
  const data = parseInput(updateRepositoryInput, input);
  const remoteTokenSealed =
    data.remoteToken === undefined ? undefined : data.remoteToken ? ctx.keyring.seal(data.remoteToken, REMOTE_TOKEN_PURPOSE) : null;
  try {
    return await ctx.db.transaction(async (tx) => {
      const [existing] = await tx.select().from(repositories).where(eq(repositories.id, id));
      if (!existing) throw new NotFoundError('Repository', id);
      if (existing.kind === 'filesystem' && data.remoteUrl) {
        throw new ValidationError('remoteUrl: a filesystem repository has no remote', { field: 'remoteUrl' });
      }
      let folder: string | undefined;
      // The form sends the path back unchanged; a repository kept where it is is not checked again.
      if (data.path && path.resolve(ctx.settings.dataDir, data.path) !== existing.path) {
        await lockRepositoryPaths(tx);
        const check = await checkRepositoryPath(tx, ctx.settings, { kind: existing.kind, input: data.path, exceptId: id });
        if (check.problems.length > 0) throw new ValidationError(`path: ${check.problems[0]}`, { field: 'path', details: { problems: check.problems } });
        folder = check.folder;
      }
      const remoteUrl = data.remoteUrl === undefined ? existing.remoteUrl : data.remoteUrl || null;
      const next = {
        remoteUrl,
        remoteTokenSealed: remoteTokenSealed === undefined ? existing.remoteTokenSealed : remoteTokenSealed,
        remoteCredentialSetId: data.remoteCredentialSetId === undefined ? existing.remoteCredentialSetId : data.remoteCredentialSetId,
        signingCredentialSetId: data.signingCredentialSetId === undefined ? existing.signingCredentialSetId : data.signingCredentialSetId,
      };
      if (existing.kind === 'filesystem' && next.signingCredentialSetId) {
        throw new ValidationError('signingCredentialSetId: a filesystem repository has no commits to sign', { field: 'signingCredentialSetId' });
      }
      await checkRepositoryKeys(tx, next);
      // Another server forgets the pinned host key; another remote or branch forgets the divergence.
      const otherServer = !sameSshServer(existing.remoteUrl, remoteUrl);
      const otherBranch = remoteUrl !== existing.remoteUrl || (data.branch !== undefined && data.branch !== existing.branch);
      const [row] = await tx
        .update(repositories)
        .set({
          name: data.name,
          path: folder,
          remoteUrl: data.remoteUrl === undefined ? undefined : data.remoteUrl || null,
          remoteTokenSealed,
          remoteCredentialSetId: data.remoteCredentialSetId === undefined ? undefined : data.remoteCredentialSetId,
          signingCredentialSetId: data.signingCredentialSetId === undefined ? undefined : data.signingCredentialSetId,
          ...(otherServer ? { remoteHostKey: null, pendingRemoteHostKey: null } : {}),
          ...(otherBranch ? { divergedLocalCommit: null, divergedRemoteCommit: null, divergedAt: null } : {}),
          branch: data.branch,
          pathTemplate: data.pathTemplate,
          authorName: data.authorName,
          authorEmail: data.authorEmail,
          updatedAt: new Date(),
        })
        .where(eq(repositories.id, id))
        .returning();
      const { remoteToken, ...visible } = data;
      await recordAudit(tx, ctx.caller, {
        action: 'update-repository',
        targetType: 'repository',
        targetId: id,
        details: { ...visible, path: folder, remoteTokenChanged: remoteToken !== undefined, ...(otherServer && existing.remoteHostKey ? { remoteHostKeyCleared: true } : {}) },
      });
      return toRepositoryView(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ValidationError(`name: a repository named "${data.name}" already exists`, { field: 'name' });
    }
    throw error;
  }
}
