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
  return parts.join(form === 'ids' ? ', ' : '; ');
}
