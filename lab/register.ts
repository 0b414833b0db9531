/** Registers lab devices in a running Tidemark through its GraphQL API. */
import type { HttpsApiLabDevice } from './https-api-server.ts';
import type { LabDevice } from './lab.ts';

export interface RegisterTarget {
  /** Tidemark's base URL, e.g. http://127.0.0.1:3000 */
  url: string;
  token: string;
}

const createCredentialSet = `mutation CreateCredentialSet($input: CreateCredentialSetInput!) {
  createCredentialSet(input: $input) { id }
}`;

const createDevice = `mutation CreateDevice($input: CreateDeviceInput!) {
  createDevice(input: $input) { id }
}`;

async function graphql<T>(target: RegisterTarget, query: string, variables: object): Promise<T> {
  const response = await fetch(new URL('/api/graphql', target.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${target.token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: Array<{ message: string }> };
  if (!response.ok || body.errors?.length || !body.data) {
    const reason = body.errors?.map((error) => error.message).join('; ') ?? `HTTP ${response.status}`;
    throw new Error(`Tidemark refused the request: ${reason}`);
  }
  return body.data;
}

/** One credential set for the whole lab (every lab device shares its login), then one device each. */
export async function registerLabDevices(devices: LabDevice[], target: RegisterTarget): Promise<number> {
  if (devices.length === 0) return 0;
  const [first] = devices;
  const { createCredentialSet: credentialSet } = await graphql<{ createCredentialSet: { id: string } }>(target, createCredentialSet, {
    input: { name: `lab ${first.username}`, username: first.username, password: first.password, enableSecret: first.enableSecret },
  });
  for (const device of devices) {
    await graphql(target, createDevice, {
      input: {
        name: device.name,
        host: device.host,
        port: device.port,
        backupMethod: device.backupMethod,
        credentialSetIds: [credentialSet.id],
        location: 'lab',
        tags: ['lab', device.platform, ...(device.fault === 'none' ? [] : [`fault:${device.fault}`])],
        options: null,
      },
    });
  }
  return devices.length;
}

/** HTTPS API lab devices: a credential set with each device's API key, then the device; its certificate is trusted on first use. */
export async function registerHttpsApiDevices(devices: HttpsApiLabDevice[], target: RegisterTarget): Promise<number> {
  for (const device of devices) {
    const { createCredentialSet: credentialSet } = await graphql<{ createCredentialSet: { id: string } }>(target, createCredentialSet, {
      input: { name: `lab ${device.name} api`, username: 'api', apiKey: device.apiKey },
    });
    await graphql(target, createDevice, {
      input: {
        name: device.name,
        host: device.host,
        port: device.port,
        backupMethod: device.backupMethod,
        credentialSetIds: [credentialSet.id],
        location: 'lab',
        tags: ['lab', device.platform, 'https-api'],
        options: null,
      },
    });
  }
  return devices.length;
}
