import { checkArtifactFiles } from './artifact-path.ts';
import type { ArtifactFile, StoreMeta, StoreResult, StoreWriter } from './types.ts';

/** `store`: every file as one page of a store writer; a store that fails leaves nothing. */
export async function storeAll(files: ArtifactFile[], meta: StoreMeta, beginStore: (meta: StoreMeta) => Promise<StoreWriter>): Promise<StoreResult> {
  // A path that cannot be stored fails before anything is touched.
  checkArtifactFiles(files);
  const writer = await beginStore(meta);
  try {
    await writer.add(files);
    return await writer.commit();
  } catch (error) {
    await writer.abort();
    throw error;
  }
}
