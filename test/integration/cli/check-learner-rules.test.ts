import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { messageFrom } from '../../../src/core/model/build';
import { writeXmlString } from '../../../src/core/xml/write-xml';
import { runCli, CLI_TEST_TIMEOUT_MS } from '../../helpers/run-cli';

jest.setTimeout(CLI_TEST_TIMEOUT_MS);

/**
 * A new user's file with eight problems of the learner, HE, FAM and cross-record kinds (issue "Rules, part 3"): before
 * those rules, `ilr check` found none of them. Synthetic learners; the file is written as the product writes an ILR file.
 */
function newUserFile(): string {
  const base = { ULN: '1061484016', FamilyName: 'Test', GivenNames: 'Una', Ethnicity: 31, Sex: 'F', LLDDHealthProb: 2, Postcode: 'ZZ99 9ZZ', PostcodePrior: 'ZZ99 9ZZ' };
  const msg = messageFrom('2526', {
    filePreparationDate: '2026-01-15',
    Learner: [
      {
        LearnRefNumber: 'NU001',
        ...base,
        // 1. no date of birth on a funded learner; 2. a malformed NI number; 4. an LLDD learner with no primary LLDD
        NINumber: 'AB12',
        LLDDHealthProb: 1,
        LLDDandHealthProblem: [{ LLDDCat: 4 }],
        LearningDelivery: [
          {
            LearnAimRef: '60146394', AimType: 5, AimSeqNumber: 1, LearnStartDate: '2025-09-01', LearnPlanEndDate: '2026-06-30', FundModel: 25, DelLocPostCode: 'ZZ99 9ZZ', CompStatus: 1,
            LearningDeliveryFAM: [
              // 7. a 16-19 (FundModel 25) aim funded by neither SOF 105 nor 107
              { LearnDelFAMType: 'SOF', LearnDelFAMCode: '108' },
              // 3. a FAM date-to before its date-from
              { LearnDelFAMType: 'LSF', LearnDelFAMCode: '1', LearnDelFAMDateFrom: '2025-10-01', LearnDelFAMDateTo: '2025-09-15' },
            ],
            // 5. NETFEE without GROSSFEE; 6. an invalid MODESTUD
            LearningDeliveryHE: [{ NUMHUS: '2000001', QUALENT3: 'C20', TYPEYR: 1, MODESTUD: 7, FUNDLEV: 10, STULOAD: 100, YEARSTU: 1, MSTUFEE: 1, PCOLAB: 100, NETFEE: 1000, DOMICILE: 'XF', ELQ: 1 }],
          },
        ],
      },
      {
        // 8. the same ULN on a second learner
        LearnRefNumber: 'NU002',
        ...base,
        DateOfBirth: '1990-01-01',
        LearningDelivery: [
          { LearnAimRef: '60146394', AimType: 4, AimSeqNumber: 1, LearnStartDate: '2025-09-01', LearnPlanEndDate: '2026-06-30', FundModel: 38, DelLocPostCode: 'ZZ99 9ZZ', CompStatus: 1, LearningDeliveryFAM: [{ LearnDelFAMType: 'SOF', LearnDelFAMCode: '105' }] },
        ],
      },
    ],
  });
  const file = join(mkdtempSync(join(tmpdir(), 'ilr-new-user-')), 'new-user.xml');
  writeFileSync(file, writeXmlString(msg));
  return file;
}

interface JsonFinding {
  rule: string;
  severity: string;
  learnRefNumber?: string;
  aimSeqNumber?: string;
  entity: string;
  field?: string;
  value?: string;
  related?: { entity: string; field?: string; learnRefNumber?: string }[];
}

describe('ilr check finds the learner, HE, FAM and cross-record problems a new user would make', () => {
  let findings: JsonFinding[];
  beforeAll(async () => {
    const r = await runCli(['check', newUserFile(), '--as-of', '2026-01-15', '--format', 'json']);
    expect(r.code).toBe(1);
    findings = JSON.parse(r.out).findings;
  });

  it.each([
    ['no date of birth on a funded learner', { rule: 'DateOfBirth_01', learnRefNumber: 'NU001', entity: 'Learner', field: 'DateOfBirth' }],
    ['a malformed NI number', { rule: 'NINumber_01', learnRefNumber: 'NU001', entity: 'Learner', field: 'NINumber', value: 'AB12' }],
    ['a FAM date-to before its date-from', { rule: 'LearnDelFAMDateTo_01', learnRefNumber: 'NU001', aimSeqNumber: '1', entity: 'LearningDeliveryFAM', field: 'LearnDelFAMDateTo', value: '2025-09-15' }],
    ['no primary LLDD', { rule: 'PrimaryLLDD_01', learnRefNumber: 'NU001', entity: 'LLDDandHealthProblem' }],
    ['NETFEE without GROSSFEE', { rule: 'GROSSFEE_01', learnRefNumber: 'NU001', aimSeqNumber: '1', entity: 'LearningDeliveryHE', field: 'GROSSFEE' }],
    ['an invalid MODESTUD', { rule: 'MODESTUD_01', learnRefNumber: 'NU001', aimSeqNumber: '1', entity: 'LearningDeliveryHE', field: 'MODESTUD', value: '7' }],
    ['an FM25 aim without SOF 105/107', { rule: 'LearnDelFAMType_07', learnRefNumber: 'NU001', aimSeqNumber: '1', entity: 'LearningDeliveryFAM', field: 'LearnDelFAMCode', value: '108' }],
    ['the same ULN on two learners', { rule: 'R_59', learnRefNumber: 'NU002', entity: 'Learner', field: 'ULN', value: '1061484016' }],
  ])('%s', (_n, expected) => {
    expect(findings).toContainEqual(expect.objectContaining({ severity: 'error', ...expected }));
  });

  it('a finding about several records names the others: the other learner with the ULN, the FAM\'s date-from', () => {
    const uln = findings.find((f) => f.rule === 'R_59' && f.learnRefNumber === 'NU001')!;
    expect(uln.related).toContainEqual(expect.objectContaining({ entity: 'Learner', field: 'ULN', learnRefNumber: 'NU002' }));
    const dates = findings.find((f) => f.rule === 'LearnDelFAMDateTo_01')!;
    expect(dates.related).toContainEqual(expect.objectContaining({ entity: 'LearningDeliveryFAM', field: 'LearnDelFAMDateFrom', learnRefNumber: 'NU001' }));
  });
});
