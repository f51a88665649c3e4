import { describe, expect, it } from 'vitest';
import { periodChoices, periodEnd, pickablePeriods, switchPeriodType, validPeriod } from './periods';
import { defaultPeriod } from './periodIds';

const TODAY = new Date(2026, 10, 22);

describe('the default period', () => {
  it('is the period of the type running today', () => {
    expect(defaultPeriod('YEAR', TODAY)).toBe('2026');
    expect(defaultPeriod('HALF', TODAY)).toBe('2026S2');
    expect(defaultPeriod('QUARTER', TODAY)).toBe('2026Q4');
    expect(defaultPeriod('MONTH', new Date(2026, 0, 5))).toBe('202601');
  });
  it('is a year unless a type is asked for', () => {
    expect(defaultPeriod(undefined, TODAY)).toBe('2026');
  });
  it('is always a period the picker offers, first in its list', () => {
    for (const type of ['YEAR', 'HALF', 'QUARTER', 'MONTH'] as const) {
      expect(pickablePeriods(type, TODAY)[0].value).toBe(defaultPeriod(type, TODAY));
    }
  });
});

describe('periods', () => {
  it('ends each period on the first day after it', () => {
    expect(periodEnd('2024')).toEqual(new Date(2025, 0, 1));
    expect(periodEnd('2024S1')).toEqual(new Date(2024, 6, 1));
    expect(periodEnd('2024Q4')).toEqual(new Date(2025, 0, 1));
    expect(periodEnd('202402')).toEqual(new Date(2024, 2, 1));
    expect(periodEnd('nope')).toBeNull();
  });

  it('offers no period that starts in the future', () => {
    const quarters = pickablePeriods('QUARTER', TODAY).map((o) => o.value);
    expect(quarters[0]).toBe('2026Q4');
    expect(quarters).not.toContain('2027Q1');
    expect(quarters.at(-1)).toBe('2010Q1');
    expect(pickablePeriods('MONTH', TODAY)[0]).toEqual({ value: '202611', label: 'Tháng 11/2026' });
  });

  it("offers a linked period outside the usual range too, and only the value's type", () => {
    const old = periodChoices('2005Q2', TODAY);
    expect(old[0]).toEqual({ value: '2005Q2', label: 'Quý II/2005' });
    expect(old[1].value).toBe('2026Q4');
    expect(old.every((o) => /Q/.test(o.value))).toBe(true);
    const usual = periodChoices('2024S1', TODAY);
    expect(usual[0].value).toBe('2026S2');
    expect(usual.filter((o) => o.value === '2024S1')).toHaveLength(1);
  });

  it('keeps the same time when switching type', () => {
    expect(switchPeriodType('2024', 'QUARTER', TODAY)).toBe('2024Q4');
    expect(switchPeriodType('2024Q2', 'HALF', TODAY)).toBe('2024S1');
    expect(switchPeriodType('2024Q2', 'YEAR', TODAY)).toBe('2024');
    expect(switchPeriodType('2024S1', 'MONTH', TODAY)).toBe('202406');
    // A period still running: the newest period of the new type, not one in the future.
    expect(switchPeriodType('2026', 'QUARTER', TODAY)).toBe('2026Q4');
    expect(switchPeriodType('2026', 'MONTH', TODAY)).toBe('202611');
  });

  it('accepts only real period ids from a URL', () => {
    expect(validPeriod('2024Q3')).toBe('2024Q3');
    expect(validPeriod('2024Q5')).toBeNull();
    expect(validPeriod('abc')).toBeNull();
    expect(validPeriod(null)).toBeNull();
  });
});
