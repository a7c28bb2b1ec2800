import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planImport } from '../../../src/taskpane/app/import-flow';
import { FakePort } from './ui/fake-port';

const ESFA = readFileSync(join(__dirname, '../../fixtures/xml/ILR-99999999-2526-20250108-094401.xml'), 'utf8');
const KEEP = ['HEFunded', 'LoanLearner'];
/** The ESFA sample cut to two learners without apprenticeship financial records. */
const twoLearners = ESFA.replace(/<Learner>[\s\S]*?<\/Learner>\s*/g, (b) => (KEEP.includes(/<LearnRefNumber>([^<]*)</.exec(b)?.[1] ?? '') ? b : ''));

describe('planning an import', () => {
  it('empties an ILR sheet the file has no records for (no row of an earlier return is left behind); keeps the destination tracking of a year without them', async () => {
    const port = new FakePort([
      { sheet: 'AppFinRecord', headerRow: 1, firstColumn: 1, headers: ['LearnRefNumber', 'AimSeqNumber', 'AFinType'], rows: [['OLD1', 1, 'TNP']] },
      { sheet: 'DPOutcome', headerRow: 1, firstColumn: 1, headers: ['LearnRefNumber', 'OutType'], rows: [['OLD1', 'EMP']] },
    ]);
    const plan = await planImport(port, twoLearners);
    const afin = plan.tables.find((t) => t.sheet === 'AppFinRecord');
    expect(afin).toMatchObject({ rows: [] });
    expect(afin!.headers).toContain('AFinType');
    expect(plan.overwrites).toContain('AppFinRecord');
    expect(plan.tables.find((t) => t.sheet === 'DPOutcome')).toBeUndefined();
    // a sheet the workbook does not have is not made just to be empty
    expect(plan.tables.find((t) => t.sheet === 'LearningDeliveryWorkPlacement')).toBeUndefined();
  });
});
