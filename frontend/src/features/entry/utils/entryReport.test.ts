import { describe, expect, it } from 'vitest';
import { lockScope, reportsOf, reportUnit } from './entryReport';

const OBLIGATIONS = [
  { code: 'POINT_MONTHLY', frequency: 'MONTH', reporterLevel: 'POINT' },
  { code: 'PROVINCE_HALF_YEAR', frequency: 'HALF', reporterLevel: 'PROVINCE' },
  { code: 'PROVINCE_YEARLY', frequency: 'YEAR', reporterLevel: 'PROVINCE' },
];

describe('the reports of the entry grid', () => {
  it("are the obligations of the unit's kind and the period's type", () => {
    expect(reportsOf(OBLIGATIONS, { kind: 'POINT', pointId: 17 }, '202406').map((o) => o.code)).toEqual([
      'POINT_MONTHLY',
    ]);
    expect(reportsOf(OBLIGATIONS, { kind: 'POINT', pointId: 17 }, '2024Q2')).toEqual([]);
    expect(reportsOf(OBLIGATIONS, { kind: 'PROVINCE', provinceCode: '12' }, '2024S1').map((o) => o.code)).toEqual([
      'PROVINCE_HALF_YEAR',
    ]);
    expect(reportsOf(OBLIGATIONS, { kind: 'MODEL_COMMUNE', modelCode: 'M', communeCode: '03549' }, '202406')).toEqual(
      [],
    );
    expect(reportsOf(OBLIGATIONS, { kind: 'POINT', pointId: null }, '202406')).toEqual([]);
  });

  it('name the unit by point id, commune or province code', () => {
    expect(reportUnit({ kind: 'POINT', pointId: 17 })).toBe('17');
    expect(reportUnit({ kind: 'COMMUNE', communeCode: '03549' })).toBe('03549');
    expect(reportUnit({ kind: 'PROVINCE', provinceCode: '12' })).toBe('12');
    expect(reportUnit({ kind: 'MODEL_PROVINCE', provinceCode: '12', modelCode: 'M' })).toBeNull();
  });

  it('ask for locks of the commune, or of the province', () => {
    expect(lockScope({ kind: 'POINT', pointId: 1, communeCode: '03549', provinceCode: '12' }, '202406')).toEqual({
      period: '202406',
      communeCode: '03549',
    });
    expect(lockScope({ kind: 'PROVINCE', provinceCode: '12' }, '2024')).toEqual({ period: '2024', provinceCode: '12' });
    expect(lockScope({ kind: 'POINT', pointId: 1 }, '202406')).toBeNull();
  });
});
