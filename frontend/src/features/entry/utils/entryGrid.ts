/**
 * The entry grid without React: which reporting unit is chosen, the rows shown for it, the batch
 * sent on "Lưu", and the way the API's refusals (indexed by position in that batch) find their row.
 */

import type { QueryOf } from '../../../api/client';

export type UnitKind = 'POINT' | 'MODEL_COMMUNE' | 'MODEL_PROVINCE' | 'COMMUNE' | 'PROVINCE';

export const UNIT_KINDS: UnitKind[] = ['POINT', 'MODEL_COMMUNE', 'MODEL_PROVINCE', 'COMMUNE', 'PROVINCE'];

export interface UnitSelection {
  kind: UnitKind;
  provinceCode?: string | null;
  communeCode?: string | null;
  modelCode?: string | null;
  pointId?: number | null;
}

/** The fields that name a reporting unit in an outcome value (the API derives the rest). */
export interface UnitKey {
  pointId?: number;
  modelCode?: string;
  communeCode?: string;
  provinceCode?: string;
}

/** Which choices a unit kind needs, in the order the user makes them. */
export function kindNeeds(kind: UnitKind): { commune: boolean; model: boolean; point: boolean } {
  return {
    commune: kind === 'POINT' || kind === 'MODEL_COMMUNE' || kind === 'COMMUNE',
    model: kind === 'MODEL_COMMUNE' || kind === 'MODEL_PROVINCE',
    point: kind === 'POINT',
  };
}

/** Kinds that sit at commune level: a commune officer may report only these. */
export const isCommuneLevel = (kind: UnitKind) => kindNeeds(kind).commune;

/** The unit's key when every needed choice is made, else null. */
export function unitKey(sel: UnitSelection): UnitKey | null {
  switch (sel.kind) {
    case 'POINT':
      return sel.pointId ? { pointId: sel.pointId } : null;
    case 'MODEL_COMMUNE':
      return sel.modelCode && sel.communeCode ? { modelCode: sel.modelCode, communeCode: sel.communeCode } : null;
    case 'MODEL_PROVINCE':
      return sel.modelCode && sel.provinceCode ? { modelCode: sel.modelCode, provinceCode: sel.provinceCode } : null;
    case 'COMMUNE':
      return sel.communeCode ? { communeCode: sel.communeCode } : null;
    case 'PROVINCE':
      return sel.provinceCode ? { provinceCode: sel.provinceCode } : null;
  }
}

/** Query of GET /api/v1/outcomes for the values stored for exactly this unit and period. */
export function storedQuery(sel: UnitSelection, period: string): QueryOf<'/api/v1/outcomes'> | null {
  const key = unitKey(sel);
  if (!key) return null;
  // unitType keeps a commune's own figures apart from the points and models inside it.
  return { ...key, unitType: sel.kind, period, size: 500 };
}

export interface IndicatorLike {
  code?: string;
  name?: string;
  unit?: string | null;
  fractional?: boolean;
  sortOrder?: number;
}

export interface StoredLike {
  id?: number;
  indicatorCode?: string;
  period?: string;
  value?: number;
  unitType?: string;
  pointId?: number | null;
  modelCode?: string | null;
  communeCode?: string | null;
  provinceCode?: string | null;
}

export interface GridRow {
  code: string;
  name: string;
  unit: string;
  fractional: boolean;
  stored: number | null;
  /** What the input shows: the user's edit, else the stored value. */
  input: number | null;
  /** The input holds a value that differs from the stored one and will be sent. */
  changed: boolean;
  /** A value the API would refuse, found before sending. */
  invalid: string | null;
}

/** Whether a stored value belongs to the selected unit (a guard in case a filter is ignored). */
export function belongsTo(value: StoredLike, sel: UnitSelection, period: string): boolean {
  if (value.period !== period || (value.unitType && value.unitType !== sel.kind)) return false;
  const key = unitKey(sel);
  if (!key) return false;
  if (key.pointId !== undefined) return value.pointId === key.pointId;
  return (Object.keys(key) as (keyof UnitKey)[]).every((k) => value[k] === key[k]);
}

export function validateValue(value: number | null, fractional: boolean): string | null {
  if (value === null || value === undefined) return null;
  if (!Number.isFinite(value)) return 'Giá trị không hợp lệ';
  if (value < 0) return 'Giá trị phải từ 0 trở lên';
  if (value >= 1e14) return 'Giá trị quá lớn';
  if (!fractional && !Number.isInteger(value)) return 'Chỉ tiêu này chỉ nhận số nguyên';
  // The API keeps at most 4 decimals.
  if (Math.abs(value * 10_000 - Math.round(value * 10_000)) > 1e-6) return 'Tối đa 4 chữ số thập phân';
  return null;
}

