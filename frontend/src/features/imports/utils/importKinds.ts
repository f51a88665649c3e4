import type { components } from '../../../api/schema';
/**
 * What each import kind expects, and the pure parts of the import flow: the request for a file,
 * reading the API's answers into one shape, and what may be done next.
 */

/**
 * How rows are numbered, said the same way by the upload hint and the report: the API's report calls the first
 * data row 1 and does not count the header line.
 */
export const ROW_NUMBERING =
  'Dòng đầu tiên của tệp là dòng tiêu đề; các dòng dữ liệu được đánh số từ 1 (dòng ngay dưới tiêu đề là dòng 1).';

export type ImportKind = 'outcomes' | 'replication-points' | 'models' | 'communes';
export type ImportMode = 'atomic' | 'partial';

export interface ColumnHelp {
  name: string;
  /** The Vietnamese header the API accepts in place of the field name. */
  header?: string;
  required?: boolean;
  note?: string;
}

export interface KindHelp {
  kind: ImportKind;
  label: string;
  summary: string;
  columns: ColumnHelp[];
  /** A list endpoint whose export carries the import's columns. */
  listPath: string;
}

export const IMPORT_KINDS: KindHelp[] = [
  {
    kind: 'outcomes',
    label: 'Kết quả theo kỳ',
    summary: 'Mỗi dòng một giá trị cho (chỉ tiêu, kỳ, đơn vị báo cáo). Gửi lại cùng khóa thì giá trị cũ được thay.',
    listPath: '/api/v1/outcomes',
    columns: [
      { name: 'indicatorCode', header: 'Mã chỉ tiêu', required: true, note: 'vd. TIPS_RECEIVED' },
      { name: 'period', header: 'Kỳ báo cáo', required: true, note: '2024, 2024S1, 2024Q1, 202401' },
      { name: 'value', header: 'Giá trị', required: true, note: '≥ 0; số thập phân dùng dấu phẩy hoặc chấm' },
      { name: 'pointId', header: 'Mã điểm', note: 'đơn vị là một điểm nhân rộng' },
      { name: 'pointExternalId', header: 'Mã điểm ngoài', note: 'hoặc mã điểm ở hệ thống khác' },
      { name: 'modelCode', header: 'Mã mô hình', note: 'kèm mã xã hoặc mã tỉnh' },
      { name: 'communeCode', header: 'Mã xã', note: '5 chữ số' },
      { name: 'provinceCode', header: 'Mã tỉnh', note: '2 chữ số' },
    ],
  },
  {
    kind: 'replication-points',
    label: 'Điểm nhân rộng',
    summary: 'Dòng có mã điểm (hoặc mã điểm ngoài đã biết) cập nhật điểm đó; các dòng khác tạo điểm mới.',
    listPath: '/api/v1/replication-points',
    columns: [
      { name: 'id', header: 'Mã điểm', note: 'để trống khi tạo mới' },
      { name: 'externalId', header: 'Mã điểm ngoài' },
      { name: 'modelCode', header: 'Mã mô hình', required: true },
      { name: 'communeCode', header: 'Mã xã', required: true },
      {
        name: 'placeType',
        header: 'Loại nơi triển khai',
        required: true,
        note: 'VILLAGE, RESIDENTIAL_GROUP, AGENCY, ENTERPRISE, SCHOOL, RELIGIOUS, CLAN, SEA, OTHER',
      },
      { name: 'placeName', header: 'Tên nơi triển khai', required: true },
      { name: 'establishedOn', header: 'Ngày thành lập', note: '15/03/2021 hoặc 2021-03-15' },
      { name: 'status', header: 'Trạng thái', note: 'ACTIVE, DORMANT, RETIRED' },
      { name: 'statusSince', header: 'Ngày hiệu lực' },
      { name: 'teamCount', header: 'Số tổ' },
      { name: 'memberCount', header: 'Số thành viên' },
      { name: 'coreMemberCount', header: 'Số người nòng cốt' },
      { name: 'leaderName', header: 'Người phụ trách' },
      { name: 'leaderPhone', header: 'Điện thoại' },
      { name: 'latitude', header: 'Vĩ độ' },
      { name: 'longitude', header: 'Kinh độ' },
    ],
  },
  {
    kind: 'models',
    label: 'Mô hình',
    summary: 'Khóa theo mã mô hình: mã mới thì tạo, mã đã có thì cập nhật (kèm lịch sử trạng thái).',
    listPath: '/api/v1/models',
    columns: [
      { name: 'code', header: 'Mã mô hình', note: 'để trống thì hệ thống cấp mã' },
      { name: 'name', header: 'Tên mô hình', required: true },
      { name: 'description', header: 'Mô tả' },
      { name: 'categoryCode', header: 'Lĩnh vực', required: true, note: 'mã lĩnh vực, vd. TECHNOLOGY' },
      { name: 'provinceCode', header: 'Mã tỉnh', required: true },
      { name: 'communeCode', header: 'Mã xã' },
      { name: 'leadOrganisation', header: 'Đơn vị chủ trì' },
      { name: 'startedOn', header: 'Ngày bắt đầu', note: '15/03/2021 hoặc 2021-03-15' },
      { name: 'recognitionLevel', header: 'Cấp công nhận', note: 'COMMUNE, DISTRICT, PROVINCE, NATIONAL' },
      { name: 'recognizedOn', header: 'Ngày công nhận' },
      { name: 'recognitionDecision', header: 'Quyết định công nhận' },
      { name: 'status', header: 'Trạng thái', note: 'ACTIVE, DORMANT, RETIRED' },
      { name: 'statusReason', header: 'Lý do', note: 'bắt buộc khi DORMANT hoặc RETIRED' },
      { name: 'statusSince', header: 'Ngày hiệu lực' },
    ],
  },
  {
    kind: 'communes',
    label: 'Xã, phường, đặc khu',
    summary: 'Danh mục xã theo mã 5 chữ số. Cột cờ vắng mặt thì giữ nguyên cờ đã lưu.',
    listPath: '/api/v1/communes',
    columns: [
      { name: 'code', header: 'Mã xã', required: true, note: '5 chữ số' },
      { name: 'name', header: 'Tên', required: true },
      { name: 'fullName', header: 'Tên đầy đủ' },
      { name: 'type', header: 'Loại', required: true, note: 'XA, PHUONG, DAC_KHU' },
      { name: 'provinceCode', header: 'Mã tỉnh', required: true },
      { name: 'border', header: 'Biên giới', note: 'true / false' },
      { name: 'hotspot', header: 'Trọng điểm', note: 'true / false' },
      { name: 'ethnicMinority', header: 'Dân tộc thiểu số', note: 'true / false' },
    ],
  },
];

