import { describe, expect, it } from 'vitest';
import { trendPeriods } from './periods';

describe('periods', () => {
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
});
