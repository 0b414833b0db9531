import fs from 'node:fs';
import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { describe, expect, it } from 'vitest';
import { RUN_DURATION_BUCKETS, type Metrics } from '../../db/metrics/read-metrics.ts';
import { renderPrometheus } from './prometheus.ts';

const metrics: Metrics = {
  devicesByStatus: [
    { status: 'failed', count: 2 },
    { status: 'succeeded', count: 5 },
  ],
  backupsTotal: 40,
  changesTotal: 9,
  runDurations: { buckets: RUN_DURATION_BUCKETS.map((le) => ({ le, count: le >= 5 ? 3 : 1 })), sum: 12.5, count: 3 },
  deviceLastSuccess: [{ device: 'core "sw"\\1\nnext', timestamp: 1_700_000_000.25 }],
  jobQueue: [{ task: 'finish-run', depth: 2, oldestAgeSeconds: 4.5 }],
  workerHeartbeats: [{ worker: 'w-1', hostname: 'host-a', timestamp: 1_700_000_001 }],
  pushFailuresTotal: 1,
};

describe('the Prometheus exposition', () => {
  it('is read back by a Prometheus text parser with the values given, device names escaped', async () => {
    const families = new Map(parsePrometheusTextFormat(await renderPrometheus(metrics)).map((f) => [f.name, f]));
    expect(families.get('tidemark_backups_total')).toMatchObject({ type: 'COUNTER', metrics: [{ value: '40' }] });
    expect(families.get('tidemark_devices')!.metrics.map((m) => [m.labels!.status, m.value])).toEqual([
      ['failed', '2'],
      ['succeeded', '5'],
    ]);
    const histogram = families.get('tidemark_run_duration_seconds')!.metrics[0];
    expect(histogram).toMatchObject({ count: '3', sum: '12.5' });
    expect(histogram.buckets).toMatchObject({ '1': '1', '5': '3', '+Inf': '3' });
    const device = families.get('tidemark_device_last_success_timestamp_seconds')!.metrics[0];
    expect(device.labels!.device).toBe('core "sw"\\1\nnext');
    expect(Number(device.value)).toBe(1_700_000_000.25);
  });

  it('has every metric the Grafana dashboard queries', async () => {
    const rendered = await renderPrometheus(metrics);
    const names = new Set(parsePrometheusTextFormat(rendered).flatMap((f) => (f.type === 'HISTOGRAM' ? [`${f.name}_bucket`, `${f.name}_sum`, `${f.name}_count`] : [f.name])));
    const dashboard = fs.readFileSync(new URL('../../infra/grafana/tidemark-dashboard.json', import.meta.url), 'utf8');
    const used = new Set(dashboard.match(/tidemark_[a-z_]+/g));
    expect(used.size).toBeGreaterThan(5);
    for (const name of used) expect(names, name).toContain(name);
  });
});
