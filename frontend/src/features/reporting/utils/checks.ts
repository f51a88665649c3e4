/** Outliers' follow-up marks, read whichever way the API words them (a flag with fields, or an object). */
export interface FollowUpLike {
  followUp?: boolean | { comment?: string | null; by?: string | null; at?: string | null } | null;
  followUpComment?: string | null;
  followUpBy?: string | null;
  followUpAt?: string | null;
}

export function followUpOf(o: FollowUpLike): { comment: string | null; by: string | null; at: string | null } | null {
  if (o.followUp && typeof o.followUp === 'object')
    return { comment: o.followUp.comment ?? null, by: o.followUp.by ?? null, at: o.followUp.at ?? null };
  if (o.followUp === true || o.followUpComment)
    return { comment: o.followUpComment ?? null, by: o.followUpBy ?? null, at: o.followUpAt ?? null };
  return null;
}
