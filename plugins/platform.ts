/**
 * The shape of a platform declaration. A platform says how a device family behaves; the
 * engine in runtime/engine.ts does the talking. Every pattern has a name so logs, errors
 * and redaction reports can say which rule fired.
 */
import { z } from 'zod';
import type { PagerRule } from './runtime/expect.ts';

export type { PagerRule };

export interface NamedPattern {
  name: string;
  pattern: RegExp;
}

/** A secret: `pattern` is global + multiline and captures the secret in the group `secret`. */
export type Redaction = NamedPattern;

/** A line that changes on every fetch; kept in content, left out of the comparable text. */
export type VolatileLine = NamedPattern;

/** Output that means the command failed; the collection fails instead of storing it. */
export type ErrorPattern = NamedPattern;

/** A line that is session noise, not configuration (e.g. "Building configuration..."). */
export type NoiseLine = NamedPattern;

export interface CommandStep {
  command: string;
  artifact: string;
  /** The output is complete only when this matches, e.g. a closing "end". */
  completeWhen?: NamedPattern;
  /** Noise specific to this command, removed in addition to the platform's. */
  noise?: NoiseLine[];
}

export interface TextMethodDeclaration<Options = unknown> {
  key: string;
  friendlyName: string;
  description: string;
  /** Artifacts listed for the UI; derived from commands when they are static. */
  artifacts?: string[];
  optionsSchema?: z.ZodType<Options>;
  commands: CommandStep[] | ((options: Options) => CommandStep[]);
}

export interface Privilege {
  command: string;
  passwordPrompt: RegExp;
  /** The prompt once privileged; a session already showing it skips the command. */
  privilegedPrompt: RegExp;
}

export interface Platform {
  /** vendor-os */
  id: string;
  name: string;
  description: string;
  channel: 'shell' | 'exec';
  /** Any prompt the device shows after login, matched against the whole last line. */
  prompt: RegExp;
  privilege?: Privilege;
  /** Sent after login (and privilege), e.g. paging off. Their output is ignored. */
  setup: string[];
  /** Sent before closing, without waiting for an answer. */
  teardown: string[];
  pagers: PagerRule[];
  noise: NoiseLine[];
  redactions: Redaction[];
  volatile: VolatileLine[];
  errors: ErrorPattern[];
  // Methods carry their own option types; the engine validates options before use.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  methods: TextMethodDeclaration<any>[];
}

export function definePlatform(platform: Platform): Platform {
  return platform;
}

/** A platform that starts from a base and replaces the fields it names. */
export function extendPlatform(base: Platform, overrides: Partial<Platform> & Pick<Platform, 'id' | 'name' | 'description' | 'methods'>): Platform {
  return { ...base, ...overrides };
}

export const noOptions = z.object({}).strict().or(z.null()).or(z.undefined());
