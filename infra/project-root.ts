import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checkout's root folder: where package.json, app/ and .next/ are. */
export const projectRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
