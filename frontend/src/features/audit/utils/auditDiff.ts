import {
  formatDate,
  formatDateTime,
  formatNumber,
  periodLabel,
  PLACE_TYPE_LABELS,
  RECOGNITION_LABELS,
  STATUS_LABELS,
  UNIT_TYPE_LABELS,
} from '../../../format';

/** Entities as the audit log names them (the API's `entity`), in Vietnamese. */
export const ENTITY_LABELS: Record<string, string> = {
  model: 'Mô hình',
  'replication-point': 'Điểm nhân rộng',
  outcome: 'Kết quả',
  commune: 'Xã, phường, đặc khu',
  province: 'Tỉnh, thành phố',
  indicator: 'Chỉ tiêu',
  'model-category': 'Lĩnh vực mô hình',
  'legacy-unit': 'Đơn vị hành chính cũ',
  'legacy-successor': 'Đơn vị kế thừa',
  report: 'Báo cáo',
};

export const entityLabel = (entity?: string | null) => (entity ? (ENTITY_LABELS[entity] ?? entity) : '—');

/** Token clients in words; unknown ones are shown as they are. */
const CLIENT_LABELS: Record<string, string> = {
  'antq-dashboard': 'Bảng điều khiển',
  'antq-cli': 'Dòng lệnh',
  'antq-integration': 'Hệ thống tích hợp',
};

export function clientLabel(clientId?: string | null, username?: string | null): string {
  if (clientId) return CLIENT_LABELS[clientId] ?? clientId;
  return username === 'system' ? 'Hệ thống (nạp dữ liệu)' : '—';
}

export const FIELD_LABELS: Record<string, string> = {
  id: 'Mã số',
  code: 'Mã',
  name: 'Tên',
  fullName: 'Tên đầy đủ',
  description: 'Mô tả',
  type: 'Loại',
  categoryCode: 'Lĩnh vực',
  provinceCode: 'Mã tỉnh',
  communeCode: 'Mã xã',
  modelCode: 'Mã mô hình',
  pointId: 'Mã điểm',
  externalId: 'Mã điểm ngoài',
  legacyCode: 'Mã cũ (trước 2025)',
  leadOrganisation: 'Đơn vị chủ trì',
  startedOn: 'Ngày bắt đầu',
  recognitionLevel: 'Cấp công nhận',
  recognizedOn: 'Ngày công nhận',
  recognitionDecision: 'Quyết định công nhận',
  status: 'Trạng thái',
  statusReason: 'Lý do trạng thái',
  statusSince: 'Trạng thái từ ngày',
  placeType: 'Loại nơi triển khai',
  placeName: 'Nơi triển khai',
  establishedOn: 'Ngày thành lập',
  teamCount: 'Số tổ',
  memberCount: 'Số thành viên',
  coreMemberCount: 'Số người nòng cốt',
  leaderName: 'Người phụ trách',
  leaderPhone: 'Điện thoại người phụ trách',
  leaderHidden: 'Ẩn người phụ trách',
  latitude: 'Vĩ độ',
  longitude: 'Kinh độ',
  indicatorCode: 'Chỉ tiêu',
  period: 'Kỳ báo cáo',
  value: 'Giá trị',
  unitType: 'Loại đơn vị báo cáo',
  unit: 'Đơn vị tính',
  fractional: 'Cho phép số thập phân',
  sortOrder: 'Thứ tự',
  border: 'Xã biên giới',
  hotspot: 'Địa bàn trọng điểm',
  ethnicMinority: 'Vùng dân tộc thiểu số',
  population: 'Dân số',
  areaKm2: 'Diện tích (km²)',
  level: 'Cấp',
  parentCode: 'Mã đơn vị cấp trên',
};

const COMMUNE_TYPE_LABELS: Record<string, string> = {
  XA: 'Xã',
  PHUONG: 'Phường',
  DAC_KHU: 'Đặc khu',
  TINH: 'Tỉnh',
  THANH_PHO: 'Thành phố',
};

/** Enum fields shown in words rather than as stored. */
const VALUE_LABELS: Record<string, Record<string, string>> = {
  status: STATUS_LABELS,
  recognitionLevel: RECOGNITION_LABELS,
  placeType: PLACE_TYPE_LABELS,
  unitType: UNIT_TYPE_LABELS,
  type: COMMUNE_TYPE_LABELS,
};

