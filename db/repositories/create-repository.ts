import path from 'node:path';
import type { z } from 'zod';
import { recordAudit } from '../audit/record-audit.ts';
import { requireRole, type Ctx } from '../context.ts';
import { ValidationError } from '../../infra/errors.ts';
import { isUniqueViolation, parseInput } from '../validation.ts';
import { checkRepositoryKeys } from './check-repository-keys.ts';
import { checkRepositoryPath, lockRepositoryPaths, repositoryRoots } from './check-repository-path.ts';
import { createRepositoryInput } from './repository-input.ts';
import { repositories } from './schema.ts';
import { REMOTE_TOKEN_PURPOSE, toRepositoryView } from './view.ts';

export async function createRepository({ ctx, input }: { ctx: Ctx; input: z.input<typeof createRepositoryInput> }) {
  requireRole(ctx.caller, 'admin');
  const data = parseInput(createRepositoryInput, input);
  if (data.kind === 'filesystem' && data.remoteUrl) {
    throw new ValidationError('remoteUrl: a filesystem repository has no remote', { field: 'remoteUrl' });
  }
  if (data.kind === 'filesystem' && data.signingCredentialSetId) {
    throw new ValidationError('signingCredentialSetId: a filesystem repository has no commits to sign', { field: 'signingCredentialSetId' });
  }
  const slug = data.name.toLowerCase().replace(/[^a-z0-9._-]+/g, '-');
  try {
    return await ctx.db.transaction(async (tx) => {
      await lockRepositoryPaths(tx);
      const input = data.path ?? path.join(repositoryRoots(ctx.settings)[0], slug);
      const { folder, problems } = await checkRepositoryPath(tx, ctx.settings, { kind: data.kind, input });
      if (problems.length > 0) throw new ValidationError(`path: ${problems[0]}`, { field: 'path', details: { problems } });
      await checkRepositoryKeys(tx, {
        remoteUrl: data.remoteUrl || null,
        remoteTokenSealed: data.remoteToken || null,
        remoteCredentialSetId: data.remoteCredentialSetId ?? null,
        signingCredentialSetId: data.signingCredentialSetId ?? null,
      });
      const [row] = await tx
        .insert(repositories)
        .values({
          name: data.name,
          kind: data.kind,
          path: folder,
          remoteUrl: data.remoteUrl || null,
          remoteTokenSealed: data.remoteToken ? ctx.keyring.seal(data.remoteToken, REMOTE_TOKEN_PURPOSE) : null,
          remoteCredentialSetId: data.remoteCredentialSetId ?? null,
          signingCredentialSetId: data.signingCredentialSetId ?? null,
          branch: data.branch,
          pathTemplate: data.pathTemplate,
          authorName: data.authorName,
          authorEmail: data.authorEmail,
        })
        .returning();
      await recordAudit(tx, ctx.caller, {
        action: 'create-repository',
        targetType: 'repository',
        targetId: row.id,
        details: {
          name: row.name,
          kind: row.kind,
          path: row.path,
          remoteUrl: row.remoteUrl,
          remoteCredentialSetId: row.remoteCredentialSetId,
          signingCredentialSetId: row.signingCredentialSetId,
        },
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
