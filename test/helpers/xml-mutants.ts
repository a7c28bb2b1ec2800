/**
 * Deterministic mutants of the two sample ILR files, and a checker that `ilr xml` agrees with libxml2 on them.
 *
 * xmlMutants(seed, count) gives `count` mutants (the same ones for the same seed): each a file's bytes with what was
 * done to it. checkXmlAgreement(mutants) runs, for every mutant, what `ilr xml` does in-process (decode, read, write,
 * XSD check with the bundled libxml2) and the system `xmllint --noout --schema` on the mutant and on what was written
 * (one xmllint run per batch), and says where they disagree. Agreement means: both refuse; or both accept and the
 * written file passes xmllint; or xmllint refuses the mutant but `ilr xml` writes a file xmllint accepts and says what
 * it normalised (whitespace collapsed, elements put in the XSD's order).
 * Used by test/integration/xml-conformance (300+ in CI) and by `npm run fuzz` (thousands).
 */
import { rng } from './seeded-random';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseXmlTree, type XmlElement } from '../../src/core/xml/tree';
import { readIlrXmlBytes } from '../../src/core/xml/read-xml-bytes';
import { emptyReport, writeXmlBytes } from '../../src/core/xml/write-xml';
import { validateManyAgainstXsd } from '../../src/core/xml/validate-xsd';
import { years } from '../../src/core/years/registry';
import { ESFA_SAMPLE_2526, SYNTHETIC_2021, xsdFor } from './xmllint';

export interface XmlMutant {
  /** e.g. "s7-42 dropElement Learner/ULN (sample 2025-26)". */
  name: string;
  kind: MutationKind;
  /** The year label of the base file, e.g. "2025-26". */
  label: string;
  bytes: Uint8Array;
}

export const MUTATION_KINDS = [
  'dropElement', 'reorderSiblings', 'duplicateElement', 'tooLong', 'patternBroken', 'outsideCharset', 'wrappedText',
  'unknownAttribute', 'unknownElement', 'whitespaceAround', 'whitespaceInside', 'emptyElement', 'selfClosing',
  'wrongNamespace', 'textInRecord', 'charReference', 'cdata', 'comment', 'moveToOtherRecord', 'renameElement',
  'latin1Encoding', 'invalidUtf8', 'utf16', 'leadingZero', 'deepNesting',
] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

/** A node of the base document; `raw` is written as-is instead of the escaped text (to inject markup). */
interface Node {
  name: string;
  attrs: [string, string][];
  children: Node[];
  text: string;
  raw?: string;
  /** Raw markup put before the children of a record. */
  rawBefore?: string;
  selfClose?: boolean;
}

function toNode(e: XmlElement): Node {
  return { name: e.name, attrs: Object.entries(e.attrs), children: e.children.map(toNode), text: e.children.length ? '' : e.text };
}

function clone(n: Node): Node {
  return { ...n, attrs: n.attrs.map((a) => [...a] as [string, string]), children: n.children.map(clone) };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\r/g, '&#13;');

function serialise(n: Node, depth = 0): string {
  const pad = '\t'.repeat(depth);
  const attrs = n.attrs.map(([k, v]) => ` ${k}="${esc(v)}"`).join('');
  if (n.children.length === 0 && !n.rawBefore) {
    if (n.selfClose) return `${pad}<${n.name}${attrs}/>\n`;
    return `${pad}<${n.name}${attrs}>${n.raw ?? esc(n.text)}</${n.name}>\n`;
  }
  return `${pad}<${n.name}${attrs}>\n${n.rawBefore ?? ''}${n.children.map((c) => serialise(c, depth + 1)).join('')}${pad}</${n.name}>\n`;
}

interface Base {
  label: string;
  short: string;
  root: Node;
}

let bases: Base[] | undefined;
function loadBases(): Base[] {
  bases ??= [
    { label: '2025-26', short: 'sample 2025-26', root: toNode(parseXmlTree(readFileSync(ESFA_SAMPLE_2526, 'utf8'))) },
    { label: '2020-21', short: 'synthetic 2020-21', root: toNode(parseXmlTree(readFileSync(SYNTHETIC_2021, 'utf8'))) },
  ];
  return bases;
}

