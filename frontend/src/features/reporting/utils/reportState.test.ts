import { describe, expect, it } from 'vitest';
import {
  actionChoices,
  coveragePeriod,
  coverageSentence,
  formatRate,
  LEGEND,
  lockFor,
  locksOf,
  rate,
  REPORT_STATE_COLORS,
  reportingPeriod,
  scopeFromParams,
  scopeToParams,
  stateColors,
  stateLabel,
} from './reportState';
import { followUpOf } from './checks';

/** WCAG relative luminance contrast of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m);
  return (x + 0.05) / (y + 0.05);
}

describe('report states', () => {
  it('are named in Vietnamese as officers say them', () => {
    expect(stateLabel('NOT_DUE')).toBe('Chưa đến hạn');
    expect(stateLabel('MISSING')).toBe('Thiếu');
    expect(stateLabel('LATE')).toBe('Nộp muộn');
    expect(stateLabel('ON_TIME')).toBe('Đã nộp');
    expect(stateLabel('SUBMITTED')).toBe('Đã nộp');
    expect(stateLabel('APPROVED')).toBe('Đã duyệt');
    expect(stateLabel('REOPENED')).toBe('Mở lại');
    expect(stateLabel(null)).toBe('Không phải báo cáo');
  });

  it('have colours apart from each other, on-time and submitted alike, text readable (AA)', () => {
    const distinct = new Set(LEGEND.map((s) => REPORT_STATE_COLORS[s].background));
    expect(distinct.size).toBe(LEGEND.length);
    expect(stateColors('ON_TIME')).toEqual(stateColors('SUBMITTED'));
    expect(stateColors('MISSING')).not.toEqual(stateColors('LATE'));
    for (const { background, color } of Object.values(REPORT_STATE_COLORS))
      expect(contrast(background, color)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('rates', () => {
  it('are reported over expected, never above 100 %, none when nothing is expected', () => {
    expect(rate(3, 4)).toBe(0.75);
    expect(rate(5, 4)).toBe(1);
    expect(rate(0, 4)).toBe(0);
    expect(rate(2, 0)).toBeNull();
    expect(rate(undefined, undefined)).toBeNull();
  });

  it('read in vi-VN', () => {
    expect(formatRate(0.875)).toBe('87,5%');
    expect(formatRate(1)).toBe('100%');
    expect(formatRate(2 / 3)).toBe('66,7%');
    expect(formatRate(null)).toBe('—');
  });

  it('give the coverage sentence next to the figures', () => {
    expect(coverageSentence({ expected: 1658, reported: 1200 }, 'điểm')).toBe(
      'Số liệu phản ánh 1.200/1.658 điểm đã báo cáo (72,4%)',
    );
    expect(coverageSentence({ expected: 0, reported: 0 }, 'điểm')).toBe('Số liệu phản ánh 0/0 điểm đã báo cáo (—)');
  });
});

describe('actions offered', () => {
  it('are the ones the API allows, the others explained by `why`', () => {
    const choices = actionChoices({
      may: { submit: true, approve: false, reopen: false },
      why: { submit: null, approve: 'Chỉ cán bộ tỉnh duyệt được', reopen: '' },
    });
    expect(choices.offered).toEqual(['submit']);
    expect(choices.reasons).toEqual([{ action: 'approve', why: 'Chỉ cán bộ tỉnh duyệt được' }]);
  });

  it('are none without `may`', () => {
    expect(actionChoices({}).offered).toEqual([]);
  });
});

describe('the scope in the address', () => {
  it('reads and writes obligation, period, province, commune and unit', () => {
    const scope = scopeFromParams(new URLSearchParams('nv=POINT_MONTHLY&ky=202410&tinh=12&xa=03549&dv=17&latePage=2'));
    expect(scope).toEqual({
      obligation: 'POINT_MONTHLY',
      period: '202410',
      province: '12',
      commune: '03549',
      unit: '17',
    });
    // A new scope leaves the tables' paging behind.
    expect(scopeToParams(scope).toString()).toBe('nv=POINT_MONTHLY&ky=202410&tinh=12&xa=03549&dv=17');
  });

  it('drops a commune without its province and codes that are not codes', () => {
    expect(scopeFromParams(new URLSearchParams('xa=03549&dv=a%20b')).commune).toBeNull();
    expect(scopeFromParams(new URLSearchParams('dv=a%20b')).unit).toBeNull();
  });

  it('keeps a period of the obligation type, else takes the last one that ended', () => {
    const day = new Date(2026, 11, 2);
    expect(reportingPeriod('202403', 'MONTH', day)).toBe('202403');
    expect(reportingPeriod('2024', 'MONTH', day)).toBe('202611');
    expect(reportingPeriod(null, 'YEAR', day)).toBe('2025');
    expect(reportingPeriod(null, 'MONTH', new Date(2026, 0, 10))).toBe('202512');
  });

  it('sums a page period up by its last finished period of the obligation', () => {
    const day = new Date(2026, 11, 2);
    expect(coveragePeriod('2026', 'MONTH', day)).toBe('202611');
    expect(coveragePeriod('2024S1', 'MONTH', day)).toBe('202406');
    expect(coveragePeriod('2024', 'HALF', day)).toBe('2024S2');
  });
});

describe('locks of a unit', () => {
  const locks = [
    { unitType: 'POINT', unit: '17', indicatorCodes: ['TIPS_RECEIVED'] },
    { unitType: 'COMMUNE', unit: '03549', indicatorCodes: ['CASES_SOLVED'] },
    { unitType: 'POINT', unit: '18', indicatorCodes: ['TIPS_RECEIVED'] },
    { unitType: 'PROVINCE', unit: '12', indicatorCodes: ['TIPS_RECEIVED'] },
  ];

  it("are a point's own and its commune's", () => {
    const mine = locksOf(locks, { kind: 'POINT', pointId: 17, communeCode: '03549' });
    expect(mine.map((l) => l.unit)).toEqual(['17', '03549']);
    expect(lockFor(mine, 'CASES_SOLVED')?.unit).toBe('03549');
    expect(lockFor(mine, 'MEMBERS')).toBeUndefined();
  });

  it('of a commune or province are their own', () => {
    expect(locksOf(locks, { kind: 'COMMUNE', communeCode: '03549' })).toHaveLength(1);
    expect(locksOf(locks, { kind: 'PROVINCE', provinceCode: '12' })).toHaveLength(1);
    expect(locksOf(locks, { kind: 'MODEL_COMMUNE', communeCode: '03549' })).toHaveLength(0);
  });
});

describe('follow-up marks', () => {
  it('are read from the mark, none without one', () => {
    expect(followUpOf({ followUp: { comment: 'xem lại', markedBy: 'a', markedAt: null } })).toEqual({
      comment: 'xem lại',
      by: 'a',
      at: null,
    });
    expect(followUpOf({ followUp: null })).toBeNull();
    expect(followUpOf({})).toBeNull();
  });
});
