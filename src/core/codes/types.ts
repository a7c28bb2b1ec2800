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
  codes: CodeEntry[];
}

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
}

export interface CodeCheckOptions {
  /** The type for typed lists (FAM type, ESM type, AFin type, OutType), when `field` is the code field. */
  type?: string;
  /** An ISO date: the code must be valid on it (validFrom ≤ onDate ≤ validTo). */
  onDate?: string;
}
