/**
 * A push to a smart-HTTP remote with the pack streamed into the request. isomorphic-git's push
 * builds the whole pack in memory (each object read whole and deflated again, then everything
 * copied into one buffer: about five times a large binary artifact's size) and its HTTP client
 * writes a body without waiting for the socket; here the pack is written as the server reads it
 * (git-pack.ts `packStream`), so a push needs the same memory for 10 KB or 10 GB.
 *
 * The exchange is git's receive-pack over HTTP (gitprotocol-http, gitprotocol-pack): the
 * reference advertisement (read with isomorphic-git), then one POST of the update command and the
 * pack, answered by report-status, in side-band when the server offers it.
 */
import fs from 'node:fs';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import git, { Errors } from 'isomorphic-git';
import { isFolderMode, openLooseObject, parseTree, type ObjectType } from './git-objects.ts';
import { PackedObjects, packStream } from './git-pack.ts';
import { createLimit } from './limit.ts';
import type { RemoteSession } from './git-remote.ts';

const noObject = '0'.repeat(40);

/** The capabilities we ask for, when the server offers them. */
const wantedCapabilities = ['report-status', 'side-band-64k', 'quiet'];

/**
 * Sends `local` as `branchRef`. The remote branch must still be at `expectedRemote` (what the
 * fetch before saw, null when it did not exist): anything else is a rejection, never a force.
 * Throws isomorphic-git's HttpError, PushRejectedError or GitPushError, which git-remote.ts turns
 * into sentences.
 */
export async function pushOverHttp(input: {
  gitdir: string;
  url: string;
  session: RemoteSession;
  branchRef: string;
  local: string;
  expectedRemote: string | null;
}): Promise<void> {
  const { gitdir, url, session, branchRef, local, expectedRemote } = input;
  const info = await git.getRemoteInfo2({ http: session.http, onAuth: session.onAuth, url, forPush: true, protocolVersion: 1 });
  const remote = info.refs?.find((ref) => ref.ref === branchRef)?.oid ?? null;
  if (remote !== expectedRemote) throw new Errors.PushRejectedError('not-fast-forward');
  if (remote === local) return;

  const objects = await objectsToPush(gitdir, local, remote);
  const capabilities = wantedCapabilities.filter((name) => info.capabilities[name]);
  const sideBand = capabilities.includes('side-band-64k');
  const cache = {};
  async function* body(): AsyncGenerator<Buffer> {
    yield pktLine(`${remote ?? noObject} ${local} ${branchRef}\0${capabilities.join(' ')}\n`);
    yield Buffer.from('0000');
    yield* packStream(gitdir, objects, async (oid) => {
      const { type, object } = await git.readObject({ fs, gitdir, oid, format: 'content', cache });
      return { type: type as ObjectType, content: Buffer.from(object as Uint8Array) };
    });
  }

  const response = await post(url, session, body());
  const report = parseReportStatus(sideBand ? demuxSideBand(response) : response);
  const refStatus = report.refs.get(branchRef);
  if (report.unpack !== 'ok' || refStatus !== 'ok') {
    const details = [report.unpack !== 'ok' ? `\n  - unpack: ${report.unpack ?? 'no report'}` : '', refStatus !== 'ok' ? `\n  - ${branchRef}: ${refStatus ?? 'no report'}` : ''].join('');
    throw new Errors.GitPushError(details, { ok: false, error: report.unpack ?? '', refs: {} });
  }
}

/** POSTs the receive-pack request, writing the body as fast as the server reads it; returns the response body. */
async function post(url: string, session: RemoteSession, body: AsyncIterable<Buffer>): Promise<Buffer> {
  const target = new URL(`${url.replace(/\/+$/, '')}/git-receive-pack`);
  target.username = '';
  target.password = '';
  const headers: Record<string, string> = {
    'content-type': 'application/x-git-receive-pack-request',
    accept: 'application/x-git-receive-pack-result',
    'user-agent': 'git/tidemark',
    ...(session.authorization ? { authorization: session.authorization } : {}),
  };
  const request = (target.protocol === 'https:' ? httpsRequest : httpRequest)(target, { method: 'POST', headers, agent: session.agent });
  const responded = new Promise<IncomingMessage>((resolve, reject) => {
    request.once('response', resolve);
    request.once('error', reject);
  });
  const sent = pipeline(Readable.from(body), request);
  // The server may answer before it has read everything (a refusal); a failure to send then comes second.
  sent.catch(() => {});
  const response = await Promise.race([responded, sent.then(() => responded)]);
  const chunks: Buffer[] = [];
  const received = (async () => {
    for await (const chunk of response as AsyncIterable<Buffer>) chunks.push(chunk);
  })();
  if (response.statusCode !== 200) {
    request.destroy();
    await received.catch(() => {});
    const text = Buffer.concat(chunks).toString('utf8').slice(0, 500);
    throw new Errors.HttpError(response.statusCode ?? 0, response.statusMessage ?? '', text);
  }
  await Promise.all([sent, received]);
  return Buffer.concat(chunks);
}

