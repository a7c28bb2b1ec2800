import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readIlrXml } from '../../xml/read-xml';
import { runDefinitions as runRules } from '../testing';
import { employmentRules } from './index';

describe('the employment rules on the ESFA 2025-26 sample', () => {
  test('report only the genuine faults of the anonymised data', () => {
    const msg = readIlrXml(readFileSync(join(__dirname, '../../../../test/fixtures/xml/ILR-99999999-2526-20250108-094401.xml'), 'utf8'));
    const findings = runRules(msg, employmentRules, { asOf: '2026-07-31' }).map((f) => `${f.rule} ${f.learnRefNumber} ${JSON.stringify(f.location)}`);
    expect(findings.sort()).toEqual(
      [
        // Skills Bootcamp learners (born 2001, FundModel 37 aims from 2024-08-01): the only status applies from 2024-08-31
        ...[1471, 1489].map((l) => `EmpStat_08 SBLearner {"line":${l}}`),
        ...[1534, 1570].map((l) => `EmpStat_08 SBLearnerEV {"line":${l}}`),
        // T Level learners (FundModel 25 from 2023): no employment status, planned hours under 540 (none; 250 + 100)
        ...[1233, 1250, 1266, 1282].map((l) => `EmpStat_11 TLevel16 {"line":${l}}`),
        ...[1143, 1159, 1175, 1191].map((l) => `EmpStat_11 TLevelT {"line":${l}}`),
      ].sort(),
    );
  });
});
