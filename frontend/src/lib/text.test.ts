import { describe, expect, it } from 'vitest';
import { foldText, matchesText, filterByLabel } from './text';

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
});
