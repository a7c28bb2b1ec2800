/**
 * The schema model: what an ILR year's XSD says, in a form the rest of the product can use.
 * Built once per year by parseXsd(); never hand-written.
 */

export type BaseType = 'string' | 'int' | 'long' | 'decimal' | 'date' | 'dateTime';

export interface Facets {
  /** XSD patterns, each as written in the XSD. All must match (patterns from different derivation steps are ANDed). */
  patterns: string[];
  enumeration?: string[];
  length?: number;
  minLength?: number;
  maxLength?: number;
  totalDigits?: number;
  fractionDigits?: number;
  minInclusive?: number;
  maxInclusive?: number;
}

export interface SimpleType {
  base: BaseType;
  facets: Facets;
  /** Whether the RestrictedString character-set pattern applies (the type derives from RestrictedString). */
  restrictedCharset: boolean;
}

export interface ElementDecl {
  name: string;
  /** Path from the root, e.g. "Message/Learner/LearningDelivery/AimSeqNumber". */
  path: string;
  minOccurs: number;
  /** Infinity for unbounded. */
  maxOccurs: number;
  /** Set for a simple-content element. */
  simple?: SimpleType;
  /** Child elements in sequence order, for a complex element. */
  children?: ElementDecl[];
}

export interface SchemaModel {
  targetNamespace: string;
  root: ElementDecl;
  /** The pattern of the RestrictedString type, as written in the XSD, if it has one. */
  restrictedStringPattern?: string;
  /** Every element by path. */
  byPath: Map<string, ElementDecl>;
}

export function isComplex(e: ElementDecl): e is ElementDecl & { children: ElementDecl[] } {
  return e.children !== undefined;
}

export function childDecl(e: ElementDecl, name: string): ElementDecl | undefined {
  return e.children?.find((c) => c.name === name);
}
