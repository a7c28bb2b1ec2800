import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, CLI_TEST_TIMEOUT_MS } from '../../helpers/run-cli';

jest.setTimeout(CLI_TEST_TIMEOUT_MS);

// End to end through the sheet layer's real CSV reader: a Learner sheet saved as CSV (synthetic learners).
const dir = mkdtempSync(join(tmpdir(), 'ilr-check-csv-'));
const file = join(dir, 'Learner.csv');
writeFileSync(
  file,
  [
    'LearnRefNumber,ULN,FamilyName,GivenNames,DateOfBirth,Ethnicity,Sex,LLDDHealthProb,PostcodePrior,Postcode',
    'L1,1061484935,Learner,Test,14/05/2004,31,F,2,ZZ99 9ZZ,ZZ99 9ZZ',
    'L2,9999999999,Learner,Other,2004-05-14,30,X,2,ZZ99 9ZZ,ZZ99 9ZZ',
    'L1,1061484938,Learner,Third,2004-05-14,31,M,2,ZZ99 9ZZ,TOOLONGPOSTCODE',
  ].join('\n'),
);

interface F {
  rule: string;
  learnRefNumber?: string;
  location?: { sheet: string; cell: string };
}

describe('ilr check on a CSV file', () => {
  it('reports the rules of this part at their cells', async () => {
    const r = await runCli(['check', file, '--year', '2526', '--as-of', '2026-02-01', '--format', 'json']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out) as { findings: F[]; asOf: string };
    expect(j.asOf).toBe('2026-02-01');
    const at = (rule: string) => j.findings.filter((f) => f.rule === rule).map((f) => f.location && `${f.location.sheet}!${f.location.cell}`);
    expect(at('ULN_04')).toEqual(['Learner!B2']);
    expect(at('R_06').sort()).toEqual(['Learner!A2', 'Learner!A4']);
    expect(at('Ethnicity_01')).toEqual(['Learner!F3']);
    expect(at('Sex_01')).toEqual(['Learner!G3']);
    expect(at('FD_Postcode_AL')).toEqual(['Learner!J4']);
    // the UK date typed as text was read as a date by the sheet layer: no data-type finding
    expect(j.findings.some((f) => f.rule === 'FD_DateOfBirth_DT')).toBe(false);
  });

  it('says where a missing header value belongs in text', async () => {
    const r = await runCli(['check', file, '--year', '2526', '--as-of', '2026-02-01']);
    expect(r.out).toMatch(/file header \(Source; the Return sheet of a workbook\)/);
  });
});
