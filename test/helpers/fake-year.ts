import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const xsd2526 = readFileSync(join(__dirname, '../../assets/years/ILR-2025-26.xsd'), 'utf8');

/** A would-be 2026-27 XSD: the 2025-26 one with the namespace and Year changed (what a user might load with --xsd). */
export function fake2627(): string {
  return xsd2526.replace(/ESFA\/ILR\/2025-26/g, 'ESFA/ILR/2026-27').replace('<xs:enumeration value="2526"/>', '<xs:enumeration value="2627"/>');
}

/**
 * A 2026-27 XSD as the official changes describe it (../shared/reference/changes-2627.md): fake2627 with EPAOrgID's
 * maximum length 7 → 8 (official) and LearningDeliveryHE/FUNDCOMP removed (third-party).
 */
export function likely2627(): string {
  const epa = fake2627().replace(/(<xs:element name="EPAOrgID" minOccurs="0">[\s\S]*?<xs:maxLength value=")7("\/>)/, '$18$2');
  const withoutFundcomp = epa.replace(/<xs:element name="FUNDCOMP" minOccurs="0">[\s\S]*?<\/xs:element>\s*/, '');
  if (withoutFundcomp === epa || epa === fake2627()) throw new Error('likely2627: the 2025-26 XSD no longer has the expected EPAOrgID / FUNDCOMP declarations');
  return withoutFundcomp;
}
