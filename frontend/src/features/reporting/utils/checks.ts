/** An outlier's follow-up mark, if it has one. */
export interface FollowUpLike {
  followUp?: { comment?: string | null; markedBy?: string | null; markedAt?: string | null } | null;
}

export function followUpOf(o: FollowUpLike): { comment: string | null; by: string | null; at: string | null } | null {
  if (!o.followUp) return null;
  return { comment: o.followUp.comment ?? null, by: o.followUp.markedBy ?? null, at: o.followUp.markedAt ?? null };
}

export interface ViolationLike {
  ruleCode?: string;
  message?: string;
  importance?: string;
  unitType?: string;
  pointId?: number | null;
  communeCode?: string | null;
  provinceCode?: string;
}

export interface RuleLike {
  code?: string;
  leftSide?: { indicatorCodes?: string[] };
  rightSide?: { indicatorCodes?: string[] };
}

/**
 * Violations by the indicators their rule compares, to show each next to those fields; a violation whose rule is
 * not known (rules not loaded) goes under '' for a note above the grid.
 */
export function violationsByIndicator<V extends ViolationLike>(
  violations: V[],
  rules: RuleLike[],
): Record<string, V[]> {
  const sides = new Map(
    rules.map((r) => [r.code ?? '', [...(r.leftSide?.indicatorCodes ?? []), ...(r.rightSide?.indicatorCodes ?? [])]]),
  );
  const out: Record<string, V[]> = {};
  for (const v of violations) {
    const codes = sides.get(v.ruleCode ?? '') ?? [];
    for (const code of codes.length ? [...new Set(codes)] : ['']) (out[code] ??= []).push(v);
  }
  return out;
}

/** The violations of exactly this unit (a list of a commune holds its points' too). */
export function violationsOfUnit<V extends ViolationLike>(
  violations: V[],
  unit: { kind: string; pointId?: number | null; communeCode?: string | null; provinceCode?: string | null },
): V[] {
  return violations.filter((v) => {
    if (v.unitType !== unit.kind) return false;
    if (unit.kind === 'POINT') return v.pointId === unit.pointId;
    if (unit.kind === 'COMMUNE') return v.communeCode === unit.communeCode;
    if (unit.kind === 'PROVINCE') return v.provinceCode === unit.provinceCode;
    return false;
  });
}