/** Bookkeeping fields that change on every write and say nothing to a reader. */
const NOISE = new Set(['version', 'createdAt', 'updatedAt']);

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

/** Names for codes, by field (e.g. indicatorCode → indicator names), when the page has them. */
export type CodeNames = Partial<Record<string, Map<string, string>>>;

/** One stored value as a reader wants it: vi-VN numbers and dates, enums in words, periods by name. */
export function formatField(field: string, value: unknown, names: CodeNames = {}): string {
  if (value === null || value === undefined || value === '') return '—';
  const named = typeof value === 'string' ? names[field]?.get(value) : undefined;
  if (named) return `${named} (${value})`;
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (typeof value === 'number') return field === 'id' || field === 'pointId' ? String(value) : formatNumber(value);
  if (typeof value === 'string') {
    if (field === 'period') return periodLabel(value);
    const labels = VALUE_LABELS[field];
    if (labels?.[value]) return labels[value];
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
    if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return formatDateTime(value);
    return value;
  }
  return JSON.stringify(value);
}

export interface DiffRow {
  field: string;
  label: string;
  before: string;
  after: string;
}

type Record_ = Record<string, unknown> | null | undefined;

const asRecord = (v: unknown): Record_ =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

/**
 * The fields a change touched, old → new. A creation lists what was set, a deletion what was
 * removed; an update only the fields whose value differs.
 */
export function diffEntries(beforeValue: unknown, afterValue: unknown, names: CodeNames = {}): DiffRow[] {
  const before = asRecord(beforeValue);
  const after = asRecord(afterValue);
  const keys: string[] = [];
  for (const k of [...Object.keys(after ?? {}), ...Object.keys(before ?? {})])
    if (!keys.includes(k) && !NOISE.has(k)) keys.push(k);
  const rows: DiffRow[] = [];
  for (const field of keys) {
    const old = before?.[field];
    const now = after?.[field];
    const empty = (v: unknown) => v === null || v === undefined || v === '';
    if (before && after ? JSON.stringify(old ?? null) === JSON.stringify(now ?? null) : empty(before ? old : now))
      continue;
    rows.push({
      field,
      label: fieldLabel(field),
      before: before ? formatField(field, old, names) : '—',
      after: after ? formatField(field, now, names) : '—',
    });
  }
  return rows;
}

export interface AuditLike {
  entity?: string | null;
  key?: string | null;
  before?: unknown;
  after?: unknown;
}

/** A short name for the record changed: its name, its place, or for a value what and when. */
export function describeEntry(entry: AuditLike, names: CodeNames = {}): string {
  const r = asRecord(entry.after) ?? asRecord(entry.before) ?? {};
  if (entry.entity === 'outcome') {
    const indicator = r.indicatorCode
      ? (names.indicatorCode?.get(String(r.indicatorCode)) ?? String(r.indicatorCode))
      : null;
    const parts = [indicator, r.period ? periodLabel(String(r.period)) : null].filter(Boolean);
    return parts.join(' · ');
  }
  if (entry.entity === 'replication-point') return String(r.placeName ?? '');
  if (entry.entity === 'report') {
    // The key is obligation/period/unit; a reopening says why.
    const [obligation, period, unit] = String(entry.key ?? '').split('/');
    const reason = r.workflow === 'OPEN' && r.reopenReason ? ` · lý do: ${String(r.reopenReason)}` : '';
    return (
      [obligation, period ? periodLabel(period) : null, unit ? `đơn vị ${unit}` : null].filter(Boolean).join(' · ') +
      reason
    );
  }
  if (entry.entity === 'legacy-successor') return String(entry.key ?? '').replace('>', ' → ');
  return String(r.fullName ?? r.name ?? '');
}

/** Where a page in the dashboard shows the record, when there is one. */
export function entryLink(entry: AuditLike): string | null {
  if (!entry.key) return null;
  if (entry.entity === 'model') return `/mo-hinh/${encodeURIComponent(entry.key)}`;
  if (entry.entity === 'replication-point') return `/diem/${encodeURIComponent(entry.key)}`;
  if (entry.entity === 'province') return `/tinh/${encodeURIComponent(entry.key)}`;
  if (entry.entity === 'report') {
    const [obligation, period, unit] = entry.key.split('/');
    if (obligation && period && unit)
      return `/tinh-hinh-bao-cao?${new URLSearchParams({ nv: obligation, ky: period, dv: unit })}`;
  }
  return null;
}