interface Place {
  node: Node;
  parent: Node;
  index: number;
  path: string;
}

function places(root: Node): Place[] {
  const out: Place[] = [];
  const walk = (n: Node, path: string) =>
    n.children.forEach((c, index) => {
      const p = `${path}/${c.name}`;
      out.push({ node: c, parent: n, index, path: p });
      walk(c, p);
    });
  walk(root, root.name);
  return out;
}

const CHARS = ['¬', '€', 'é', '\u00a0', '~', '^', '|', '`', '\t', '{', '£', '@', "'", '"', '&', '<', 'ñ', '—', '\u200b', '😀'];

const XML_DECL = '<?xml version="1.0" encoding="utf-8"?>\n';

/** Applies one mutation; returns a description, the document text and how to encode it. */
function mutate(base: Base, kind: MutationKind, r: () => number): { what: string; doc: string; encode?: (s: string) => Uint8Array } {
  const root = clone(base.root);
  const all = places(root);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)]!;
  const leaves = all.filter((p) => p.node.children.length === 0);
  const records = all.filter((p) => p.node.children.length > 0);
  const leaf = pick(leaves);
  const rec = pick(records);
  let what = '';
  switch (kind) {
    case 'dropElement': {
      const p = pick(all);
      p.parent.children.splice(p.index, 1);
      what = p.path;
      break;
    }
    case 'reorderSiblings': {
      const p = pick(all.filter((q) => q.parent.children.some((s) => s.name !== q.node.name)));
      const others = p.parent.children.map((s, i) => i).filter((i) => p.parent.children[i]!.name !== p.node.name);
      const j = pick(others);
      const k = p.parent.children;
      [k[p.index], k[j]] = [k[j]!, k[p.index]!];
      what = `${p.path} ↔ ${k[p.index]!.name}`;
      break;
    }
    case 'duplicateElement': {
      const p = r() < 0.5 ? leaf : rec;
      const copies = 1 + Math.floor(r() * 40);
      p.parent.children.splice(p.index + 1, 0, ...Array.from({ length: copies }, () => clone(p.node)));
      what = `${p.path} ×${copies + 1}`;
      break;
    }
    case 'tooLong':
      leaf.node.text += 'X'.repeat(1 + Math.floor(r() * 120));
      what = leaf.path;
      break;
    case 'patternBroken': {
      const t = leaf.node.text;
      const at = Math.floor(r() * Math.max(1, t.length));
      leaf.node.text = t.slice(0, at) + pick(['#', 'A', '9', '-', '.', 'z', '0', ':']) + t.slice(at + 1);
      what = leaf.path;
      break;
    }
    case 'outsideCharset': {
      const t = leaf.node.text;
      const at = Math.floor(r() * (t.length + 1));
      const c = pick(CHARS);
      leaf.node.text = t.slice(0, at) + c + t.slice(at);
      what = `${leaf.path} U+${c.codePointAt(0)!.toString(16).toUpperCase()}`;
      break;
    }
    case 'wrappedText':
      leaf.node.raw = `<${pick(['x', 'b', 'Value', leaf.node.name])}>${esc(leaf.node.text)}</x>`.replace(/<(\w+)>(.*)<\/x>/, '<$1>$2</$1>');
      what = leaf.path;
      break;
    case 'unknownAttribute': {
      const p = pick(all);
      p.node.attrs.push(pick([['id', '1'], ['status', 'draft'], ['xsi:nil', 'true'], ['xml:lang', 'en'], ['x:y', '1']]) as [string, string]);
      if (p.node.attrs.some(([k]) => k === 'x:y')) p.node.attrs.push(['xmlns:x', 'urn:x']);
      what = `${p.path} @${p.node.attrs[p.node.attrs.length - 1]![0]}`;
      break;
    }
    case 'unknownElement': {
      const at = Math.floor(r() * (rec.node.children.length + 1));
      const unknown: Node = r() < 0.5 ? { name: 'Nickname', attrs: [], children: [], text: 'Ed' } : { name: 'Extra', attrs: [], children: [{ name: 'Inner', attrs: [], children: [], text: '1' }], text: '' };
      rec.node.children.splice(at, 0, unknown);
      what = `${rec.path}/${unknown.name} at ${at}`;
      break;
    }
    case 'whitespaceAround':
      leaf.node.text = pick([' ', '  ', '\n\t', '\t']) + leaf.node.text + pick(['', ' ', '\n', '\r\n ']);
      what = leaf.path;
      break;
    case 'whitespaceInside': {
      const t = leaf.node.text;
      const at = 1 + Math.floor(r() * Math.max(1, t.length - 1));
      leaf.node.text = t.slice(0, at) + pick([' ', '  ', '\n']) + t.slice(at);
      what = leaf.path;
      break;
    }
    case 'emptyElement':
      leaf.node.text = '';
      what = leaf.path;
      break;
    case 'selfClosing':
      leaf.node.text = '';
      leaf.node.selfClose = true;
      what = leaf.path;
      break;
    case 'wrongNamespace': {
      const p = pick(all);
      p.node.attrs.push(['xmlns', pick(['urn:other', 'ESFA/ILR/2019-20', ''])]);
      what = p.path;
      break;
    }
    case 'textInRecord':
      rec.node.rawBefore = pick(['stray', '42', '&amp;', '<![CDATA[x]]>']) + '\n';
      what = rec.path;
      break;
    case 'charReference': {
      const t = leaf.node.text;
      if (t.length) {
        const at = Math.floor(r() * t.length);
        leaf.node.raw = esc(t.slice(0, at)) + `&#x${t.codePointAt(at)!.toString(16)};` + esc(t.slice(at + 1));
      }
      what = leaf.path;
      break;
    }
    case 'cdata':
      leaf.node.raw = `<![CDATA[${leaf.node.text}]]>`;
      what = leaf.path;
      break;
    case 'comment':
      rec.node.rawBefore = '<!-- a note\n over lines -->\n<?pi data?>\n';
      what = rec.path;
      break;
    case 'moveToOtherRecord': {
      const p = pick(leaves);
      const target = pick(records.filter((q) => q.node !== p.parent));
      p.parent.children.splice(p.index, 1);
      target.node.children.splice(Math.floor(r() * (target.node.children.length + 1)), 0, p.node);
      what = `${p.path} → ${target.path}`;
      break;
    }
    case 'renameElement': {
      const p = pick(all);
      const n = p.node.name;
      p.node.name = pick([n.toLowerCase(), n.toUpperCase(), `${n}s`, n.slice(0, -1) || 'X']);
      what = `${p.path} → ${p.node.name}`;
      break;
    }
    case 'leadingZero':
      leaf.node.text = '0' + leaf.node.text;
      what = leaf.path;
      break;
    case 'deepNesting': {
      const depth = pick([10, 40, 1000]);
      leaf.node.raw = '<a>'.repeat(depth) + '1' + '</a>'.repeat(depth);
      what = `${leaf.path} depth ${depth}`;
      break;
    }
    case 'latin1Encoding': {
      const t = leaf.node.text;
      leaf.node.text = t + pick(['é', 'ü', '£', '', 'ß']);
      const body = serialise(root);
      return {
        what: leaf.path,
        doc: '<?xml version="1.0" encoding="ISO-8859-1"?>\n' + body,
        encode: (s) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff),
      };
    }
    case 'invalidUtf8': {
      const marker = '\u0001MARK\u0001';
      leaf.node.raw = esc(leaf.node.text) + marker;
      const doc = XML_DECL + serialise(root);
      const bad = pick([[0xff], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xc0, 0xaf]]);
      return {
        what: `${leaf.path} bytes ${bad.map((b) => b.toString(16)).join(' ')}`,
        doc,
        encode: (s) => {
          const [a, b] = s.split(marker) as [string, string];
          const enc = new TextEncoder();
          return Uint8Array.from([...enc.encode(a), ...bad, ...enc.encode(b)]);
        },
      };
    }
    case 'utf16': {
      leaf.node.text += pick(['', 'é']);
      return {
        what: leaf.path,
        doc: '<?xml version="1.0" encoding="UTF-16"?>\n' + serialise(root),
        encode: (s) => {
          const out = new Uint8Array(2 + s.length * 2);
          out[0] = 0xff;
          out[1] = 0xfe;
          for (let i = 0; i < s.length; i++) {
            const u = s.charCodeAt(i);
            out[2 + 2 * i] = u & 0xff;
            out[3 + 2 * i] = u >> 8;
          }
          return out;
        },
      };
    }
  }
  return { what, doc: XML_DECL + serialise(root) };
}

