/**
 * The reporting cycle without React: what each report state is called and coloured, the rates, which actions a
 * caller is offered (the API's `may`) and why not (`why`), the drill-down scope in the address, and which lock
 * covers an indicator of a unit.
 */
import { parsePeriod, previousPeriod, type PeriodType } from '../../../format';
import { defaultPeriod, periodContaining } from '../../../lib/periodIds';
import { periodEnd } from '../../../lib/periods';

export interface Page<T> {
  items?: T[];
  page?: number;
  size?: number;
  total?: number;
}

export type ReportStateName = 'NOT_DUE' | 'MISSING' | 'LATE' | 'ON_TIME' | 'SUBMITTED' | 'APPROVED' | 'REOPENED';

export const REPORT_STATE_LABELS: Record<ReportStateName, string> = {
  NOT_DUE: 'Chưa đến hạn',
  MISSING: 'Thiếu',
  LATE: 'Nộp muộn',
  // Values in on time and an explicit submission read the same to an officer: the unit has reported.
  ON_TIME: 'Đã nộp',
  SUBMITTED: 'Đã nộp',
  APPROVED: 'Đã duyệt',
  REOPENED: 'Mở lại',
};

/**
 * Cell colours: background and text, text at WCAG AA contrast on its background (the browser test runs axe-core).
 * Missing is the one that must catch the eye; not due is neutral.
 */
export const REPORT_STATE_COLORS: Record<ReportStateName, { background: string; color: string }> = {
  NOT_DUE: { background: '#f0f0f0', color: '#434343' },
  MISSING: { background: '#ffccc7', color: '#820014' },
  LATE: { background: '#ffe7ba', color: '#873800' },
  ON_TIME: { background: '#d9f7be', color: '#135200' },
  SUBMITTED: { background: '#d9f7be', color: '#135200' },
  APPROVED: { background: '#bae0ff', color: '#002c8c' },
  REOPENED: { background: '#efdbff', color: '#22075e' },
};

/** The legend under the grid: one entry per label (on time and submitted share "đã nộp"). */
export const LEGEND: ReportStateName[] = ['NOT_DUE', 'MISSING', 'LATE', 'SUBMITTED', 'APPROVED', 'REOPENED'];

export function stateLabel(state: string | null | undefined): string {
  return state && state in REPORT_STATE_LABELS ? REPORT_STATE_LABELS[state as ReportStateName] : 'Không phải báo cáo';
}

export function stateColors(state: string | null | undefined): { background: string; color: string } {
  return state && state in REPORT_STATE_COLORS
    ? REPORT_STATE_COLORS[state as ReportStateName]
    : { background: '#fff', color: 'rgba(0, 0, 0, 0.62)' };
}

/**
 * The share of `part` in `expected`, between 0 and 1; null when nothing is expected (no rate, not 0 %). The API
 * computes expected exactly, so reported never exceeds it; the clamp keeps the bar honest should it ever.
 */
export function rate(part: number | null | undefined, expected: number | null | undefined): number | null {
  if (!expected || expected <= 0) return null;
  return Math.min(1, Math.max(0, (part ?? 0) / expected));
}

/** "87,5%" (vi-VN), whole numbers without decimals, "—" when there is no rate. */
export function formatRate(share: number | null): string {
  if (share === null) return '—';
  const percent = Math.round(share * 1000) / 10;
  return `${percent.toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`;
}

export interface Counts {
  expected?: number;
  reported?: number;
  onTime?: number;
  late?: number;
  missing?: number;
}

/** "Số liệu phản ánh X/Y điểm đã báo cáo (Z%)": how much of the scope a figure covers. */
export function coverageSentence(counts: Counts, unitWord: string): string {
  const expected = counts.expected ?? 0;
  const reported = Math.min(counts.reported ?? 0, expected);
  return `Số liệu phản ánh ${reported.toLocaleString('vi-VN')}/${expected.toLocaleString('vi-VN')} ${unitWord} đã báo cáo (${formatRate(rate(reported, expected))})`;
}

export const UNIT_WORDS: Record<string, string> = { POINT: 'điểm', COMMUNE: 'xã', PROVINCE: 'tỉnh' };

export type ReportAction = 'submit' | 'approve' | 'reopen';
export const ACTIONS: ReportAction[] = ['submit', 'approve', 'reopen'];
export const ACTION_LABELS: Record<ReportAction, string> = {
  submit: 'Nộp báo cáo',
  approve: 'Duyệt',
  reopen: 'Mở lại',
};

