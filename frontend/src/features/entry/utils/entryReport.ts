/**
 * Which reports the entry grid's unit and period belong to: obligations whose reporters are this kind of unit and
 * whose frequency is the period's type, and the unit's code in those reports.
 */
import { parsePeriod } from '../../../format';
import type { UnitSelection } from './entryGrid';

export interface ObligationLike {
  code: string;
  frequency?: string;
  reporterLevel?: string;
}

const LEVEL: Partial<Record<UnitSelection['kind'], string>> = {
  POINT: 'POINT',
  COMMUNE: 'COMMUNE',
  PROVINCE: 'PROVINCE',
};

/** The unit's id in a report (point id, commune code, province code), or null for a model's values. */
export function reportUnit(sel: UnitSelection): string | null {
  if (sel.kind === 'POINT') return sel.pointId ? String(sel.pointId) : null;
  if (sel.kind === 'COMMUNE') return sel.communeCode ?? null;
  if (sel.kind === 'PROVINCE') return sel.provinceCode ?? null;
  return null;
}

export function reportsOf<O extends ObligationLike>(obligations: O[], sel: UnitSelection, period: string): O[] {
  const type = parsePeriod(period)?.type;
  const level = LEVEL[sel.kind];
  if (!type || !level || !reportUnit(sel)) return [];
  return obligations.filter((o) => o.reporterLevel === level && o.frequency === type);
}

/** The scope to ask for locks and violations of a unit: its commune, or its province. */
export function lockScope(sel: UnitSelection, period: string) {
  if (sel.kind === 'PROVINCE' || sel.kind === 'MODEL_PROVINCE')
    return sel.provinceCode ? { period, provinceCode: sel.provinceCode } : null;
  return sel.communeCode ? { period, communeCode: sel.communeCode } : null;
}
