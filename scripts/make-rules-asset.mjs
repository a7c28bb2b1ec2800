// Generates assets/rules/validation-rules-2025-26.json, the official 2025-26 ILR validation rules list shipped with
// the product (the rule catalogue, `ilr rules`, ILR.RULE), from the Department for Education's rules list (CSV export)
// and the table of each rule's reference-data needs.
// Run: node scripts/make-rules-asset.mjs [sourceDir]   (default /work/shared/reference/rules)
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

const here = dirname(fileURLToPath(import.meta.url));
const sourceDir = process.argv[2] ?? '/work/shared/reference/rules';
const out = join(here, '..', 'assets', 'rules', 'validation-rules-2025-26.json');

const NEEDS = new Set(['self', 'lars', 'postcode', 'org', 'uln', 'contract', 'employer', 'other', 'file']);

function readCsv(name) {
  const text = readFileSync(join(sourceDir, name), 'utf8');
  const parsed = Papa.parse(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`${name}: ${parsed.errors[0].message} (row ${parsed.errors[0].row})`);
  return parsed.data;
}

/** Collapses the spreadsheet's line breaks and runs of spaces (the export pads every cell with blank lines). */
const tidy = (s) => (s ?? '').replace(/\s+/g, ' ').trim();

const rules = readCsv('validation-rules-2025-26.csv');
const needsRows = readCsv('rules-2526-needs.csv');
const needsByName = new Map(needsRows.map((r) => [r.Name, r]));

const kept = [];
for (const r of rules) {
  if (r.Status === 'Deleted') continue;
  const n = needsByName.get(r.Name);
  if (!n) throw new Error(`no needs row for ${r.Name}`);
  if (!NEEDS.has(n.needs)) throw new Error(`${r.Name}: unknown needs "${n.needs}"`);
  kept.push({
    name: r.Name,
    category: tidy(r.Category),
    severity: tidy(r.Severity) || 'N/A',
    status: r.Status,
    needs: n.needs,
    ...(n.needs !== 'self' && tidy(n.reason) ? { needsReason: tidy(n.reason) } : {}),
    errorMessage: tidy(r.ErrorMessage),
    description: tidy(r.Description),
    detailedDescription: tidy(r.DetailedDescription),
    ...(tidy(r.Exclusions) ? { exclusions: tidy(r.Exclusions) } : {}),
  });
}

const asset = {
  title: 'ILR validation rules 2025 to 2026 (version 3), non-deleted rules',
  year: '2526',
  attribution: 'Contains public sector information from the Department for Education, licensed under the Open Government Licence v3.0.',
  licence: 'Open Government Licence v3.0 (https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/)',
  generatedBy: 'scripts/make-rules-asset.mjs from validation-rules-2025-26.csv and rules-2526-needs.csv',
  note: 'The official list names FD_FINAMOUNT_MA twice; both rows are kept so the list matches the published one.',
  rules: kept,
};
writeFileSync(out, JSON.stringify(asset, null, 0).replace(/\},\{"name"/g, '},\n{"name"') + '\n');
console.log(`wrote ${out}: ${kept.length} rules (${rules.length - kept.length} deleted rules left out)`);
