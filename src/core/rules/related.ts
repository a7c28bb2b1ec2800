/** The most other records a finding names in `related` (see ReportDetails.relatedTotal); the engine keeps no more. */
export const MAX_RELATED = 20;

/**
 * The other members of a group a finding names (a group of learners with one ULN, of aims with one sequence number):
 * at most MAX_RELATED of them, in order, and how many there are in all — so a group of thousands costs a finding
 * twenty entries, not thousands, and reporting each member stays linear in the group's size.
 */
export function othersOf<T>(group: readonly T[], self: T): { others: T[]; total: number } {
  const others: T[] = [];
  for (const m of group) {
    if (m === self) continue;
    if (others.length === MAX_RELATED) break;
    others.push(m);
  }
  return { others, total: group.length - 1 };
}
