/**
 * Errors from Excel (OfficeExtension.Error: a `code` such as "InvalidOperationInCellEditMode", a `message`, and
 * `debugInfo`) as plain English for a data manager, with Excel's own text kept for a "Details" disclosure. Every task
 * pane action's catch goes through `plainError`. An error of the add-in's own (a plain Error, already written for
 * people) is shown as it is, with no details.
 *
 * Codes: Microsoft's Excel JavaScript API error list ("Error handling with the application-specific JavaScript APIs",
 * OfficeExtension.ErrorCodes and Excel.ErrorCodes).
 */

export interface PlainError {
  /** What to tell the user. */
  text: string;
  /** Whether trying again as it is may work (the pane offers a Retry button). */
  retry: boolean;
  /** Excel's error code, when it gave one. */
  code?: string;
  /** Excel's own text (code, message, where in the API): for the "Details" disclosure. */
  details?: string;
}

interface Known {
  text: string;
  retry: boolean;
}

/** Excel's error codes the pane explains, by code. */
export const OFFICE_ERROR_TEXT: Readonly<Record<string, Known>> = {
  InvalidOperationInCellEditMode: {
    text: 'Excel is busy while you are editing a cell: press Enter or Esc, then Retry.',
    retry: true,
  },
  ItemNotFound: {
    text: 'Excel could not find a sheet or cell it was asked for: it may have been renamed or deleted. Check the sheet names, then Retry.',
    retry: true,
  },
  AccessDenied: {
    text: 'Excel did not allow the change: the workbook or sheet may be protected, read-only, or open for viewing only. Unprotect it or open it for editing, then Retry.',
    retry: true,
  },
  InvalidArgument: {
    text: 'Excel refused a value or address it was given. If it keeps happening, note the details below and report it.',
    retry: false,
  },
  InvalidOperation: {
    text: 'Excel could not do that to this workbook as it is (for example a protected sheet, a merged cell or a table in the way).',
    retry: true,
  },
  GeneralException: {
    text: 'Excel reported an internal problem. Retry; if it keeps happening, save the workbook, close and reopen it.',
    retry: true,
  },
  RequestPayloadSizeLimitExceeded: {
    text: 'The data was too large for Excel to take in one go (Excel on the web limits each request to 5 MB). Retry; if it keeps happening, split the data over smaller sheets.',
    retry: true,
  },
  ResponsePayloadSizeLimitExceeded: {
    text: 'Excel could not send that much data at once (Excel on the web limits each answer to 5 MB). Retry; if it keeps happening, split the data over smaller sheets.',
    retry: true,
  },
  ApiNotFound: {
    text: 'This version of Excel does not have a feature this needs. Update Excel (or use Excel on the web) to use it.',
    retry: false,
  },
  ApiNotAvailable: {
    text: 'This version of Excel does not have a feature this needs. Update Excel (or use Excel on the web) to use it.',
    retry: false,
  },
  NotImplemented: {
    text: 'This version of Excel does not have a feature this needs. Update Excel (or use Excel on the web) to use it.',
    retry: false,
  },
  UnsupportedOperation: {
    text: 'Excel does not support that here (for example on this kind of sheet, or in this version of Excel).',
    retry: false,
  },
  Conflict: {
    text: 'Someone else (or another add-in) changed the workbook at the same time. Retry.',
    retry: true,
  },
  EditConflict: {
    text: 'Someone else (or another add-in) changed the workbook at the same time. Retry.',
    retry: true,
  },
  InsertDeleteConflict: {
    text: 'Rows or columns were inserted or deleted while this ran. Retry.',
    retry: true,
  },
  ActivityLimitReached: {
    text: 'Excel is handling too many requests just now. Wait a moment, then Retry.',
    retry: true,
  },
  RequestAborted: {
    text: 'Excel stopped the request before it finished (the workbook may have been closed or reloaded). Retry.',
    retry: true,
  },
  ServiceNotAvailable: {
    text: 'Excel could not be reached just now (check the network for Excel on the web). Retry.',
    retry: true,
  },
  Unauthenticated: {
    text: 'Excel says you are signed out. Sign in again, then Retry.',
    retry: true,
  },
  RangeExceedsLimit: {
    text: 'The range is larger than Excel allows in one request. If it keeps happening, split the data over smaller sheets.',
    retry: false,
  },
  WorkbookNotReady: {
    text: 'The workbook is still opening. Wait a moment, then Retry.',
    retry: true,
  },
};

function codeOf(e: unknown): string | undefined {
  if (!e || typeof e !== 'object') return undefined;
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' && code ? code : undefined;
}

function rawText(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (e && typeof e === 'object' && typeof (e as { message?: unknown }).message === 'string') return (e as { message: string }).message;
  return String(e);
}

/** Excel's own account of the error: code, message and (when given) the API statement that failed. */
function detailsOf(e: unknown, code: string): string {
  const parts = [`${code}: ${rawText(e)}`];
  const debug = (e as { debugInfo?: { errorLocation?: unknown; statement?: unknown } }).debugInfo;
  if (debug && typeof debug.errorLocation === 'string' && debug.errorLocation) parts.push(`at ${debug.errorLocation}`);
  if (debug && typeof debug.statement === 'string' && debug.statement) parts.push(`statement: ${debug.statement}`);
  return parts.join('\n');
}

/** Whether the error came from Excel (an OfficeExtension.Error, or anything carrying a code Excel uses). */
export function isOfficeError(e: unknown): boolean {
  const code = codeOf(e);
  if (!code) return false;
  if (typeof OfficeExtension !== 'undefined' && typeof OfficeExtension.Error === 'function' && e instanceof OfficeExtension.Error) return true;
  return code in OFFICE_ERROR_TEXT || (e as { name?: unknown }).name === 'RichApi.Error';
}

/** The error as the pane shows it: plain text, whether Retry may help, and Excel's raw text for "Details". */
export function plainError(e: unknown): PlainError {
  const code = codeOf(e);
  if (code && isOfficeError(e)) {
    const known = OFFICE_ERROR_TEXT[code];
    if (known) return { text: known.text, retry: known.retry, code, details: detailsOf(e, code) };
    return { text: 'Excel could not finish this. Retry; if it keeps happening, note the details below and report it.', retry: true, code, details: detailsOf(e, code) };
  }
  return { text: rawText(e), retry: false };
}
