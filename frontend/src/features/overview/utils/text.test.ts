import { describe, expect, it } from 'vitest';
import { foldVietnamese, matchesQuery } from './text';

describe('Vietnamese search', () => {
  it('folds marks, đ and case', () => {
    expect(foldVietnamese('Đắk Lắk')).toBe('dak lak');
    expect(foldVietnamese('  Thừa   Thiên Huế ')).toBe('thua thien hue');
    expect(foldVietnamese('Hồ Chí Minh')).toBe('ho chi minh');
  });

  it('matches queries typed with or without marks', () => {
    expect(matchesQuery('Lai Châu', 'lai chau')).toBe(true);
    expect(matchesQuery('Lai Châu', 'Châu')).toBe(true);
    expect(matchesQuery('Đồng Tháp', 'dong')).toBe(true);
    expect(matchesQuery('Đắk Lắk', 'đak')).toBe(true);
    expect(matchesQuery('Cà Mau', 'chau')).toBe(false);
    expect(matchesQuery('Cà Mau', '')).toBe(true);
  });
});
