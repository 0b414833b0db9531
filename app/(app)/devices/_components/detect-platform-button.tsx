'use client';

import { useState } from 'react';
import { Button } from '../../../_components/button';
import { graphql } from '../../../_gql';
import type { SshProfile } from '../../../_lib/types';
import { request } from '../../../_lib/graphql';

const detectPlatformMutation = graphql(`
  mutation DetectPlatform($input: DetectPlatformInput!) {
    detectPlatform(input: $input) {
      ok
      code
      message
      elapsedMs
      detection {
        recognised
        platform
        backupMethod
        evidence
        reason
      }
    }
  }
`);

/** What the form holds for the connection, as typed. */
export interface DetectTarget {
  host: string;
  port: string;
  sshProfile: SshProfile;
  credentialSetIds: string[];
  tags: string;
  prompt: string;
}

type Outcome = { tone: 'good' | 'bad'; text: string };

/**
 * Logs in to the host of the form with its credential sets, recognises the platform and picks
 * its backup method; says why, or why not.
 */
export function DetectPlatformButton({ target, disabled, onDetected }: { target: DetectTarget; disabled?: boolean; onDetected: (backupMethod: string) => void }) {
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const ready = target.host.trim() !== '' && target.credentialSetIds.length > 0;

  const detect = async () => {
    setPending(true);
    setOutcome(null);
    try {
      const port = Number(target.port.trim() || 22);
      const { detectPlatform } = await request(detectPlatformMutation, {
        input: {
          host: target.host.trim(),
          port: Number.isInteger(port) ? port : 22,
          sshProfile: target.sshProfile,
          credentialSetIds: target.credentialSetIds,
          tags: target.tags.split(/[\s,]+/).filter(Boolean),
          prompt: target.prompt.trim() || null,
        },
      });
      const detection = detectPlatform.detection;
      if (!detectPlatform.ok) setOutcome({ tone: 'bad', text: `${detectPlatform.code}: ${detectPlatform.message}` });
      else if (detection?.recognised && detection.backupMethod) {
        onDetected(detection.backupMethod);
        setOutcome({ tone: 'good', text: `Detected ${detection.platform}, backup method ${detection.backupMethod}: ${detection.evidence}` });
      } else setOutcome({ tone: 'bad', text: `Logged in, but ${detection?.reason ?? 'the platform is unknown'}` });
    } catch (err) {
      setOutcome({ tone: 'bad', text: err instanceof Error ? err.message : String(err) });
    } finally {
      setPending(false);
    }
  };

  return (
    <div className="flex flex-wrap items-start gap-2">
      <Button onClick={detect} disabled={disabled || pending || !ready} title={ready ? 'Log in and pick the backup method from what the device shows' : 'Enter a host and choose a credential set first'}>
        {pending ? 'Detecting…' : 'Detect'}
      </Button>
      <p role="status" aria-live="polite" className={`min-w-0 flex-1 text-xs break-words ${outcome?.tone === 'bad' ? 'text-red-800' : 'text-slate-700'}`}>
        {pending ? 'Logging in to recognise the platform…' : outcome?.text}
      </p>
    </div>
  );
}
