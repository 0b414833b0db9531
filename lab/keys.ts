import { createPrivateKey, sign } from 'node:crypto';
import ssh2 from 'ssh2';
import type { ParsedKey } from 'ssh2';

// ssh2 is CommonJS; Node cannot name its exports statically.
const { utils } = ssh2;

export interface KeyPair {
  privateKey: string;
  /** "ssh-ed25519 AAAA…" without a comment. */
  publicKey: string;
}

/**
 * ssh2's ed25519 generator drops a leading zero byte about once in 200 keys and then
 * cannot read the key back, so every key is parsed before use and regenerated if needed.
 */
export function generateKeyPair(type: 'ed25519' | 'rsa', passphrase?: string): KeyPair {
  for (;;) {
    const pair =
      type === 'rsa'
        ? utils.generateKeyPairSync('rsa', { bits: 2048, ...(passphrase ? { passphrase, cipher: 'aes256-cbc' } : {}) })
        : utils.generateKeyPairSync('ed25519', passphrase ? { passphrase, cipher: 'aes256-cbc', rounds: 4 } : {});
    if (!(utils.parseKey(pair.private, passphrase) instanceof Error)) {
      return { privateKey: pair.private, publicKey: pair.public.trim().split(' ').slice(0, 2).join(' ') };
    }
  }
}

/**
 * A host key ready for ssh2's server that signs with a key object parsed once. ssh2 signs with
 * the key's PEM text, which OpenSSL parses again for every key exchange: about 0.6 ms per
 * ed25519 signature instead of 0.05 ms, the largest part of the lab's CPU in a big run.
 */
export function serverHostKey(privateKey: string): ParsedKey {
  const parsed = utils.parseKey(privateKey);
  if (parsed instanceof Error) throw new Error(`unusable host key: ${parsed.message}`);
  const key = Array.isArray(parsed) ? parsed[0] : parsed;
  const keyObject = createPrivateKey(key.getPrivatePEM());
  const signWithPem = key.sign.bind(key);
  key.sign = (data: Buffer, algo?: string) => {
    // ed25519 hashes nothing; other kinds without a named hash keep ssh2's own choice.
    if (!algo && key.type !== 'ssh-ed25519') return signWithPem(data, algo);
    try {
      return sign(algo ?? null, data, keyObject);
    } catch {
      return signWithPem(data, algo);
    }
  };
  return key;
}
