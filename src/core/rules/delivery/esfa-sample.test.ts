import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readIlrXml } from '../../xml/read-xml';
import { runDefinitions as runRules } from '../testing';
import { deliveryRules } from './index';

describe('the delivery rules on the ESFA 2025-26 sample (as of its file preparation date, 2025-01-08)', () => {
  test('report only the genuine faults of the anonymised data', () => {
    const msg = readIlrXml(readFileSync(join(__dirname, '../../../../test/fixtures/xml/ILR-99999999-2526-20250108-094401.xml'), 'utf8'));
    const findings = runRules(msg, deliveryRules, { asOf: '2025-01-08' }).map((f) => `${f.rule} ${f.learnRefNumber} ${JSON.stringify(f.location)}`);
    expect(findings.sort()).toEqual(
      [
        // actual end dates after the file's preparation date (2025-01-08): 2025-04-01, 2025-06-30 and 2025-03-30 twice
        'LearnActEndDate_04 16Learner {"line":100}',
        'LearnActEndDate_04 ASLearner {"line":322}',
        'LearnActEndDate_04 SBLearnerEV {"line":1541}',
        'LearnActEndDate_04 SBLearnerEV {"line":1577}',
        // an achievement date (2025-04-03) after the file's preparation date
        'AchDate_07 SBLearnerEV {"line":1543}',
        // T Level learner: every aim starts 2023-09-01 but is planned to end 2023-07-30
        ...[1144, 1160, 1176, 1192].map((l) => `LearnPlanEndDate_02 TLevelT {"line":${l}}`),
      ].sort(),
    );
  });
});
