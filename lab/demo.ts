/**
 * `tidemark demo`: everything `tidemark start` runs, plus a lab of simulated devices in the same
 * process, set up through the GraphQL API as a user would: a credential set for the lab's login,
 * a Git repository named "demo", one device per lab device, a schedule every 5 minutes (when
 * the schedules API exists), notification channels aimed at a local inbox
 * (lab/demo-notifications.ts) and a run started at once.
 *
 * A second demo on the same data folder reuses the credential set, repository and devices: the
 * lab's ports and host keys are new on every start, so the devices are updated by name.
 */
import path from 'node:path';
import { createApiToken } from '../db/auth/create-api-token.ts';
import { listApiTokens } from '../db/auth/list-api-tokens.ts';
import { listUsers } from '../db/auth/list-users.ts';
import { revokeApiToken } from '../db/auth/revoke-api-token.ts';
import type { Ctx } from '../db/context.ts';
import { hostKeyFingerprint } from '../db/devices/host-key.ts';
import type { Env } from '../infra/env.ts';
import type { Logger } from '../infra/log.ts';
import { printBanner } from '../launcher/banner.ts';
import { launchTidemark, type RunningTidemark } from '../launcher/launch.ts';
import { DEMO_SOURCE, startDemoNautobot, syncDemoSource } from './demo-inventory.ts';
import { DEMO_NOTIFICATIONS, ensureDemoNotifications } from './demo-notifications.ts';
import { startLab, type Lab, type LabDevice } from './lab.ts';
import type { FakeNautobot } from './nautobot-server.ts';
import { startNotificationSink, type NotificationSink } from './notification-sink.ts';

/** All demo choices in one place. */
const DEMO = {
  devices: 60,
  faults: 4,
  credentialSet: 'lab',
  repository: 'demo',
  location: 'lab',
  schedule: { name: 'demo', cron: '*/5 * * * *', timeZone: 'UTC' },
  tokenName: 'demo',
  runPollMs: 250,
};

export async function runDemo(env: Env, log: Logger): Promise<void> {
  let lab: Lab | null = null;
  let nautobot: FakeNautobot | null = null;
  let inbox: NotificationSink | null = null;
  let revokeToken: (() => Promise<void>) | null = null;
  const running = await launchTidemark(env, log, {
    alsoStop: async () => {
      await lab?.close();
      await nautobot?.stop();
      await inbox?.close();
      await revokeToken?.().catch((err) => log.warn({ err }, 'could not revoke the demo API token'));
    },
  });
  if (!running) return;
  try {
    lab = await startLab({ devices: DEMO.devices, mix: 'all', faults: DEMO.faults });
    const demoLog = log.child({ component: 'demo' });
    demoLog.info({ devices: lab.devices.length }, 'lab started on 127.0.0.1');
    const token = await issueToken(running, env, demoLog);
    revokeToken = token.revoke;
    const api = graphQLClient(apiUrl(env.HOST, running.port), token.token);

    const credentialSetId = await ensureCredentialSet(api, lab.devices[0]);
    const repository = await ensureRepository(api);
    nautobot = await startDemoNautobot(lab.devices, labTags);
    const synced = await syncDemoSource(api, nautobot, lab.devices, { credentialSetId, repositoryId: repository.id });
    demoLog.info({ url: nautobot.url, counts: synced }, 'simulated Nautobot synced as the inventory source "nautobot"');
    const changedKeys = await ensureDevices(api, lab.devices, credentialSetId);
    if (changedKeys.length) await acceptLabHostKeys(api, changedKeys, repository.id, demoLog);
    const scheduled = await ensureSchedule(api, repository.id, demoLog);
    inbox = await startNotificationSink({
      folder: path.join(env.dataDir, 'demo-inbox'),
      onReceived: ({ kind, file, title }) => demoLog.info({ kind, file, title }, 'notification received in the demo inbox'),
      onError: (err) => demoLog.warn({ err }, 'the demo inbox could not take a message'),
    });
    await ensureDemoNotifications(api, inbox);
    const run = await api<{ startRun: { id: string } }>(
      `mutation($input: StartRunInput!) { startRun(input: $input) { id } }`,
      { input: { selection: { all: true }, repositoryId: repository.id } },
    );
    demoLog.info({ runId: run.startRun.id }, 'run started');

    const first = lab.devices[0];
    printBanner(running.url, running.admin, Boolean(env.TIDEMARK_ADMIN_PASSWORD), [
      `Lab: ${lab.devices.length} simulated devices on 127.0.0.1 (${DEMO.faults} with faults), login ${first.username} / ${first.password}`,
      `A run is in progress: it backs them up into the Git repository "${DEMO.repository}" at ${repository.path}`,
      `A simulated Nautobot at ${nautobot.url} lists them: the source "${DEMO_SOURCE.name}" (Sources) owns them, and each run writes its date to their ${DEMO_SOURCE.writeBackField} field`,
      `Notifications: changed configurations (with the diff) and devices failing ${DEMO_NOTIFICATIONS.failedRuns} runs in a row go to the channels "${DEMO_NOTIFICATIONS.slackChannel}" (Slack) and "${DEMO_NOTIFICATIONS.emailChannel}" (email); both write what they receive to ${inbox.folder}`,
      scheduled ? `The "${DEMO.schedule.name}" schedule backs them up again every 5 minutes.` : `No schedule was added (see the log above).`,
    ]);
  } catch (error) {
    await running.stop().catch((err) => log.error({ err }, 'error while stopping after a failed demo start'));
    throw error;
  }
}