/** `count` deterministic mutants for `seed`: kinds in turn, bases alternating, targets chosen by the seeded generator. */
export function xmlMutants(seed: number, count: number): XmlMutant[] {
  const bs = loadBases();
  const r = rng(seed);
  const out: XmlMutant[] = [];
  for (let i = 0; i < count; i++) {
    const kind = MUTATION_KINDS[i % MUTATION_KINDS.length]!;
    const base = bs[Math.floor(i / MUTATION_KINDS.length) % bs.length]!;
    const m = mutate(base, kind, r);
    const bytes = m.encode ? m.encode(m.doc) : new TextEncoder().encode(m.doc);
    out.push({ name: `s${seed}-${i} ${kind} ${m.what} (${base.short})`, kind, label: base.label, bytes });
  }
  return out;
}

/** The unmutated bases as written by the mutant serialiser (they must validate, or every verdict is meaningless). */
export function baseDocuments(): { label: string; bytes: Uint8Array }[] {
  return loadBases().map((b) => ({ label: b.label, bytes: new TextEncoder().encode(XML_DECL + serialise(b.root)) }));
}

/** What `ilr xml` did with one mutant, in-process. */
export interface IlrVerdict {
  refused: boolean;
  /** The refusal (read error or first XSD violation). */
  reason?: string;
  /** Notes saying what was normalised (whitespace collapsed, order), when accepted. */
  normalised: boolean;
  written?: Uint8Array;
}

