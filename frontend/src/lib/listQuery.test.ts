import { describe, expect, it } from 'vitest';
import {
  type ListQuery,
  readListQuery,
  readPaging,
  writePaging,
  writeListQuery,
  withFilter,
  sortOrderOf,
  sortFromSorter,
  afterTableChange,
} from './listQuery';

const KEYS = ['q', 'provinceCode', 'status'] as const;

describe('list query in the URL', () => {
  it('reads filters, a 1-based page and the sort', () => {
    const query = readListQuery(new URLSearchParams('q=tu%20quan&provinceCode=12&page=3&sort=-name&other=x'), KEYS);
    expect(query).toEqual({ filters: { q: 'tu quan', provinceCode: '12' }, page: 2, size: 20, sort: '-name' });
  });
  it('ignores nonsense pages and sizes', () => {
    expect(readListQuery(new URLSearchParams('page=-4&size=9999'), KEYS)).toEqual({
      filters: {},
      page: 0,
      size: 20,
      sort: undefined,
    });
    expect(readListQuery(new URLSearchParams('page=abc&size=50'), KEYS).size).toBe(50);
  });
  it('writes only what differs from the defaults', () => {
    expect(writeListQuery({ filters: { q: 'a', status: undefined }, page: 0, size: 20 }).toString()).toBe('q=a');
    expect(writeListQuery({ filters: {}, page: 1, size: 50, sort: 'code' }).toString()).toBe(
      'page=2&size=50&sort=code',
    );
  });
  it('round-trips', () => {
    const query = { filters: { q: 'Lai Châu', provinceCode: '12' }, page: 4, size: 100, sort: '-startedOn' };
    expect(readListQuery(writeListQuery(query), KEYS)).toEqual(query);
  });
  it('goes back to the first page when a filter changes', () => {
    const start: ListQuery<'q' | 'status'> = { filters: { q: 'a' }, page: 3, size: 20 };
    const next = withFilter(start, 'status', 'ACTIVE');
    expect(next).toEqual({ filters: { q: 'a', status: 'ACTIVE' }, page: 0, size: 20 });
    expect(withFilter(next, 'q', '').filters).toEqual({ status: 'ACTIVE' });
  });
  it('maps sorts to antd and back', () => {
    expect(sortOrderOf('-name', 'name')).toBe('descend');
    expect(sortOrderOf('name', 'name')).toBe('ascend');
    expect(sortOrderOf('name', 'code')).toBe(null);
    expect(sortFromSorter({ columnKey: 'startedOn', order: 'descend' })).toBe('-startedOn');
    expect(sortFromSorter({ field: 'code', order: 'ascend' })).toBe('code');
    expect(sortFromSorter({ columnKey: 'code', order: null })).toBe(undefined);
    expect(sortFromSorter([{ columnKey: 'name', order: 'ascend' }])).toBe('name');
  });
});

describe('afterTableChange', () => {
  const query = { filters: { q: 'tu quan' }, page: 2, size: 20, sort: 'name' };

  it('moves to the page the table reports', () => {
    expect(
      afterTableChange(query, { current: 5, pageSize: 20 }, { columnKey: 'name', order: 'ascend' }, 'paginate'),
    ).toEqual({ filters: { q: 'tu quan' }, page: 4, size: 20, sort: 'name' });
  });

  it('starts again from the first page on a new page size or sort', () => {
    expect(
      afterTableChange(query, { current: 3, pageSize: 50 }, { columnKey: 'name', order: 'ascend' }, 'paginate').page,
    ).toBe(0);
    expect(
      afterTableChange(query, { current: 3, pageSize: 20 }, { columnKey: 'code', order: 'descend' }, 'sort'),
    ).toEqual({ filters: { q: 'tu quan' }, page: 0, size: 20, sort: '-code' });
  });
});

describe("one table's paging in the URL, next to others", () => {
  const DEFAULTS = { page: 0, size: 10, sort: 'communeName' };
  it('reads its own prefixed parameters and falls back to the defaults', () => {
    const params = new URLSearchParams('ky=2026&communesPage=3&communesSort=-memberCount&modelsPage=2');
    expect(readPaging(params, 'communes', DEFAULTS)).toEqual({ page: 2, size: 10, sort: '-memberCount' });
    expect(readPaging(params, 'models', { page: 0, size: 10, sort: 'name' })).toEqual({
      page: 1,
      size: 10,
      sort: 'name',
    });
    expect(readPaging(new URLSearchParams('communesPage=0&communesSize=9999'), 'communes', DEFAULTS)).toEqual(DEFAULTS);
  });
  it("writes only what differs from the defaults and keeps the other tables' and the page's parameters", () => {
    const params = new URLSearchParams('ky=2026&modelsPage=2&communesPage=4');
    const next = writePaging(params, 'communes', { page: 1, size: 20, sort: 'communeName' }, DEFAULTS);
    expect(next.toString()).toBe('ky=2026&modelsPage=2&communesPage=2&communesSize=20');
    expect(writePaging(next, 'communes', DEFAULTS, DEFAULTS).toString()).toBe('ky=2026&modelsPage=2');
    expect(params.toString()).toBe('ky=2026&modelsPage=2&communesPage=4');
  });
  it('round-trips', () => {
    const paging = { page: 6, size: 50, sort: '-pointCount' };
    expect(readPaging(writePaging(new URLSearchParams(), 'communes', paging, DEFAULTS), 'communes', DEFAULTS)).toEqual(
      paging,
    );
  });
});
