/**
 * Issue 14 row: "`--disable NoSuchRule_99` … accepted silently". An unknown rule ID or group (or --advice setting) is
 * refused (exit 2) naming it and the closest known name: a typing slip must not leave a rule running that the user
 * believes switched off.
 */
import { CLI_TEST_TIMEOUT_MS, runCli } from '../../helpers/run-cli';
import { ESFA_SAMPLE_2526, SYNTHETIC_2021 } from '../../helpers/xmllint';

jest.setTimeout(CLI_TEST_TIMEOUT_MS);

describe('--disable', () => {
  test('NoSuchRule_99 is refused, named, with the closest known ID', async () => {
    const r = await runCli(['check', ESFA_SAMPLE_2526, '--disable', 'NoSuchRule_99']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/^ilr: --disable: "NoSuchRule_99" \(the closest known: \S+\) is not a rule ID or group; "ilr rules" lists every rule ID, and the groups are FD, ULN, /);
  });

  test('a typing slip gets the ID meant', async () => {
    const r = await runCli(['check', ESFA_SAMPLE_2526, '--disable', 'ULN_O4']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('"ULN_O4" (the closest known: ULN_04)');
  });

  test('every unknown name in a list is named; a known one beside them does not hide them', async () => {
    const r = await runCli(['check', ESFA_SAMPLE_2526, '--disable', 'FD,advise,R_06', '--disable', 'CompStatus_99x']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('"advise" (the closest known: advice)');
    expect(r.err).toContain('"CompStatus_99x"');
    expect(r.err).toContain('are not rule IDs or groups');
  });

  test('known IDs of any year, groups and cell checks are accepted, case-insensitively', async () => {
    const off = await runCli(['check', ESFA_SAMPLE_2526, '--format', 'json', '--disable', 'r06,fd,Cell_Date,uln']);
    expect(off.code).not.toBe(2);
    const json = JSON.parse(off.out) as { findings: { rule: string }[] };
    expect(json.findings.some((f) => f.rule.startsWith('FD_') || f.rule.startsWith('ULN_') || f.rule === 'R_06')).toBe(false);
    const old = await runCli(['check', SYNTHETIC_2021, '--disable', 'R_06,AchDate_10']);
    expect(old.code).not.toBe(2);
  });
});

describe('--advice', () => {
  test('NoSuch=3 is refused naming the settings and the closest', async () => {
    const r = await runCli(['check', ESFA_SAMPLE_2526, '--advice', 'NoSuch=3']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^ilr: --advice takes NAME=NUMBER with NAME one of breakInLearningMonths, .* \(got "NoSuch=3"\); did you mean \w+\?$/);
  });

  test('a typing slip gets the setting meant', async () => {
    const r = await runCli(['check', ESFA_SAMPLE_2526, '--advice', 'breakInLearningMonth=3']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('did you mean breakInLearningMonths?');
  });
});
