/** One code of an ILR code list, with the specification's description and the dates it is valid between. */
export interface CodeEntry {
  code: string;
  /** The specification's wording; null where the code is known to exist but its wording was not found. */
  description: string | null;
  /** ISO dates (inclusive); null = open-ended. */
  validFrom: string | null;
  validTo: string | null;
  /** Set when the code's presence in this year's list could not be confirmed against that year's specification. */
  uncertain?: boolean;
  note?: string;
}

/** A code list as shipped in assets/codes (see scripts/make-code-assets.mjs). */
export interface CodeListAsset {
  /** The page (or file) the list was taken from. */
  source: string | null;
  /** The collection year of that page, e.g. '2021-22' (may be earlier than the year the list is used for). */
  sourceYear: string | null;
  note?: string;
  /** Where rows came from when the page itself lacked them. */
  fallback?: string;
  /** False for lists that describe a format rather than enumerate codes (e.g. OutGrade): no validity check. */
  enumerable: boolean;
  /**
   * Whether the whole official table was seen. A code missing from an incomplete list may still be valid: only a code
   * that cannot be one of the list's (see codeVerdict) is called invalid.
   */
  complete: boolean;
  codes: CodeEntry[];
}

/**
 * What the product can say of a code against the year's list:
 * - `valid`: in the list;
 * - `not-in-list`: not in a list known to be complete;
 * - `impossible`: not in an incomplete list, and not of any of its codes' form (letters where the list has only
 *   numbers, more digits than any code, zero) — it cannot be valid whatever the missing rows are; `why` says so;
 * - `unverified`: not in an incomplete list but of its codes' form — it may be one of the rows the product lacks.
 */
export type CodeVerdict =
  | { status: 'valid'; entry: CodeEntry }
  | { status: 'not-in-list'; complete: true }
  | { status: 'impossible'; complete: false; why: string }
  | { status: 'unverified'; complete: false };

export interface CodeFile {
  _about: Record<string, unknown>;
  lists: Record<string, CodeListAsset>;
}

/** Where the list used for (year, field) came from. */
export interface CodeListSource {
  /** The list's key, e.g. 'WithdrawReason', 'LearnDelFAMType:SOF', 'OutCode:EMP'. */
  key: string;
  /** The year asked for (normalised code, e.g. '2627'). */
  requestedYear: string;
  /** The year whose code file held the list ('2526', '2021'), or 'dp' for the Destination and Progression lists. */
  listYear: string;
  /** The specification page or file the list came from. */
  page: string | null;
  /** The collection year of that page, e.g. '2021-22'. */
  sourceYear: string | null;
  note?: string;
  /** Set when the list is not the requested year's own: says which year's list was used instead and why. */
  yearFallback?: string;
  /** Codes whose presence in this year's list could not be confirmed. */
  uncertainCodes: string[];
  /** Whether the list is the whole official table (see CodeListAsset.complete). */
  complete: boolean;
}

export interface CodeCheckOptions {
  /** The type for typed lists (FAM type, ESM type, AFin type, OutType), when `field` is the code field. */
  type?: string;
  /** An ISO date: the code must be valid on it (validFrom ≤ onDate ≤ validTo). */
  onDate?: string;
}