export interface MayWhy {
  may?: Partial<Record<ReportAction | 'edit', boolean>>;
  why?: Partial<Record<ReportAction | 'edit', string | null>>;
}

/**
 * What to show for each action: a button when the API says the caller may, otherwise its reason (when the API
 * gives one; an action nobody at this level could take is left out rather than explained as "null").
 */
export function actionChoices(status: MayWhy): {
  offered: ReportAction[];
  reasons: { action: ReportAction; why: string }[];
} {
  const offered = ACTIONS.filter((a) => status.may?.[a] === true);
  const reasons = ACTIONS.filter((a) => status.may?.[a] !== true)
    .map((a) => ({ action: a, why: status.why?.[a] ?? '' }))
    .filter((r) => r.why.trim() !== '');
  return { offered, reasons };
}

/** The drill-down in the address: obligation, period, province, commune and the chosen unit. */
export interface Scope {
  obligation: string | null;
  period: string | null;
  province: string | null;
  commune: string | null;
  unit: string | null;
}

export const SCOPE_PARAMS = { obligation: 'nv', period: 'ky', province: 'tinh', commune: 'xa', unit: 'dv' } as const;

const CODE = /^[A-Za-z0-9_-]{1,64}$/;
const clean = (v: string | null) => (v && CODE.test(v) ? v : null);

export function scopeFromParams(params: URLSearchParams): Scope {
  const province = clean(params.get(SCOPE_PARAMS.province));
  return {
    obligation: clean(params.get(SCOPE_PARAMS.obligation)),
    period: clean(params.get(SCOPE_PARAMS.period)),
    province,
    // A commune belongs to a province: without one the commune is ignored.
    commune: province ? clean(params.get(SCOPE_PARAMS.commune)) : null,
    unit: clean(params.get(SCOPE_PARAMS.unit)),
  };
}

/** The address of a scope; paging of the tables belongs to one scope, so a new scope starts them again. */
export function scopeToParams(scope: Scope): URLSearchParams {
  const next = new URLSearchParams();
  for (const [field, name] of Object.entries(SCOPE_PARAMS) as [keyof Scope, string][]) {
    const value = scope[field];
    if (value) next.set(name, value);
  }
  return next;
}

/**
 * The period the page shows for an obligation: the one in the address when it has the obligation's frequency,
 * else the last period of that frequency that has ended (the running one is mostly "chưa đến hạn").
 */
export function reportingPeriod(id: string | null, type: PeriodType, today?: Date): string {
  if (id && parsePeriod(id)?.type === type) return id;
  const running = defaultPeriod(type, today);
  return previousPeriod(running) ?? running;
}

export interface LockLike {
  unitType?: string;
  unit?: string;
  pointId?: number | null;
  communeCode?: string | null;
  provinceCode?: string;
  indicatorCodes?: string[];
}

export interface UnitRef {
  kind: string;
  pointId?: number | null;
  communeCode?: string | null;
  provinceCode?: string | null;
}

/**
 * The locks that hold the values of this unit: its own approved reports, and for a point its commune's (a commune's
 * report covers its points' values).
 */
export function locksOf<L extends LockLike>(locks: L[], unit: UnitRef): L[] {
  return locks.filter((l) => {
    if (unit.kind === 'POINT')
      return (
        (l.unitType === 'POINT' && unit.pointId != null && l.unit === String(unit.pointId)) ||
        (l.unitType === 'COMMUNE' && !!unit.communeCode && l.unit === unit.communeCode)
      );
    if (unit.kind === 'COMMUNE') return l.unitType === 'COMMUNE' && l.unit === unit.communeCode;
    if (unit.kind === 'PROVINCE') return l.unitType === 'PROVINCE' && l.unit === unit.provinceCode;
    return false;
  });
}

/** The lock holding one indicator, if any. */
export function lockFor<L extends LockLike>(locks: L[], indicatorCode: string): L | undefined {
  return locks.find((l) => (l.indicatorCodes ?? []).includes(indicatorCode));
}

/**
 * The period of the obligation's type a page's period is summed up by: the last one inside the page's period that
 * has ended (2026 → the last finished month of 2026; 2024S1 → 202406), never one still running.
 */
export function coveragePeriod(pagePeriod: string, type: PeriodType, today?: Date): string {
  const latest = reportingPeriod(null, type, today);
  const end = periodEnd(pagePeriod);
  if (!end) return latest;
  const lastDay = new Date(end.getFullYear(), end.getMonth(), end.getDate() - 1);
  const inside = periodContaining(type, lastDay);
  // Ids of one type have one length, so string order is time order.
  return inside < latest ? inside : latest;
}
