import { describe, expect, test } from 'vitest';
import { EPHEMERAL_PORTS_KEPT_FREE, LAB_PORTS_FROM, labPortLayout, portsWanted } from './lab-ports.ts';

const ephemeral = { from: 32_768, to: 60_999 };
const size = (ranges: { from: number; to: number }[]) => ranges.reduce((sum, range) => sum + range.to - range.from + 1, 0);

describe('labPortLayout', () => {
  test('gives each lab process its own ports below the ephemeral range first, then above it, then its start', () => {
    const layout = labPortLayout([10_000, 10_000, 10_000, 10_000, 10_000], ephemeral);
    expect(layout[0]).toEqual([{ from: LAB_PORTS_FROM, to: LAB_PORTS_FROM + portsWanted(10_000) - 1 }]);
    for (const ranges of layout) expect(size(ranges)).toBe(portsWanted(10_000));
    const all = layout.flat().sort((a, b) => a.from - b.from);
    for (let i = 1; i < all.length; i++) expect(all[i].from).toBeGreaterThan(all[i - 1].to);
    // The third process spans the end of the low segment and the ports above the ephemeral range.
    expect(layout[2].map((range) => range.from)).toContain(ephemeral.to + 1);
    expect(Math.max(...all.map((range) => range.to).filter((to) => to <= ephemeral.to))).toBeLessThanOrEqual(ephemeral.to - EPHEMERAL_PORTS_KEPT_FREE);
  });

  test('refuses a fleet that would take the ports outgoing connections need', () => {
    expect(() => labPortLayout([40_000, 40_000], ephemeral)).toThrow(/do not fit/);
  });
});
