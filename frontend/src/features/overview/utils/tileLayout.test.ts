import { describe, expect, it } from 'vitest';
import { coverageBand, NO_DATA_COLOR, TILE_COLUMNS, TILES } from './tileLayout';

describe('province tile map', () => {
  it('has the 34 provinces once each, no two on one tile, all inside the grid', () => {
    expect(TILES).toHaveLength(34);
    expect(new Set(TILES.map((t) => t.code)).size).toBe(34);
    expect(new Set(TILES.map((t) => `${t.row}:${t.col}`)).size).toBe(34);
    for (const t of TILES) {
      expect(t.col).toBeGreaterThanOrEqual(0);
      expect(t.col).toBeLessThan(TILE_COLUMNS);
    }
  });

  it('puts the north above the south', () => {
    const row = (code: string) => TILES.find((t) => t.code === code)!.row;
    expect(row('12')).toBeLessThan(row('01')); // Lai Châu above Hà Nội
    expect(row('01')).toBeLessThan(row('48')); // Hà Nội above Đà Nẵng
    expect(row('48')).toBeLessThan(row('79')); // Đà Nẵng above TP HCM
    expect(row('79')).toBeLessThanOrEqual(row('96')); // Cà Mau at the bottom
  });

  it('colours coverage in bands, grey without data', () => {
    expect(coverageBand(0).color).toBe(coverageBand(0.19).color);
    expect(coverageBand(0.2).color).not.toBe(coverageBand(0.19).color);
    expect(coverageBand(1).color).toBe(coverageBand(0.85).color);
    expect(coverageBand(null)).toBe(NO_DATA_COLOR);
  });
});
