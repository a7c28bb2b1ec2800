import { addChild, formatLocation, newRecord, setField, type IlrMessage, type IlrRecord, type Location } from '../model/record';
import type { Finding } from '../rules/types';
import type { SimpleType } from '../schema/model';
import { londonDateTime } from '../xml/file-name';
import { years as defaultRegistry, normaliseYearCode, UnknownYearError, type YearRegistry } from '../years/registry';
import type { IlrYear } from '../years/year';
import { SharedTexts } from '../model/shared-texts';
import { checkSimpleValue } from '../schema/check-value';
import { coerceCell, type CellProblem } from './coerce';
import { FRIENDLY_NAMES } from './friendly-names';
import { duplicateColumns, identifySheet, normaliseHeader, parentSheet, type ColumnRole, type ResolvedHeaders } from './headers';
import { LISTS_SHEET } from './workbook-plan';
import { layoutFor, RETURN_SHEET, type LayoutColumn, type SheetLayout, type YearLayout } from './layout';
import { SheetValue } from './sheet-value';
import { columnLetter, isCellError, type CellValue, type SheetTable } from './table';

/** Cell addresses of a table, with its column letters worked out once. */
const lettersCache = new WeakMap<SheetTable, string[]>();
function cellAddress(t: SheetTable, rowIndex: number, colIndex: number): string {
  let letters = lettersCache.get(t);
  if (!letters) {
    const width = Math.max(t.headers.length, ...t.rows.slice(0, 1).map((r) => r?.length ?? 0));
    letters = Array.from({ length: width }, (_, i) => columnLetter(t.firstColumn + i));
    lettersCache.set(t, letters);
  }
  return `${letters[colIndex] ?? columnLetter(t.firstColumn + colIndex)}${t.headerRow + 1 + rowIndex}`;
}

/**
 * Reading worksheet tables into the ILR model. Every value keeps the address of its cell; every problem a cell has is
 * a Finding (rule `Cell_*`) naming sheet and cell. Sheets are matched to the year's layout by name or by headers;
 * columns by header in any order; a flat sheet (learner fields on each aim row) is grouped by LearnRefNumber.
 */

export interface ReadTablesOptions {
  /** Year code; else the Return sheet's Year; else the registry's newest year. */
  year?: string;
  registry?: YearRegistry;
  /** "Now", for the default DateTime of the header (tests pass a fixed one). */
  now?: Date;
  /**
   * Drop each data row from its table once it is read, so that the tables and the model are never both whole in
   * memory (for a caller that has no further use for the tables: the CLI reading a file).
   */
  releaseRows?: boolean;
}

export interface ReadTablesResult {
  message: IlrMessage;
  problems: Finding[];
  notes: string[];
}

/** A composite key: the key values joined (never a character a key can hold). */
const SEP = '\u0001';

/** Numeric keys compare by number ("01" and 1 are the same aim). */
function keyText(text: string, simple: SimpleType): string {
  if ((simple.base === 'int' || simple.base === 'long') && /^[+-]?\d+$/.test(text)) return String(BigInt(text));
  return text;
}

