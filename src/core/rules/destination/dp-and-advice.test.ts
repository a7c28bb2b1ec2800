import { readFileSync } from 'node:fs';
import { messageFrom } from '../../model/build';
import { readIlrXml } from '../../xml/read-xml';
import { years } from '../../years/registry';
import { ESFA_SAMPLE_2526 } from '../../../../test/helpers/xmllint';
import { adviceRules } from '../advice';
import { runDefinitions as runRules } from '../testing';
import type { Finding } from '../types';
import { ruleCatalogue } from '../catalogue/catalogue';
import { destinationRules } from './index';
import { aim, learner, out, ULN } from './dp-fixtures';

const MINE = [...destinationRules, ...adviceRules];

const summary = (fs: Finding[]) => fs.map((f) => `${f.rule}:${f.severity}:${f.learnRefNumber ?? ''}`).sort();

describe('destination and advice rules together', () => {
  it('raise no error or warning on the ESFA 2025-26 sample (as of its file date); advice only', () => {
    const msg = readIlrXml(readFileSync(ESFA_SAMPLE_2526, 'utf8'), years);
    const findings = runRules(msg, MINE, { asOf: '2025-01-08' });
    expect(findings.filter((f) => f.severity !== 'advice')).toEqual([]);
    // What fires: 24 aims still continuing past their planned end date, and the one withdrawal (coded 97).
    const counts: Record<string, number> = {};
    for (const f of findings) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
    expect(counts).toEqual({ ADV_ContinuingPastPlannedEnd: 24, ADV_WithdrawOtherShare: 1 });
    for (const f of findings) {
      expect(f.rule).toMatch(/^ADV_/);
      expect(f.location).toBeDefined();
    }
  });

  it('check a synthetic 2020-21 message with destinations', () => {
    const msg = messageFrom('2021', {
      filePreparationDate: '2021-05-01',
      Learner: [
        // Finished 31 Jan 2021, destination EMP 1 from 12 Feb 2021: nothing to say.
        learner([aim()]),
        // Finished 31 Jan 2021, no destination by 1 May 2021: R107, R108 and ADV_DP_Overdue.
        { ...learner([aim()]), LearnRefNumber: 'L0002', ULN: '9999999999' },
        // Still studying, with an EMP outcome from after the aim began: ADV_DP_WhileContinuing.
        { ...learner([aim({ CompStatus: 1, LearnActEndDate: undefined, Outcome: undefined, LearnPlanEndDate: '2021-06-30' })]), LearnRefNumber: 'L0003' },
        // Achieved traineeship, no positive progression: Outcome_08.
        { ...learner([aim({ AimType: 1, ProgType: 24, LearnAimRef: 'ZPROG001' })]), LearnRefNumber: 'L0004' },
      ],
      LearnerDestinationandProgression: [
        { LearnRefNumber: 'L0001', ULN, DPOutcome: [out({ OutStartDate: '2021-02-12', OutCollDate: '2021-03-01' })] },
        { LearnRefNumber: 'L0003', ULN, DPOutcome: [out({ OutStartDate: '2020-11-01', OutCollDate: '2020-12-01' }), out({ OutType: 'XYZ', OutStartDate: '2020-11-01' })] },
        // Destination of L0004: EMP 2 (under 16 hours) does not count for Outcome_08; ULN differs from the learner's: R85;
        // collected after the file preparation date: OutCollDate_01.
        { LearnRefNumber: 'L0004', ULN: '1000000000', DPOutcome: [out({ OutCode: 2, OutStartDate: '2021-02-01', OutCollDate: '2021-06-01' })] },
      ],
    });
    const findings = runRules(msg, MINE, { asOf: '2021-05-01' });
    expect(summary(findings)).toEqual(
      [
        'ADV_DP_Overdue:advice:L0002',
        'ADV_DP_WhileContinuing:advice:L0003',
        'ADV_DP_WhileContinuing:advice:L0003',
        'OutCollDate_01:error:L0004',
        'OutType_01:error:L0003',
        'Outcome_08:error:L0004',
        'R107:error:L0002',
        'R108:error:L0002',
        'R85:error:L0004',
      ].sort(),
    );
  });

  it('run in 2025-26 on destination records kept in the workbook, as advice', () => {
    const msg = messageFrom('2526', {
      filePreparationDate: '2026-03-01',
      Learner: [learner([aim({ LearnStartDate: '2025-09-01', LearnPlanEndDate: '2026-01-31', LearnActEndDate: '2026-01-31' })])],
      LearnerDestinationandProgression: [{ LearnRefNumber: 'L0001', ULN, DPOutcome: [out({ OutType: 'EMP', OutCode: 3, OutStartDate: '2026-02-01', OutCollDate: '2026-02-10' })] }],
    });
    const findings = runRules(msg, MINE, { asOf: '2026-03-01' });
    expect(summary(findings)).toEqual(['OutType_01:advice:L0001', 'OutType_05:advice:L0001']);
  });

  it('list OutULN_02 as not run (needs the ULN register), not as a rule', () => {
    expect(ruleCatalogue(years.get('2021')).rules.find((r) => r.rule === 'OutULN_02')).toMatchObject({ needs: 'uln', state: 'needs-reference-data' });
    expect(MINE.find((r) => r.id === 'OutULN_02')).toBeUndefined();
  });

  it('have unique IDs, descriptions and the advice group for ADV_ rules', () => {
    const ids = MINE.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of adviceRules) expect(r).toMatchObject({ severity: 'advice', group: 'advice' });
    for (const r of MINE) expect(r.description.length).toBeGreaterThan(40);
  });
});
