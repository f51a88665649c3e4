import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatNumber,
  formatPercent,
  formatValue,
  periodLabel,
  periodsUpTo,
  previousPeriod,
  parsePeriod,
  periodContaining,
} from './format';

describe('vi-VN formats', () => {
  it('groups thousands with a dot and decimals with a comma', () => {
    expect(formatNumber(1994)).toBe('1.994');
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatValue(292.24, 'kg')).toBe('292,24 kg');
    expect(formatNumber(undefined)).toBe('—');
  });
  it('writes dates day first', () => {
    expect(formatDate('2026-11-21')).toBe('21/11/2026');
    expect(formatDate(null)).toBe('—');
  });
  it('writes shares as percent', () => {
    expect(formatPercent(0.235)).toMatch(/^23,5\s?%$/);
  });
});

describe('periods', () => {
  it('reads DHIS2 identifiers as Vietnamese text', () => {
    expect(periodLabel('2024S1')).toBe('6 tháng đầu năm 2024');
    expect(periodLabel('2024S2')).toBe('6 tháng cuối năm 2024');
    expect(periodLabel('2024Q1')).toBe('Quý I/2024');
    expect(periodLabel('2024Q4')).toBe('Quý IV/2024');
    expect(periodLabel('202405')).toBe('Tháng 5/2024');
    expect(periodLabel('2024')).toBe('Năm 2024');
    expect(periodLabel('2024W3')).toBe('2024W3');
  });
  it('refuses what is not a period', () => {
    expect(parsePeriod('202413')).toBeNull();
    expect(parsePeriod('2024Q5')).toBeNull();
  });
  it('steps back across year ends', () => {
    expect(previousPeriod('2024Q1')).toBe('2023Q4');
    expect(previousPeriod('202401')).toBe('202312');
    expect(previousPeriod('2024S1')).toBe('2023S2');
    expect(previousPeriod('2024')).toBe('2023');
    expect(periodsUpTo('202402', 3)).toEqual(['202312', '202401', '202402']);
  });
  it('finds the period containing a date', () => {
    expect(periodContaining('QUARTER', new Date(2026, 10, 21))).toBe('2026Q4');
    expect(periodContaining('HALF', new Date(2026, 5, 30))).toBe('2026S1');
    expect(periodContaining('MONTH', new Date(2026, 0, 5))).toBe('202601');
  });
});
