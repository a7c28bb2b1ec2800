import { codeEntry, codeList, codeListSource } from '../../core/codes';
import { cellError, cellText, columnOf, isBlank, scalarOf } from './cells';
import { yearArg } from './options';
import { ArgumentError, rowProblem, type ColumnResult } from './problems';

/**
 * ILR.DESCRIBE(Field, Code, [Year]): the specification's description of a code. Field is an ILR field
 * ("WithdrawReason", "OutType"), a typed list ("OutCode:EMP", "LearnDelFAMType:SOF"), a FAM/ESM type on its own
 * ("SOF", "LSR") or a typed code field with the type in front of the code ("OutCode" with "EMP1",
 * "LearnDelFAMCode" with "SOF105"). Code may be a column: one description per row. An unknown code is #N/A with a
 * message; a code whose place in the year's list could not be confirmed says so after its description.
 */

const TYPED_FIELDS = ['OutCode', 'LearnDelFAMCode', 'LearnFAMCode', 'ESMCode', 'AFinCode', 'ContPrefCode'];
const TYPE_PARENTS = ['LearnDelFAMType', 'LearnFAMType', 'ESMType', 'AFinType', 'ContPrefType', 'OutCode'];

interface Target {
  field: string;
  type?: string;
}

/** Resolves Field (and, for a combined code like "EMP1", the code) to a list. */
function target(yearCode: string, field: string, code: string): { target: Target; code: string } | undefined {
  const f = field.trim();
  if (codeList(yearCode, f)) return { target: { field: f }, code };
  if (TYPED_FIELDS.includes(f)) {
    const m = /^([A-Za-z]{3})\s*(\S+)$/.exec(code);
    if (m && codeList(yearCode, f, m[1]!)) return { target: { field: f, type: m[1]!.toUpperCase() }, code: m[2]! };
    return undefined;
  }
  // A type on its own: "SOF" → LearnDelFAMType:SOF; "EMP" → OutCode:EMP.
  for (const parent of TYPE_PARENTS) {
    if (codeList(yearCode, `${parent}:${f.toUpperCase()}`)) return { target: { field: `${parent}:${f.toUpperCase()}` }, code };
  }
  return undefined;
}

export function describeCodes(args: { field: unknown; code: unknown; year?: unknown }): ColumnResult {
  const year = yearArg(args.year);
  const fieldCell = scalarOf(args.field, 'Field');
  if (fieldCell === undefined || cellError(fieldCell)) throw new ArgumentError('Field must name an ILR field, e.g. "WithdrawReason"');
  const field = cellText(fieldCell).trim();
  const codes = columnOf(args.code, 'Code');
  if (codes.length === 0) throw new ArgumentError('Code is missing');
  if (!TYPED_FIELDS.includes(field) && !target(year.code, field, '') && !codeListSource(year.code, field)) {
    throw new ArgumentError(`No code list is known for "${field}" in ${year.label}`);
  }
  return codes.map((c) => {
    if (isBlank(c)) return [''];
    const err = cellError(c);
    if (err) return [rowProblem(`Code is ${err}`, err === '#N/A' ? 'na' : 'value')];
    const text = cellText(c).trim();
    const t = target(year.code, field, text);
    if (!t) return [rowProblem(`"${text}" is not a ${field} code${TYPED_FIELDS.includes(field) ? ' (give the type and the code together, e.g. EMP1 or SOF105)' : ''} in ${year.label}`, 'na')];
    const entry = codeEntry(year.code, t.target.field, t.code, t.target.type);
    const source = codeListSource(year.code, t.target.field, t.target.type);
    if (!entry) return [rowProblem(`"${text}" is not a ${t.target.type ? `${field} ${t.target.type}` : t.target.field} code in ${year.label}`, 'na')];
    const words = entry.description ?? '(description not found in the specification pages)';
    const notes: string[] = [];
    if (entry.uncertain) notes.push(`not confirmed for ${year.label}`);
    if (source?.yearFallback) notes.push(source.yearFallback);
    return [notes.length ? `${words} [${notes.join('; ')}]` : words];
  });
}
