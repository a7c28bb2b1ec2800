import { useState } from 'react';
import { Button, Caption1, Link, Subtitle2 } from '@fluentui/react-components';
import type { Finding } from '../../core/rules/types';
import { cellOf, type RuleGroup } from '../app/check-workbook';
import { ukDatesInText } from '../../core/cells/uk-dates';
import { SeverityBadge } from './Severity';

const PAGE = 50;

function placeOf(f: Finding): string {
  const c = cellOf(f);
  if (c) return `${c.sheet}!${c.cell}`;
  if (f.location && 'line' in f.location) return `line ${f.location.line}`;
  return f.learnRefNumber ? `learner ${f.learnRefNumber}` : f.entity;
}

function GroupView({ group, onSelect }: { group: RuleGroup; onSelect: (sheet: string, cell: string) => void }) {
  const [shown, setShown] = useState(PAGE);
  const first = group.findings[0]!;
  const headingId = `rule-${group.rule}`;
  return (
    <section aria-labelledby={headingId} className="ilr-rule-group" data-rule={group.rule} style={{ marginBottom: 10 }}>
      <Subtitle2 block as="h4" id={headingId} style={{ display: 'flex', gap: 6, alignItems: 'center', margin: '4px 0' }}>
        <SeverityBadge severity={group.severity} />
        <span>{group.rule}</span>
        <span aria-label={`${group.findings.length} found`}>({group.findings.length})</span>
      </Subtitle2>
      <Caption1 as="p" style={{ margin: '0 0 4px' }}>{ukDatesInText(first.message)}</Caption1>
      <ul style={{ margin: 0, paddingLeft: 18 }}>
        {group.findings.slice(0, shown).map((f, i) => {
          const c = cellOf(f);
          const place = placeOf(f);
          const who = f.learnRefNumber ? ` — learner ${f.learnRefNumber}` : '';
          return (
            <li key={i}>
              {c ? (
                <Link as="button" data-sheet={c.sheet} data-cell={c.cell} onClick={() => onSelect(c.sheet, c.cell)} aria-label={`Go to ${place}: ${group.rule} ${ukDatesInText(f.message)}`}>
                  {place}
                </Link>
              ) : (
                <span>{place}</span>
              )}
              {who}
              {f.message !== first.message ? `: ${ukDatesInText(f.message)}` : ''}
            </li>
          );
        })}
      </ul>
      {group.findings.length > shown && (
        <Button size="small" appearance="subtle" onClick={() => setShown((n) => n + PAGE)}>
          Show {Math.min(PAGE, group.findings.length - shown)} more of {group.findings.length - shown} for {group.rule}
        </Button>
      )}
    </section>
  );
}

/** Findings grouped by rule, each with its count; each cell is a button that goes to it. */
export function FindingGroups({ groups, onSelect }: { groups: RuleGroup[]; onSelect: (sheet: string, cell: string) => void }) {
  return (
    <div>
      {groups.map((g) => (
        <GroupView key={g.rule} group={g} onSelect={onSelect} />
      ))}
    </div>
  );
}
