import { parsePeriod } from '../../../format';
import { isCommuneLevel, UNIT_KINDS, type UnitKind, type UnitSelection } from './entryGrid';

/** The part of the session that decides which units a user may report for. */
export interface Scope {
  writeScope: 'ALL' | 'PROVINCE' | 'COMMUNE' | 'NONE';
  unit: string | null;
  unitProvinceCode: string | null;
}

/** Commune officers report only at commune level; everyone who writes may use every kind otherwise. */
export function allowedKinds(scope: Scope): UnitKind[] {
  if (scope.writeScope === 'NONE') return [];
  return scope.writeScope === 'COMMUNE' ? UNIT_KINDS.filter(isCommuneLevel) : UNIT_KINDS;
}

/** The province and commune a user is held to (null: free to choose). */
export function fixedUnits(scope: Scope): { provinceCode: string | null; communeCode: string | null } {
  if (scope.writeScope === 'PROVINCE') return { provinceCode: scope.unitProvinceCode ?? scope.unit, communeCode: null };
  if (scope.writeScope === 'COMMUNE') return { provinceCode: scope.unitProvinceCode, communeCode: scope.unit };
  return { provinceCode: null, communeCode: null };
}

const isKind = (v: string | null): v is UnitKind => !!v && (UNIT_KINDS as string[]).includes(v);

/**
 * The selection a link asks for: ?unitType= when given, else guessed from the fields present
 * (?pointId= alone opens that point, ?modelCode=&communeCode= a model in a commune, ...).
 */
export function selectionFromParams(params: URLSearchParams): UnitSelection {
  const get = (k: string) => params.get(k)?.trim() || null;
  const pointIdText = get('pointId');
  const pointId = pointIdText && /^\d+$/.test(pointIdText) ? Number(pointIdText) : null;
  const modelCode = get('modelCode');
  const communeCode = get('communeCode');
  const provinceCode = get('provinceCode');
  const unitType = get('unitType');
  const kind: UnitKind = isKind(unitType)
    ? unitType
    : pointId
      ? 'POINT'
      : modelCode && communeCode
        ? 'MODEL_COMMUNE'
        : modelCode
          ? 'MODEL_PROVINCE'
          : communeCode
            ? 'COMMUNE'
            : provinceCode
              ? 'PROVINCE'
              : 'POINT';
  return { kind, provinceCode, communeCode, modelCode, pointId };
}

/** Holds a selection to the user's unit: a fixed province or commune replaces whatever was asked. */
export function applyScope(sel: UnitSelection, scope: Scope): UnitSelection {
  const kinds = allowedKinds(scope);
  const fixed = fixedUnits(scope);
  const kind = kinds.includes(sel.kind) ? sel.kind : (kinds[0] ?? sel.kind);
  const provinceCode = fixed.provinceCode ?? sel.provinceCode ?? null;
  const communeCode =
    fixed.communeCode ??
    (fixed.provinceCode && sel.provinceCode && sel.provinceCode !== fixed.provinceCode
      ? null
      : (sel.communeCode ?? null));
  const changedPlace = provinceCode !== (sel.provinceCode ?? null) || communeCode !== (sel.communeCode ?? null);
  // A point or model picked for another place no longer fits the forced place, unless it is a
  // point whose place is not known yet (it is looked up and then checked against the scope).
  return {
    kind,
    provinceCode,
    communeCode,
    modelCode: changedPlace && sel.provinceCode ? null : (sel.modelCode ?? null),
    pointId: changedPlace && sel.provinceCode ? null : (sel.pointId ?? null),
  };
}

/** URL parameters for a selection and period: only the fields the kind uses. */
export function selectionToParams(sel: UnitSelection, period: string | null): Record<string, string> {
  const out: Record<string, string> = { unitType: sel.kind };
  if (sel.provinceCode) out.provinceCode = sel.provinceCode;
  if (sel.communeCode && sel.kind !== 'MODEL_PROVINCE' && sel.kind !== 'PROVINCE') out.communeCode = sel.communeCode;
  if (sel.modelCode && (sel.kind === 'MODEL_COMMUNE' || sel.kind === 'MODEL_PROVINCE')) out.modelCode = sel.modelCode;
  if (sel.pointId && sel.kind === 'POINT') out.pointId = String(sel.pointId);
  if (period) out.period = period;
  return out;
}

/** The period a link asks for, when it is a valid id. */
export function periodFromParams(params: URLSearchParams): string | null {
  const id = params.get('period');
  return id && parsePeriod(id) ? id : null;
}
