'use client';

import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Badge } from '../../../_components/badge';
import { Button } from '../../../_components/button';
import { FormError } from '../../../_components/form-parts';
import { graphql } from '../../../_gql';
import type { TestDeviceConnectionMutation } from '../../../_gql/graphql';
import { formatDuration } from '../../../_lib/format';
import { request } from '../../../_lib/graphql';

const testDeviceConnectionMutation = graphql(`
  mutation TestDeviceConnection($id: ID!) {
    testDeviceConnection(id: $id) {
      ok
      code
      message
      reached
      authenticated
      credentialSet
      hostKeyFingerprint
      hostKeyStatus
      prompt
      privileged
      banner
      elapsedMs
      configuredPlatform
      detection {
        recognised
        platform
        backupMethod
        evidence
        reason
        candidates
        answers
      }
    }
  }
`);

type ConnectionTest = TestDeviceConnectionMutation['testDeviceConnection'];

const hostKeyNotes: Record<NonNullable<ConnectionTest['hostKeyStatus']>, string> = {
  TRUSTED_NOW: 'trusted from now on (first connection)',
  MATCHES: 'matches the trusted key',
  CHANGED: 'differs from the trusted key: it waits on the device page to be accepted',
  NOT_RECORDED: 'shown, not stored',
};

/** Logs in to the device without backing it up and shows what it found, in a dialog. */
export function TestConnectionButton({ deviceId, onTested }: { deviceId: string; onTested: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<ConnectionTest | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (open && dialog && !dialog.open) dialog.showModal();
    if (!open && dialog?.open) dialog.close();
  }, [open]);

  const run = async () => {
    setPending(true);
    setError(null);
    setResult(null);
    setOpen(true);
    try {
      const { testDeviceConnection } = await request(testDeviceConnectionMutation, { id: deviceId });
      setResult(testDeviceConnection);
      onTested();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <Button onClick={run} disabled={pending}>
        {pending ? 'Testing…' : 'Test connection'}
      </Button>
      <dialog
        ref={ref}
        aria-labelledby={titleId}
        aria-busy={pending}
        onClose={() => setOpen(false)}
        className="m-auto w-[min(40rem,calc(100vw-2rem))] rounded-lg border border-slate-200 p-0 shadow-xl backdrop:bg-slate-900/40"
      >
        <div className="space-y-3 p-5">
          <h2 id={titleId} className="text-lg font-semibold text-slate-900">
            Connection test
          </h2>
          {pending && <p className="text-sm text-slate-600">Logging in… (at most a minute)</p>}
          <FormError message={error} />
          {result && <ConnectionResult result={result} />}
          <div className="flex justify-end">
            <Button onClick={() => setOpen(false)}>Close</Button>
          </div>
        </div>
      </dialog>
    </>
  );
}

function Step({ label, done }: { label: string; done: boolean }) {
  return <Badge tone={done ? 'good' : 'bad'}>{`${label}: ${done ? 'yes' : 'no'}`}</Badge>;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[9rem_1fr] gap-2">
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="min-w-0 text-slate-900">{children}</dd>
    </div>
  );
}

function ConnectionResult({ result }: { result: ConnectionTest }) {
  const detection = result.detection;
  const differs = detection?.platform && result.configuredPlatform && detection.platform !== result.configuredPlatform;
  return (
    <div className="space-y-3 text-sm" aria-label="Connection test result">
      <div className="flex flex-wrap gap-1.5">
        <Step label="Reached" done={result.reached} />
        <Step label="Authenticated" done={result.authenticated} />
        <Badge tone="muted">{formatDuration(result.elapsedMs)}</Badge>
      </div>
      {!result.ok && (
        <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-red-800">
          <p className="font-mono text-xs font-semibold">{result.code}</p>
          <p>{result.message}</p>
        </div>
      )}
      <dl className="space-y-2">
        {result.credentialSet && <Row label="Credential set">{result.credentialSet}</Row>}
        {result.prompt && (
          <Row label="Prompt">
            <code className="font-mono text-xs">{result.prompt}</code>
            {result.privileged !== null && <span className="ml-2 text-xs text-slate-500">{result.privileged ? 'privileged' : 'not privileged'}</span>}
          </Row>
        )}
        {result.hostKeyFingerprint && (
          <Row label="Host key">
            <span className="font-mono text-xs break-all">{result.hostKeyFingerprint}</span>
            {result.hostKeyStatus && <span className="block text-xs text-slate-500">{hostKeyNotes[result.hostKeyStatus]}</span>}
          </Row>
        )}
        {detection && (
          <Row label="Detected platform">
            {detection.recognised ? (
              <>
                <span className="font-mono text-xs">{detection.platform}</span>
                {result.configuredPlatform && (
                  <span className="ml-2">
                    {differs ? <Badge tone="warn">{`configured: ${result.configuredPlatform}`}</Badge> : <Badge tone="good">matches the configured platform</Badge>}
                  </span>
                )}
                <span className="block text-xs text-slate-500">{detection.evidence}</span>
              </>
            ) : (
              <span className="text-xs">{detection.reason}</span>
            )}
          </Row>
        )}
        {result.banner && (
          <Row label="Banner">
            <pre className="max-h-40 overflow-auto rounded bg-slate-50 p-2 font-mono text-xs whitespace-pre-wrap">{result.banner}</pre>
          </Row>
        )}
      </dl>
    </div>
  );
}
