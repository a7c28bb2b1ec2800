/**
 * The rule files keep their promises: every file named by a rule ID is registered (src/core/rules/all-rules.ts) and has
 * its test table beside it; and every rule reads only the fields it declares (RuleMeta.fields, which the cell functions
 * choose rules by) and declares only fields it names. Header fields (FilePreparationDate …) and the keys that join
 * records (LearnRefNumber, AimSeqNumber) are read by the engine for every rule and need no declaring.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { loadInput } from '../../../src/cli/load-input';
import type { IlrMessage, IlrRecord } from '../../../src/core/model/record';
import { ruleDefinitions } from '../../../src/core/rules/all-rules';
import { resolveRule } from '../../../src/core/rules/resolve';
import { runRules } from '../../../src/core/rules/engine';
import type { RuleDefinition, YearRule } from '../../../src/core/rules/types';
import { readIlrXml } from '../../../src/core/xml/read-xml';
import { years } from '../../../src/core/years/registry';
import { ESFA_SAMPLE_2526, SYNTHETIC_2021 } from '../../helpers/xmllint';
import { CLI_TEST_TIMEOUT_MS } from '../../helpers/run-cli';

jest.setTimeout(CLI_TEST_TIMEOUT_MS);

const RULES = join(__dirname, '..', '..', '..', 'src', 'core', 'rules');
const GROUPS = [
  'learner', 'learner/identity', 'learner/fields', 'employment', 'he', 'cross-record',
  'delivery', 'delivery/fam', 'delivery/programme', 'delivery/financial', 'destination', 'advice',
];
const SAMPLE_WORKBOOK = join(__dirname, '..', '..', '..', 'assets', 'sample', 'ILR-Sample-2526.xlsx');

/** Files named by a rule ID: an upper-case start, no hyphen (helpers are named like delivery-shared.ts). */
function ruleFiles(): { group: string; file: string; id: string }[] {
  return GROUPS.flatMap((group) =>
    readdirSync(join(RULES, group))
      .filter((f) => /^[A-Z][A-Za-z0-9_]*\.ts$/.test(f) && !f.endsWith('.test.ts'))
      .map((f) => ({ group, file: join(RULES, group, f), id: basename(f, '.ts') })),
  );
}

describe('rule files', () => {
  const files = ruleFiles();

  it('are many (the scan finds the rule files)', () => {
    expect(files.length).toBeGreaterThan(90);
  });

  it.each(files.map((f) => [`${f.group}/${f.id}`, f] as const))('%s is registered, exports its rule under its name, and has a test table', (_n, f) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(f.file) as Record<string, unknown>;
    const def = mod[f.id] as RuleDefinition | undefined;
    expect(def).toBeDefined();
    expect(ruleDefinitions).toContain(def);
    expect(existsSync(f.file.replace(/\.ts$/, '.test.ts'))).toBe(true);
  });

  it('every registered rule has a file named by its ID', () => {
    const named = new Set(files.map((f) => f.id));
    expect(ruleDefinitions.map((d) => d.id).filter((id) => !named.has(id))).toEqual([]);
  });
});

// ---- fields: read only what is declared -------------------------------------------------------------------------

/** Fields every rule may read without declaring: the keys that join records. */
const KEYS = new Set(['LearnRefNumber', 'AimSeqNumber']);
/** Records whose fields are the file's header: read through derived values (file preparation date …), not declared. */
const HEADER = new Set(['Message', 'Header', 'CollectionDetails', 'Source', 'SourceFiles', 'SourceFile', 'LearningProvider']);

/** A copy of the message whose records note every field read into `reads` (by record name and field). */
function watched(msg: IlrMessage, reads: Set<string>): IlrMessage {
  const wrap = (rec: IlrRecord): IlrRecord => {
    const fields = new Proxy(rec.fields, {
      get(target, key, receiver) {
        if (typeof key === 'string' && !HEADER.has(rec.name)) reads.add(key);
        return Reflect.get(target, key, receiver);
      },
      has(target, key) {
        if (typeof key === 'string' && !HEADER.has(rec.name)) reads.add(key);
        return Reflect.has(target, key);
      },
      ownKeys(target) {
        if (!HEADER.has(rec.name)) reads.add('*');
        return Reflect.ownKeys(target);
      },
    });
    const children: IlrRecord['children'] = {};
    for (const [k, list] of Object.entries(rec.children)) children[k] = list.map(wrap);
    return { ...rec, fields, children };
  };
  return { year: msg.year, root: wrap(msg.root) };
}

