import { Counter, Gauge, Registry, type Metric } from 'prom-client';
import type { Metrics } from '../../db/metrics/read-metrics.ts';

export const PROMETHEUS_CONTENT_TYPE = Registry.PROMETHEUS_CONTENT_TYPE;

/**
 * A histogram whose buckets were counted by PostgreSQL: prom-client's own Histogram only counts
 * observations made in this process, which would differ between web processes and restarts.
 */
function countedHistogram(name: string, help: string, counted: Metrics['runDurations']): Metric {
  const values = [
    ...counted.buckets.map((b) => ({ metricName: `${name}_bucket`, labels: { le: b.le }, value: b.count })),
    { metricName: `${name}_bucket`, labels: { le: '+Inf' }, value: counted.count },
    { metricName: `${name}_sum`, labels: {}, value: counted.sum },
    { metricName: `${name}_count`, labels: {}, value: counted.count },
  ];
  return { name, help, type: 'histogram', get: async () => ({ name, help, type: 'histogram', values, aggregator: 'sum' }) } as unknown as Metric;
}

/**
 * A gauge whose samples are handed over whole: at 50,000 devices, prom-client's Gauge spends most
 * of a scrape hashing each sample's labels on `set`, which values read once do not need.
 */
function readGauge(name: string, help: string, values: { labels: Record<string, string>; value: number }[]): Metric {
  return { name, help, type: 'gauge', get: async () => ({ name, help, type: 'gauge', values, aggregator: 'sum' }) } as unknown as Metric;
}

/** The metrics in Prometheus's text format, from a registry made for this scrape alone. */
export async function renderPrometheus(metrics: Metrics): Promise<string> {
  const registry = new Registry();
  const registers = [registry];

  const devices = new Gauge({ name: 'tidemark_devices', help: 'Devices by the status of their last backup (never: no backup yet; retired: left out of runs).', labelNames: ['status'], registers });
  for (const row of metrics.devicesByStatus) devices.set({ status: row.status }, row.count);

  new Counter({ name: 'tidemark_backups_total', help: 'Backups recorded, changed or not (retention does not lower it).', registers }).inc(metrics.backupsTotal);
  new Counter({ name: 'tidemark_changes_total', help: 'Backups that were a change (a new version of an artifact).', registers }).inc(metrics.changesTotal);
  new Counter({ name: 'tidemark_push_failures_total', help: 'Runs whose push to the repository remote failed.', registers }).inc(metrics.pushFailuresTotal);
  registry.registerMetric(countedHistogram('tidemark_run_duration_seconds', 'Duration of finished runs, from start to end.', metrics.runDurations));

  registry.registerMetric(
    readGauge(
      'tidemark_device_last_success_timestamp_seconds',
      'When each device was last backed up successfully (Unix time).',
      metrics.deviceLastSuccess.map((row) => ({ labels: { device: row.device }, value: row.timestamp })),
    ),
  );

  const depth = new Gauge({ name: 'tidemark_job_queue_depth', help: 'Jobs due and waiting for a worker, per task.', labelNames: ['task'], registers });
  const age = new Gauge({ name: 'tidemark_job_queue_oldest_age_seconds', help: 'How long the oldest due job has waited for a worker, per task (0 when none waits).', labelNames: ['task'], registers });
  for (const row of metrics.jobQueue) {
    depth.set({ task: row.task }, row.depth);
    age.set({ task: row.task }, row.oldestAgeSeconds);
  }

  const heartbeat = new Gauge({ name: 'tidemark_worker_heartbeat_timestamp_seconds', help: 'Last heartbeat of each worker process (Unix time).', labelNames: ['worker', 'hostname'], registers });
  for (const row of metrics.workerHeartbeats) heartbeat.set({ worker: row.worker, hostname: row.hostname }, row.timestamp);

  return registry.metrics();
}
