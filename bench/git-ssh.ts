/**
 * `tidemark bench git-ssh`: what one exchange with an SSH remote costs, the way Tidemark does it
 * (the system git with a per-exchange GIT_SSH_COMMAND, git-ssh.ts) against the alternative of
 * driving the protocol with ssh2 in the worker's process. Both log in to Debian's OpenSSH sshd on
 * 127.0.0.1 with an ed25519 key, with and without a passphrase, and read the remote's reference
 * advertisement (`git ls-remote`; ssh2: exec `git-upload-pack`, read to the flush packet). Then a
 * whole push of a run's commit (fetch, then push) through the git backend. Medians over --runs,
 * after one warm-up; CPU is the worker process's own plus its children's (git and ssh).
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ssh2 from 'ssh2';
import { generateKeyPair } from '../lab/keys.ts';
import { startOpenSshServer, type OpenSshServer } from '../lab/openssh-server.ts';
import { openSshGit } from '../storage/git-ssh.ts';
import { openRepository } from '../storage/index.ts';
import { milliseconds, percentile, print } from './figures.ts';

const run = promisify(execFile);

export interface GitSshOptions {
  runs: number;
}

/** CPU milliseconds of this process and of the children it has waited for (/proc/self/stat). */
function cpuMs(): { own: number; children: number } {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  const usage = process.cpuUsage();
  return { own: (usage.user + usage.system) / 1000, children: (Number(fields[13]) + Number(fields[14])) * 10 };
}

async function measure(name: string, runs: number, once: () => Promise<void>): Promise<void> {
  await once();
  const walls: number[] = [];
  const before = cpuMs();
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await once();
    walls.push(performance.now() - started);
  }
  const after = cpuMs();
  walls.sort((a, b) => a - b);
  print(
    `${name.padEnd(58)} median ${milliseconds(percentile(walls, 0.5)).padStart(9)}  cpu: worker ${milliseconds((after.own - before.own) / runs).padStart(8)}, children ${milliseconds((after.children - before.children) / runs).padStart(8)}`,
  );
}

function advertisementWithSsh2(server: OpenSshServer, gitdir: string, privateKey: string, passphrase: string | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const client = new ssh2.Client();
    client.on('ready', () =>
      client.exec(`git-upload-pack '${gitdir}'`, (error, channel) => {
        if (error) return reject(error);
        channel.on('data', (chunk: Buffer) => {
          if (chunk.toString('latin1').endsWith('0000')) {
            channel.end('0000');
            client.end();
          }
        });
        channel.on('close', () => resolve());
      }),
    );
    client.on('error', reject);
    client.connect({ host: '127.0.0.1', port: server.port, username: server.username, privateKey, passphrase, hostVerifier: (key: Buffer) => key.length > 0 });
  });
}

export async function benchGitSsh(options: GitSshOptions, signal: AbortSignal): Promise<void> {
  const keys = { plain: generateKeyPair('ed25519'), protected: generateKeyPair('ed25519', 'bench passphrase') };
  const server = await startOpenSshServer({ authorizedKeys: [keys.plain.publicKey, keys.protected.publicKey] });
  try {
    const remote = join(server.dir, 'remote.git');
    await run('git', ['init', '--quiet', '--bare', '--initial-branch=main', remote]);
    const url = `ssh://${server.username}@127.0.0.1:${server.port}${remote}`;
    for (const [kind, key] of Object.entries(keys)) {
      const passphrase = kind === 'protected' ? 'bench passphrase' : null;
      signal.throwIfAborted();
      await measure(`${kind} key: system git ls-remote (temp folder, git, ssh)`, options.runs, async () => {
        const ssh = await openSshGit(url, { username: server.username, privateKey: key.privateKey, passphrase, hostKey: server.hostKey });
        try {
          await ssh.run(['ls-remote', url]);
        } finally {
          await ssh.close();
        }
      });
      signal.throwIfAborted();
      await measure(`${kind} key: ssh2 in process, upload-pack advertisement`, options.runs, () => advertisementWithSsh2(server, remote, key.privateKey, passphrase ?? undefined));
    }
    signal.throwIfAborted();
    const repository = openRepository({
      kind: 'git',
      path: join(server.dir, 'local.git'),
      remoteUrl: url,
      remoteToken: null,
      remoteSsh: { username: server.username, privateKey: keys.protected.privateKey, passphrase: 'bench passphrase', hostKey: server.hostKey },
      branch: 'main',
      authorName: 'Tidemark',
      authorEmail: 'tidemark@localhost',
    });
    await repository.ensure();
    let n = 0;
    await measure('protected key: store one commit of 100 files, fetch and push', options.runs, async () => {
      n++;
      const files = Array.from({ length: 100 }, (_, i) => ({ path: `site/sw-${i}/running-config`, source: { kind: 'text' as const, content: `hostname sw-${i}\n! run ${n}\n` } }));
      await repository.store(files, { message: `run ${n}`, date: new Date() });
      const pushed = await repository.push();
      if (!pushed.pushed) throw new Error(pushed.error);
    });
  } finally {
    await server.stop();
  }
}
