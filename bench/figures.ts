/** How benchmarks compute and print their figures. */

/** The value at or below which a share `p` of the sorted values lie (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1))];
}

export function seconds(ms: number): string {
  return Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : 'n/a';
}

export function milliseconds(ms: number): string {
  return `${ms.toFixed(1)} ms`;
}

export function megabytesFromKb(kb: number | null | undefined): string {
  return kb ? `${(kb / 1024).toFixed(0)} MB` : 'n/a';
}

export function gigabytes(bytes: number): string {
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
}

export function print(line: string): void {
  process.stdout.write(`${line}\n`);
}
