export { codeList, codeListKey, codeListSource, codeEntry, describeCode, isValidCode, codeFileYears, codeVerdict, incompleteLists } from './code-lists';
export type { IncompleteList } from './code-lists';
export type { CodeEntry, CodeListSource, CodeCheckOptions, CodeListAsset, CodeVerdict } from './types';