function pktLine(text: string): Buffer {
  const payload = Buffer.from(text, 'utf8');
  return Buffer.concat([Buffer.from((payload.length + 4).toString(16).padStart(4, '0')), payload]);
}

/** The payloads of a buffer of pkt-lines; a flush packet is an empty payload. */
function* pktLines(buffer: Buffer): Generator<Buffer> {
  for (let at = 0; at + 4 <= buffer.length; ) {
    const length = Number.parseInt(buffer.subarray(at, at + 4).toString('latin1'), 16);
    if (Number.isNaN(length)) throw new Error('the remote answered with something other than git pkt-lines');
    if (length < 4) {
      yield Buffer.alloc(0);
      at += 4;
      continue;
    }
    yield buffer.subarray(at + 4, at + length);
    at += length;
  }
}

/** Band 1 of a side-band answer; band 2 is progress, band 3 a fatal error from the remote. */
function demuxSideBand(buffer: Buffer): Buffer {
  const data: Buffer[] = [];
  for (const payload of pktLines(buffer)) {
    if (payload.length === 0) continue;
    if (payload[0] === 1) data.push(payload.subarray(1));
    else if (payload[0] === 3) throw new Error(`the remote reported: ${payload.subarray(1).toString('utf8').trim()}`);
  }
  return Buffer.concat(data);
}

function parseReportStatus(buffer: Buffer): { unpack: string | null; refs: Map<string, string> } {
  let unpack: string | null = null;
  const refs = new Map<string, string>();
  for (const payload of pktLines(buffer)) {
    const line = payload.toString('utf8').replace(/\n$/, '');
    if (line.startsWith('unpack ')) unpack = line.slice('unpack '.length);
    else if (line.startsWith('ok ')) refs.set(line.slice(3), 'ok');
    else if (line.startsWith('ng ')) {
      const [ref, ...reason] = line.slice(3).split(' ');
      refs.set(ref, reason.join(' ') || 'rejected');
    }
  }
  return { unpack, refs };
}

/**
 * The objects `local` has and `remote` lacks: our commits down to the remote's head, along first
 * parents (Tidemark never merges), each with the trees and blobs that differ from its parent's.
 * A blob the remote happens to have already (a configuration changed back) is sent again, which
 * git accepts.
 */
export async function objectsToPush(gitdir: string, local: string, remote: string | null): Promise<string[]> {
  const packed = new PackedObjects(gitdir);
  const cache = {};
  const limit = createLimit(16);
  const read = (oid: string): Promise<Buffer> => limit(() => readContent(oid));
  const readContent = async (oid: string): Promise<Buffer> => {
    const whole = await packed.read(oid);
    if (whole) return whole.content;
    const loose = await openLooseObject(gitdir, oid);
    if (loose) {
      const chunks: Buffer[] = [];
      for await (const chunk of loose.stream()) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    }
    return Buffer.from((await git.readObject({ fs, gitdir, oid, format: 'content', cache })).object as Uint8Array);
  };
  const commitFields = async (oid: string) => {
    const text = (await read(oid)).toString('utf8');
    const headers = text.slice(0, text.indexOf('\n\n'));
    return { tree: /^tree ([0-9a-f]{40})$/m.exec(headers)![1], parent: /^parent ([0-9a-f]{40})$/m.exec(headers)?.[1] ?? null };
  };

  const objects: string[] = [];
  const sent = new Set<string>();
  const add = (oid: string) => {
    if (sent.has(oid)) return false;
    sent.add(oid);
    objects.push(oid);
    return true;
  };
  async function addTree(tree: string, base: string | null): Promise<void> {
    if (tree === base || !add(tree)) return;
    const [items, baseItems] = await Promise.all([read(tree), base ? read(base) : null]);
    const before = new Map(baseItems ? parseTree(baseItems).map((item) => [item.name, item]) : []);
    const subtrees: Promise<void>[] = [];
    for (const item of parseTree(items)) {
      const old = before.get(item.name);
      if (old?.oid === item.oid || item.mode === '160000') continue;
      if (isFolderMode(item.mode)) subtrees.push(addTree(item.oid, old && isFolderMode(old.mode) ? old.oid : null));
      else add(item.oid);
    }
    await Promise.all(subtrees);
  }

  let oid = local;
  let fields = await commitFields(local);
  while (oid !== remote) {
    add(oid);
    const parent = fields.parent ? await commitFields(fields.parent) : null;
    await addTree(fields.tree, parent?.tree ?? null);
    if (!fields.parent || !parent) break;
    oid = fields.parent;
    fields = parent;
  }
  return objects;
}
