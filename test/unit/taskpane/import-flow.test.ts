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

  it('decodes the file by its own encoding declaration, as the command line does (ISO-8859-1 Müller stays Müller)', async () => {
    const latin1 = ('<?xml version="1.0" encoding="ISO-8859-1"?>\n' + twoLearners.replace(/^<\?xml[^>]*\?>\s*/, '')).replace(/<FamilyName>[^<]*</, '<FamilyName>Müller<');
    const bytes = Uint8Array.from(latin1, (ch) => ch.charCodeAt(0) & 0xff);
    expect(bytes.includes(0xfc)).toBe(true);
    const plan = await planImport(new FakePort([]), bytes);
    const learner = plan.tables.find((t) => t.sheet === 'Learner')!;
    expect(learner.rows[0]![learner.headers.indexOf('FamilyName')]).toBe('Müller');
  });
});
