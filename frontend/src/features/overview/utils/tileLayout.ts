/**
 * The 34 provinces (since 1/7/2025) as tiles on a 6-column grid, roughly where they lie: the north at the top,
 * the Mekong delta at the bottom, the central coast as a narrow strip between them.
 */
export interface Tile {
  code: string;
  /** A name short enough for a small tile. */
  short: string;
  row: number;
  col: number;
}

export const TILE_COLUMNS = 6;

export const TILES: Tile[] = [
  { code: '12', short: 'Lai Châu', row: 0, col: 1 },
  { code: '15', short: 'Lào Cai', row: 0, col: 2 },
  { code: '08', short: 'Tuyên Quang', row: 0, col: 3 },
  { code: '04', short: 'Cao Bằng', row: 0, col: 4 },
  { code: '11', short: 'Điện Biên', row: 1, col: 0 },
  { code: '14', short: 'Sơn La', row: 1, col: 1 },
  { code: '25', short: 'Phú Thọ', row: 1, col: 2 },
  { code: '19', short: 'Thái Nguyên', row: 1, col: 3 },
  { code: '20', short: 'Lạng Sơn', row: 1, col: 4 },
  { code: '01', short: 'Hà Nội', row: 2, col: 2 },
  { code: '24', short: 'Bắc Ninh', row: 2, col: 3 },
  { code: '31', short: 'Hải Phòng', row: 2, col: 4 },
  { code: '22', short: 'Quảng Ninh', row: 2, col: 5 },
  { code: '38', short: 'Thanh Hóa', row: 3, col: 1 },
  { code: '37', short: 'Ninh Bình', row: 3, col: 2 },
  { code: '33', short: 'Hưng Yên', row: 3, col: 3 },
  { code: '40', short: 'Nghệ An', row: 4, col: 1 },
  { code: '42', short: 'Hà Tĩnh', row: 4, col: 2 },
  { code: '44', short: 'Quảng Trị', row: 5, col: 2 },
  { code: '46', short: 'Huế', row: 5, col: 3 },
  { code: '48', short: 'Đà Nẵng', row: 6, col: 3 },
  { code: '51', short: 'Quảng Ngãi', row: 7, col: 3 },
  { code: '52', short: 'Gia Lai', row: 8, col: 3 },
  { code: '66', short: 'Đắk Lắk', row: 9, col: 3 },
  { code: '75', short: 'Đồng Nai', row: 10, col: 2 },
  { code: '68', short: 'Lâm Đồng', row: 10, col: 3 },
  { code: '56', short: 'Khánh Hòa', row: 10, col: 4 },
  { code: '80', short: 'Tây Ninh', row: 11, col: 1 },
  { code: '79', short: 'TP HCM', row: 11, col: 2 },
  { code: '91', short: 'An Giang', row: 12, col: 0 },
  { code: '82', short: 'Đồng Tháp', row: 12, col: 1 },
  { code: '86', short: 'Vĩnh Long', row: 12, col: 2 },
  { code: '96', short: 'Cà Mau', row: 13, col: 0 },
  { code: '92', short: 'Cần Thơ', row: 13, col: 1 },
];

export const TILE_ROWS = Math.max(...TILES.map((t) => t.row)) + 1;

/** Coverage bands for the map's colours, from light (few communes reached) to dark. */
export const COVERAGE_BANDS = [
  { from: 0, to: 0.2, color: '#eff3ff', text: '#1f1f1f' },
  { from: 0.2, to: 0.4, color: '#bdd7e7', text: '#1f1f1f' },
  { from: 0.4, to: 0.6, color: '#6baed6', text: '#1f1f1f' },
  { from: 0.6, to: 0.8, color: '#3182bd', text: '#ffffff' },
  { from: 0.8, to: 1.0001, color: '#08519c', text: '#ffffff' },
];

export const NO_DATA_COLOR = { color: '#f0f0f0', text: '#8c8c8c' };

/** The band a coverage share falls into; no share (no communes, no data) gets the grey of "no data". */
export function coverageBand(share: number | null | undefined): { color: string; text: string } {
  if (share === null || share === undefined || Number.isNaN(share)) return NO_DATA_COLOR;
  const clamped = Math.min(Math.max(share, 0), 1);
  return COVERAGE_BANDS.find((b) => clamped >= b.from && clamped < b.to) ?? COVERAGE_BANDS[COVERAGE_BANDS.length - 1];
}
