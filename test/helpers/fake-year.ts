import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const xsd2526 = readFileSync(join(__dirname, '../../assets/years/ILR-2025-26.xsd'), 'utf8');

/** A would-be 2026-27 XSD: the 2025-26 one with the namespace and Year changed (what a user might load with --xsd). */
export function fake2627(): string {
  return xsd2526.replace(/ESFA\/ILR\/2025-26/g, 'ESFA/ILR/2026-27').replace('<xs:enumeration value="2526"/>', '<xs:enumeration value="2627"/>');
}
