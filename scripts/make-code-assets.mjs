// Generates the code-list assets in assets/codes/ that src/core/codes reads:
//   codes-2526.json  2025-26 lists collected from the ILR specification pages (Open Government Licence v3.0), with
//                    each list's provenance (source page, sourceYear, note) kept, plus the corrections listed below;
//   codes-dp.json    the Destination and Progression OutType / OutCode lists (specification pages, OGL v3.0);
//   codes-2021.json  the 2020-21 lists converted from the ESFA Learner Entry Tool's Lookups.xml (MIT licence).
// Every list has the shape { source, sourceYear, note?, fallback?, enumerable, complete, codes: [{ code, description,
// validFrom, validTo, uncertain?, note? }] }. `complete` is the reference list's own flag (whether the whole official
// table was seen); the 2020-21 Lookups and the Destination and Progression lists are whole tables. Rows that name a range ("7-8 Unassigned") are dropped when the range is unassigned
// and expanded to one row per code otherwise, so that a list holds only real codes.
// Run: node scripts/make-code-assets.mjs [sourceDir]   (default /work/shared/reference/codes)
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SaxesParser } from 'saxes';

const here = dirname(fileURLToPath(import.meta.url));
const sourceDir = process.argv[2] ?? '/work/shared/reference/codes';
const outDir = join(here, '..', 'assets', 'codes');
const LOOKUPS_SOURCE =
  'https://github.com/SkillsFundingAgency/DC-ILR-2021-LearnerEntryTool (src/ILR/Lookups.xml), ESFA, MIT licence';

/** Lists that are descriptions of a format rather than an enumeration of codes (no valid-code check from them). */
const NOT_ENUMERABLE = new Set(['OutGrade', 'MathGrade', 'EngGrade']);

/** Corrections applied to the 2025-26 lists, each explained in the list's note. */
const CORRECTIONS_2526 = {
  WithdrawReason: {
    add: [
      { code: '46', description: 'Exclusion', after: '45' },
      { code: '97', description: 'Other', after: '48' },
    ],
    note:
      ' Codes 46 (Exclusion) and 97 (Other) are added from the 2020-21 Lookups.xml and marked uncertain: no 2025-26 ' +
      'or 2024-25 WithdrawReason page was found in the stored specification pages (searched the pages corpus for the ' +
      '25-26 and 24-25 field pages, November 2026; only the 2021-22 page and the ' +
      '25-26 LearningDelivery entity page, which lists the field but not its codes, were found). Wording of 29, 40 and ' +
      '98 as on the 2021-22 page.',
  },
};

const isSentinelFrom = (d) => !d || d === '2000-01-01';
const isSentinelTo = (d) => !d || d === '2099-12-31';

function tidyDescription(text) {
  if (text === null || text === undefined) return null;
  return String(text).replace(/\s+/g, ' ').trim();
}

/** Turns one source row into zero or more code rows (ranges expanded, unassigned ranges dropped). */
function expandRow(row, listName, dropped) {
  const code = String(row.code).trim();
  const description = tidyDescription(row.description);
  const extras = {};
  for (const [k, v] of Object.entries(row)) {
    if (!['code', 'description', 'validFrom', 'validTo'].includes(k) && v !== null && v !== undefined) extras[k] = v;
  }
  const base = {
    description,
    validFrom: isSentinelFrom(row.validFrom) ? null : row.validFrom,
    validTo: isSentinelTo(row.validTo) ? null : row.validTo,
    ...extras,
  };
  const range = /^(\d+)\s*-\s*(\d+)$/.exec(code);
  if (range) {
    if (/unassigned/i.test(description ?? '')) {
      dropped.push(`${listName} ${code} (unassigned)`);
      return [];
    }
    const [from, to] = [Number(range[1]), Number(range[2])];
    const width = range[1].length;
    const rows = [];
    for (let n = from; n <= to; n++) rows.push({ code: String(n).padStart(width, '0'), ...base });
    return rows;
  }
  if (/unassigned/i.test(description ?? '')) {
    dropped.push(`${listName} ${code} (unassigned)`);
    return [];
  }
  return [{ code, ...base }];
}

function normaliseList(name, list, dropped, formatLists = NOT_ENUMERABLE, completeByDefault = undefined) {
  const enumerable = !formatLists.has(name.split(':')[0]) || name.startsWith('OutGrade:fullList');
  const codes = enumerable ? list.codes.flatMap((row) => expandRow(row, name, dropped)) : list.codes;
  const out = { source: list.source ?? null, sourceYear: list.sourceYear ?? null };
  if (list.note) out.note = list.note;
  if (list.fallback) out.fallback = list.fallback;
  if (list.derivedEvidence) out.derivedEvidence = list.derivedEvidence;
  out.enumerable = enumerable;
  const complete = list.complete ?? completeByDefault;
  if (typeof complete !== 'boolean') throw new Error(`list ${name} does not say whether it is complete`);
  out.complete = complete;
  out.codes = codes;
  return out;
}

