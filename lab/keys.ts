import ssh2 from 'ssh2';

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
