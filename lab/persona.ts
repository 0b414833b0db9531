/**
 * How a lab device plays a platform, read from plugins/<platform>/fixtures/lab.json and the
 * templates beside it. The same fixture folders drive the platform tests.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const reply = z
  .object({
    /** A file in the fixtures folder rendered with the fetch variables. */
    template: z.string().optional(),
    text: z.string().optional(),
    /** Only answered in privileged mode; user mode gets the unknown-command text. */
    privileged: z.boolean().default(false),
    /** Counts as a configuration fetch: faults apply and the fetch counter moves. */
    config: z.boolean().default(false),
    exit: z.boolean().default(false),
  })
  .strict();

export type Reply = z.infer<typeof reply>;

const personaSchema = z
  .object({
    platform: z.string(),
    backupMethod: z.string(),
    channel: z.enum(['shell', 'exec']),
    banner: z.string().optional(),
    motd: z.string().default(''),
    pressAnyKey: z.string().optional(),
    /**
     * Questions asked in the shell after the MOTD, in order, before the first prompt (a policy
     * banner to accept, a login asked again). `answer` is the line that passes; `{username}` and
     * `{password}` stand for the login. Any other line asks the same question again.
     */
    dialogs: z.array(z.object({ text: z.string(), answer: z.string() }).strict()).default([]),
    /** `{hostname}`, and `{count}` for prompts that number the commands (EXOS `host.12 # `). */
    prompt: z.string(),
    privilegedPrompt: z.string().optional(),
    /**
     * Without `passwordPrompt` the command privileges at once (VOSS `enable`). `usernamePrompt` is
     * asked first on a device started with `enableAsksUsername` (FastIron `aaa authentication enable`).
     */
    enable: z
      .object({ command: z.string(), usernamePrompt: z.string().optional(), passwordPrompt: z.string().optional(), denied: z.string() })
      .strict()
      .optional(),
    /**
     * The command that opens the full command set on a device started `locked` (Comware 1910/1920
     * `_cmdline-mode on`), the questions it asks with the answers that pass, what it says once
     * open and when an answer is refused. A locked device knows only this command and `exit` ones.
     */
    unlock: z
      .object({
        command: z.string(),
        questions: z.array(z.object({ text: z.string(), answer: z.string(), echo: z.boolean().default(true) }).strict()),
        opened: z.string(),
        refused: z.string(),
      })
      .strict()
      .optional(),
    pagingOff: z.array(z.string()).default([]),
    pager: z.object({ prompt: z.string(), erase: z.string(), lines: z.number().int().positive() }).strict().optional(),
    commands: z.record(z.string(), reply),
    files: z.record(z.string(), reply).default({}),
    unknownCommand: z.string(),
    /** Escape sequences some devices put before every prompt. */
    promptPrefix: z.string().default(''),
    garbage: z.string().default('\u001b[?1h\u001b=\u00ff\u00fe%%% corrupted output %%%'),
  })
  .strict();

export interface Persona extends z.infer<typeof personaSchema> {
  templates: Map<string, string>;
}

export const pluginsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'plugins');

export function fixturesDir(platform: string): string {
  return join(pluginsDir, platform, 'fixtures');
}

const personas = new Map<string, Persona>();

export function loadPersona(platform: string): Persona {
  const cached = personas.get(platform);
  if (cached) return cached;
  const folder = fixturesDir(platform);
  const parsed = personaSchema.parse(JSON.parse(readFileSync(join(folder, 'lab.json'), 'utf8')));
  const templates = new Map<string, string>();
  for (const file of readdirSync(folder)) {
    if (file.endsWith('.tpl')) templates.set(file, readFileSync(join(folder, file), 'utf8'));
  }
  const persona = { ...parsed, templates };
  personas.set(platform, persona);
  return persona;
}

/** Platforms that ship a lab persona, i.e. have fixtures/lab.json. */
export function labPlatforms(): string[] {
  return readdirSync(pluginsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .filter((entry) => readdirSync(join(pluginsDir, entry.name)).includes('fixtures'))
    .filter((entry) => readdirSync(fixturesDir(entry.name)).includes('lab.json'))
    .map((entry) => entry.name)
    .sort();
}
