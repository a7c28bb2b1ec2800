import { checkRow } from '../../../src/functions/impl/check-row';
import { years } from '../../../src/core/years/registry';
import { likely2627 } from '../../helpers/fake-year';

// The pane and the functions share one JavaScript runtime and one year registry: a year the pane adds is the functions'.
describe('the cell functions with a year added from its XSD', () => {
  it('refuse 2627 before it is added, and check with its XSD once it is (EPAOrgID may be 8 characters)', () => {
    const args = { headers: [['LearnRefNumber', 'AimSeqNumber', 'EPAOrgID']], rows: [['L1', 1, 'EPA12345']], year: [['2627']], asOf: [['2026-11-01']], output: [['ids']] };
    expect(() => checkRow(args)).toThrow(/2627/);
    years.register(likely2627(), 'ILR-2026-27.xsd');
    expect(checkRow(args)).toEqual([['OK']]);
    // the same 8 characters are too long for 2025-26
    expect(String(checkRow({ ...args, year: [['2526']] })[0]![0])).toMatch(/FD_EPAOrgID_AL/);
  });
});