export interface Disagreement {
  name: string;
  ilr: string;
  xmllint: string;
}

export interface AgreementResult {
  total: number;
  agree: number;
  /** Of the agreements, how many were "xmllint refuses, ilr writes a valid file saying what it normalised". */
  normalised: number;
  refusedByBoth: number;
  disagreements: Disagreement[];
}

/** Runs the system xmllint over many files at once; returns the set of files it refused. */
function xmllintRefused(files: string[], xsd: string): Set<string> {
  const refused = new Set<string>();
  for (let i = 0; i < files.length; i += 200) {
    const batch = files.slice(i, i + 200);
    const r = spawnSync('xmllint', ['--noout', '--schema', xsd, ...batch], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.error) throw new Error(`xmllint could not run (apt-get install -y libxml2-utils): ${r.error.message}`);
    const out = `${r.stdout}${r.stderr}`;
    for (const f of batch) if (!out.includes(`${f} validates`)) refused.add(f);
  }
  return refused;
}

/** What `ilr xml` does with the mutants (decode, read, write; then one bundled-libxml2 XSD run per year). */
async function ilrVerdicts(mutants: XmlMutant[]): Promise<IlrVerdict[]> {
  const verdicts: IlrVerdict[] = [];
  const toValidate = new Map<string, { i: number; bytes: Uint8Array }[]>();
  mutants.forEach((m, i) => {
    try {
      const { message, notes } = readIlrXmlBytes(m.bytes, years);
      const report = emptyReport();
      const written = writeXmlBytes(message, report);
      verdicts.push({ refused: false, normalised: notes.length > 0 || report.normalisedCount > 0, written });
      const list = toValidate.get(message.year.label) ?? [];
      list.push({ i, bytes: written });
      toValidate.set(message.year.label, list);
    } catch (e) {
      verdicts.push({ refused: true, reason: (e as Error).message, normalised: false });
    }
  });
  for (const [label, list] of toValidate) {
    const xsd = years.get(label).xsd;
    for (let k = 0; k < list.length; k += 100) {
      const batch = list.slice(k, k + 100);
      const results = await validateManyAgainstXsd(batch.map((b) => ({ contents: b.bytes })), xsd);
      results.forEach((violations, j) => {
        if (violations.length) {
          const v = verdicts[batch[j]!.i]!;
          v.refused = true;
          v.reason = `XSD: ${violations[0]!.message}`;
        }
      });
    }
  }
  return verdicts;
}

