// The ILR.* custom functions. Only the declarations Excel sees (JSDoc → custom-functions metadata) and their
// registration live here; each delegates to a pure implementation in ./impl. Shared runtime: one JavaScript context
// with the task pane, which sets the year, as-of date and advice settings through ./function-settings.
// No Excel API calls; none is volatile. Ranges arrive as 2-D arrays, omitted optional arguments as null.
// Each @helpurl is its section of the help page served with the add-in (src/help/help.html): the build moves these
// development-server URLs to the deployment address with the manifest's (build/functions-help-urls.js).
/// <reference types="custom-functions-runtime" />
/* eslint-disable @typescript-eslint/no-explicit-any -- custom-functions metadata reads these types: any / any[][] are Excel's "any value" and "range" */
import { answer, columnToExcel } from './excel-results';
import { checkAim as checkAimImpl } from './impl/check-aim';
import { checkDp as checkDpImpl } from './impl/check-dp';
import { checkRow as checkRowImpl } from './impl/check-row';
import { checkUln as checkUlnImpl } from './impl/check-uln';
import { describeCodes } from './impl/describe-code';
import { dpDue as dpDueImpl } from './impl/dp-due';
import { fileName } from './impl/file-name';
import { ruleInfo } from './impl/rule-info';


/**
 * Checks Destination and Progression outcomes, one per row: the destination rules and advice. With LearnRefNumber,
 * a learner's rows are checked together (e.g. EMP and NPE on one date) and a problem shows on every row involved.
 * @customfunction CHECKDP
 * @helpurl https://localhost:3000/help.html#ilr-checkdp
 * @param {any[][]} outType Outcome type (OutType), e.g. EMP: a cell or a column.
 * @param {any[][]} outCode Outcome code (OutCode), e.g. 1.
 * @param {any[][]} outStartDate Outcome start date.
 * @param {any[][]} [outEndDate] Outcome end date.
 * @param {any[][]} [outCollDate] Outcome collection date.
 * @param {any[][]} [learnActEndDate] The learner's learning actual end date (for the destination advice).
 * @param {any[][]} [learnRefNumber] Learner reference: rows with the same reference are one learner.
 * @param {any} [asOf] Date the checks are made on (default: the task pane's, else today).
 * @param {any} [year] Collection year, e.g. 2526 or 2025-26 (default: the task pane's year).
 * @param {any} [output] "ids" to return rule IDs only.
 * @returns {any[][]} One result per row: OK, or "RuleID: message; …".
 */
export function CHECKDP(outType: any[][], outCode: any[][], outStartDate: any[][], outEndDate?: any[][], outCollDate?: any[][], learnActEndDate?: any[][], learnRefNumber?: any[][], asOf?: any, year?: any, output?: any): any[][] {
  return answer(
    () => columnToExcel(checkDpImpl({ outType, outCode, outStartDate, outEndDate, outCollDate, learnActEndDate, learnRefNumber, asOf, year, output })),
    'CHECKDP',
  );
}

/**
 * Checks learning aims' completion, outcome and withdrawal, one aim per row: the rules that read only these fields, and their advice.
 * @customfunction CHECKAIM
 * @helpurl https://localhost:3000/help.html#ilr-checkaim
 * @param {any[][]} compStatus Completion status (CompStatus).
 * @param {any[][]} learnActEndDate Learning actual end date.
 * @param {any[][]} outcome Outcome.
 * @param {any[][]} withdrawReason Withdrawal reason.
 * @param {any[][]} learnPlanEndDate Learning planned end date.
 * @param {any[][]} [achDate] Achievement date.
 * @param {any[][]} [learnStartDate] Learning start date.
 * @param {any} [asOf] Date the checks are made on (default: the task pane's, else today).
 * @param {any} [year] Collection year, e.g. 2526 (default: the task pane's year).
 * @param {any} [output] "ids" to return rule IDs only.
 * @returns {any[][]} One result per row: OK, or "RuleID: message; …".
 */
export function CHECKAIM(compStatus: any[][], learnActEndDate: any[][], outcome: any[][], withdrawReason: any[][], learnPlanEndDate: any[][], achDate?: any[][], learnStartDate?: any[][], asOf?: any, year?: any, output?: any): any[][] {
  return answer(
    () => columnToExcel(checkAimImpl({ compStatus, learnActEndDate, outcome, withdrawReason, learnPlanEndDate, achDate, learnStartDate, asOf, year, output })),
    'CHECKAIM',
  );
}

