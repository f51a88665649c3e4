import { describe, expect, it } from 'vitest';
import {
  canCommit,
  contentTypeFor,
  helpFor,
  importUrl,
  isReport,
  jobIdOf,
  jobPercent,
  templateCsv,
  XLSX_TYPE,
  isLockedRow,
  warningsOf,
  type ImportReport,
  type RowWarning,
} from './importKinds';

describe('import requests', () => {
  it('sends the Content-Type of the file extension', () => {
    expect(contentTypeFor('ket-qua.CSV')).toBe('text/csv');
    expect(contentTypeFor('so-lieu.xlsx')).toBe(XLSX_TYPE);
    expect(contentTypeFor('so-lieu.xls')).toBeNull();
  });
  it('asks for a dry run, the mode, and a background job for big files', () => {
    expect(importUrl('outcomes', { dryRun: true, mode: 'atomic', size: 100 })).toBe(
      '/api/v1/imports/outcomes?dryRun=true&mode=atomic',
    );
    expect(importUrl('models', { dryRun: false, mode: 'partial', size: 2_000_000 })).toBe(
      '/api/v1/imports/models?mode=partial&async=true',
    );
  });
  it('offers a header-only template with a BOM', () => {
    expect(templateCsv('outcomes')).toBe(
      '\uFEFFindicatorCode,period,value,pointId,pointExternalId,modelCode,communeCode,provinceCode\r\n',
    );
    expect(
      helpFor('communes')
        .columns.filter((c) => c.required)
        .map((c) => c.name),
    ).toEqual(['code', 'name', 'type', 'provinceCode']);
  });
});

describe('import answers', () => {
  it('tells a report from a plain problem', () => {
    expect(isReport({ status: 422, rows: 3, conflicts: [] })).toBe(true);
    expect(isReport({ status: 400, detail: 'Tệp rỗng' })).toBe(false);
  });
  it('finds the job id in the body or the Location header', () => {
    expect(jobIdOf({ id: 42 }, null)).toBe(42);
    expect(jobIdOf(undefined, '/api/v1/imports/7')).toBe(7);
    expect(jobIdOf(undefined, null)).toBeNull();
  });
  it('measures progress and never shows 100% before the job is done', () => {
    expect(jobPercent({ state: 'RUNNING', processed: 50, total: 200 })).toBe(25);
    expect(jobPercent({ state: 'RUNNING', processed: 200, total: 200 })).toBe(99);
    expect(jobPercent({ state: 'DONE' })).toBe(100);
    expect(jobPercent({ state: 'QUEUED' })).toBe(0);
  });
  it('lets a file be imported only when something good would be written', () => {
    expect(canCommit({ rows: 3, created: 3, rejected: 0 }, 'atomic')).toBe(true);
    expect(canCommit({ rows: 3, created: 2, rejected: 1 }, 'atomic')).toBe(false);
    expect(canCommit({ rows: 3, created: 2, rejected: 1 }, 'partial')).toBe(true);
    expect(canCommit({ rows: 1, rejected: 1 }, 'partial')).toBe(false);
    expect(canCommit({ rows: 0, rejected: 0 }, 'atomic')).toBe(false);
  });
});

describe('locked rows and warnings of an import report', () => {
  it('tell locked rows from other conflicts', () => {
    expect(
      isLockedRow({ row: 3, column: 'period', value: '202406', message: 'Số liệu đã khóa: báo cáo POINT_MONTHLY ...' }),
    ).toBe(true);
    expect(isLockedRow({ row: 3, column: 'period', value: '2024X', message: 'Kỳ không hợp lệ' })).toBe(false);
    expect(isLockedRow({ row: 3, column: 'value', message: 'Số liệu đã khóa' })).toBe(false);
  });

  it('read the warnings, none when the API sends none', () => {
    expect(warningsOf({ rows: 1 })).toEqual([]);
    expect(
      warningsOf({ rows: 1, warnings: [{ row: 2, message: 'x' }] } as ImportReport & { warnings: RowWarning[] }),
    ).toEqual([{ row: 2, message: 'x' }]);
  });
});
