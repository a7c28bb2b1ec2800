import type { IlrRecord } from '../../../model/record';
import type { AimFams } from '../../derived/delivery-fams';
import { isDevolved } from '../../derived/programme';
import { atCodes, famRule, famUntil2021, isDevolved2021, type Fires } from './fam-shared';

/**
 * LearnDelFAMType_75 (error): an aim funded by a devolved authority (DD35: SOF 110–120) must not have LDM 034 (OLASS),
 * 357 (Procured AEB), 363 (low wages), 379 (Procured AEB 2021) or 388 (Procured AEB 2023); reported at the LDM code.
 * 2020-21 (variant): ESFA's 2020-21 service checks LDM 034, 357 and 363 (379 and 388 came later), and its DD35 is SOF
 * 110–117.
 */
const fires =
  (codes: string[], devolved: (aim: IlrRecord, fams: AimFams) => boolean): Fires =>
  (aim, fams) =>
    devolved(aim, fams) ? atCodes(fams.matching('LDM', ...codes)) : undefined;

const FIELDS = ['LearnDelFAMType', 'LearnDelFAMCode'];

export const LearnDelFAMType_75 = {
  ...famRule('LearnDelFAMType_75', { fields: FIELDS }, fires(['034', '357', '363', '379', '388'], isDevolved)),
  variants: [famUntil2021(FIELDS, fires(['034', '357', '363'], (_aim, fams) => isDevolved2021(fams)), "ESFA's 2020-21 service checks LDM 034, 357 and 363 only; its DD35 is SOF 110–117.")],
};
