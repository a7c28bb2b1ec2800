// Writes the synthetic ILR XML fixtures used by the tests (no real people: invented names and ULNs).
// Run: npx tsx --require ./scripts/register-text-assets.cjs scripts/make-test-fixtures.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { likely2627 } from '../test/helpers/fake-year';
import { messageFrom, type RecordSpec } from '../src/core/model/build';
import { writeXmlString } from '../src/core/xml/write-xml';

/** A ULN with a valid check digit (weights 10..2 over the first nine digits; check = 10 - sum mod 11). */
function uln(nine: string): string {
  const sum = [...nine].reduce((s, d, i) => s + Number(d) * (10 - i), 0);
  const r = sum % 11;
  if (r === 0) throw new Error(`no valid check digit for ${nine}`);
  return nine + String(10 - r);
}

const learner = (ref: string, nine: string, given: string, extra: RecordSpec, aims: RecordSpec[]): RecordSpec => ({
  LearnRefNumber: ref,
  ULN: uln(nine),
  FamilyName: 'Testlearner',
  GivenNames: given,
  DateOfBirth: '2003-05-14',
  Ethnicity: '31',
  Sex: 'F',
  LLDDHealthProb: '2',
  PlanLearnHours: '540',
  PlanEEPHours: '40',
  MathGrade: 'C',
  EngGrade: 'C',
  PostcodePrior: 'ZZ99 9ZZ',
  Postcode: 'ZZ99 9ZZ',
  AddLine1: '1 Test Street',
  ...extra,
  LearningDelivery: aims,
});

// A 16-19 study programme's core aim (AimType 5: R63), a qualification reference, not the programme aim's ZPROG001
// (LearnAimRef_30).
const aim = (seq: number, fields: RecordSpec): RecordSpec => ({
  LearnAimRef: '60146394',
  AimType: '5',
  AimSeqNumber: String(seq),
  LearnStartDate: '2020-09-07',
  LearnPlanEndDate: '2021-06-30',
  FundModel: '25',
  DelLocPostCode: 'ZZ99 9ZZ',
  ...fields,
  LearningDeliveryFAM: [{ LearnDelFAMType: 'SOF', LearnDelFAMCode: '107' }],
});

const msg2021 = messageFrom('2021', {
  ukprn: '10000001',
  filePreparationDate: '2021-08-20',
  dateTime: '2021-08-20T10:15:00',
  serialNo: '03',
  Learner: [
    learner('DP001', '100000001', 'Alpha', { PriorAttain: '2', PlanLearnHours: '540' }, [
      aim(1, { CompStatus: '2', LearnActEndDate: '2021-06-25', Outcome: '1' }),
    ]),
    learner('DP002', '100000002', 'Beta & Co <test>', { PlanLearnHours: '540', LearnerFAM: [{ LearnFAMType: 'LSR', LearnFAMCode: '36' }] }, [
      aim(1, { CompStatus: '3', LearnActEndDate: '2021-02-01', WithdrawReason: '29', Outcome: '3' }),
    ]),
    learner('DP003', '100000003', 'Gamma', {
      LearnerEmploymentStatus: [{ EmpStat: '10', DateEmpStatApp: '2020-09-01', EmploymentStatusMonitoring: [{ ESMType: 'EII', ESMCode: '8' }] }],
    }, [aim(1, { CompStatus: '1' })]),
  ],
  LearnerDestinationandProgression: [
    {
      LearnRefNumber: 'DP001',
      ULN: uln('100000001'),
      DPOutcome: [
        { OutType: 'EDU', OutCode: '1', OutStartDate: '2021-09-06', OutCollDate: '2021-08-15' },
        { OutType: 'EMP', OutCode: '2', OutStartDate: '2021-07-19', OutEndDate: '2021-08-27', OutCollDate: '2021-08-15' },
      ],
    },
    {
      LearnRefNumber: 'DP002',
      ULN: uln('100000002'),
      DPOutcome: [{ OutType: 'NPE', OutCode: '2', OutStartDate: '2021-03-01', OutCollDate: '2021-04-12' }],
    },
  ],
});

writeFileSync('test/fixtures/xml/synthetic-2021-with-dp.xml', `<!-- Synthetic ILR 2020-21 file with destination outcomes, made by scripts/make-test-fixtures.ts. No real people. -->\n` + writeXmlString(msg2021).replace(/^<\?xml[^>]*>\n/, ''));
console.log('wrote test/fixtures/xml/synthetic-2021-with-dp.xml');

// ---- a would-be 2026-27 file and XSD, for adding a year in the task pane (issue: the current collection year) ----
// The XSD: the 2025-26 one as the official 2026-27 changes describe it (test/helpers/fake-year.ts likely2627: namespace
// and Year, EPAOrgID 7 → 8, FUNDCOMP removed). The file: the ESFA 2025-26 sample's learners that have no errors, moved
// to 2026-27 (namespace, Year; FUNDCOMP left out, as 2026-27 has none). OGL v3.0, like the sources.
const esfa = readFileSync('test/fixtures/xml/ILR-99999999-2526-20250108-094401.xml', 'utf8');
// (CLLearner's Community Learning aim, FundModel 10, and StandLearn's 2015 starts would be errors in 2026-27: left out)
const keep = new Set(['HEFunded', 'LoanLearner', 'Other1619', 'OtherAdult']);
const file2627 = esfa
  .replace(/<Learner>[\s\S]*?<\/Learner>\s*/g, (block) => (keep.has(/<LearnRefNumber>([^<]*)<\/LearnRefNumber>/.exec(block)?.[1] ?? '') ? block : ''))
  .replace(/ESFA\/ILR\/2025-26/g, 'ESFA/ILR/2026-27')
  .replace('<Year>2526</Year>', '<Year>2627</Year>')
  .replace(/<FUNDCOMP>[^<]*<\/FUNDCOMP>\s*/g, '');
writeFileSync('test/fixtures/xml/ILR-99999999-2627-20260815-094401.xml', file2627);
writeFileSync('test/fixtures/xml/ILR-2026-27-likely.xsd', likely2627());
console.log('wrote test/fixtures/xml/ILR-99999999-2627-20260815-094401.xml and ILR-2026-27-likely.xsd');
