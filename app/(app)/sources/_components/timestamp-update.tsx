import { getFragmentData, graphql, type FragmentType } from '../../../_gql';

export const runTimestampUpdateFragment = graphql(`
  fragment RunTimestampUpdate on Run {
    timestampUpdate {
      updated
      failed
      errors {
        device
        message
      }
    }
  }
`);

/** How long after a run ends its page keeps listening for the write-back to inventory sources. */
const WRITE_BACK_WAIT_MS = 60_000;

/** A run that ended a moment ago and has no write-back result yet: one may still come. */
export function awaitsWriteBack(run: FragmentType<typeof runTimestampUpdateFragment> & { finishedAt: string | null }): boolean {
  if (!run.finishedAt || getFragmentData(runTimestampUpdateFragment, run).timestampUpdate) return false;
  return Date.now() - Date.parse(run.finishedAt) < WRITE_BACK_WAIT_MS;
}

/** What writing the backup date back to inventory sources did; a failure here never failed the run. */
export function TimestampUpdateSummary({ run: ref }: { run: FragmentType<typeof runTimestampUpdateFragment> }) {
  const update = getFragmentData(runTimestampUpdateFragment, ref).timestampUpdate;
  if (!update) return null;
  return (
    <section aria-labelledby="timestamp-update-title" className="mb-6 space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <h2 id="timestamp-update-title" className="text-base font-semibold text-slate-900">
        Write-back to inventory sources
      </h2>
      <p data-testid="timestamp-update">
        {update.updated} device{update.updated === 1 ? '' : 's'} updated, {update.failed} failed
      </p>
      {update.errors.length > 0 && (
        <ul className="space-y-0.5 text-xs text-red-800">
          {update.errors.map((error) => (
            <li key={error.device}>
              <span className="font-medium">{error.device}</span>: {error.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
