import { isDevolved } from '../../derived/programme';
import { atCodes, famRule, famUntil2021, type Fires } from './fam-shared';

/**
 * LearnDelFAMType_75 (error): an aim funded by a devolved authority (DD35: SOF 110–120) must not have LDM 034 (OLASS),
 * 357 (Procured AEB), 363 (low wages), 379 (Procured AEB 2021) or 388 (Procured AEB 2023); reported at the LDM code.
 * 2020-21 (variant): ESFA's 2020-21 service checks LDM 034, 357 and 363 (379 and 388 came later).
 */
const fires =
  (codes: string[]): Fires =>
  (aim, fams) =>
    isDevolved(aim) ? atCodes(fams.matching('LDM', ...codes)) : undefined;

const FIELDS = ['LearnDelFAMType', 'LearnDelFAMCode'];

export const LearnDelFAMType_75 = {
  ...famRule('LearnDelFAMType_75', { fields: FIELDS }, fires(['034', '357', '363', '379', '388'])),
  variants: [famUntil2021(FIELDS, fires(['034', '357', '363']), "ESFA's 2020-21 service checks LDM 034, 357 and 363 only.")],
};
