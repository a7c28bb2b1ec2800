import type { RuleMeta, Severity } from '../types';
import { officialRule } from './official-list';

/**
 * The metadata of an official rule from the shipped rules list: its severity, error message and description
 * (DetailedDescription and Exclusions), so a rule file states only what it checks.
 */
export function officialMeta(
  id: string,
  own: Pick<RuleMeta, 'entity' | 'fields' | 'group'> & Partial<Pick<RuleMeta, 'appliesTo' | 'severityFor' | 'needs'>> & { note?: string },
): RuleMeta {
  const r = officialRule(id);
  if (!r) throw new Error(`${id} is not in the official rules list`);
  const severity: Severity = r.severity === 'Warning' ? 'warning' : 'error';
  const description = [r.detailedDescription || r.description, r.exclusions ? `Exclusions: ${r.exclusions}` : '', own.note ?? '']
    .filter(Boolean)
    .join(' ');
  const { note: _note, ...rest } = own;
  return { id, severity, message: r.errorMessage, description, needs: r.needs, ...rest };
}
