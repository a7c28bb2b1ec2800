import { parseXmlTree, type XmlElement } from '../../src/core/xml/tree';

/**
 * Compares two XML documents element by element: same element names (and namespaces), same order, same text
 * values. Comments, layout whitespace and the XML declaration are ignored. Returns the differences (empty = equal).
 */
export function xmlDifferences(expected: string, actual: string, max = 20): string[] {
  const diffs: string[] = [];
  walk(parseXmlTree(expected), parseXmlTree(actual), '', diffs, max);
  return diffs;
}

function walk(a: XmlElement, b: XmlElement, path: string, diffs: string[], max: number): void {
  if (diffs.length >= max) return;
  const here = `${path}/${a.name}`;
  if (a.name !== b.name || a.uri !== b.uri) {
    diffs.push(`${here} (line ${a.line}): expected <${a.name}> in "${a.uri}", found <${b.name}> in "${b.uri}" (line ${b.line})`);
    return;
  }
  if (a.children.length === 0 && b.children.length === 0) {
    if (a.text !== b.text) diffs.push(`${here} (line ${a.line}): expected "${a.text}", found "${b.text}"`);
    return;
  }
  const n = Math.max(a.children.length, b.children.length);
  for (let i = 0; i < n && diffs.length < max; i++) {
    const ca = a.children[i];
    const cb = b.children[i];
    if (!ca) diffs.push(`${here}: unexpected extra <${cb!.name}> (line ${cb!.line})`);
    else if (!cb) diffs.push(`${here}: missing <${ca.name}> (expected line ${ca.line})`);
    else walk(ca, cb, here, diffs, max);
  }
}
