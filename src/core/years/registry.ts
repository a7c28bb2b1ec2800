import { parseXsd } from '../schema/parse-xsd';
import type { IlrYear } from './year';
import xsd2526 from '../../../assets/years/ILR-2025-26.xsd';
import xsd2021 from '../../../assets/years/ILR-2020-21.xsd';

export const DESTINATION_ENTITY = 'LearnerDestinationandProgression';

export class UnknownYearError extends Error {}

/** Builds an IlrYear from an official ILR XSD: the year code comes from the Year enumeration, the label from the namespace. */
export function yearFromXsd(xsdText: string, source: string): IlrYear {
  const schema = parseXsd(xsdText);
  const yearDecl = schema.byPath.get('Message/Header/CollectionDetails/Year');
  const code = yearDecl?.simple?.facets.enumeration?.[0];
  if (!code || !/^\d{4}$/.test(code)) {
    throw new UnknownYearError(`${source}: not an ILR schema (no Header/CollectionDetails/Year enumeration with a four-digit year code)`);
  }
  const startYear = 2000 + Number(code.slice(0, 2));
  const endYear = 2000 + Number(code.slice(2, 4));
  if (endYear !== startYear + 1) throw new UnknownYearError(`${source}: year code ${code} is not two consecutive years`);
  const m = /(\d{4}-\d{2})\s*$/.exec(schema.targetNamespace);
  const label = m ? m[1]! : `${startYear}-${String(endYear).slice(2)}`;
  return {
    code,
    label,
    namespace: schema.targetNamespace,
    start: `${startYear}-08-01`,
    end: `${endYear}-07-31`,
    hasDestinations: schema.byPath.has(`Message/${DESTINATION_ENTITY}`),
    schema,
    xsd: xsdText,
    source,
  };
}

/** The years the product knows: the bundled ones, plus any registered at run time from an official XSD. */
export class YearRegistry {
  private readonly years = new Map<string, IlrYear>();
  private pending: string[];

  /** @param bundled the XSD texts shipped with the product; each is parsed on first use. */
  constructor(bundled: readonly string[] = BUNDLED_XSDS) {
    this.pending = [...bundled];
  }

  private load(): void {
    const texts = this.pending;
    this.pending = [];
    for (const text of texts) {
      const y = yearFromXsd(text, 'bundled');
      if (!this.years.has(y.code)) this.years.set(y.code, y);
    }
  }

  /** Registers a year from an XSD text (replacing a bundled one of the same code). */
  register(xsdText: string, source: string): IlrYear {
    this.load();
    const y = yearFromXsd(xsdText, source);
    this.years.set(y.code, y);
    return y;
  }

  codes(): string[] {
    this.load();
    return [...this.years.keys()].sort();
  }

  /** The newest year known: the default. */
  defaultCode(): string {
    const codes = this.codes();
    return codes[codes.length - 1]!;
  }

  get(code: string = this.defaultCode()): IlrYear {
    this.load();
    const y = this.years.get(normaliseYearCode(code));
    if (!y) throw new UnknownYearError(`unknown ILR year "${code}"; known years: ${this.describeKnown()}`);
    return y;
  }

  byNamespace(ns: string): IlrYear {
    for (const code of this.codes()) {
      const y = this.get(code);
      if (y.namespace === ns) return y;
    }
    throw new UnknownYearError(`the file's namespace "${ns}" is not a known ILR year; known: ${this.codes().map((c) => this.get(c).namespace).join(', ')} (register another year's official XSD with --xsd)`);
  }

  describeKnown(): string {
    return this.codes().map((c) => `${c} (${this.get(c).label})`).join(', ');
  }
}

/** Accepts "2526", "2025-26", "2025/26", "25-26". */
export function normaliseYearCode(input: string): string {
  const s = input.trim();
  let m = /^(\d{2})(\d{2})$/.exec(s);
  if (m) return s;
  m = /^(?:20)?(\d{2})\s*[-/]\s*(?:20)?(\d{2})$/.exec(s);
  if (m) return `${m[1]}${m[2]}`;
  return s;
}

/** The official XSDs shipped in assets/years. Adding a year = adding its XSD file and importing it here. */
export const BUNDLED_XSDS: readonly string[] = [xsd2526, xsd2021];

/** The process-wide registry (the task pane, the functions and the CLI each have one). */
export const years = new YearRegistry();
