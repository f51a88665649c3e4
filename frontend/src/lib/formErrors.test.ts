import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { splitFieldErrors, isStale, isNotFound } from './formErrors';

const FIELDS = ['name', 'provinceCode', 'communeCode'] as const;

describe('splitFieldErrors', () => {
  it('puts known fields next to the field and the rest in the alert', () => {
    const error = new ApiError(422, {
      detail: '2 trường không hợp lệ',
      errors: [
        { field: 'provinceCode', message: 'Không có tỉnh mã 99' },
        { field: 'body.name', message: 'Tên không được để trống' },
        { field: 'name', message: 'Quá dài' },
        { field: 'legacy', message: 'Mã cũ tách thành nhiều xã' },
      ],
    });
    const split = splitFieldErrors(error, FIELDS);
    expect(split.fields).toEqual([
      { name: 'provinceCode', errors: ['Không có tỉnh mã 99'] },
      { name: 'name', errors: ['Tên không được để trống', 'Quá dài'] },
    ]);
    expect(split.other).toEqual(['legacy: Mã cũ tách thành nhiều xã']);
  });
  it('falls back to the problem detail when there are no field errors', () => {
    const split = splitFieldErrors(new ApiError(409, { detail: 'Đã có mô hình mã X' }), FIELDS);
    expect(split.fields).toEqual([]);
    expect(split.other).toEqual(['Đã có mô hình mã X']);
  });
  it('handles network errors', () => {
    const split = splitFieldErrors(new TypeError('Failed to fetch'), FIELDS);
    expect(split.other).toEqual(['Không kết nối được tới máy chủ API.']);
  });
  it('recognises 412 and 404', () => {
    expect(isStale(new ApiError(412, {}))).toBe(true);
    expect(isStale(new ApiError(422, {}))).toBe(false);
    expect(isNotFound(new ApiError(404, {}))).toBe(true);
  });
});
