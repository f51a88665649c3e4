import { describe, expect, it } from 'vitest';
import {
  belongsTo,
  buildBatch,
  buildRows,
  formatViNumber,
  mapConflicts,
  parseViNumber,
  storedQuery,
  unitKey,
  validateValue,
  type UnitSelection,
} from './entryGrid';

const indicators = [
  { code: 'PATROLS', name: 'Tuần tra', unit: 'cuộc', sortOrder: 3 },
  { code: 'TIPS_RECEIVED', name: 'Tin báo', unit: 'tin', sortOrder: 1 },
  { code: 'FIRECRACKERS_KG', name: 'Pháo nổ', unit: 'kg', fractional: true, sortOrder: 2 },
];

describe('unit keys', () => {
  it('names each unit kind by its own fields only', () => {
    expect(unitKey({ kind: 'POINT', pointId: 7, communeCode: '03549', provinceCode: '12' })).toEqual({ pointId: 7 });
    expect(unitKey({ kind: 'MODEL_COMMUNE', modelCode: 'M', communeCode: '03549', provinceCode: '12' })).toEqual({
      modelCode: 'M',
      communeCode: '03549',
    });
    expect(unitKey({ kind: 'MODEL_PROVINCE', modelCode: 'M', communeCode: '03549', provinceCode: '12' })).toEqual({
      modelCode: 'M',
      provinceCode: '12',
    });
    expect(unitKey({ kind: 'COMMUNE', communeCode: '03549', provinceCode: '12' })).toEqual({ communeCode: '03549' });
    expect(unitKey({ kind: 'PROVINCE', provinceCode: '12' })).toEqual({ provinceCode: '12' });
  });
  it('is null until every choice is made', () => {
    expect(unitKey({ kind: 'POINT', communeCode: '03549' })).toBeNull();
    expect(unitKey({ kind: 'MODEL_COMMUNE', communeCode: '03549' })).toBeNull();
    expect(unitKey({ kind: 'PROVINCE' })).toBeNull();
  });
  it('asks the API for exactly this unit type and period', () => {
    expect(storedQuery({ kind: 'COMMUNE', communeCode: '03549' }, '2024Q1')).toEqual({
      communeCode: '03549',
      unitType: 'COMMUNE',
      period: '2024Q1',
      size: 500,
    });
    expect(storedQuery({ kind: 'POINT' }, '2024Q1')).toBeNull();
  });
  it('keeps only values of the unit itself', () => {
    const sel: UnitSelection = { kind: 'COMMUNE', communeCode: '03549' };
    expect(belongsTo({ period: '2024Q1', unitType: 'COMMUNE', communeCode: '03549' }, sel, '2024Q1')).toBe(true);
    expect(belongsTo({ period: '2024Q1', unitType: 'POINT', pointId: 3, communeCode: '03549' }, sel, '2024Q1')).toBe(
      false,
    );
    expect(belongsTo({ period: '202401', unitType: 'COMMUNE', communeCode: '03549' }, sel, '2024Q1')).toBe(false);
  });
});

