import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { currentYear, earlierDate, isoDateInZone, isoDateOf, today, todayIso } from './time';
import { formatDate, formatDateTime, periodContaining } from './format';
// eslint-disable-next-line boundaries/element-types -- this test checks that the overview's as-of dates follow time.ts
import { asOfDate } from './features/overview';
import { pickablePeriods } from './lib/periods';
import { defaultPeriod } from './lib/periodIds';
import { isAfterToday, todayValue } from './lib/dates';

// 18:30 UTC on 1 December is 01:30 on 2 December in Việt Nam (UTC+7): the hours where UTC and the browser lie.
const LATE_EVENING_UTC = new Date('2026-12-01T18:30:00Z');
const NEW_YEAR_VN = new Date('2026-12-31T17:00:00Z');

describe("today is Việt Nam's day, whatever the browser's zone", () => {
  it('turns the date at 17:00 UTC', () => {
    expect(todayIso(LATE_EVENING_UTC)).toBe('2026-12-02');
    expect(todayIso(new Date('2026-12-01T16:59:59Z'))).toBe('2026-12-01');
    expect(isoDateInZone(NEW_YEAR_VN)).toBe('2027-01-01');
    expect(currentYear(NEW_YEAR_VN)).toBe(2027);
    expect(currentYear(new Date('2026-12-31T16:59:59Z'))).toBe(2026);
  });
  it('gives a calendar date the period arithmetic reads as that day', () => {
    const d = today(LATE_EVENING_UTC);
    expect([d.getFullYear(), d.getMonth() + 1, d.getDate()]).toEqual([2026, 12, 2]);
    expect(isoDateOf(d)).toBe('2026-12-02');
    expect(periodContaining('YEAR', today(NEW_YEAR_VN))).toBe('2027');
    expect(periodContaining('MONTH', today(new Date('2026-11-30T17:30:00Z')))).toBe('202612');
  });
  it("sets pickers' defaults and limits by Việt Nam's day", () => {
    expect(todayValue(LATE_EVENING_UTC).format('YYYY-MM-DD')).toBe('2026-12-02');
    expect(isAfterToday(dayjs('2026-12-02'), LATE_EVENING_UTC)).toBe(false);
    expect(isAfterToday(dayjs('2026-12-03'), LATE_EVENING_UTC)).toBe(true);
    expect(defaultPeriod('MONTH', today(new Date('2026-11-30T17:30:00Z')))).toBe('202612');
    expect(defaultPeriod('YEAR', today(NEW_YEAR_VN))).toBe('2027');
    expect(pickablePeriods('YEAR', today(NEW_YEAR_VN))[0].value).toBe('2027');
  });
  it('compares ISO dates', () => {
    expect(earlierDate('2026-12-02', '2026-12-31')).toBe('2026-12-02');
    expect(earlierDate('2027-01-01', '2026-12-31')).toBe('2026-12-31');
  });
});

describe('as-of dates never lie in the future', () => {
  it('is today for the running period, even when the API says the period end', () => {
    expect(asOfDate('2026', null, LATE_EVENING_UTC)).toBe('2026-12-02');
    expect(asOfDate('2026', '2026-12-31', LATE_EVENING_UTC)).toBe('2026-12-02');
    expect(asOfDate('2026Q4', undefined, LATE_EVENING_UTC)).toBe('2026-12-02');
  });
  it("is the period's last day for a past period, or the API's earlier date", () => {
    expect(asOfDate('2025', null, LATE_EVENING_UTC)).toBe('2025-12-31');
    expect(asOfDate('202602', null, LATE_EVENING_UTC)).toBe('2026-02-28');
    expect(asOfDate('2026S1', '2026-06-30', LATE_EVENING_UTC)).toBe('2026-06-30');
    expect(asOfDate('2026', '2026-11-30', LATE_EVENING_UTC)).toBe('2026-11-30');
  });
});

describe('date-times are shown in Việt Nam time', () => {
  it('writes an instant at its Vietnamese wall-clock time and date', () => {
    expect(formatDateTime('2026-12-01T18:30:00Z')).toBe('02/12/2026 01:30');
    expect(formatDateTime('2026-12-01T10:05:00+07:00')).toBe('01/12/2026 10:05');
    expect(formatDate('2026-12-01T18:30:00Z')).toBe('02/12/2026');
  });
});
