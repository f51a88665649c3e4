import { describe, expect, it } from 'vitest';
import { compareOutcomes, indicatorsWithData, trendSeries } from './outcomes';

const indicators = [
  { code: 'TIPS', name: 'Tin báo', unit: 'tin', sortOrder: 1 },
  { code: 'FIRECRACKERS_KG', name: 'Pháo nổ', unit: 'kg', sortOrder: 2 },
  { code: 'CASES', name: 'Vụ án', unit: 'vụ', sortOrder: 3 },
];

const totals = [
  { indicatorCode: 'CASES', period: '2024', value: 10 },
  { indicatorCode: 'TIPS', period: '2024', value: 549 },
  { indicatorCode: 'TIPS', period: '2023', value: 500 },
  { indicatorCode: 'FIRECRACKERS_KG', period: '2024', value: 0.1 },
  { indicatorCode: 'FIRECRACKERS_KG', period: '2024', value: 0.2 },
  { indicatorCode: 'UNKNOWN', period: '2023', value: 4 },
  { indicatorCode: 'TIPS', period: '2022', value: 7 },
];

describe('outcome comparison', () => {
  it('compares this period with the previous one, in indicator order', () => {
    const rows = compareOutcomes(totals, '2024', '2023', indicators);
    expect(rows.map((r) => r.indicatorCode)).toEqual(['TIPS', 'FIRECRACKERS_KG', 'CASES', 'UNKNOWN']);
    expect(rows[0]).toMatchObject({ name: 'Tin báo', unit: 'tin', current: 549, previous: 500, change: 49 });
    expect(rows[0].changeShare).toBeCloseTo(0.098);
    expect(rows[1].change).toBe(0.3);
    expect(rows[2]).toMatchObject({ previous: 0, changeShare: null });
    expect(rows[3]).toMatchObject({ name: 'UNKNOWN', current: 0, previous: 4, change: -4, changeShare: -1 });
  });

  it('leaves out indicators with values only in other periods', () => {
    const rows = compareOutcomes([{ indicatorCode: 'TIPS', period: '2022', value: 7 }], '2024', '2023', indicators);
    expect(rows).toEqual([]);
  });

  it('builds a series with zeros for silent periods', () => {
    expect(trendSeries(totals, 'TIPS', ['2022', '2023', '2024', '2025'])).toEqual([7, 500, 549, 0]);
    expect(trendSeries(totals, 'NONE', ['2024'])).toEqual([0]);
    expect(indicatorsWithData(totals, indicators)).toEqual(['TIPS', 'FIRECRACKERS_KG', 'CASES', 'UNKNOWN']);
  });
});
