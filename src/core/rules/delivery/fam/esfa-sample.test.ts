import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readIlrXml } from '../../../xml/read-xml';
import { runDefinitions } from '../../testing';
import { deliveryFamRules } from './index';

describe('the delivery FAM rules on the ESFA 2025-26 sample', () => {
  test('report only the genuine faults of the anonymised data', () => {
    const msg = readIlrXml(readFileSync(join(__dirname, '../../../../../test/fixtures/xml/ILR-99999999-2526-20250108-094401.xml'), 'utf8'));
    const findings = runDefinitions(msg, deliveryFamRules, { asOf: '2025-01-08' }).map((f) => `${f.rule} ${f.learnRefNumber} ${f.aimSeqNumber} ${f.field}`);
    expect(findings.sort()).toEqual(
      [
        // Skills Bootcamp aims (FundModel 37, ProgType 32) returned with SOF 105 (and EVI) but no Full or co-funding
        // indicator, which the 2025-26 specification collects for Skills Bootcamps
        'LearnDelFAMType_111 SBLearner 1 ProgType',
        'LearnDelFAMType_111 SBLearner 2 ProgType',
        'LearnDelFAMType_111 SBLearnerEV 1 ProgType',
        'LearnDelFAMType_111 SBLearnerEV 2 ProgType',
      ].sort(),
    );
  });
});
