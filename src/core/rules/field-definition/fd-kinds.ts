/**
 * The field-definition (FD_*) rule families. Official FD rule IDs are FD_<Element>_<Kind>, e.g. FD_ULN_AL.
 *  MA  mandatory: an element the XSD requires (minOccurs ≥ 1) is missing or blank
 *  AL  allowed length: too many/few characters (string lengths, a length inside a pattern such as [A-Za-z0-9 ]{1,12}),
 *      too many digits (totalDigits, fractionDigits, more digits than the largest allowed number)
 *  AP  allowed pattern: a character outside the ILR character set, or a value not matching the XSD pattern
 *  AR  allowed range: a number outside minInclusive..maxInclusive, or a value outside an enumeration
 *  EO  entity occurrence: a repeating record occurs more often than the XSD allows (or less than required)
 *  DT  data type: not a whole number / number / real date / date-time. The official 2025-26 list has no DT rules
 *      (the submission service rejects such a file at schema validation); DT IDs are ILR Workbench's own, of the same pattern.
 */
export type FdKind = 'MA' | 'AL' | 'AP' | 'AR' | 'DT' | 'EO';

export const FD_KINDS: readonly FdKind[] = ['MA', 'AL', 'AP', 'AR', 'DT', 'EO'];

export const FD_KIND_NAMES: Record<FdKind, string> = {
  MA: 'mandatory',
  AL: 'allowed length',
  AP: 'allowed pattern / character set',
  AR: 'allowed range',
  DT: 'data type',
  EO: 'entity occurrence',
};

/** Splits an FD rule ID into element and kind: "FD_ULN_AL" → { element: "ULN", kind: "AL" }. */
export function parseFdId(id: string): { element: string; kind: FdKind } | undefined {
  const m = /^FD_(.+)_(MA|AL|AP|AR|DT|EO)$/.exec(id);
  return m ? { element: m[1]!, kind: m[2] as FdKind } : undefined;
}

/** The standard message of a kind, in the official wording, for an element. */
export function standardFdMessage(element: string, kind: FdKind): string {
  switch (kind) {
    case 'MA':
      return `The ${element} has not been returned`;
    case 'AL':
      return `The length of the value returned for ${element} is not within the allowed length`;
    case 'AP':
      return `The ${element} does not match the validation pattern`;
    case 'AR':
      return `The ${element} is out of range`;
    case 'DT':
      return `The ${element} is not of the data type the ILR specification requires`;
    case 'EO':
      return `The number of occurrences for ${element} is outside the allowed range`;
  }
}

const KIND_WORDS: Record<FdKind, RegExp> = {
  MA: /not been returned/i,
  AL: /length|characters? long|digits|greater than the permitted/i,
  AP: /pattern/i,
  AR: /range/i,
  DT: /type/i,
  EO: /occur/i,
};

/**
 * Whether an official message fits its rule: it speaks of the rule's kind and does not name another field instead.
 * A few official messages were copied from a neighbouring rule (e.g. FD_NETFEE_AL says "The MSTUFEE has not been
 * returned", FD_DateEmpStatApp_MA names ContPrefType); for those the standard message of the kind is shown instead,
 * so the user is never told about the wrong field or the wrong check.
 */
export function officialMessageFits(message: string, element: string, kind: FdKind, knownElements: ReadonlySet<string>): boolean {
  if (!KIND_WORDS[kind].test(message)) return false;
  const words = message.match(/[A-Za-z0-9]+/g) ?? [];
  const lower = element.toLowerCase();
  if (words.some((w) => w.toLowerCase() === lower)) return true;
  return !words.some((w) => knownElements.has(w.toLowerCase()));
}