function isBlank(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

function cellShown(v: CellValue): string | undefined {
  if (v === null || v === undefined) return undefined;
  if (isCellError(v)) return v.error;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString().slice(0, 10);
  return String(v);
}

class Reader {
  readonly problems: Finding[] = [];
  readonly notes: string[] = [];
  /** Per sheet with children: composite key → record. */
  private readonly index = new Map<string, Map<string, IlrRecord[]>>();
  /** Flat sheets: learner values already seen (for Cell_Duplicate): record → field → [text, cell]. */
  private readonly flatSeen = new WeakMap<IlrRecord, Map<string, { text: string; cell: string; sheet: string }>>();
  private readonly restricted: string | undefined;
  releaseRows = false;
  /** Repeated texts of a field (codes, dates, postcodes repeat across thousands of learners) are one string. */
  private readonly texts = new SharedTexts();

  constructor(
    readonly layout: YearLayout,
    readonly root: IlrRecord,
  ) {
    this.restricted = layout.year.schema.restrictedStringPattern;
    for (const sl of layout.sheets) {
      if (!sl.notInYear) continue;
      this.trackingOnly.set(sl.entity, sl.notInYear);
      if (sl.mergedParent) this.trackingOnly.set(sl.mergedParent.entity, sl.notInYear);
    }
  }

  /**
   * Entities kept for tracking only (destinations in a year whose XSD has none), with the year whose layout they follow:
   * no field-definition rule of the year runs on them, so their values are checked against that layout's limits here.
   */
  private readonly trackingOnly = new Map<string, string>();

  problem(p: CellProblem, entity: string, field: string, sheet: string, cell: string, value: CellValue, learnRefNumber?: string): void {
    const f: Finding = { rule: p.rule, severity: p.severity, message: p.message, entity, field, location: { sheet, cell } };
    const shown = cellShown(value);
    if (shown !== undefined) f.value = shown;
    if (learnRefNumber) f.learnRefNumber = learnRefNumber;
    this.problems.push(f);
  }

  /** Coerces one cell, reporting its problems; the model text or undefined. */
  coerce(value: CellValue, simple: SimpleType, entity: string, field: string, sheet: string, cell: string, lrn?: string): string | undefined {
    if (value === null || value === undefined || value === '') return undefined;
    const c = coerceCell(value, simple, this.restricted);
    for (const p of c.problems) this.problem(p, entity, field, sheet, cell, value, lrn);
    const layoutOf = c.text !== undefined && c.problems.length === 0 ? this.trackingOnly.get(entity) : undefined;
    if (layoutOf) {
      const bad = checkSimpleValue(c.text!, simple, this.restricted)[0];
      if (bad) {
        this.problem({ rule: 'Cell_Tracking', severity: 'warning', message: `${bad.message} (the ${layoutOf} destination layout; kept for tracking, not part of the ${this.layout.year.label} file)` }, entity, field, sheet, cell, value, lrn);
      }
    }
    return c.text;
  }

  private indexOf(sheet: string): Map<string, IlrRecord[]> {
    let m = this.index.get(sheet);
    if (!m) this.index.set(sheet, (m = new Map()));
    return m;
  }

  /**
   * The model value of a field read from a table's cell (data row rowIndex, column colIndex): its location is built
   * when asked. Repeated texts of a field (codes, dates, postcodes repeat across thousands of learners) are one string.
   */
  private value(field: string, text: string, t: SheetTable, rowIndex: number, colIndex: number): SheetValue {
    return new SheetValue(this.texts.text(field, text), t.sheet, t.headerRow + 1 + rowIndex, t.firstColumn + colIndex);
  }

  /** Sets a (possibly flattened) column's value from a cell on a record, creating the single flattened children on the way. */
  private put(rec: IlrRecord, col: LayoutColumn, text: string, t: SheetTable, rowIndex: number, colIndex: number): void {
    const name = col.path[col.path.length - 1]!;
    const value = this.value(name, text, t, rowIndex, colIndex);
    let target = rec;
    for (let i = 0; i < col.path.length - 1; i++) target = singleChild(target, col.path[i]!, value);
    target.fields[name] = value;
  }

  readSheet(t: SheetTable, r: ResolvedHeaders): void {
    const s = r.layout;
    const roles = r.roles;
    const parent = parentSheet(this.layout, s);
    const needsParent = s.keys.length > 0;
    const ownIndex = s.childSheets.length ? this.indexOf(s.name) : undefined;
    const keyCols: { i: number; level: number; simple: SimpleType; header: string }[] = [];
    const used: number[] = [];
    roles.forEach((role, i) => {
      if (role.kind === 'key') keyCols.push({ i, level: role.key.level, simple: role.key.simple, header: role.key.header });
      if (role.kind !== 'unknown' && role.kind !== 'formula' && role.kind !== 'duplicate') used.push(i);
    });
    const missingKeys = s.keys.filter((k) => !keyCols.some((c) => c.header === k.header));
    if (missingKeys.length && t.rows.some((row) => used.some((i) => !isBlank(row[i])))) {
      this.notes.push(`${t.sheet}: no ${missingKeys.map((k) => k.header).join(' or ')} column, so its rows cannot be joined to their ${parent?.entity ?? 'parent'} records; sheet not read`);
      return;
    }
    // The own identifying field of this sheet's records (for the index children join on).
    const idColumn = s.childSheets.length ? this.identifyingColumn(s) : undefined;
    const flatIndex = r.flat && parent ? this.indexOf(parent.name) : undefined;
    const lrnKeyCol = keyCols.find((k) => k.level === 0);
    const rows = t.rows as (CellValue[] | undefined)[];
    for (let ri = 0; ri < rows.length; ri++) {
      // Only row ri is read in its turn (by the helpers too), so the one before it can go.
      if (this.releaseRows && ri > 0) rows[ri - 1] = undefined;
      const row = rows[ri] ?? [];
      if (!used.some((i) => !isBlank(row[i]))) continue;
      const rowCell = cellAddress(t, ri, 0);
      const rowLoc: Location = { sheet: t.sheet, cell: rowCell };
      const lrnRaw = lrnKeyCol ? row[lrnKeyCol.i] : s.entity === 'Learner' ? row[roles.findIndex((x) => x.kind === 'field' && x.column.header === 'LearnRefNumber')] : undefined;
      const lrn = typeof lrnRaw === 'string' ? lrnRaw.trim() : typeof lrnRaw === 'number' ? String(lrnRaw) : undefined;
      // Keys.
      const keyTexts: string[] = [];
      let keyMissing: string | undefined;
      for (const k of s.keys) {
        const kc = keyCols.find((c) => c.header === k.header)!;
        const text = this.coerce(row[kc.i], kc.simple, s.entity, k.header, t.sheet, cellAddress(t, ri, kc.i), lrn);
        if (text === undefined) {
          keyMissing ??= `${k.header} (${columnLetter(t.firstColumn + kc.i)}${t.headerRow + 1 + ri})`;
          continue;
        }
        keyTexts.push(keyText(text, kc.simple));
      }
      if (keyMissing) {
        this.problems.push({
          rule: 'Cell_OrphanRow', severity: 'error', entity: s.entity, location: rowLoc, ...(lrn ? { learnRefNumber: lrn } : {}),
          message: `row ${t.headerRow + 1 + ri} has no ${keyMissing.replace(/ \(.*\)$/, '')}, so it cannot be joined to its ${parent?.entity ?? 'parent'} record; it would be left out of the file`,
          field: keyMissing.replace(/ \(.*\)$/, ''),
        });
        continue;
      }
      // Flat sheet: the learner part of the row.
      let parentRec: IlrRecord | undefined;
      if (needsParent && parent) {
        const pKey = keyTexts.slice(0, parent.keys.length + 1).join(SEP);
        parentRec = this.pickParent(this.indexOf(parent.name).get(pKey), t, ri, roles, s, lrn);
        if (!parentRec && flatIndex) {
          parentRec = addChild(this.root, newRecord(parent.entity, rowLoc));
          flatIndex.set(pKey, [parentRec]);
          const kc = keyCols[0]!;
          parentRec.fields['LearnRefNumber'] = this.value('LearnRefNumber', keyTexts[0]!, t, ri, kc.i);
        }
        if (!parentRec) {
          const firstKey = keyCols.find((c) => c.header === s.keys[0]!.header)!;
          this.problems.push({
            rule: 'Cell_OrphanRow', severity: 'error', entity: s.entity, field: firstKey.header, ...(lrn ? { learnRefNumber: lrn } : {}),
            location: { sheet: t.sheet, cell: cellAddress(t, ri, firstKey.i) },
            message: `no ${parent.entity} row has ${s.keys.slice(0, parent.keys.length + 1).map((k, i) => `${k.header} ${keyTexts[i]}`).join(' and ')}; this row would be left out of the file`,
          });
          continue;
        }
        if (r.flat) this.flatLearnerValues(t, ri, roles, parentRec, lrn);
        for (let a = parent.ancestors.length + 1; a < s.ancestors.length; a++) parentRec = singleChild(parentRec, s.ancestors[a]!.entity, rowLoc);
      }
      // The merged parent (DP: LearnerDestinationandProgression; SourceFiles).
      if (s.mergedParent) parentRec = this.mergedParentRecord(t, ri, roles, s, lrn);
      const rec = newRecord(s.entity, rowLoc);
      for (let i = 0; i < roles.length; i++) {
        const role = roles[i]!;
        if (role.kind === 'field') {
          const cell = cellAddress(t, ri, i);
          const text = this.coerce(row[i], role.column.simple, entityOf(s, role.column), fieldOf(role.column), t.sheet, cell, lrn);
          if (text !== undefined) this.put(rec, role.column, text, t, ri, i);
        } else if (role.kind === 'fam' && !role.up) {
          this.famCodes(t, ri, i, role.famSheet, role.type, rec, lrn);
        }
      }
      addChild(parentRec ?? this.root, rec);
      if (ownIndex && idColumn) {
        const idText = rec.fields[idColumn.header]?.text;
        const k = [...keyTexts, idText === undefined ? '' : keyText(idText, idColumn.simple)].join(SEP);
        const list = ownIndex.get(k);
        if (list) {
          list.push(rec);
          const qualified = s.childSheets.every((c) => (this.layout.bySheet.get(c)?.qualifiers.length ?? 0) > 0);
          if (!qualified && !r.flat) {
            const first = list[0]!.fields[idColumn.header]?.loc ?? list[0]!.loc;
            const idCol = roles.findIndex((x) => x.kind === 'field' && x.column.header === idColumn.header);
            this.problems.push({
              rule: 'Cell_Duplicate', severity: 'warning', entity: s.entity, field: idColumn.header, value: idText ?? '', ...(lrn ? { learnRefNumber: lrn } : {}),
              location: { sheet: t.sheet, cell: cellAddress(t, ri, Math.max(0, idCol)) },
              message: `${idColumn.header} ${idText ?? ''} is also on ${formatLocation(first)}; rows on other sheets are joined to the first`,
            });
          }
        } else ownIndex.set(k, [rec]);
      }
    }
    if (this.releaseRows) rows.length = 0;
  }

  /** The parent among those sharing the key: by the qualifier column when there is one, else the first (reported). */
  private pickParent(candidates: IlrRecord[] | undefined, t: SheetTable, ri: number, roles: ColumnRole[], s: SheetLayout, lrn?: string): IlrRecord | undefined {
    if (!candidates || candidates.length < 2) return candidates?.[0];
    if (!s.qualifiers.length) return candidates[0]; // the duplicate key itself is reported once, on the parent's sheet
    const row = t.rows[ri]!;
    let described = '';
    for (let i = 0; i < roles.length; i++) {
      const role = roles[i]!;
      if (role.kind !== 'qualifier' || isBlank(row[i])) continue;
      const text = coerceCell(row[i], role.key.simple, this.restricted).text;
      const field = role.key.path[0]!;
      const hit = candidates.find((c) => c.fields[field]?.text === text);
      if (hit) return hit;
      described = ` and ${field} ${text ?? ''}`;
    }
    this.problems.push({
      rule: 'Cell_AmbiguousParent', severity: 'warning', entity: s.entity, location: { sheet: t.sheet, cell: cellAddress(t, ri, 0) },
      ...(lrn ? { learnRefNumber: lrn } : {}),
      message: `${candidates.length} ${candidates[0]!.name} rows share this row's key${described}; joined to the first (${candidates[0]!.loc && 'sheet' in candidates[0]!.loc ? `${candidates[0]!.loc.sheet}!${candidates[0]!.loc.cell}` : 'first row'}). Add a ${s.qualifiers.map((q) => q.header).join(' or ')} column to say which`,
    });
    return candidates[0];
  }

  private identifyingColumn(s: SheetLayout): { header: string; simple: SimpleType } | undefined {
    for (const childName of s.childSheets) {
      const child = this.layout.bySheet.get(childName)!;
      const k = child.keys[s.keys.length];
      if (k) return { header: k.header, simple: k.simple };
    }
    return undefined;
  }

  private famCodes(t: SheetTable, ri: number, i: number, fam: SheetLayout, type: string, target: IlrRecord, lrn?: string): void {
    const value = t.rows[ri]![i];
    if (isBlank(value)) return;
    const cell = cellAddress(t, ri, i);
    const [typeCol, codeCol] = fam.columns;
    if (!typeCol || !codeCol) return;
    const text = this.coerce(value, { ...codeCol.simple, base: 'string' }, fam.entity, codeCol.header, t.sheet, cell, lrn);
    if (text === undefined) return;
    const loc = { sheet: t.sheet, cell }; // one object for the cell's records
    for (const code of text.split(/[;,]/).map((x) => x.trim()).filter(Boolean)) {
      const checked = this.coerce(code, codeCol.simple, fam.entity, codeCol.header, t.sheet, cell, lrn);
      if (checked === undefined) continue;
      const famRec = newRecord(fam.entity, loc);
      famRec.fields[typeCol.header] = this.value(typeCol.header, type, t, ri, i);
      famRec.fields[codeCol.header] = this.value(codeCol.header, checked, t, ri, i);
      addChild(target, famRec);
    }
  }

  /** A flat row's learner values: set on the first row of the learner, compared on later rows. */
  private flatLearnerValues(t: SheetTable, ri: number, roles: ColumnRole[], learner: IlrRecord, lrn?: string): void {
    let seen = this.flatSeen.get(learner);
    if (!seen) this.flatSeen.set(learner, (seen = new Map()));
    const row = t.rows[ri]!;
    for (let i = 0; i < roles.length; i++) {
      const role = roles[i]!;
      if (role.kind !== 'up' && !(role.kind === 'fam' && role.up)) continue;
      if (isBlank(row[i])) continue;
      const cell = cellAddress(t, ri, i);
      const name = role.kind === 'up' ? role.column.header : `FAM:${role.type}`;
      const simple: SimpleType = role.kind === 'up' ? role.column.simple : { base: 'string', facets: { patterns: [] }, restrictedCharset: false };
      const entity = role.kind === 'up' ? 'Learner' : role.famSheet.entity;
      const prev = seen.get(name);
      if (prev) {
        const c = coerceCell(row[i], simple, this.restricted);
        if (c.text !== undefined && c.text !== prev.text) {
          this.problems.push({
            rule: 'Cell_Duplicate', severity: 'warning', entity, field: name.replace(/^FAM:/, ''), learnRefNumber: lrn,
            value: c.text, location: { sheet: t.sheet, cell },
            message: `learner ${lrn ?? ''} has ${name.replace(/^FAM:/, '')} "${prev.text}" in ${prev.sheet}!${prev.cell} but "${c.text}" here; the first is used`,
          } as Finding);
        }
        continue;
      }
      if (role.kind === 'up') {
        const text = this.coerce(row[i], simple, 'Learner', role.column.header, t.sheet, cell, lrn);
        if (text === undefined) continue;
        const existing = learner.fields[role.column.path[role.column.path.length - 1]!];
        if (role.column.path.length === 1 && existing && existing.text !== text) {
          const at = existing.loc && 'sheet' in existing.loc ? `${existing.loc.sheet}!${existing.loc.cell}` : 'the Learner sheet';
          this.problems.push({
            rule: 'Cell_Duplicate', severity: 'warning', entity, field: role.column.header, ...(lrn ? { learnRefNumber: lrn } : {}),
            value: text, location: { sheet: t.sheet, cell },
            message: `learner ${lrn ?? ''} has ${role.column.header} "${existing.text}" in ${at} but "${text}" here; the first is used`,
          });
        } else if (!existing) this.put(learner, role.column, text, t, ri, i);
        seen.set(name, { text, cell, sheet: t.sheet });
      } else {
        const before = (learner.children[role.famSheet.entity] ?? []).length;
        this.famCodes(t, ri, i, role.famSheet, role.type, learner, lrn);
        const text = coerceCell(row[i], simple).text ?? '';
        if ((learner.children[role.famSheet.entity] ?? []).length > before) seen.set(name, { text, cell, sheet: t.sheet });
      }
    }
  }

  private mergedParentRecord(t: SheetTable, ri: number, roles: ColumnRole[], s: SheetLayout, lrn?: string): IlrRecord {
    const mp = s.mergedParent!;
    const idx = this.indexOf(`${s.name}#parent`);
    const row = t.rows[ri]!;
    const values: { col: LayoutColumn; text?: string; cell: string; i: number }[] = [];
    for (let i = 0; i < roles.length; i++) {
      const role = roles[i]!;
      if (role.kind !== 'parent') continue;
      const cell = cellAddress(t, ri, i);
      values.push({ col: role.column, text: this.coerce(row[i], role.column.simple, mp.entity, role.column.header, t.sheet, cell, lrn), cell, i });
    }
    // Rows join on the parent's first field (LearnRefNumber for DP); the others must agree.
    const first = mp.columns[0];
    const keyVal = first ? values.find((v) => v.col === first)?.text ?? '' : '';
    let rec = idx.get(keyVal)?.[0];
    if (!rec) {
      rec = addChild(this.root, newRecord(mp.entity, { sheet: t.sheet, cell: cellAddress(t, ri, 0) }));
      for (const v of values) if (v.text !== undefined) this.put(rec, v.col, v.text, t, ri, v.i);
      idx.set(keyVal, [rec]);
      return rec;
    }
    for (const v of values) {
      if (v.text === undefined) continue;
      const name = v.col.path[v.col.path.length - 1]!;
      const existing = rec.fields[name];
      if (!existing) this.put(rec, v.col, v.text, t, ri, v.i);
      else if (existing.text !== v.text) {
        const at = existing.loc && 'sheet' in existing.loc ? `${existing.loc.sheet}!${existing.loc.cell}` : 'an earlier row';
        this.problems.push({
          rule: 'Cell_Duplicate', severity: 'warning', entity: mp.entity, field: name, value: v.text, ...(lrn ? { learnRefNumber: lrn } : {}),
          location: { sheet: t.sheet, cell: v.cell },
          message: `${first?.header ?? ''} ${keyVal} has ${name} "${existing.text}" in ${at} but "${v.text}" here; the first is used`,
        });
      }
    }
    return rec;
  }
}

function entityOf(s: SheetLayout, c: LayoutColumn): string {
  return c.path.length > 1 ? c.path[c.path.length - 2]! : s.entity;
}
function fieldOf(c: LayoutColumn): string {
  return c.path[c.path.length - 1]!;
}

/** The record's single child of that name, made (at the location of `at`, a location or a value) if it has none. */
function singleChild(rec: IlrRecord, name: string, at?: Location | SheetValue): IlrRecord {
  const list = rec.children[name];
  if (list?.length) return list[0]!;
  return addChild(rec, newRecord(name, at instanceof SheetValue ? at.loc : at));
}

interface ReturnValue {
  value: CellValue;
  sheet: string;
  cell: string;
}

/** The Return sheet's Field | Value pairs by normalised field name. */
function returnValues(t: SheetTable): Map<string, ReturnValue> {
  const out = new Map<string, ReturnValue>();
  const rows = [t.headers, ...t.rows];
  rows.forEach((row, r) => {
    for (let c = 0; c + 1 < row.length; c++) {
      const n = normaliseHeader(row[c]);
      if (!n || out.has(n)) continue;
      if (typeof row[c] !== 'string') continue;
      out.set(n, { value: row[c + 1], sheet: t.sheet, cell: `${columnLetter(t.firstColumn + c + 1)}${t.headerRow + r}` });
      break;
    }
  });
  return out;
}

function yearOf(opts: ReadTablesOptions, registry: YearRegistry, ret: Map<string, ReturnValue> | undefined, notes: string[], problems: Finding[]): IlrYear {
  const yearCell = ret?.get('year');
  const fromSheet = yearCell?.value;
  const sheetYear = fromSheet === null || fromSheet === undefined || isCellError(fromSheet) ? undefined : String(fromSheet).trim();
  if (opts.year) {
    const y = registry.get(opts.year);
    if (sheetYear && normaliseYearCode(sheetYear) !== y.code) notes.push(`the Return sheet says year ${sheetYear}; read as ${y.label} as asked`);
    return y;
  }
  if (sheetYear) {
    try {
      return registry.get(sheetYear);
    } catch (e) {
      if (!(e instanceof UnknownYearError)) throw e;
      const y = registry.get();
      problems.push({
        rule: 'Cell_Year', severity: 'error', entity: 'CollectionDetails', field: 'Year', value: sheetYear,
        location: { sheet: yearCell!.sheet, cell: yearCell!.cell },
        message: `year "${sheetYear}" is not a year ILR Workbench knows (${registry.codes().join(', ')}); read as ${y.label}. Give a known year, or load that year's official XSD`,
      });
      return y;
    }
  }
  return registry.get();
}

/** Reads worksheet tables (any order; unknown sheets ignored with a note) into one ILR message. */
export function readTables(tables: SheetTable[], opts: ReadTablesOptions = {}): ReadTablesResult {
  const registry = opts.registry ?? defaultRegistry;
  const notes: string[] = [];
  const returnTable = tables.find((t) => normaliseHeader(t.sheet) === normaliseHeader(RETURN_SHEET));
  const ret = returnTable ? returnValues(returnTable) : undefined;
  const yearProblems: Finding[] = [];
  const year = yearOf(opts, registry, ret, notes, yearProblems);
  const layout = layoutFor(year, registry);
  const root = newRecord('Message');
  const reader = new Reader(layout, root);
  reader.releaseRows = opts.releaseRows === true;
  reader.notes.push(...notes);
  reader.problems.push(...yearProblems);
  readReturn(reader, layout, root, ret, opts.now ?? new Date());
  if (!returnTable && tables.length) {
    reader.notes.push(`no ${RETURN_SHEET} sheet: the header values (${layout.returnFields.filter((f) => f.required && !['Year', 'DateTime', 'FilePreparationDate'].includes(f.name)).map((f) => f.name).join(', ')}) are missing; add a ${RETURN_SHEET} sheet with Field and Value columns`);
  }

  const bySheet = new Map<SheetLayout, { table: SheetTable; resolved: ResolvedHeaders }[]>();
  for (const t of tables) {
    if (t === returnTable || t.sheet === LISTS_SHEET) continue; // the writers' hidden sheet of code lists
    const found = identifySheet(layout, t);
    if (!found) {
      if (t.rows.some((r) => r.some((v) => !isBlank(v))) || t.headers.some((h) => !isBlank(h))) {
        reader.notes.push(`sheet "${t.sheet}" is not an ILR sheet (no ${layout.sheets[0]?.keys[0]?.header ?? 'LearnRefNumber'} header row found); ignored`);
      }
      continue;
    }
    const duplicates = duplicateColumns(found.resolved.roles);
    if (duplicates.length) {
      const roles = [...found.resolved.roles];
      for (const d of duplicates) {
        const cells = d.columns.map((i) => `${columnLetter(found.table.firstColumn + i)}${found.table.headerRow}`);
        reader.problems.push({
          rule: 'Cell_DuplicateHeader', severity: 'error', entity: found.resolved.layout.entity, field: d.field,
          location: { sheet: t.sheet, cell: cells[1]! },
          // every other copy is marked too (the pane highlights each; the first is often the one typed over)
          related: cells.filter((_, i) => i !== 1).map((cell) => ({ entity: found.resolved.layout.entity, field: d.field, location: { sheet: t.sheet, cell } })),
          message: `the ${d.field} column is here ${d.columns.length} times (${t.sheet}!${cells.join(` and ${t.sheet}!`)}); none of them is read, so no value silently replaces another: delete or rename all but one`,
        });
        for (const i of d.columns) {
          const h = found.table.headers[i];
          roles[i] = { kind: 'duplicate', field: d.field, header: h === null || h === undefined ? '' : String(isCellError(h) ? h.error : h) };
        }
      }
      found.resolved = { ...found.resolved, roles };
    }
    const unknown = found.resolved.roles
      .map((role, i) => (role.kind === 'unknown' && role.header.trim() !== '' ? `"${role.header}" (${columnLetter(found.table.firstColumn + i)})` : ''))
      .filter(Boolean);
    if (unknown.length) {
      reader.notes.push(`${t.sheet}: column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} ${unknown.length > 1 ? 'are not ILR fields' : 'is not an ILR field'}; kept in the workbook, not put in the file`);
    }
    const list = bySheet.get(found.resolved.layout) ?? [];
    list.push(found);
    bySheet.set(found.resolved.layout, list);
  }
  // Parents before children: the layout is in schema order. A flat delivery sheet creates its learners.
  for (const s of layout.sheets) for (const f of bySheet.get(s) ?? []) reader.readSheet(f.table, f.resolved);
  if (!year.hasDestinations && (root.children['LearnerDestinationandProgression']?.length ?? 0) > 0) {
    reader.notes.push(`destination records are kept in the workbook for tracking; the ${year.label} file has no Destination and Progression entity, so they are not written to the XML`);
  }
  compactChildLists(root);
  return { message: { year, root }, problems: reader.problems, notes: reader.notes };
}

/**
 * V8 gives an array room for 17 elements at its first push, so a record's list of one child holds 16 empty slots; at
 * 100,000 learners the model's 670,000 lists held ~100 MB of them. An exact copy of each list, made once the reading
 * is done, holds its children only.
 */
function compactChildLists(rec: IlrRecord): void {
  for (const name in rec.children) {
    const list = rec.children[name]!;
    for (const child of list) compactChildLists(child);
    rec.children[name] = list.slice();
  }
}

function readReturn(reader: Reader, layout: YearLayout, root: IlrRecord, ret: Map<string, ReturnValue> | undefined, now: Date): void {
  const setPath = (path: string[], text: string, loc?: Location) => {
    let rec = root;
    for (let i = 0; i < path.length - 1; i++) rec = singleChild(rec, path[i]!);
    setField(rec, path[path.length - 1]!, text, loc);
  };
  // Header and LearningProvider exist even when empty, so the writer emits them in order.
  for (const f of layout.returnFields) for (const p of f.paths) {
    let rec = root;
    for (let i = 0; i < p.length - 1; i++) rec = singleChild(rec, p[i]!);
  }
  for (const f of layout.fixed) setPath(f.path, f.value);
  for (const f of layout.returnFields) {
    if (f.name === 'Year') continue;
    const v = [f.name, ...(FRIENDLY_NAMES[f.name] ?? [])].map((n) => ret?.get(normaliseHeader(n))).find((x) => x !== undefined);
    let text: string | undefined;
    if (v) text = reader.coerce(v.value, f.simple, f.paths[0]![f.paths[0]!.length - 2] ?? 'Header', f.name, v.sheet, v.cell);
    if (text === undefined && f.name === 'DateTime') text = londonDateTime(now);
    if (text === undefined && f.name === 'FilePreparationDate' && f.required) text = londonDateTime(now).slice(0, 10);
    if (text === undefined) continue;
    for (const p of f.paths) setPath(p, text, v ? { sheet: v.sheet, cell: v.cell } : undefined);
  }
}
