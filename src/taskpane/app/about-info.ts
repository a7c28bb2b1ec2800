import { years } from '../../core/years/registry';

/** What the About screen shows: which build is running, which years it carries, and where it was loaded from. */
export interface AboutInfo {
  /** package.json's version, e.g. "0.1.0"; undefined in a build that did not set it. */
  version: string | undefined;
  /** The collection years whose official XSD ships with the add-in, newest first, e.g. ["2025-26", "2020-21"]. */
  bundledYears: string[];
  /** The folder the task pane was loaded from, e.g. "https://addins.example.ac.uk/ilr-workbench/". */
  servedFrom: string | undefined;
}

export function aboutInfo(): AboutInfo {
  const version = typeof __ILR_WORKBENCH_VERSION__ === 'string' ? __ILR_WORKBENCH_VERSION__ : undefined;
  const bundledYears = years
    .codes()
    .map((c) => years.get(c))
    .filter((y) => y.source === 'bundled')
    .map((y) => y.label)
    .reverse();
  const servedFrom = typeof document !== 'undefined' && document.baseURI ? new URL('.', document.baseURI).href : undefined;
  return { version, bundledYears, servedFrom };
}
