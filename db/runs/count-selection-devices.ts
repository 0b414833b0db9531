import { z } from 'zod';
import { requireRole, type Ctx } from '../context.ts';
import { parseInput } from '../validation.ts';
import { countSelection } from './selection.ts';
import { selectionSchema, type Selection } from './types.ts';

const countSelectionInput = z.object({ selection: selectionSchema });

/** How many devices a selection matches now, so a schedule can be checked before it is saved. */
export async function countSelectionDevices({ ctx, input }: { ctx: Ctx; input: { selection: Selection } }): Promise<number> {
  requireRole(ctx.caller, 'viewer');
  const { selection } = parseInput(countSelectionInput, input);
  return countSelection(ctx.db, selection);
}
