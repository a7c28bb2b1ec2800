import { Badge } from '@fluentui/react-components';
import type { Severity } from '../../core/rules/types';

const LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', advice: 'Advice' };
const COLOUR = { error: 'danger', warning: 'warning', advice: 'informative' } as const;

/** Severity as a word in a badge: colour is never the only signal. */
export function SeverityBadge({ severity }: { severity: Severity }) {
  return (
    <Badge appearance="tint" color={COLOUR[severity]} shape="rounded">
      {LABEL[severity]}
    </Badge>
  );
}

export function severityLabel(s: Severity): string {
  return LABEL[s];
}