/** One API token per demo process, for the admin; the previous demo's token is revoked first. */
async function issueToken(running: RunningTidemark, env: Env, log: Logger) {
  const ctx: Ctx = { db: running.db.db, caller: { kind: 'system', name: 'demo' }, keyring: running.keyring, log, settings: { dataDir: env.dataDir, repositoryRoots: env.repositoryRoots } };
  const admin = (await listUsers({ ctx })).find((user) => user.role === 'admin');
  if (!admin) throw new Error('the demo needs an admin user, and there is none');
  for (const old of await listApiTokens({ ctx })) {
    if (old.name === DEMO.tokenName && !old.revokedAt) await revokeApiToken({ ctx, id: old.id });
  }
  const { token, apiToken } = await createApiToken({ ctx, input: { name: DEMO.tokenName, userId: admin.id } });
  return { token, revoke: () => revokeApiToken({ ctx, id: apiToken.id }).then(() => undefined) };
}

/** The web server as seen from this process: a wildcard address is reached on loopback. */
function apiUrl(host: string, port: number): string {
  const reachable = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`;
}

class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly codes: string[],
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

type Api = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

function graphQLClient(url: string, token: string): Api {
  return async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(`${url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
    if (body.errors?.length || !body.data) {
      const errors = body.errors ?? [{ message: `HTTP ${response.status}` }];
      throw new GraphQLRequestError(errors.map((e) => e.message).join('; '), errors.map((e) => e.extensions?.code ?? 'UNKNOWN'));
    }
    return body.data;
  };
}

/** The lab's login as a credential set; updated on every start so it always matches the lab. */
async function ensureCredentialSet(api: Api, device: LabDevice): Promise<string> {
  const secrets = { username: device.username, password: device.password, enableSecret: device.enableSecret };
  const { credentialSets } = await api<{ credentialSets: { id: string; name: string }[] }>(`{ credentialSets { id name } }`);
  const existing = credentialSets.find((set) => set.name === DEMO.credentialSet);
  if (existing) {
    await api(`mutation($id: ID!, $input: UpdateCredentialSetInput!) { updateCredentialSet(id: $id, input: $input) { id } }`, {
      id: existing.id,
      input: secrets,
    });
    return existing.id;
  }
  const created = await api<{ createCredentialSet: { id: string } }>(
    `mutation($input: CreateCredentialSetInput!) { createCredentialSet(input: $input) { id } }`,
    { input: { name: DEMO.credentialSet, ...secrets } },
  );
  return created.createCredentialSet.id;
}

interface Repository {
  id: string;
  name: string;
  path: string;
}

async function ensureRepository(api: Api): Promise<Repository> {
  const { repositories } = await api<{ repositories: Repository[] }>(`{ repositories { id name path } }`);
  const existing = repositories.find((repository) => repository.name === DEMO.repository);
  if (existing) return existing;
  const created = await api<{ createRepository: Repository }>(
    `mutation($input: CreateRepositoryInput!) { createRepository(input: $input) { id name path } }`,
    { input: { name: DEMO.repository, kind: 'GIT' } },
  );
  return created.createRepository;
}

interface RegisteredDevice {
  id: string;
  name: string;
  hostKey: string | null;
}

