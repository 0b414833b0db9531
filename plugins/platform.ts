/**
 * The shape of a platform declaration. A platform says how a device family behaves; the
 * engine in runtime/engine.ts does the talking. Every pattern has a name so logs, errors
 * and redaction reports can say which rule fired.
 */
import { z } from 'zod';
import type { PagerRule } from './runtime/expect.ts';
import type { BackupMethod } from './types.ts';

export type { PagerRule };

export interface NamedPattern {
  name: string;
  pattern: RegExp;
}

/**
 * A secret: `pattern` is global + multiline and captures the secret in the group `secret`.
 * `requires`, when given, is a cheap pattern that every text holding a match also matches (the
 * header or table the pattern looks back for): a text without it is not searched, which spares
 * a long lookbehind tried at every line of every other text.
 */
export interface Redaction extends NamedPattern {
  requires?: RegExp;
}

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
  /**
   * The device may not have this artifact (startup-config never saved, a command the account
   * may not run). Empty output, an error answer or an `absentWhen` match records it as absent
   * with a warning; the device still succeeds with the other artifacts.
   */
  optional?: boolean;
  /** Answers that mean the artifact does not exist, e.g. "startup-config is not present". */
  absentWhen?: NamedPattern[];
}

/**
 * Something a device asks before its prompt (an accept banner, "Enter switch number", a
 * username asked inside the shell). The engine answers each dialog it sees, then waits for
 * the prompt.
 */
export interface Dialog {
  name: string;
  /** Matched against the end of what the device has shown so far (its last line). */
  pattern: RegExp;
  /** Text to send, or the credential to send followed by a newline. */
  answer: string | { credential: 'username' | 'password' };
}

/** The secret of a re-salted value (FortiOS `ENC`): with keepSecrets it is masked in the comparable text. */
export type ResaltedSecret = NamedPattern;

/**
 * A command that asks questions before the prompt comes back (Comware `_cmdline-mode on`:
 * `Continue? [Y/N]`, then `Please input password:`). Each question is answered when it is the
 * last thing shown; the exchange ends at the prompt.
 */
export interface ShellExchange {
  command: string;
  questions: { pattern: RegExp; answer: string }[];
}

export interface TextMethodDeclaration<Options = unknown> {
  key: string;
  friendlyName: string;
  description: string;
  /** Artifacts listed for the UI; derived from commands when they are static. */
  artifacts?: string[];
  optionsSchema?: z.ZodType<Options>;
  commands: CommandStep[] | ((options: Options) => CommandStep[]);
  /**
   * Sent in the shell right after login, before `enable` and the platform's setup: what opens the
   * commands a limited CLI hides (Comware 1910/1920 `_cmdline-mode on`).
   */
  unlock?: (options: Options) => ShellExchange[];
  /** The artifacts holding the running and the saved configuration, compared after collection. */
  savedConfig?: { running: string; startup: string };
}

export interface Privilege {
  command: string;
  /**
   * What the device asks before the password when it authenticates `enable` against users
   * (FastIron `User Name:` under `aaa authentication enable`): the login's username is sent.
   */
  usernamePrompt?: RegExp;
  passwordPrompt: RegExp;
  /** The prompt once privileged; a session already showing it skips the command. */
  privilegedPrompt: RegExp;
  /**
   * The prompt is the same at every level (Comware `<host>` before and after `super`): the
   * command is sent whenever the credential set holds an enable secret.
   */
  promptHidesLevel?: boolean;
  /** What the device says when it refuses the secret but shows the same prompt again. */
  denied?: RegExp;
}

/**
 * How the detect method recognises this family on a device whose platform is unknown
 * (Unimus-style discovery): the login banner and prompt first, then the answer to `command`.
 */
export interface Detection {
  /** Matched against what the device shows before and at its first prompt (banner, MOTD, prompt). */
  banner?: RegExp;
  /** A harmless command that identifies the family, e.g. `show version`, `display version`. */
  command?: string;
  /** Matched against the answer to `command`. */
  pattern?: RegExp;
}

export interface Platform {
  /** vendor-os */
  id: string;
  name: string;
  description: string;
  channel: 'shell' | 'exec';
  /**
   * What a prompt looks like, matched against the end of the last line after login. The
   * engine then learns the exact prompt (Netmiko's approach: one newline, the line that comes
   * back) and waits for that text at the end of the output, even when text without a newline
   * precedes it. A device's `prompt` option overrides this pattern.
   */
  prompt: RegExp;
  /**
   * For a prompt that changes from command to command (EXOS `* host.12 # `: a command counter
   * and an unsaved-changes mark): given the prompt learned after login, a pattern every later
   * prompt matches in full. Without it, later prompts are the learned one, character for character.
   */
  promptVaries?: (learned: string) => RegExp;
  /** Pre-prompt dialogs to answer at login. */
  dialogs?: Dialog[];
  privilege?: Privilege;
  /** Sent after login (and privilege), e.g. paging off. Their output is ignored. */
  setup: string[];
  /**
   * Send `setup` before privilege instead of after: for devices that take it in user mode and
   * keep it for the session (Onyx `no cli session paging enable`).
   */
  setupBeforePrivilege?: boolean;
  /** Sent before closing, without waiting for an answer. */
  teardown: string[];
  pagers: PagerRule[];
  noise: NoiseLine[];
  redactions: Redaction[];
  /**
   * Whole lines (`^…$`) of this platform's syntax that hold no secret although a word in them
   * looks like a secret keyword to the cross-platform safety net, which leaves them alone: EXOS
   * `configure ntp server add A key 5 vr VR-Mgmt` (a key number, then a virtual router). The
   * platform's own redactions still apply to them.
   */
  plainLines?: NamedPattern[];
  volatile: VolatileLine[];
  /** Secrets the device re-encrypts with a new salt on every fetch; masked in comparable text. */
  resalted?: ResaltedSecret[];
  /** Matched against the first lines of a command's answer only: further down is configuration. */
  errors: ErrorPattern[];
  /** How to recognise the family on an unknown device; a family without one is never guessed. */
  detect?: Detection;
  // Methods carry their own option types; the engine validates options before use.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  methods: TextMethodDeclaration<any>[];
}

/**
 * A backup method that collects text, with the rules that redact its texts: when they are
 * collected, and again when a stored one is read (its platform's, or a NETCONF method's XML rules).
 */
export interface TextBackupMethod extends BackupMethod {
  redactsWith: Platform;
}

export function definePlatform(platform: Platform): Platform {
  return platform;
}

/** A platform that starts from a base and replaces the fields it names. */
export function extendPlatform(base: Platform, overrides: Partial<Platform> & Pick<Platform, 'id' | 'name' | 'description' | 'methods'>): Platform {
  return { ...base, ...overrides };
}

export const noOptions = z.object({}).strict().or(z.null()).or(z.undefined());
