import { atTypes, famRule, int } from './fam-shared';

/**
 * LearnDelFAMType_132 (error): the Event indicator (EVI) only on Skills Bootcamp aims (ProgType 32); reported at the EVI
 * record. New in 2025-26.
 */
export const LearnDelFAMType_132 = famRule('LearnDelFAMType_132', { fields: ['ProgType', 'LearnDelFAMType'], years: { from: '2122' } }, (aim, fams) =>
  int(aim, 'ProgType') === 32 ? undefined : atTypes(fams.of('EVI'), ['ProgType']),
);