describe('rows', () => {
  it('has one row per indicator in sort order, with stored values and edits', () => {
    const rows = buildRows(
      indicators,
      [
        { indicatorCode: 'PATROLS', value: 4 },
        { indicatorCode: 'TIPS_RECEIVED', value: 10 },
      ],
      { TIPS_RECEIVED: 12 },
    );
    expect(rows.map((r) => r.code)).toEqual(['TIPS_RECEIVED', 'FIRECRACKERS_KG', 'PATROLS']);
    expect(rows[0]).toMatchObject({ stored: 10, input: 12, changed: true, invalid: null });
    expect(rows[1]).toMatchObject({ stored: null, input: null, changed: false, fractional: true });
    expect(rows[2]).toMatchObject({ stored: 4, input: 4, changed: false });
  });
  it('treats a cleared input as not changed (nothing is sent, the stored value stays)', () => {
    const rows = buildRows(indicators, [{ indicatorCode: 'PATROLS', value: 4 }], { PATROLS: null });
    expect(rows.find((r) => r.code === 'PATROLS')).toMatchObject({ input: null, changed: false });
  });
  it('flags negative values and fractions of whole-number indicators', () => {
    expect(validateValue(-1, true)).toMatch(/từ 0/);
    expect(validateValue(1.5, false)).toMatch(/số nguyên/);
    expect(validateValue(1.5, true)).toBeNull();
    expect(validateValue(null, false)).toBeNull();
    expect(validateValue(0.12345, true)).toMatch(/4 chữ số/);
    expect(validateValue(292.24, true)).toBeNull();
    expect(validateValue(1e15, false)).toMatch(/quá lớn/);
    const rows = buildRows(indicators, [], { PATROLS: 2.5 });
    expect(rows.find((r) => r.code === 'PATROLS')?.invalid).toMatch(/số nguyên/);
  });
});

describe('batch', () => {
  it('sends only changed, non-empty inputs with the unit key', () => {
    const rows = buildRows(indicators, [{ indicatorCode: 'PATROLS', value: 4 }], {
      TIPS_RECEIVED: 3,
      PATROLS: 4,
      FIRECRACKERS_KG: 1.5,
    });
    const batch = buildBatch(rows, { kind: 'POINT', pointId: 9, communeCode: '03549' }, '2030Q1');
    expect(batch.codes).toEqual(['TIPS_RECEIVED', 'FIRECRACKERS_KG']);
    expect(batch.values).toEqual([
      { indicatorCode: 'TIPS_RECEIVED', period: '2030Q1', value: 3, pointId: 9 },
      { indicatorCode: 'FIRECRACKERS_KG', period: '2030Q1', value: 1.5, pointId: 9 },
    ]);
  });
  it('is empty when the unit is not chosen', () => {
    const rows = buildRows(indicators, [], { TIPS_RECEIVED: 3 });
    expect(buildBatch(rows, { kind: 'MODEL_PROVINCE', provinceCode: '12' }, '2030').values).toEqual([]);
  });
});

describe('conflicts', () => {
  it('maps each conflict index back to the indicator row of the value sent', () => {
    const codes = ['TIPS_RECEIVED', 'FIRECRACKERS_KG'];
    const result = mapConflicts(
      {
        detail: '1 giá trị không hợp lệ',
        conflicts: [
          { index: 1, field: 'value', message: 'Phải ≥ 0' },
          { index: 1, field: 'value', message: 'Phải ≥ 0' },
        ],
        errors: [
          { field: 'values[0].period', message: 'Kỳ sai' },
          { field: 'pointId', message: 'Không có điểm' },
        ],
      },
      codes,
    );
    expect(result.byCode).toEqual({ FIRECRACKERS_KG: ['Phải ≥ 0'], TIPS_RECEIVED: ['Kỳ sai'] });
    expect(result.general).toEqual(['Không có điểm']);
  });
  it('falls back to the detail when nothing names a row', () => {
    expect(mapConflicts({ detail: 'Lô bị từ chối' }, [])).toEqual({ byCode: {}, general: ['Lô bị từ chối'] });
  });
});

describe('vi-VN number input', () => {
  it('groups thousands with dots and writes decimals with a comma', () => {
    expect(formatViNumber(1234567)).toBe('1.234.567');
    expect(formatViNumber('292.24')).toBe('292,24');
    expect(formatViNumber(0)).toBe('0');
    expect(formatViNumber(undefined)).toBe('');
  });
  it('leaves text alone while the user types', () => {
    expect(formatViNumber(1.5, { userTyping: true, input: '1,' })).toBe('1,');
  });
  it('parses what it formats', () => {
    expect(parseViNumber('1.234.567')).toBe('1234567');
    expect(parseViNumber('292,24')).toBe('292.24');
    expect(parseViNumber('')).toBe('');
  });
});
