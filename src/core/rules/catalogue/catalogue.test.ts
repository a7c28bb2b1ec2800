import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { years } from '../../years/registry';
import { rulesFor } from '../rule-set';
import { fake2627 } from '../../../../test/helpers/fake-year';
import { YearRegistry } from '../../years/registry';
import { ruleCatalogue } from './catalogue';
import { officialList } from './official-list';

const SHARED_RULES = join(__dirname, '..', '..', '..', '..', '..', 'shared', 'reference', 'rules', 'validation-rules-2025-26.csv');

describe('rule catalogue', () => {
  const c = ruleCatalogue(years.get('2526'));

  it('lists every non-deleted rule of the official 2025-26 list, and the counts add up to it', () => {
    expect(c.borrowed).toBe(false);
    expect(c.list.year).toBe('2526');
    expect(c.rules).toHaveLength(840);
    expect(c.counts.implemented + c.counts['needs-reference-data'] + c.counts['not-implemented']).toBe(840);
  });

  it('matches the official CSV when it is at hand (840 non-deleted rows)', () => {
    let csv: string;
    try {
      csv = readFileSync(SHARED_RULES, 'utf8');
    } catch {
      // the shipped asset is what the product uses; the CSV is the source it was generated from
      csv = '';
    }
    if (!csv) {
      expect(officialList('2526')!.rules).toHaveLength(840);
      return;
    }
    const rows = (Papa.parse(csv, { header: true, skipEmptyLines: true }).data as { Name: string; Status: string }[]).filter(
      (r) => r.Status !== 'Deleted',
    );
    expect(rows.map((r) => r.Name)).toEqual(officialList('2526')!.rules.map((r) => r.name));
  });

  it('gives each rule its state', () => {
    const state = (id: string) => c.rules.find((r) => r.rule === id)?.state;
    expect(state('ULN_04')).toBe('implemented');
    expect(state('FD_ULN_AL')).toBe('implemented');
    expect(state('R_06')).toBe('implemented');
    expect(state('DD01')).toBe('implemented'); // derived data used by ULN_04
    expect(state('ULN_05')).toBe('needs-reference-data'); // ULN register
    expect(state('PrevUKPRN_01')).toBe('needs-reference-data'); // organisations
    expect(state('Filename_1')).toBe('needs-reference-data'); // file-level, runs in the submission service
    expect(state('FD_UCASPERID_AR')).toBe('not-implemented'); // no XSD facet to derive it from
  });

  it("says implemented only for rules of the year's rule set (or derived data the product computes)", () => {
    const ids = new Set(rulesFor(years.get('2526')).map((r) => r.id));
    for (const e of c.rules) if (e.state === 'implemented' && !e.rule.startsWith('DD')) expect(ids.has(e.rule)).toBe(true);
  });

  it('lists our own checks apart, not counted in the official counts', () => {
    const own = c.supplementary.map((e) => e.rule);
    expect(own).toContain('FD_LearnStartDate_DT');
    expect(own).not.toContain('FD_ULN_AL');
    expect(own).not.toContain('FD_OutType_MA'); // 2020-21 only
  });

  it("for 2020-21 lists the 552 rules of ESFA's 2020-21 service under their 2020-21 IDs, with honest states", () => {
    const c21 = ruleCatalogue(years.get('2021'));
    expect(c21.borrowed).toBe(false);
    expect(c21.list.year).toBe('2021');
    expect(c21.rules).toHaveLength(552);
    const state = (id: string) => c21.rules.find((r) => r.rule === id)?.state;
    expect(state('R06')).toBe('implemented');
    expect(state('R107')).toBe('implemented');
    expect(state('OutType_01')).toBe('implemented');
    expect(state('R_06')).toBeUndefined();
    expect(state('OutULN_02')).toBe('needs-reference-data');
    expect(state('ULN_05')).toBe('needs-reference-data');
    expect(c21.counts['not-implemented']).toBeGreaterThan(0);
    expect(c21.counts.implemented + c21.counts['not-implemented'] + c21.counts['needs-reference-data']).toBe(552);
    // the 2020-21 service had no FD rules (its XSD check stood for them): ours are supplementary that year
    const own = c21.supplementary.map((e) => e.rule);
    expect(own).toContain('FD_OutType_MA');
    expect(own).toContain('FD_ULN_AL');
    expect(own).not.toContain('FD_Tlout_AL');
  });

  it('for a year added at run time, borrows the newest list and says so', () => {
    const registry = new YearRegistry();
    const y = registry.register(fake2627(), 'test 2026-27.xsd');
    const c27 = ruleCatalogue(y);
    expect(c27.borrowed).toBe(true);
    expect(c27.list.year).toBe('2526');
    expect(c27.note).toMatch(/^2025-26 rules applied to 2026-27 data: no official rules list for 2026-27 is shipped, so 2026-27 data is checked with the 2025-26 rules/);
    expect(c27.note).toMatch(/Its code lists are the 2025-26 lists with the 2026-27 changes the product knows/);
    expect(c27.rules).toHaveLength(840);
    const state = (id: string) => c27.rules.find((r) => r.rule === id)?.state;
    expect(state('FD_ULN_AL')).toBe('implemented'); // from the 2026-27 XSD
    expect(state('CompStatus_02')).toBe('implemented'); // a 2025-26 rule applied to 2026-27 data
  });
});

describe('rules the official needs list calls self-contained that need more', () => {
  it('are listed as needing reference data, saying what they need', () => {
    const c = ruleCatalogue(years.get('2526'));
    expect(c.rules.find((r) => r.rule === 'SOC_04')).toMatchObject({ needs: 'other', state: 'needs-reference-data', why: expect.stringMatching(/SOC 2010/) });
    expect(c.rules.find((r) => r.rule === 'LearnDelFAMType_16')).toMatchObject({ needs: 'file', state: 'needs-reference-data', why: expect.stringMatching(/return number/) });
    // every other 2025-26 rule the list calls self-contained is implemented, bar FD_UCASPERID_AR (no range to check)
    expect(c.rules.filter((r) => r.state === 'not-implemented').map((r) => r.rule)).toEqual(['FD_UCASPERID_AR']);
  });
});
