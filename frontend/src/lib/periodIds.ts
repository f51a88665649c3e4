import { today } from '../time';

/**
 * Period ids and the default period, kept apart from format.ts (labels, numbers) and free of other imports, so the
 * start-up prefetch of the landing page can name its period without loading the formatting code.
 */
export type PeriodType = 'YEAR' | 'HALF' | 'QUARTER' | 'MONTH';

/** The DHIS2-style id of a period: 2024, 2024S1, 2024Q3, 202405. */
export function periodId(type: PeriodType, year: number, index: number): string {
  switch (type) {
    case 'YEAR':
      return String(year);
    case 'HALF':
      return `${year}S${index}`;
    case 'QUARTER':
      return `${year}Q${index}`;
    case 'MONTH':
      return `${year}${String(index).padStart(2, '0')}`;
  }
}

/** The period of a type that contains a calendar date (default today in Việt Nam). */
export function periodContaining(type: PeriodType, date: Date = today()): string {
  const year = date.getFullYear();
  const month = date.getMonth() + 1;
  const index =
    type === 'YEAR' ? 1 : type === 'HALF' ? (month <= 6 ? 1 : 2) : type === 'QUARTER' ? Math.ceil(month / 3) : month;
  return periodId(type, year, index);
}

/**
 * The period every picker starts on when the address names none: the period of the type that is running today in
 * Việt Nam (this year, this quarter...). Summaries count a running period up to today and values may be entered
 * for it as it goes, so the running period is the newest one that means something; an earlier one is one step back
 * in the picker. Overview, province and entry pages all start here (the overview and province pages by year).
 */
export function defaultPeriod(type: PeriodType = 'YEAR', day: Date = today()): string {
  return periodContaining(type, day);
}
