import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ASSETS = join(__dirname, '..', '..', 'assets');
export const SHARED = join(__dirname, '..', '..', '..', 'shared');
/** The ESFA anonymised 2025-26 sample file (Open Government Licence v3.0), copied into the fixtures. */
export const ESFA_SAMPLE_2526 = join(__dirname, '..', 'fixtures', 'xml', 'ILR-99999999-2526-20250108-094401.xml');
export const SYNTHETIC_2021 = join(__dirname, '..', 'fixtures', 'xml', 'synthetic-2021-with-dp.xml');

/** Validates a file with the real xmllint (libxml2-utils) against an XSD; returns libxml2's verdict and messages. */
export function xmllintValidate(file: string, xsd: string): { valid: boolean; output: string } {
  const r = spawnSync('xmllint', ['--noout', '--schema', xsd, file], { encoding: 'utf8' });
  if (r.error) throw new Error(`xmllint could not run (apt-get install -y libxml2-utils): ${r.error.message}`);
  return { valid: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

export function xsdFor(label: string): string {
  return join(ASSETS, 'years', `ILR-${label}.xsd`);
}