/** The message with every aim changed by `change` (to reach the rules' other branches). */
function everyAim(msg: IlrMessage, change: (aim: IlrRecord) => void): IlrMessage {
  for (const l of msg.root.children['Learner'] ?? []) for (const a of l.children['LearningDelivery'] ?? []) change(a);
  return msg;
}

function set(rec: IlrRecord, field: string, text: string): void {
  rec.fields[field] = { text };
}

/**
 * Real files, plus variants of the ESFA sample that send the rules down their other branches: every aim ended
 * (completed, achieved, or withdrawn "not known"), or on a break; every learner on the temporary ULN.
 */
async function fixtures(): Promise<IlrMessage[]> {
  const read = (f: string) => readIlrXml(readFileSync(f, 'utf8'), years);
  const workbook = (await loadInput(SAMPLE_WORKBOOK)).message;
  const ended = (status: string, outcome: string) =>
    everyAim(read(ESFA_SAMPLE_2526), (a) => {
      set(a, 'CompStatus', status);
      set(a, 'LearnActEndDate', a.fields['LearnPlanEndDate']?.text ?? '2025-06-30');
      set(a, 'Outcome', outcome);
      if (status === '3') set(a, 'WithdrawReason', '98');
      if (outcome === '1') set(a, 'AchDate', a.fields['LearnPlanEndDate']?.text ?? '2025-06-30');
    });
  const temporaryUln = (prepared: string) => {
    const msg = read(ESFA_SAMPLE_2526);
    for (const l of msg.root.children['Learner'] ?? []) set(l, 'ULN', '9999999999');
    set(msg.root.children['Header']![0]!.children['CollectionDetails']![0]!, 'FilePreparationDate', prepared);
    return msg;
  };
  return [
    read(ESFA_SAMPLE_2526),
    read(SYNTHETIC_2021),
    workbook,
    ended('2', '1'),
    ended('3', '3'),
    ended('6', '8'),
    ended('2', '8'),
    temporaryUln('2025-10-01'),
    temporaryUln('2026-03-01'),
  ];
}

/** The module files a rule file names: itself and the helpers it imports from the rules and codes folders. */
function sourcesOf(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/from '(\.[^']+)'/g)) {
    const target = resolve(dirname(file), m[1]!);
    for (const candidate of [`${target}.ts`, join(target, 'index.ts')]) {
      if (candidate.includes(`${join('src', 'core', 'rules')}`) || candidate.includes(join('src', 'core', 'codes'))) {
        if (!candidate.endsWith(join('rules', 'all-rules.ts')) && !candidate.endsWith(join('rules', 'types.ts'))) sourcesOf(candidate, seen);
      }
    }
  }
  return seen;
}

describe('rule fields', () => {
  let messages: IlrMessage[];
  beforeAll(async () => {
    messages = await fixtures();
  });

  it('each rule reads no field it does not declare (over the ESFA sample, the 2020-21 file and the sample workbook)', () => {
    const undeclared: string[] = [];
    for (const def of ruleDefinitions) {
      for (const msg of messages) {
        const rule = resolveRule(def, msg.year);
        if (!rule) continue;
        const reads = new Set<string>();
        runRules(watched(msg, reads), [rule as YearRule], { asOf: '2026-07-31' });
        const declared = new Set([...rule.fields, ...(def.mentions ?? [])]);
        const extra = [...reads].filter((f) => !declared.has(f) && !KEYS.has(f));
        if (extra.length) undeclared.push(`${rule.id} (${msg.year.code}) reads ${extra.sort().join(', ')}`);
      }
    }
    expect([...new Set(undeclared)]).toEqual([]);
  });

  it('each rule declares only fields its file (or a helper it imports) names', () => {
    const files = new Map(ruleFiles().map((f) => [f.id, f.file]));
    const unnamed: string[] = [];
    for (const def of ruleDefinitions) {
      const file = files.get(def.id);
      if (!file) continue;
      const text = [...sourcesOf(file)].map((f) => readFileSync(f, 'utf8')).join('\n');
      const fields = new Set([...def.fields, ...(def.mentions ?? []), ...(def.variants ?? []).flatMap((v) => v.fields ?? [])]);
      for (const field of fields) if (!text.includes(`'${field}'`)) unnamed.push(`${def.id}: ${field}`);
    }
    expect(unnamed).toEqual([]);
  });
});
