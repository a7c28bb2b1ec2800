import { messageFrom } from '../../../src/core/model/build';
import { setField } from '../../../src/core/model/record';
import { todayIso } from '../../../src/core/model/dates';
import type { LoadedInput } from '../../../src/cli/load-input';
import { runCli, CLI_TEST_TIMEOUT_MS } from '../../helpers/run-cli';

jest.setTimeout(CLI_TEST_TIMEOUT_MS);

// The workbook reader belongs to the sheet layer; here it is replaced by one that returns a known message with a cell
// problem found while reading, so that what `ilr check` does with a workbook's input is tested on its own.
jest.mock('../../../src/cli/workbook-input', () => ({
  loadWorkbookInput: async (): Promise<LoadedInput> => {
    const msg = messageFrom('2526', {
      Learner: [
        {
          LearnRefNumber: 'L1',
          ULN: '1061484935',
          FamilyName: 'Smith',
          GivenNames: 'Alex',
          DateOfBirth: '1990-01-01',
          Ethnicity: 31,
          Sex: 'F',
          LLDDHealthProb: 2,
          PlanLearnHours: 120,
          PostcodePrior: 'ZZ99 9ZZ',
          Postcode: 'ZZ99 9ZZ',
          AddLine1: '1 Test Street',
          PriorAttain: [{ PriorLevel: 3, DateLevelApp: '2025-08-01' }],
          LearningDelivery: [
            { LearnAimRef: '60146394', AimType: 4, AimSeqNumber: 1, LearnStartDate: '2024-07-01', LearnPlanEndDate: '2026-06-30', FundModel: 35, DelLocPostCode: 'ZZ99 9ZZ', CompStatus: 1,
              LearningDeliveryFAM: [{ LearnDelFAMType: 'SOF', LearnDelFAMCode: '105' }, { LearnDelFAMType: 'FFI', LearnDelFAMCode: '1' }] },
          ],
        },
      ],
    });
    const learner = msg.root.children['Learner']![0]!;
    setField(learner, 'ULN', '1061484935', { sheet: 'Learner', cell: 'B2' });
    return {
      kind: 'xlsx',
      message: msg,
      problems: [
        {
          rule: 'Cell_Date',
          severity: 'error',
          message: 'LearningDelivery!F2: "31/13/2025" is not a date',
          learnRefNumber: 'L1',
          entity: 'LearningDelivery',
          field: 'LearnPlanEndDate',
          value: '31/13/2025',
          location: { sheet: 'LearningDelivery', cell: 'F2' },
        },
      ],
      notes: ['column Notes on sheet Learner ignored'],
    };
  },
}));

describe('ilr check on a workbook', () => {
  it('includes the cell problems found while reading, reports cells, and checks as of today by default', async () => {
    const r = await runCli(['check', 'learners.xlsx', '--format', 'json']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    expect(j.asOf).toBe(todayIso());
    expect(j.input).toBe('learners.xlsx');
    const rules = j.findings.map((f: { rule: string }) => f.rule);
    expect(rules).toContain('Cell_Date');
    expect(rules).toContain('ULN_04');
    expect(j.findings.find((f: { rule: string }) => f.rule === 'ULN_04').location).toEqual({ sheet: 'Learner', cell: 'B2' });
    // the reading problem is counted with the rules' errors (the mocked learner may break other rules too: not asserted here)
    expect(j.counts.error).toBe(j.findings.filter((f: { severity: string }) => f.severity === 'error').length);
    expect(rules.filter((r: string) => r === 'Cell_Date' || r === 'ULN_04')).toHaveLength(2);
  });

  it('prints cell addresses and the reader\'s notes in text', async () => {
    const r = await runCli(['check', 'learners.xlsx', '--as-of', '2026-02-01']);
    expect(r.out).toContain('Learner!B2 learner L1');
    expect(r.out).toContain('LearningDelivery!F2 learner L1');
    expect(r.out).toContain('note: column Notes on sheet Learner ignored');
  });

  it('switches a reading problem off by its ID', async () => {
    const all = JSON.parse((await runCli(['check', 'learners.xlsx', '--format', 'json'])).out);
    const j = JSON.parse((await runCli(['check', 'learners.xlsx', '--format', 'json', '--disable', 'Cell_Date,ULN'])).out);
    const rules = j.findings.map((f: { rule: string }) => f.rule);
    expect(rules).not.toContain('Cell_Date');
    expect(rules.filter((r: string) => r.startsWith('ULN_'))).toEqual([]);
    expect(j.counts.error).toBe(all.counts.error - 2);
  });
});
