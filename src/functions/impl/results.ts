import type { Finding, Severity } from '../../core/rules/types';
import type { OutputForm } from './options';

const ORDER: Record<Severity, number> = { error: 0, warning: 1, advice: 2 };

/** What a row with nothing to report shows. */
export const OK = 'OK';

/**
 * One row's findings as cell text: "RuleID: message" joined by "; ", errors before warnings before advice (then by
 * rule ID); the same rule and message once only. In "ids" form, the distinct rule IDs joined by ", ".
 */
export function formatFindings(findings: readonly Finding[], form: OutputForm): string {
  if (findings.length === 0) return OK;
  const sorted = [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || a.rule.localeCompare(b.rule));
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const f of sorted) {
    const part = form === 'ids' ? f.rule : `${f.rule}: ${f.message}`;
    if (seen.has(part)) continue;
    seen.add(part);
    parts.push(part);
  }
  if (form === 'ids') return parts.join(', ');
  return shareSuffix(parts).join('; ');
}

/**
 * When several messages end with the same note in brackets (e.g. the destination rules' "(advice: the 2025-26 ILR has
 * no Destination and Progression entity, …)"), the note is given once, after the last of them.
 */
function shareSuffix(parts: string[]): string[] {
  if (parts.length < 2) return parts;
  const suffixOf = (p: string) => / \([^()]*\)$/.exec(p)?.[0];
  const first = suffixOf(parts[0]!);
  if (!first || !parts.every((p) => suffixOf(p) === first)) return parts;
  return parts.map((p, i) => (i === parts.length - 1 ? p : p.slice(0, -first.length)));
}
