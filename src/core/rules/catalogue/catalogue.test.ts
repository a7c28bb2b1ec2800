import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { years } from '../../years/registry';
import { allRules } from '../all-rules';
import { ruleCatalogue } from './catalogue';
import { officialList } from './official-list';

const SHARED_RULES = join(__dirname, '..', '..', '..', '..', '..', 'shared', 'reference', 'rules', 'validation-rules-2025-26.csv');

describe('rule catalogue', () => {
  const c = ruleCatalogue(years.get('2526'));

  it('lists every non-deleted rule of the official 2025-26 list, and the counts add up to it', () => {
    expect(c.official).toBe(true);
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

  it('says implemented only for rules that are in allRules (or derived data the product computes)', () => {
    const ids = new Set(allRules.map((r) => r.id));
    for (const e of c.rules) if (e.state === 'implemented' && e.rule !== 'DD01') expect(ids.has(e.rule)).toBe(true);
  });

  it('lists our own checks apart, not counted in the official counts', () => {
    const own = c.supplementary.map((e) => e.rule);
    expect(own).toContain('FD_LearnStartDate_DT');
    expect(own).not.toContain('FD_ULN_AL');
    expect(own).not.toContain('FD_OutType_MA'); // 2020-21 only
  });

  it('for 2020-21 lists the implemented rules that apply plus the DP rules, and says there is no official list', () => {
    const c21 = ruleCatalogue(years.get('2021'));
    expect(c21.official).toBe(false);
    expect(c21.note).toMatch(/No official rules list for 2020-21/);
    const ids = c21.rules.map((r) => r.rule);
    expect(ids).toContain('ULN_04');
    expect(ids).toContain('FD_OutType_MA');
    expect(ids).toContain('OutType_01');
    expect(ids).not.toContain('FD_Tlout_AL');
    expect(c21.rules.find((r) => r.rule === 'OutULN_02')).toMatchObject({ state: 'needs-reference-data', needs: 'uln' });
    expect(c21.counts.implemented + c21.counts['not-implemented'] + c21.counts['needs-reference-data']).toBe(c21.rules.length);
  });
});
