import { parseXmlTree, type XmlElement } from '../xml/tree';
import type { BaseType, ElementDecl, Facets, SchemaModel, SimpleType } from './model';

const XS = 'http://www.w3.org/2001/XMLSchema';

const BUILTIN: Record<string, BaseType> = {
  string: 'string',
  normalizedString: 'string',
  token: 'string',
  int: 'int',
  integer: 'int',
  short: 'int',
  byte: 'int',
  nonNegativeInteger: 'int',
  positiveInteger: 'int',
  long: 'long',
  decimal: 'decimal',
  date: 'date',
  dateTime: 'dateTime',
};

const RESTRICTED_STRING = 'RestrictedString';

export class XsdError extends Error {}

function kids(el: XmlElement, local?: string): XmlElement[] {
  return el.children.filter((c) => c.uri === XS && (local === undefined || c.name === local));
}

function localName(qname: string): string {
  const i = qname.indexOf(':');
  return i >= 0 ? qname.slice(i + 1) : qname;
}

function parseOccurs(v: string | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  if (v === 'unbounded') return Infinity;
  const n = Number(v.trim());
  if (!Number.isInteger(n) || n < 0) throw new XsdError(`bad occurrence value "${v}"`);
  return n;
}

/** Parses an official ILR XSD into the schema model. */
export function parseXsd(xsdText: string): SchemaModel {
  const doc = parseXmlTree(xsdText);
  if (doc.uri !== XS || doc.name !== 'schema') throw new XsdError('not an XML Schema: the root element is not xs:schema');
  const targetNamespace = doc.attrs['targetNamespace'] ?? '';
  const namedSimple = new Map<string, XmlElement>();
  const namedComplex = new Map<string, XmlElement>();
  const topElements = new Map<string, XmlElement>();
  for (const c of kids(doc)) {
    const n = c.attrs['name'];
    if (!n) continue;
    if (c.name === 'simpleType') namedSimple.set(n, c);
    else if (c.name === 'complexType') namedComplex.set(n, c);
    else if (c.name === 'element') topElements.set(n, c);
  }

  const simpleCache = new Map<string, SimpleType>();

  function resolveNamedSimple(qname: string, seen: Set<string>): SimpleType {
    const name = localName(qname);
    const builtin = BUILTIN[name];
    if (builtin && (qname.startsWith('xs:') || qname.startsWith('xsd:') || !namedSimple.has(name))) {
      return { base: builtin, facets: { patterns: [] }, restrictedCharset: false };
    }
    const cached = simpleCache.get(name);
    if (cached) return cached;
    const def = namedSimple.get(name);
    if (!def) throw new XsdError(`unknown simple type "${qname}"`);
    if (seen.has(name)) throw new XsdError(`circular simple type "${name}"`);
    seen.add(name);
    const st = parseSimpleType(def, seen);
    if (name === RESTRICTED_STRING) st.restrictedCharset = true;
    simpleCache.set(name, st);
    return st;
  }

  function parseSimpleType(st: XmlElement, seen: Set<string>): SimpleType {
    const restriction = kids(st, 'restriction')[0];
    if (!restriction) throw new XsdError(`line ${st.line}: only xs:restriction simple types are supported`);
    const baseAttr = restriction.attrs['base'];
    let base: SimpleType;
    if (baseAttr) base = resolveNamedSimple(baseAttr, seen);
    else {
      const inner = kids(restriction, 'simpleType')[0];
      if (!inner) throw new XsdError(`line ${restriction.line}: restriction without a base`);
      base = parseSimpleType(inner, seen);
    }
    const facets: Facets = { ...base.facets, patterns: [...base.facets.patterns] };
    for (const f of kids(restriction)) {
      const v = f.attrs['value'];
      if (v === undefined) continue;
      const num = () => {
        const n = Number(v.trim());
        if (!Number.isFinite(n)) throw new XsdError(`line ${f.line}: facet ${f.name} has a non-numeric value "${v}"`);
        return n;
      };
      switch (f.name) {
        case 'pattern':
          facets.patterns.push(v);
          break;
        case 'enumeration':
          break; // collected below: the values of one restriction step are alternatives
        case 'length':
          facets.length = num();
          break;
        case 'minLength':
          facets.minLength = num();
          break;
        case 'maxLength':
          facets.maxLength = num();
          break;
        case 'totalDigits':
          facets.totalDigits = num();
          break;
        case 'fractionDigits':
          facets.fractionDigits = num();
          break;
        case 'minInclusive':
          facets.minInclusive = num();
          break;
        case 'maxInclusive':
          facets.maxInclusive = num();
          break;
        default:
          throw new XsdError(`line ${f.line}: unsupported facet xs:${f.name}`);
      }
    }
    // enumeration values of this step replace any inherited list
    const enums = kids(restriction, 'enumeration').map((e) => e.attrs['value'] ?? '');
    if (enums.length) facets.enumeration = enums;
    return { base: base.base, facets, restrictedCharset: base.restrictedCharset };
  }

  const byPath = new Map<string, ElementDecl>();

  function parseComplex(ct: XmlElement, path: string, depth: number): ElementDecl[] {
    if (depth > 30) throw new XsdError('schema nests too deeply');
    const children: ElementDecl[] = [];
    for (const part of kids(ct)) {
      if (part.name === 'sequence') {
        for (const item of kids(part)) {
          if (item.name !== 'element') throw new XsdError(`line ${item.line}: xs:${item.name} inside a sequence is not supported`);
          children.push(parseElement(item, path, depth + 1));
        }
      } else if (part.name === 'annotation') {
        continue;
      } else if (part.name === 'attribute') {
        continue; // ILR schemas have no attributes; nothing to carry
      } else {
        throw new XsdError(`line ${part.line}: xs:${part.name} is not supported (ILR schemas use xs:sequence only)`);
      }
    }
    return children;
  }

  function parseElement(el: XmlElement, parentPath: string, depth: number): ElementDecl {
    let def = el;
    const ref = el.attrs['ref'];
    if (ref) {
      const target = topElements.get(localName(ref));
      if (!target) throw new XsdError(`line ${el.line}: unknown element ref "${ref}"`);
      def = target;
    }
    const name = def.attrs['name'];
    if (!name) throw new XsdError(`line ${el.line}: element without a name`);
    const path = parentPath ? `${parentPath}/${name}` : name;
    const decl: ElementDecl = {
      name,
      path,
      minOccurs: parseOccurs(el.attrs['minOccurs'], 1),
      maxOccurs: parseOccurs(el.attrs['maxOccurs'], 1),
    };
    const typeAttr = def.attrs['type'];
    const inlineComplex = kids(def, 'complexType')[0];
    const inlineSimple = kids(def, 'simpleType')[0];
    if (inlineComplex) decl.children = parseComplex(inlineComplex, path, depth);
    else if (inlineSimple) decl.simple = parseSimpleType(inlineSimple, new Set());
    else if (typeAttr && namedComplex.has(localName(typeAttr))) {
      decl.children = parseComplex(namedComplex.get(localName(typeAttr))!, path, depth);
    } else if (typeAttr) decl.simple = resolveNamedSimple(typeAttr, new Set());
    else decl.simple = { base: 'string', facets: { patterns: [] }, restrictedCharset: false };
    byPath.set(path, decl);
    return decl;
  }

  const rootEl = topElements.get('Message') ?? [...topElements.values()][0];
  if (!rootEl) throw new XsdError('the schema declares no top-level element');
  const root = parseElement(rootEl, '', 0);
  const rs = namedSimple.has(RESTRICTED_STRING) ? resolveNamedSimple(RESTRICTED_STRING, new Set()) : undefined;
  return { targetNamespace, root, restrictedStringPattern: rs?.facets.patterns[0], byPath };
}
