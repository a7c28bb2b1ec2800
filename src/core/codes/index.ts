export { codeList, codeListKey, codeListSource, codeEntry, describeCode, isValidCode, codeFileYears } from './code-lists';
export type { CodeEntry, CodeListSource, CodeCheckOptions, CodeListAsset } from './types';
