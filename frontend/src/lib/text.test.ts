import { describe, expect, it } from 'vitest';
import { foldText, matchesText, filterByLabel, filterByLabelOrCode } from './text';

describe('diacritic-insensitive matching', () => {
  it('folds Vietnamese marks and đ', () => {
    expect(foldText('Dòng họ Tự quản về ANTT')).toBe('dong ho tu quan ve antt');
    expect(foldText('Đắk Lắk')).toBe('dak lak');
    expect(foldText(null)).toBe('');
  });
  it('matches every typed word anywhere', () => {
    expect(matchesText('Dòng họ tự quản về ANTT', 'tu quan')).toBe(true);
    expect(matchesText('Dòng họ tự quản về ANTT', 'quan dong')).toBe(true);
    expect(matchesText('Camera an ninh', 'tu quan')).toBe(false);
    expect(matchesText('Lai Châu', '')).toBe(true);
  });
  it('works as a Select filter', () => {
    expect(filterByLabel('lai chau', { label: 'Lai Châu' })).toBe(true);
    expect(filterByLabel('ca mau', { label: 'Lai Châu' })).toBe(false);
    expect(filterByLabel('x', undefined)).toBe(false);
  });
  it('finds a unit by its name or its code', () => {
    expect(filterByLabelOrCode('phong tho', { label: 'Xã Phong Thổ', value: '03549' })).toBe(true);
    expect(filterByLabelOrCode('03549', { label: 'Xã Phong Thổ', value: '03549' })).toBe(true);
    expect(filterByLabelOrCode('muong', { label: 'Xã Phong Thổ', value: '03549' })).toBe(false);
    expect(filterByLabel('03549', { label: 'Xã Phong Thổ' })).toBe(false);
  });
  it('folds extra white space and every Vietnamese mark', () => {
    expect(foldText('  Thừa   Thiên Huế ')).toBe('thua thien hue');
    expect(foldText('Hồ Chí Minh')).toBe('ho chi minh');
    expect(foldText('Xã Phong Thổ, Đoàn')).toBe('xa phong tho, doan');
  });
  it('matches queries typed with or without marks', () => {
    expect(matchesText('Lai Châu', 'lai chau')).toBe(true);
    expect(matchesText('Lai Châu', 'Châu')).toBe(true);
    expect(matchesText('Đồng Tháp', 'dong')).toBe(true);
    expect(matchesText('Đắk Lắk', 'đak')).toBe(true);
    expect(matchesText('Cà Mau', 'chau')).toBe(false);
    expect(matchesText('Cà Mau', '')).toBe(true);
  });
});
