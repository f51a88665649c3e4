import { describe, expect, it } from 'vitest';
import { clientLabel, describeEntry, diffEntries, entityLabel, entryLink, formatField } from './auditDiff';

describe('audit diff', () => {
  it('lists only the fields an update changed, in words', () => {
    const rows = diffEntries(
      { code: 'M', name: 'Camera', status: 'ACTIVE', teamCount: 2, version: 0, updatedAt: '2026-11-20T01:00:00Z' },
      { code: 'M', name: 'Camera', status: 'DORMANT', teamCount: 1200, version: 1, updatedAt: '2026-11-21T01:00:00Z' },
    );
    expect(rows).toEqual([
      { field: 'status', label: 'Trạng thái', before: 'Đang hoạt động', after: 'Tạm ngừng' },
      { field: 'teamCount', label: 'Số tổ', before: '2', after: '1.200' },
    ]);
  });
  it('lists what a creation set and what a deletion removed, skipping empty fields', () => {
    expect(diffEntries(null, { value: 292.24, period: '2024S1', legacyCode: null, border: true })).toEqual([
      { field: 'value', label: 'Giá trị', before: '—', after: '292,24' },
      { field: 'period', label: 'Kỳ báo cáo', before: '—', after: '6 tháng đầu năm 2024' },
      { field: 'border', label: 'Xã biên giới', before: '—', after: 'Có' },
    ]);
    expect(diffEntries({ startedOn: '2021-03-15' }, null)).toEqual([
      { field: 'startedOn', label: 'Ngày bắt đầu', before: '15/03/2021', after: '—' },
    ]);
  });
  it('notices a field that appears or disappears', () => {
    expect(diffEntries({ a: 1 }, { a: 1, statusReason: 'Hỏng' })).toEqual([
      { field: 'statusReason', label: 'Lý do trạng thái', before: '—', after: 'Hỏng' },
    ]);
  });
  it('formats values by field', () => {
    expect(formatField('pointId', 1024)).toBe('1024');
    expect(formatField('unitType', 'MODEL_COMMUNE')).toBe('Mô hình trong xã');
    expect(formatField('type', 'PHUONG')).toBe('Phường');
    expect(formatField('leaderName', '')).toBe('—');
    expect(formatField('x', false)).toBe('Không');
    expect(formatField('indicatorCode', 'PATROLS', { indicatorCode: new Map([['PATROLS', 'Tuần tra']]) })).toBe(
      'Tuần tra (PATROLS)',
    );
  });
});

describe('audit entries', () => {
  it('names entities, clients and records in Vietnamese', () => {
    expect(entityLabel('replication-point')).toBe('Điểm nhân rộng');
    expect(entityLabel('something-new')).toBe('something-new');
    expect(entityLabel('report')).toBe('Báo cáo');
    expect(clientLabel('antq-dashboard')).toBe('Bảng điều khiển');
    expect(clientLabel(null, 'system')).toBe('Hệ thống (nạp dữ liệu)');
    expect(describeEntry({ entity: 'outcome', after: { indicatorCode: 'PATROLS', period: '2024Q3' } })).toBe(
      'PATROLS · Quý III/2024',
    );
    expect(
      describeEntry(
        { entity: 'outcome', after: { indicatorCode: 'PATROLS', period: '2024' } },
        { indicatorCode: new Map([['PATROLS', 'Tuần tra']]) },
      ),
    ).toBe('Tuần tra · Năm 2024');
    expect(describeEntry({ entity: 'model', before: { name: 'Camera' } })).toBe('Camera');
    expect(describeEntry({ entity: 'legacy-successor', key: '03589>03583' })).toBe('03589 → 03583');
  });
  it('links to the pages that show a record', () => {
    expect(entryLink({ entity: 'model', key: 'LCU-DHTQ' })).toBe('/mo-hinh/LCU-DHTQ');
    expect(entryLink({ entity: 'replication-point', key: '17' })).toBe('/diem/17');
    expect(entryLink({ entity: 'outcome', key: '17' })).toBeNull();
  });
});

describe('report steps in the audit log', () => {
  it('name the report and, when reopened, the reason; link to Tình hình báo cáo', () => {
    const entry = {
      entity: 'report',
      key: 'POINT_MONTHLY/202406/17',
      after: { workflow: 'OPEN', reopenReason: 'Sai số tin báo' },
    };
    expect(describeEntry(entry)).toBe('POINT_MONTHLY · Tháng 6/2024 · đơn vị 17 · lý do: Sai số tin báo');
    expect(entryLink(entry)).toBe('/tinh-hinh-bao-cao?nv=POINT_MONTHLY&ky=202406&dv=17');
  });
});
