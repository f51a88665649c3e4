import { describe, expect, it } from 'vitest';
import {
  allowedKinds,
  applyScope,
  periodFromParams,
  selectionFromParams,
  selectionToParams,
  type Scope,
} from './entrySelection';

const admin: Scope = { writeScope: 'ALL', unit: null, unitProvinceCode: null };
const province: Scope = { writeScope: 'PROVINCE', unit: '12', unitProvinceCode: '12' };
const commune: Scope = { writeScope: 'COMMUNE', unit: '03549', unitProvinceCode: '12' };

const params = (s: string) => new URLSearchParams(s);

describe('selection from a link', () => {
  it('guesses the kind from the fields given', () => {
    expect(selectionFromParams(params('pointId=17')).kind).toBe('POINT');
    expect(selectionFromParams(params('pointId=17')).pointId).toBe(17);
    expect(selectionFromParams(params('modelCode=M&communeCode=03549')).kind).toBe('MODEL_COMMUNE');
    expect(selectionFromParams(params('modelCode=M&provinceCode=12')).kind).toBe('MODEL_PROVINCE');
    expect(selectionFromParams(params('communeCode=03549')).kind).toBe('COMMUNE');
    expect(selectionFromParams(params('provinceCode=12')).kind).toBe('PROVINCE');
    expect(selectionFromParams(params('')).kind).toBe('POINT');
  });
  it('prefers an explicit unitType and ignores a bad point id', () => {
    const sel = selectionFromParams(params('unitType=COMMUNE&provinceCode=12&pointId=abc'));
    expect(sel).toMatchObject({ kind: 'COMMUNE', provinceCode: '12', pointId: null });
  });
  it('reads only valid periods', () => {
    expect(periodFromParams(params('period=2030Q1'))).toBe('2030Q1');
    expect(periodFromParams(params('period=2024H1'))).toBeNull();
  });
  it('writes back only the fields of the kind', () => {
    expect(
      selectionToParams(
        { kind: 'MODEL_PROVINCE', provinceCode: '12', communeCode: '03549', modelCode: 'M', pointId: 3 },
        '2024',
      ),
    ).toEqual({ unitType: 'MODEL_PROVINCE', provinceCode: '12', modelCode: 'M', period: '2024' });
    expect(selectionToParams({ kind: 'POINT', provinceCode: '12', communeCode: '03549', pointId: 3 }, null)).toEqual({
      unitType: 'POINT',
      provinceCode: '12',
      communeCode: '03549',
      pointId: '3',
    });
  });
});

describe('scope', () => {
  it('lets commune officers report only commune-level units', () => {
    expect(allowedKinds(commune)).toEqual(['POINT', 'MODEL_COMMUNE', 'COMMUNE']);
    expect(allowedKinds(province)).toHaveLength(5);
    expect(allowedKinds({ writeScope: 'NONE', unit: null, unitProvinceCode: null })).toEqual([]);
  });
  it('fixes the province of a province officer and drops choices made for another province', () => {
    expect(applyScope({ kind: 'PROVINCE', provinceCode: '96' }, province)).toMatchObject({ provinceCode: '12' });
    expect(
      applyScope({ kind: 'MODEL_COMMUNE', provinceCode: '96', communeCode: '31000', modelCode: 'X' }, province),
    ).toMatchObject({ provinceCode: '12', communeCode: null, modelCode: null });
    expect(applyScope({ kind: 'COMMUNE', provinceCode: '12', communeCode: '03549' }, province)).toMatchObject({
      communeCode: '03549',
    });
  });
  it('fixes the commune of a commune officer and falls back to a kind they may use', () => {
    expect(applyScope({ kind: 'PROVINCE', provinceCode: '12' }, commune)).toMatchObject({
      kind: 'POINT',
      provinceCode: '12',
      communeCode: '03549',
    });
  });
  it('keeps a point asked for by id alone, to be checked once it is looked up', () => {
    expect(applyScope({ kind: 'POINT', pointId: 5 }, commune)).toMatchObject({ pointId: 5, communeCode: '03549' });
  });
  it('leaves an administrator free', () => {
    expect(applyScope({ kind: 'PROVINCE', provinceCode: '96' }, admin)).toMatchObject({ provinceCode: '96' });
  });
});
