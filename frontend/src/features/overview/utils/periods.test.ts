import { describe, expect, it } from 'vitest';
import { periodEnd, pickablePeriods, switchPeriodType, trendPeriods, validPeriod } from './periods';

describe('periods', () => {
  it('ends each period on the first day after it', () => {
    expect(periodEnd('2024')).toEqual(new Date(2025, 0, 1));
    expect(periodEnd('2024S1')).toEqual(new Date(2024, 6, 1));
    expect(periodEnd('2024Q4')).toEqual(new Date(2025, 0, 1));
    expect(periodEnd('202402')).toEqual(new Date(2024, 2, 1));
    expect(periodEnd('nope')).toBeNull();
  });

  it('offers no period that starts in the future', () => {
    const today = new Date(2026, 10, 22);
    const quarters = pickablePeriods('QUARTER', today).map((o) => o.value);
    expect(quarters[0]).toBe('2026Q4');
    expect(quarters).not.toContain('2027Q1');
    expect(quarters.at(-1)).toBe('2015Q1');
    expect(pickablePeriods('MONTH', today)[0]).toEqual({ value: '202611', label: 'Tháng 11/2026' });
  });

  it('keeps the same time when switching type', () => {
    const today = new Date(2026, 10, 22);
    expect(switchPeriodType('2024', 'QUARTER', today)).toBe('2024Q4');
    expect(switchPeriodType('2024Q2', 'HALF', today)).toBe('2024S1');
    expect(switchPeriodType('2024Q2', 'YEAR', today)).toBe('2024');
    expect(switchPeriodType('2024S1', 'MONTH', today)).toBe('202406');
    // A period still running: the newest period of the new type, not one in the future.
    expect(switchPeriodType('2026', 'QUARTER', today)).toBe('2026Q4');
    expect(switchPeriodType('2026', 'MONTH', today)).toBe('202611');
  });

  it('builds trends of a sensible length', () => {
    expect(trendPeriods('2024')).toEqual(['2020', '2021', '2022', '2023', '2024']);
    expect(trendPeriods('2024Q2')).toEqual([
      '2022Q3',
      '2022Q4',
      '2023Q1',
      '2023Q2',
      '2023Q3',
      '2023Q4',
      '2024Q1',
      '2024Q2',
    ]);
    expect(trendPeriods('202402')).toHaveLength(12);
    expect(trendPeriods('202402')[0]).toBe('202303');
  });

  it('accepts only real period ids from a URL', () => {
    expect(validPeriod('2024Q3')).toBe('2024Q3');
    expect(validPeriod('2024Q5')).toBeNull();
    expect(validPeriod('abc')).toBeNull();
    expect(validPeriod(null)).toBeNull();
  });
});
