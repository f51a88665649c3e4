/** vi-VN formats: 1.994 · 292,24 kg · 21/11/2026 · "Quý I/2024". */
import { ZONE } from './time';
import { periodId, type PeriodType } from './lib/periodIds';

const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });

export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return Number.isInteger(value) ? integer.format(value) : decimal.format(value);
}

/** A value with its unit of measure, e.g. "292,24 kg"; counts ("lượt", "vụ") are units too. */
export function formatValue(value: number | null | undefined, unit?: string | null): string {
  const number = formatNumber(value);
  return unit && number !== '—' ? `${number} ${unit}` : number;
}

/** A share between 0 and 1, e.g. 0.2345 → "23,5%". */
export function formatPercent(share: number | null | undefined): string {
  if (share === null || share === undefined || Number.isNaN(share)) return '—';
  return percent.format(share);
}

/** An ISO date (2026-11-21) or instant as 21/11/2026. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  if (iso.length > 10) {
    const d = new Date(iso);
    if (!Number.isNaN(d.getTime())) {
      return d.toLocaleDateString('vi-VN', { timeZone: ZONE, day: '2-digit', month: '2-digit', year: 'numeric' });
    }
  }
  return `${match[3]}/${match[2]}/${match[1]}`;
}

/** An instant as 21/11/2026 14:05, in Việt Nam's time whatever the browser's zone. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const date = d.toLocaleDateString('vi-VN', { timeZone: ZONE, day: '2-digit', month: '2-digit', year: 'numeric' });
  const time = d.toLocaleTimeString('vi-VN', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hour12: false });
  return `${date} ${time}`;
}

export { periodContaining, periodId, type PeriodType } from './lib/periodIds';

export interface Period {
  id: string;
  type: PeriodType;
  year: number;
  /** 1 for a year; 1–2 halves; 1–4 quarters; 1–12 months. */
  index: number;
}

/** Parses a DHIS2-style period id: 2024, 2024S1, 2024Q3, 202405. Null when it is not one. */
export function parsePeriod(id: string): Period | null {
  let m = /^(\d{4})$/.exec(id);
  if (m) return { id, type: 'YEAR', year: +m[1], index: 1 };
  m = /^(\d{4})S([12])$/.exec(id);
  if (m) return { id, type: 'HALF', year: +m[1], index: +m[2] };
  m = /^(\d{4})Q([1-4])$/.exec(id);
  if (m) return { id, type: 'QUARTER', year: +m[1], index: +m[2] };
  m = /^(\d{4})(0[1-9]|1[0-2])$/.exec(id);
  if (m) return { id, type: 'MONTH', year: +m[1], index: +m[2] };
  return null;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** "2024" → "Năm 2024"; "2024S1" → "6 tháng đầu năm 2024"; "2024Q1" → "Quý I/2024"; "202405" → "Tháng 5/2024". */
export function periodLabel(id: string | null | undefined): string {
  if (!id) return '—';
  const p = parsePeriod(id);
  if (!p) return id;
  switch (p.type) {
    case 'YEAR':
      return `Năm ${p.year}`;
    case 'HALF':
      return p.index === 1 ? `6 tháng đầu năm ${p.year}` : `6 tháng cuối năm ${p.year}`;
    case 'QUARTER':
      return `Quý ${ROMAN[p.index - 1]}/${p.year}`;
    case 'MONTH':
      return `Tháng ${p.index}/${p.year}`;
  }
}

const PER_YEAR: Record<PeriodType, number> = { YEAR: 1, HALF: 2, QUARTER: 4, MONTH: 12 };

/** The period of the same type that ends just before this one starts ("2024Q1" → "2023Q4"). */
export function previousPeriod(id: string): string | null {
  const p = parsePeriod(id);
  if (!p) return null;
  return p.index > 1 ? periodId(p.type, p.year, p.index - 1) : periodId(p.type, p.year - 1, PER_YEAR[p.type]);
}

/** The last `count` periods of a type ending with `last`, oldest first. */
export function periodsUpTo(last: string, count: number): string[] {
  const out: string[] = [];
  let id: string | null = last;
  while (id && out.length < count) {
    out.unshift(id);
    id = previousPeriod(id);
  }
  return out;
}

export const PERIOD_TYPE_LABELS: Record<PeriodType, string> = {
  YEAR: 'Năm',
  HALF: '6 tháng',
  QUARTER: 'Quý',
  MONTH: 'Tháng',
};

/** Choices for a period picker: every period of a type in the given years, newest first. */
export function periodOptions(type: PeriodType, fromYear: number, toYear: number): { value: string; label: string }[] {
  const out: { value: string; label: string }[] = [];
  for (let year = toYear; year >= fromYear; year--) {
    for (let index = PER_YEAR[type]; index >= 1; index--) {
      const id = periodId(type, year, index);
      out.push({ value: id, label: periodLabel(id) });
    }
  }
  return out;
}

export const STATUS_LABELS: Record<string, string> = {
  ACTIVE: 'Đang hoạt động',
  DORMANT: 'Tạm ngừng',
  RETIRED: 'Đã giải thể',
};

export const RECOGNITION_LABELS: Record<string, string> = {
  COMMUNE: 'Cấp xã',
  DISTRICT: 'Cấp huyện (trước 2025)',
  PROVINCE: 'Cấp tỉnh',
  NATIONAL: 'Cấp toàn quốc',
};

export const PLACE_TYPE_LABELS: Record<string, string> = {
  VILLAGE: 'Thôn, bản, ấp',
  RESIDENTIAL_GROUP: 'Tổ dân phố',
  AGENCY: 'Cơ quan',
  ENTERPRISE: 'Doanh nghiệp',
  SCHOOL: 'Trường học',
  RELIGIOUS: 'Cơ sở tôn giáo',
  CLAN: 'Dòng họ',
  SEA: 'Trên biển',
  OTHER: 'Khác',
};

export const UNIT_TYPE_LABELS: Record<string, string> = {
  POINT: 'Điểm nhân rộng',
  MODEL_COMMUNE: 'Mô hình trong xã',
  MODEL_PROVINCE: 'Mô hình trong tỉnh',
  COMMUNE: 'Xã (toàn xã)',
  PROVINCE: 'Tỉnh (toàn tỉnh)',
};

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  CREATE: 'Tạo mới',
  UPDATE: 'Sửa',
  DELETE: 'Xoá',
  SUBMIT: 'Nộp báo cáo',
  APPROVE: 'Duyệt báo cáo',
  REOPEN: 'Mở lại báo cáo',
};