/** One row per indicator, in the indicators' order, with the stored value and any edit. */
export function buildRows(
  indicators: IndicatorLike[],
  stored: StoredLike[],
  edits: Record<string, number | null>,
): GridRow[] {
  const storedByCode = new Map<string, number>();
  for (const v of stored) {
    if (v.indicatorCode && typeof v.value === 'number' && !storedByCode.has(v.indicatorCode))
      storedByCode.set(v.indicatorCode, v.value);
  }
  return [...indicators]
    .filter((i): i is IndicatorLike & { code: string } => !!i.code)
    .sort((a, b) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0))
    .map((i) => {
      const storedValue = storedByCode.get(i.code) ?? null;
      const input = i.code in edits ? edits[i.code] : storedValue;
      const fractional = !!i.fractional;
      return {
        code: i.code,
        name: i.name ?? i.code,
        unit: i.unit ?? '',
        fractional,
        stored: storedValue,
        input,
        changed: input !== null && input !== storedValue,
        invalid: validateValue(input, fractional),
      };
    });
}

export interface OutcomeValueOut extends UnitKey {
  indicatorCode: string;
  period: string;
  value: number;
}

/**
 * The batch for "Lưu": only inputs that hold a value different from the stored one. Empty inputs
 * are never sent (clearing one keeps the stored value), and untouched stored values are not sent
 * again so a colleague's later change to them is not overwritten.
 */
export function buildBatch(
  rows: GridRow[],
  sel: UnitSelection,
  period: string,
): { values: OutcomeValueOut[]; codes: string[] } {
  const key = unitKey(sel);
  if (!key) return { values: [], codes: [] };
  const changed = rows.filter((r) => r.changed && r.input !== null);
  return {
    values: changed.map((r) => ({ indicatorCode: r.code, period, value: r.input as number, ...key })),
    codes: changed.map((r) => r.code),
  };
}

export interface ConflictLike {
  index?: number;
  field?: string;
  value?: unknown;
  message?: string;
}

export interface ProblemLike {
  detail?: string;
  title?: string;
  conflicts?: ConflictLike[];
  errors?: { field?: string; message?: string; index?: number }[];
}

/** Refusals of a batch, per indicator row; those that name no row are general. */
export function mapConflicts(
  problem: ProblemLike,
  codes: string[],
): { byCode: Record<string, string[]>; general: string[] } {
  const byCode: Record<string, string[]> = {};
  const general: string[] = [];
  const add = (index: number | undefined, message: string | undefined) => {
    if (!message) return;
    const code = index !== undefined && index >= 0 ? codes[index] : undefined;
    if (code) {
      const list = (byCode[code] ??= []);
      if (!list.includes(message)) list.push(message);
    } else if (!general.includes(message)) {
      general.push(message);
    }
  };
  for (const c of problem.conflicts ?? []) add(c.index, c.message);
  for (const e of problem.errors ?? []) {
    // Field errors may name the value as "values[3].value" instead of carrying an index.
    const match = /values\[(\d+)\]/.exec(e.field ?? '');
    add(e.index ?? (match ? Number(match[1]) : undefined), e.message);
  }
  if (!Object.keys(byCode).length && !general.length) general.push(problem.detail || 'Dữ liệu không hợp lệ');
  return { byCode, general };
}

/**
 * vi-VN display for InputNumber: thousands with ".", decimals with ",". While the user types, the
 * text is left as typed so the caret does not jump.
 */
export function formatViNumber(
  value: string | number | undefined,
  info?: { userTyping: boolean; input: string },
): string {
  if (info?.userTyping) return info.input;
  if (value === undefined || value === null || value === '') return '';
  const text = String(value);
  if (!/^-?\d+(\.\d+)?$/.test(text)) return text;
  const [int, frac] = text.split('.');
  const sign = int.startsWith('-') ? '-' : '';
  const digits = sign ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return sign + grouped + (frac ? ',' + frac : '');
}

/** Reads vi-VN text back: dots group thousands, the comma is the decimal mark. */
export function parseViNumber(display: string | undefined): string {
  if (!display) return '';
  return display.replace(/\s/g, '').replace(/\./g, '').replace(',', '.');
}
