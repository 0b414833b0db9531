/** How a run's devices are collected: one at a time in order, or up to its concurrency at once. */
export const runModes = ['sequential', 'parallel'] as const;
export type RunMode = (typeof runModes)[number];
