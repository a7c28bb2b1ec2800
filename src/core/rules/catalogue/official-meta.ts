import type { RuleMeta, Severity } from '../types';
import { officialLists, ruleInList } from './official-list';

type Own = Pick<RuleMeta, 'entity' | 'fields' | 'group'> &
  Partial<Pick<RuleMeta, 'appliesTo' | 'severityFor' | 'needs' | 'years' | 'severity' | 'message'>> & { note?: string };

/**
 * The metadata of an official rule from the shipped rules lists (the newest list that has the ID): its severity,
 * error message and description (DetailedDescription and Exclusions), so a rule file states only what it checks.
 * A rule whose wording no shipped list publishes (2020-21-only rules) gives its own `severity` and `message`.
 */
export function officialMeta(id: string, own: Own): RuleMeta {
  const r = officialLists()
    .map((l) => ruleInList(l, id))
    .find((x) => x !== undefined && x.name === id);
  if (!r) throw new Error(`${id} is not in an official rules list`);
  const published = r.severity === 'Error' || r.severity === 'Warning';
  const severity: Severity | undefined = own.severity ?? (published ? (r.severity === 'Warning' ? 'warning' : 'error') : undefined);
  const message = own.message ?? (r.errorMessage || undefined);
  if (!severity || !message) throw new Error(`${id}: no shipped list publishes its severity and message; give them`);
  const description = [r.detailedDescription || r.description, r.exclusions ? `Exclusions: ${r.exclusions}` : '', own.note ?? '']
    .filter(Boolean)
    .join(' ');
  const { note: _note, ...rest } = own;
  return { id, needs: r.needs, ...rest, severity, message, description };
}
