/**
 * What proves a backup method works on devices Tidemark did not write: the recorded sessions of
 * real devices (Oxidized's users') and our own recorded cases that `recordings.test.ts` replays
 * through it, the lab fixture cases `platforms.test.ts` runs, and the vendor-syntax secrets corpus
 * its platform's redaction is checked against. Read from the files under plugins/, so a dropped-in
 * recording shows up without code (at the next start: each method's proof is read once).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../infra/project-root.ts';
import { backupMethodForModel } from './recordings/models.ts';
import { findBackupMethod } from './registry.ts';

export interface RecordingProof {
  /** `oxidized`: a real device's session; `tidemark`: a case of ours in the same format. */
  source: 'oxidized' | 'tidemark';
  /** The model as recorded (`ios`, `fortigate`, or a backup method key). */
  model: string;
  /** What was recorded, e.g. `C9200L-24P-4G_17.09.04a`. */
  description: string;
  /** The recording states secrets that must never be stored. */
  checksSecrets: boolean;
}

export interface MethodProof {
  recordings: RecordingProof[];
  /** Lab fixture cases of the method's platform (`plugins/<platform>/fixtures/cases/<name>`). */
  cases: string[];
  /** The platform has a lab persona: every run of `npm test` backs it up over SSH. */
  labPersona: boolean;
  /** The platform's redaction is checked against `plugins/secrets-corpus/<platform>.yaml`. */
  secretsCorpus: boolean;
}

const pluginsDir = join(projectRoot, 'plugins');
const recordingName = /^([^#]+)#(.+)#(simulation|custom_simulation)\.yaml$/;

const listDir = (dir: string) => (existsSync(dir) ? readdirSync(dir) : []);

let recordingsByMethod: Map<string, RecordingProof[]> | undefined;

function recordings(): Map<string, RecordingProof[]> {
  if (!recordingsByMethod) {
    recordingsByMethod = new Map();
    for (const source of ['oxidized', 'tidemark'] as const) {
      const dir = join(pluginsDir, 'recordings', source);
      const files = new Set(listDir(dir));
      for (const name of [...files].sort()) {
        const parts = recordingName.exec(name);
        const method = parts && backupMethodForModel(parts[1]);
        if (!parts || !method) continue;
        const [, model, description] = parts;
        const list = recordingsByMethod.get(method) ?? [];
        list.push({ source, model, description, checksSecrets: files.has(`${model}#${description}#secret.yaml`) || source === 'tidemark' });
        recordingsByMethod.set(method, list);
      }
    }
  }
  return recordingsByMethod;
}

const proofs = new Map<string, MethodProof>();

/** The proof of one backup method, read once per process; empty lists for a key Tidemark does not know. */
export function proofOf(methodKey: string): MethodProof {
  let proof = proofs.get(methodKey);
  if (!proof) proofs.set(methodKey, (proof = readProof(methodKey)));
  return proof;
}

function readProof(methodKey: string): MethodProof {
  const method = findBackupMethod(methodKey);
  const platform = method?.platform ?? '';
  const fixtures = join(pluginsDir, platform, 'fixtures');
  const persona = platform !== '' && existsSync(join(fixtures, 'lab.json'));
  return {
    recordings: recordings().get(methodKey) ?? [],
    cases: persona ? listDir(join(fixtures, 'cases')).sort() : [],
    labPersona: persona,
    secretsCorpus: platform !== '' && existsSync(join(pluginsDir, 'secrets-corpus', `${platform}.yaml`)),
  };
}