function applyCorrections(lists, corrections) {
  for (const [name, fix] of Object.entries(corrections)) {
    const list = lists[name];
    if (!list) throw new Error(`correction for unknown list ${name}`);
    for (const add of fix.add) {
      if (list.codes.some((c) => c.code === add.code)) continue;
      const at = list.codes.findIndex((c) => c.code === add.after);
      const row = {
        code: add.code,
        description: add.description,
        validFrom: null,
        validTo: null,
        uncertain: true,
        note: 'from the 2020-21 Lookups.xml; not on the 2021-22 specification page',
      };
      list.codes.splice(at < 0 ? list.codes.length : at + 1, 0, row);
    }
    list.note = (list.note ?? '') + fix.note;
  }
}

function jsonLists(file, skip = [], completeByDefault = undefined) {
  const raw = JSON.parse(readFileSync(join(sourceDir, file), 'utf8'));
  const dropped = [];
  const lists = {};
  const about = {};
  for (const [name, list] of Object.entries(raw)) {
    if (name.startsWith('_') || skip.includes(name)) {
      about[name] = list;
      continue;
    }
    lists[name] = normaliseList(name, list, dropped, NOT_ENUMERABLE, completeByDefault);
  }
  return { lists, about, dropped };
}

// ---- 2020-21 Lookups.xml --------------------------------------------------------------------------------------
const SIMPLE_NAMES = { AppFinRecord: 'AFinType' };
const TYPED_PARENTS = {
  ContactPreference: 'ContPrefType',
  EmploymentStatusMonitoring: 'ESMType',
  LearnerFAM: 'LearnFAMType',
  LearningDeliveryFAM: 'LearnDelFAMType',
  ApprenticeshipFinancialRecord: 'AFinType',
  TrailblazerApprenticeshipFinancialRecord: 'TBFinType',
};

function readLookups(xml) {
  const parser = new SaxesParser();
  const stack = [];
  const raw = {};
  parser.on('opentag', (tag) => {
    stack.push(tag.name);
    if (tag.name !== 'option') return;
    const path = stack.slice(1, -1); // below <lookups>, above <option>
    let key;
    if (path[0] === 'simple' && path.length === 2) key = SIMPLE_NAMES[path[1]] ?? path[1];
    else if (path[0] === 'typed' && path.length === 3) {
      const parent = TYPED_PARENTS[path[1]];
      if (!parent) throw new Error(`unknown typed parent ${path[1]}`);
      key = `${parent}:${path[2]}`;
    } else throw new Error(`unexpected option at ${path.join('/')}`);
    (raw[key] ??= []).push({
      code: tag.attributes.code,
      description: tag.attributes.description,
      validFrom: tag.attributes.validFrom ?? null,
      validTo: tag.attributes.validTo ?? null,
    });
  });
  parser.on('closetag', () => stack.pop());
  parser.write(xml).close();
  const dropped = [];
  const lists = {};
  for (const [name, codes] of Object.entries(raw).sort(([a], [b]) => a.localeCompare(b))) {
    // The Lookups' OutGrade is the complete 2020-21 enumeration, so every Lookups list is enumerable.
    lists[name] = normaliseList(name, { source: LOOKUPS_SOURCE, sourceYear: '2020-21', codes }, dropped, new Set(), true);
  }
  return { lists, dropped };
}

function write(name, value) {
  writeFileSync(join(outDir, name), JSON.stringify(value, null, 1) + '\n');
  console.log(`wrote assets/codes/${name}`);
}

const licenceSpec =
  'Department for Education, ILR specification (https://guidance.submit-learner-data.service.gov.uk), © Crown ' +
  'copyright, Open Government Licence v3.0. Contains public sector information licensed under the Open Government ' +
  'Licence v3.0.';

const y2526 = jsonLists('codes-2526.json');
applyCorrections(y2526.lists, CORRECTIONS_2526);
write('codes-2526.json', {
  _about: {
    year: '2526',
    licence: licenceSpec + ' Lists marked with a fallback take rows from the ESFA Learner Entry Tool Lookups.xml (MIT).',
    generatedBy: 'scripts/make-code-assets.mjs from the reference codes-2526.json',
    droppedRows: y2526.dropped,
  },
  lists: y2526.lists,
});

// The OutType / OutCode tables were seen whole on the 2020-21 and 2021-22 specification pages.
const dp = jsonLists('codes-dp.json', [], true);
write('codes-dp.json', {
  _about: {
    ...dp.about._about,
    licence: licenceSpec + ' EDU and OTH OutType wording from the ESFA Learner Entry Tool Lookups.xml (MIT).',
    generatedBy: 'scripts/make-code-assets.mjs from the reference codes-dp.json',
    droppedRows: dp.dropped,
  },
  lists: dp.lists,
});

const y2021 = readLookups(readFileSync(join(sourceDir, 'lookups-2020-21.xml'), 'utf8'));
write('codes-2021.json', {
  _about: {
    year: '2021',
    licence: 'ESFA ILR Learner Entry Tool 2020-21, src/ILR/Lookups.xml, MIT licence (© Education and Skills Funding Agency).',
    generatedBy: 'scripts/make-code-assets.mjs from lookups-2020-21.xml',
    note: 'Element names mapped to ILR fields: AppFinRecord -> AFinType; typed lists keyed "<TypeField>:<type>" ' +
      '(e.g. LearnDelFAMType:SOF, ESMType:EII, AFinType:TNP). validFrom 2000-01-01 / validTo 2099-12-31 mean open.',
    droppedRows: y2021.dropped,
  },
  lists: y2021.lists,
});