/** Checks `ilr xml` against the system xmllint on every mutant (see the module comment for what agreement means). */
export async function checkXmlAgreement(mutants: XmlMutant[]): Promise<AgreementResult> {
  const dir = mkdtempSync(join(tmpdir(), 'ilr-mutants-'));
  try {
    const verdicts = await ilrVerdicts(mutants);
    const byLabel = new Map<string, string[]>();
    const inFile: string[] = [];
    const outFile: (string | undefined)[] = [];
    mutants.forEach((m, i) => {
      const f = join(dir, `m${i}.xml`);
      writeFileSync(f, m.bytes);
      inFile.push(f);
      const list = byLabel.get(m.label) ?? [];
      list.push(f);
      const w = verdicts[i]!.written;
      if (w && !verdicts[i]!.refused) {
        const o = join(dir, `w${i}.xml`);
        writeFileSync(o, w);
        outFile.push(o);
        list.push(o);
      } else outFile.push(undefined);
      byLabel.set(m.label, list);
    });
    const refused = new Set<string>();
    for (const [label, files] of byLabel) for (const f of xmllintRefused(files, xsdFor(label))) refused.add(f);
    const result: AgreementResult = { total: mutants.length, agree: 0, normalised: 0, refusedByBoth: 0, disagreements: [] };
    mutants.forEach((m, i) => {
      const v = verdicts[i]!;
      const lintRefusesInput = refused.has(inFile[i]!);
      const out = outFile[i];
      const lintRefusesOutput = out !== undefined && refused.has(out);
      let ok: boolean;
      if (v.refused) {
        ok = lintRefusesInput;
        if (ok) result.refusedByBoth++;
      } else if (lintRefusesOutput) ok = false;
      else if (!lintRefusesInput) ok = true;
      else {
        ok = v.normalised;
        if (ok) result.normalised++;
      }
      if (ok) result.agree++;
      else {
        result.disagreements.push({
          name: m.name,
          ilr: v.refused ? `refused: ${v.reason}` : `accepted${v.normalised ? ' (normalised)' : ''}${lintRefusesOutput ? '; xmllint refuses what it wrote' : ''}`,
          xmllint: lintRefusesInput ? 'refuses the mutant' : 'accepts the mutant',
        });
      }
    });
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * For `npm run fuzz`: `count` mutants from `seed` checked in batches of `batch` (bounded memory), totals summed;
 * at most 50 disagreements kept. Prints nothing: the caller reports `agree`/`total`.
 */
export async function fuzzXmlAgreement(seed: number, count: number, batch = 500): Promise<AgreementResult> {
  const total: AgreementResult = { total: 0, agree: 0, normalised: 0, refusedByBoth: 0, disagreements: [] };
  for (let done = 0; done < count; done += batch) {
    const r = await checkXmlAgreement(xmlMutants(seed + done, Math.min(batch, count - done)));
    total.total += r.total;
    total.agree += r.agree;
    total.normalised += r.normalised;
    total.refusedByBoth += r.refusedByBoth;
    total.disagreements.push(...r.disagreements.slice(0, 50 - total.disagreements.length));
  }
  return total;
}