async function listDevices(api: Api): Promise<RegisteredDevice[]> {
  const all: RegisteredDevice[] = [];
  let after: string | null = null;
  for (;;) {
    const page: { devices: { nodes: RegisteredDevice[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await api(
      `query($after: String) { devices(first: 500, after: $after) { nodes { id name hostKey } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    all.push(...page.devices.nodes);
    if (!page.devices.pageInfo.hasNextPage) return all;
    after = page.devices.pageInfo.endCursor;
  }
}

function labTags(device: LabDevice): string[] {
  return ['lab', device.platform, ...(device.fault === 'none' ? [] : [`fault:${device.fault}`])];
}

/**
 * Creates the lab devices that are missing (one import) and points the existing ones at the
 * lab's new ports. Returns the existing devices that trust a host key the lab no longer has.
 */
async function ensureDevices(api: Api, labDevices: LabDevice[], credentialSetId: string): Promise<{ id: string; lab: LabDevice }[]> {
  const registered = new Map((await listDevices(api)).map((device) => [device.name, device]));
  const missing = labDevices.filter((device) => !registered.has(device.name));
  if (missing.length) {
    const header = 'name,host,port,backup_method,location,tags,credential_sets';
    const rows = missing.map((d) => [d.name, d.host, d.port, d.backupMethod, DEMO.location, labTags(d).join(';'), DEMO.credentialSet].join(','));
    const { importDevices } = await api<{ importDevices: { ok: boolean; errors: { row: number; message: string }[] } }>(
      `mutation($csv: String!) { importDevices(csv: $csv) { ok errors { row message } } }`,
      { csv: [header, ...rows].join('\n') },
    );
    if (!importDevices.ok) throw new Error(`importing the lab devices failed: ${importDevices.errors.map((e) => `line ${e.row}: ${e.message}`).join('; ')}`);
  }
  const changedKeys: { id: string; lab: LabDevice }[] = [];
  for (const device of labDevices) {
    const existing = registered.get(device.name);
    if (!existing) continue;
    await api(`mutation($id: ID!, $input: UpdateDeviceInput!) { updateDevice(id: $id, input: $input) { id } }`, {
      id: existing.id,
      input: { host: device.host, port: device.port, backupMethod: device.backupMethod, credentialSetIds: [credentialSetId], tags: labTags(device) },
    });
    if (existing.hostKey && existing.hostKey !== device.hostKey) changedKeys.push({ id: existing.id, lab: device });
  }
  return changedKeys;
}

/**
 * Every lab start brings new host keys, which Tidemark rightly refuses. A one-attempt run over
 * those devices makes each present its key; a key is accepted only when it is the one this
 * process's lab holds, exactly as an operator would after checking the fingerprint.
 */
async function acceptLabHostKeys(api: Api, devices: { id: string; lab: LabDevice }[], repositoryId: string, log: Logger): Promise<void> {
  log.info({ devices: devices.length }, 'the lab has new host keys since the last demo; checking and accepting them');
  const { startRun } = await api<{ startRun: { id: string } }>(`mutation($input: StartRunInput!) { startRun(input: $input) { id } }`, {
    input: { deviceIds: devices.map((d) => d.id), repositoryId, maxAttempts: 1 },
  });
  await waitForRun(api, startRun.id);
  let accepted = 0;
  for (const { id, lab } of devices) {
    const { device } = await api<{ device: { pendingHostKeyFingerprint: string | null } | null }>(
      `query($id: ID!) { device(id: $id) { pendingHostKeyFingerprint } }`,
      { id },
    );
    if (!device?.pendingHostKeyFingerprint || device.pendingHostKeyFingerprint !== hostKeyFingerprint(lab.hostKey)) continue;
    await api(`mutation($id: ID!) { acceptHostKey(deviceId: $id) { id } }`, { id });
    accepted++;
  }
  log.info({ accepted, of: devices.length }, 'accepted the lab host keys');
}

async function waitForRun(api: Api, id: string): Promise<void> {
  const finished = ['SUCCEEDED', 'PARTIAL', 'FAILED', 'CANCELLED'];
  for (;;) {
    const { run } = await api<{ run: { status: string } | null }>(`query($id: ID!) { run(id: $id) { status } }`, { id });
    if (!run || finished.includes(run.status)) return;
    await new Promise((resolve) => setTimeout(resolve, DEMO.runPollMs));
  }
}

/**
 * Adds the schedule when this version of the API has schedules; returns whether it exists.
 * The schedule's name is unique, so a second demo finds it instead of adding another.
 */
async function ensureSchedule(api: Api, repositoryId: string, log: Logger): Promise<boolean> {
  const input = { ...DEMO.schedule, selection: { all: true }, repositoryId };
  try {
    await api(`mutation($input: CreateScheduleInput!) { createSchedule(input: $input) { id } }`, { input });
    log.info({ cron: DEMO.schedule.cron }, 'schedule added');
    return true;
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    if (/already exists/i.test(error.message) || error.codes.includes('CONFLICT')) return true;
    if (/Cannot query field "createSchedule"|Unknown type "CreateScheduleInput"/.test(error.message)) {
      log.info('no schedule added: this version has no schedules API');
    } else {
      log.warn({ reason: error.message }, 'no schedule added: the schedules API refused it');
    }
    return false;
  }
}