/**
 * Checks Unique Learner Numbers: format and check digit.
 * @customfunction CHECKULN
 * @helpurl https://localhost:3000/help.html#ilr-checkuln
 * @param {any[][]} uln ULN: a cell or a column.
 * @param {any} [year] Collection year (default: the task pane's year).
 * @param {any} [output] "ids" to return rule IDs only.
 * @returns {any[][]} One result per row: OK, or "RuleID: message; …".
 */
export function CHECKULN(uln: any[][], year?: any, output?: any): any[][] {
  return answer(() => columnToExcel(checkUlnImpl({ uln, year, output })), 'CHECKULN');
}

/**
 * Checks rows of any ILR sheet: the headers say which record and fields they hold; runs every single-record rule of those fields.
 * @customfunction CHECKROW
 * @helpurl https://localhost:3000/help.html#ilr-checkrow
 * @param {any[][]} headerRange The header row (ILR field names).
 * @param {any[][]} rowRange One or more rows under those headers.
 * @param {any} [year] Collection year (default: the task pane's year).
 * @param {any} [asOf] Date the checks are made on (default: the task pane's, else today).
 * @param {any} [output] "ids" to return rule IDs only.
 * @returns {any[][]} One result per row: OK, or "RuleID: message; …".
 */
export function CHECKROW(headerRange: any[][], rowRange: any[][], year?: any, asOf?: any, output?: any): any[][] {
  return answer(() => columnToExcel(checkRowImpl({ headers: headerRange, rows: rowRange, year, asOf, output })), 'CHECKROW');
}

/**
 * The ILR specification's description of a code.
 * @customfunction DESCRIBE
 * @helpurl https://localhost:3000/help.html#ilr-describe
 * @param {any} field Field, e.g. WithdrawReason, OutType, OutCode (with codes like EMP1) or a FAM type like SOF.
 * @param {any[][]} code The code: a cell or a column.
 * @param {any} [year] Collection year (default: the task pane's year).
 * @returns {any[][]} One description per code.
 */
export function DESCRIBE(field: any, code: any[][], year?: any): any[][] {
  return answer(() => columnToExcel(describeCodes({ field, code, year })), 'DESCRIBE');
}

/**
 * A validation rule's message and plain-English description, as it is in the year; "*" for how many rules are checked.
 * @customfunction RULE
 * @helpurl https://localhost:3000/help.html#ilr-rule
 * @param {any[][]} ruleId Rule ID of any year, e.g. WithdrawReason_03 or R107: a cell or a column; "*" for the year's rule counts.
 * @param {any} [year] Collection year (default: the task pane's year).
 * @returns {any[][]} One description per rule ID.
 */
export function RULE(ruleId: any[][], year?: any): any[][] {
  return answer(() => columnToExcel(ruleInfo({ ruleId, year })), 'RULE');
}

/**
 * When a learner's destination is due: the due date (format the cells as dates), or "overdue by N days".
 * @customfunction DPDUE
 * @helpurl https://localhost:3000/help.html#ilr-dpdue
 * @param {any[][]} learnActEndDate Learning actual end date: a cell or a column.
 * @param {any} [asOf] Date to compare with (default: the task pane's, else today).
 * @returns {any[][]} One due date (a date serial) or "overdue by N days" per row.
 */
export function DPDUE(learnActEndDate: any[][], asOf?: any): any[][] {
  return answer(() => columnToExcel(dpDueImpl({ learnActEndDate, asOf })), 'DPDUE');
}

/**
 * The official ILR file name for a return: ILR-UKPRN-YYYY-yyyymmdd-hhmmss-NN.XML.
 * @customfunction FILENAME
 * @helpurl https://localhost:3000/help.html#ilr-filename
 * @param {any} ukprn The provider's UKPRN (8 digits).
 * @param {any} [serialNo] Serial number of the return, 1 to 99 (default 01).
 * @param {any} [year] Collection year (default: the task pane's year).
 * @param {any} [dateTime] Preparation date and time (default: now, in England).
 * @returns {string} The file name.
 */
export function FILENAME(ukprn: any, serialNo?: any, year?: any, dateTime?: any): string {
  return answer(() => fileName({ ukprn, serialNo, year, dateTime }), 'FILENAME');
}

/** The functions by id, as registered with Excel (the ids are in the generated metadata; keep them stable). */
export const FUNCTIONS = { CHECKDP, CHECKAIM, CHECKULN, CHECKROW, DESCRIBE, RULE, DPDUE, FILENAME } as const;

if (typeof CustomFunctions !== 'undefined' && typeof CustomFunctions.associate === 'function') {
  for (const [id, fn] of Object.entries(FUNCTIONS)) CustomFunctions.associate(id, fn);
}
