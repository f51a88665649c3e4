import type { Session } from './session';

/**
 * The API's write rules (backend security.Access), so the UI offers only what would succeed:
 * central admins write everything; province writers their province; commune writers the points
 * and outcomes of their commune; everyone else reads.
 */
export function canWriteProvince(session: Session, provinceCode: string | undefined | null): boolean {
  if (session.writeScope === 'ALL') return true;
  return session.writeScope === 'PROVINCE' && !!provinceCode && session.unit === provinceCode;
}

export function canWriteCommune(
  session: Session,
  communeCode: string | undefined | null,
  provinceCode: string | undefined | null,
): boolean {
  if (canWriteProvince(session, provinceCode)) return true;
  return session.writeScope === 'COMMUNE' && !!communeCode && session.unit === communeCode;
}

/** Models are province business. */
export const canEditModel = (s: Session, provinceCode?: string | null) => canWriteProvince(s, provinceCode);

/** Creating a model somewhere: admins anywhere, province writers in their province. */
export const canCreateModel = (s: Session) => s.writeScope === 'ALL' || s.writeScope === 'PROVINCE';

export const canEditPoint = (s: Session, communeCode?: string | null, provinceCode?: string | null) =>
  canWriteCommune(s, communeCode, provinceCode);

export const canCreatePoint = (s: Session) => s.writeScope !== 'NONE';

/** Outcome values: POINT and commune-level units follow the commune rule; province-level ones the province rule. */
export function canEnterOutcome(
  s: Session,
  unit: { communeCode?: string | null; provinceCode?: string | null },
): boolean {
  return unit.communeCode
    ? canWriteCommune(s, unit.communeCode, unit.provinceCode)
    : canWriteProvince(s, unit.provinceCode);
}

export const canEnterAnyOutcome = (s: Session) => s.writeScope !== 'NONE';

/** National recognition is the ministry's decision. */
export const canRecogniseNationally = (s: Session) => s.writeScope === 'ALL';

/** Imports by kind, as the import endpoints check them row by row. */
export function canImport(s: Session, kind: string): boolean {
  if (s.writeScope === 'ALL') return true;
  if (kind === 'communes' || kind === 'legacy-units' || kind === 'legacy-successors') return false;
  if (kind === 'models') return s.writeScope === 'PROVINCE';
  return s.writeScope !== 'NONE';
}

export const canSeeAudit = (s: Session) => s.seesAudit;