export const helpFor = (kind: ImportKind) => IMPORT_KINDS.find((k) => k.kind === kind) as KindHelp;

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The Content-Type the API needs for a file, from its extension; null when it is not CSV or Excel. */
export function contentTypeFor(fileName: string): string | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv')) return 'text/csv';
  if (lower.endsWith('.xlsx')) return XLSX_TYPE;
  return null;
}

/** Above this size the import runs as a background job, so the request does not hang. */
export const ASYNC_BYTES = 1024 * 1024;

export function importUrl(kind: ImportKind, options: { dryRun: boolean; mode: ImportMode; size: number }): string {
  const query = new URLSearchParams();
  if (options.dryRun) query.set('dryRun', 'true');
  query.set('mode', options.mode);
  if (options.size > ASYNC_BYTES) query.set('async', 'true');
  return `/api/v1/imports/${kind}?${query}`;
}

/** A header-only CSV (UTF-8 with BOM so Excel reads the accents) with the kind's field names. */
export function templateCsv(kind: ImportKind): string {
  return (
    '\uFEFF' +
    helpFor(kind)
      .columns.map((c) => c.name)
      .join(',') +
    '\r\n'
  );
}

// The contract's shapes (generated from openapi.yaml), so the import page cannot drift from the API.
export type RowConflict = components['schemas']['ImportRowConflict'];
/** ImportResult as the API reports it (directly, inside a 422 problem, or in a finished job). */
export type ImportReport = components['schemas']['ImportResult'];
export type ImportJob = components['schemas']['ImportJob'];

export type ImportAnswer = { type: 'report'; report: ImportReport } | { type: 'job'; id: number; job: ImportJob };

/** A 422 carries a report when it names rows; otherwise it is an ordinary problem. */
export function isReport(body: unknown): body is ImportReport {
  return !!body && typeof body === 'object' && ('rows' in body || 'conflicts' in body || 'rejected' in body);
}

/** The job id of a 202: from the body, else from the Location header. */
export function jobIdOf(body: ImportJob | undefined, location: string | null): number | null {
  if (body?.id !== undefined && body.id !== null) return Number(body.id);
  const match = location ? /\/imports\/(\d+)\b/.exec(location) : null;
  return match ? Number(match[1]) : null;
}

export const JOB_STATE_LABELS: Record<string, string> = {
  QUEUED: 'Đang chờ',
  RUNNING: 'Đang chạy',
  DONE: 'Xong',
  FAILED: 'Thất bại',
};

export function jobPercent(job: ImportJob | undefined): number {
  if (!job) return 0;
  if (job.state === 'DONE') return 100;
  if (!job.total) return 0;
  return Math.min(99, Math.floor(((job.processed ?? 0) / job.total) * 100));
}

/** Rows that would be (or were) written: created + updated + unchanged. */
export const acceptedRows = (r: ImportReport) => (r.created ?? 0) + (r.updated ?? 0) + (r.unchanged ?? 0);

/**
 * Whether the checked file may be imported: all rows good, or partial mode with some good rows.
 * In atomic mode a single bad row means nothing would be written.
 */
export function canCommit(report: ImportReport, mode: ImportMode): boolean {
  if ((report.rejected ?? 0) === 0) return (report.rows ?? 0) > 0;
  return mode === 'partial' && acceptedRows(report) > 0;
}

/** A row refused because an approved report locks its values (the API reports it as a conflict on "period"). */
export function isLockedRow(c: RowConflict): boolean {
  return c.column === 'period' && /^Số liệu đã khóa/.test(c.message ?? '');
}

export type RowWarning = components['schemas']['ImportRowWarning'];

/** The rule warnings of a report (written rows worth a second look). */
export function warningsOf(report: ImportReport): RowWarning[] {
  return report.warnings ?? [];
}
