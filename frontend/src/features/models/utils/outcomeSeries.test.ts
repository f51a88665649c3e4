import { describe, expect, it } from 'vitest';
import {
  alignValues,
  chartPeriods,
  dataSpan,
  defaultPeriodType,
  indicatorsWithValues,
  periodMonths,
} from './outcomeSeries';

describe('outcome series for a chart', () => {
  it('finds the months the stored periods cover', () => {
    expect(periodMonths('2024Q3')).toEqual({ start: 2024 * 12 + 6, end: 2024 * 12 + 8 });
    expect(periodMonths('2024S2')).toEqual({ start: 2024 * 12 + 6, end: 2024 * 12 + 11 });
    expect(periodMonths('nonsense')).toBe(null);
    expect(dataSpan([{ period: '2024Q3' }, { period: '2021' }, { period: '202305' }, { period: 'nonsense' }])).toEqual({
      start: 2021 * 12,
      end: 2024 * 12 + 8,
    });
    expect(dataSpan([])).toBe(null);
  });
  it('lists the periods that overlap the data, oldest first, capped to the latest ones', () => {
    const span = dataSpan([{ period: '202301' }, { period: '202409' }])!;
    expect(chartPeriods('HALF', span)).toEqual(['2023S1', '2023S2', '2024S1', '2024S2']);
    expect(chartPeriods('QUARTER', span)).toEqual([
      '2023Q1',
      '2023Q2',
      '2023Q3',
      '2023Q4',
      '2024Q1',
      '2024Q2',
      '2024Q3',
    ]);
    expect(chartPeriods('YEAR', dataSpan([{ period: '2020' }, { period: '2022Q1' }])!)).toEqual([
      '2020',
      '2021',
      '2022',
    ]);
    const months = chartPeriods('MONTH', dataSpan([{ period: '2015' }, { period: '2024' }])!);
    expect(months).toHaveLength(60);
    expect(months[0]).toBe('202001');
    expect(months[59]).toBe('202412');
  });
  it('picks years for long histories and quarters for short ones', () => {
    expect(defaultPeriodType(dataSpan([{ period: '2017' }, { period: '2026' }])!)).toBe('YEAR');
    expect(defaultPeriodType(dataSpan([{ period: '2024Q1' }, { period: '2026Q2' }])!)).toBe('QUARTER');
  });
  it('aligns values to periods, 0 where nothing was reported', () => {
    expect(
      alignValues(
        ['2024Q1', '2024Q2', '2024Q3'],
        [
          { period: '2024Q3', value: 4 },
          { period: '2024Q1', value: 2.5 },
        ],
      ),
    ).toEqual([2.5, 0, 4]);
  });
  it('keeps indicators with values in reference order', () => {
    const indicators = [
      { code: 'A', name: 'a' },
      { code: 'B', name: 'b' },
      { code: 'C', name: 'c' },
    ];
    const items = [
      { indicatorCode: 'C', value: 1 },
      { indicatorCode: 'A', value: 2 },
      { indicatorCode: 'A', value: 3 },
      { indicatorCode: 'Z', value: 1 },
    ];
    expect(indicatorsWithValues(indicators, items)).toEqual([
      { code: 'A', name: 'a', total: 5 },
      { code: 'C', name: 'c', total: 1 },
      { code: 'Z', total: 1 },
    ]);
  });
});
