// Generates the official rules lists shipped with the product (the rule catalogue, `ilr rules`, ILR.RULE):
// - assets/rules/validation-rules-2025-26.json from the Department for Education's 2025-26 rules list (CSV export)
//   and the table of each rule's reference-data needs;
// - assets/rules/validation-rules-2020-21.json: the 552 rules of ESFA's 2020-21 validation service
//   (SkillsFundingAgency/DC-ILR-2021-ValidationService, MIT), from rules-2021-names.csv: each 2020-21 name, its entity
//   folder, what it needs and its 2025-26 name and status. The 2020-21 service takes its messages and severities from
//   a database that is not public; where the rule lives on in the 2025-26 list (Active, Changed or Deleted there), its
//   wording and severity are taken from that row and marked so (`wording`), else left empty (`wording: "none"`).
// Run: node scripts/make-rules-asset.mjs [sourceDir]   (default ../shared/reference/rules)
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

const here = dirname(fileURLToPath(import.meta.url));
const sourceDir = process.argv[2] ?? join(here, '..', '..', 'shared', 'reference', 'rules');
const out = join(here, '..', 'assets', 'rules', 'validation-rules-2025-26.json');
const out2021 = join(here, '..', 'assets', 'rules', 'validation-rules-2020-21.json');

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
const write = (file, value) => writeFileSync(file, JSON.stringify(value, null, 0).replace(/\},\{"name"/g, '},\n{"name"') + '\n');
write(out, asset);
console.log(`wrote ${out}: ${kept.length} rules (${rules.length - kept.length} deleted rules left out)`);

// 2020-21: the 2020-21 service's entity folders, as categories named like the 2025-26 list's
const CATEGORY_2021 = {
  Learner: 'Learner',
  LearningDelivery: 'Learning delivery',
  HE: 'HE Rules',
  CrossEntity: 'Cross Record',
  EmploymentStatus: 'Employment status',
  DestinationAndProgression: 'Destination and Progression',
  Message: 'File Level',
  CrossYear: 'Cross Year',
};
const rows2526 = new Map(rules.map((r) => [r.Name, r]));
const names2021 = readCsv('rules-2021-names.csv');
const list2021 = names2021.map((r) => {
  const folder = r.entity_folder_2021.split('/')[0];
  const category = CATEGORY_2021[folder];
  if (!category) throw new Error(`${r.name_2021}: unknown entity folder ${r.entity_folder_2021}`);
  if (!NEEDS.has(r.needs)) throw new Error(`${r.name_2021}: unknown needs "${r.needs}"`);
  const later = r.name_2526 ? rows2526.get(r.name_2526) : undefined;
  // three organisation rules (CampId_01, …) are named in the mapping but have no row in the published 2025-26 list
  return {
    name: r.name_2021,
    category,
    severity: later ? tidy(later.Severity) || 'N/A' : 'N/A',
    status: 'Active',
    needs: r.needs,
    folder: r.entity_folder_2021,
    ...(r.name_2526 ? { name2526: r.name_2526, status2526: r.status_2526 } : { status2526: 'absent' }),
    wording: later ? `2025-26 (${r.status_2526})` : 'none',
    errorMessage: later ? tidy(later.ErrorMessage) : '',
    description: later ? tidy(later.Description) : '',
    detailedDescription: later ? tidy(later.DetailedDescription) : '',
    ...(later && tidy(later.Exclusions) ? { exclusions: tidy(later.Exclusions) } : {}),
  };
});
write(out2021, {
  title: "ILR validation rules 2020 to 2021: the rules of ESFA's 2020-21 validation service",
  year: '2021',
  attribution:
    "Rule names from ESFA's 2020-21 validation service (SkillsFundingAgency/DC-ILR-2021-ValidationService, MIT licence); wording, where the rule lives on, from the Department for Education's 2025-26 rules list (Open Government Licence v3.0).",
  licence: 'MIT (rule names) and Open Government Licence v3.0 (wording)',
  generatedBy: 'scripts/make-rules-asset.mjs from rules-2021-names.csv and validation-rules-2025-26.csv',
  note:
    "The 2020-21 service takes its messages and severities from a database that is not published. A rule that lives on in the 2025-26 list carries that list's message and severity (marked \"wording: 2025-26\"; a rule marked Changed there has changed since); the others carry none, and a rule of ILR Workbench that implements one says its own.",
  rules: list2021,
});
console.log(`wrote ${out2021}: ${list2021.length} rules (${list2021.filter((r) => r.wording === 'none').length} without published wording)`);
