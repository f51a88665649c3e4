import type { components } from '../api/schema';

/** Who is signed in and what the API lets them write, as GET /api/v1/me tells it (checked against the contract below). */
export interface Session {
  username: string;
  name: string;
  roles: string[];
  /** The token's unit: a 2-digit province or 5-digit commune code, or null. */
  unit: string | null;
  /** What this user may write: everything, one province, one commune, or nothing. */
  writeScope: 'ALL' | 'PROVINCE' | 'COMMUNE' | 'NONE';
  /** The province of the unit (for a commune unit, its province), when known. */
  unitProvinceCode: string | null;
  seesAudit: boolean;
}

// Fails to compile when the contract's Me and this shape drift apart.
type Me = components['schemas']['Me'];
const _sameAsContract: (s: Session) => Me = (s) => ({
  ...s,
  unit: s.unit ?? undefined,
  unitProvinceCode: s.unitProvinceCode ?? undefined,
});
void _sameAsContract;

export const ROLE_LABELS: Record<string, string> = {
  'central-admin': 'Quản trị trung ương',
  'central-viewer': 'Cán bộ trung ương (chỉ xem)',
  'province-officer': 'Cán bộ cấp tỉnh',
  'commune-officer': 'Cán bộ cấp xã',
  'integration-client': 'Hệ thống tích hợp',
};

export function roleLabel(session: Session): string {
  const known = session.roles.filter((r) => ROLE_LABELS[r]);
  return known.length ? known.map((r) => ROLE_LABELS[r]).join(', ') : 'Không có vai trò';
}
