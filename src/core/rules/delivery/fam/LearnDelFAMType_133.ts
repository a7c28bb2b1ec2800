import { atTypes, famRule, int } from './fam-shared';

/**
 * LearnDelFAMType_133 (error): the Event indicator (EVI) only on a programme aim (AimType 1); reported at the EVI
 * record. New in 2025-26.
 */
export const LearnDelFAMType_133 = famRule('LearnDelFAMType_133', { fields: ['AimType', 'LearnDelFAMType'], years: { from: '2122' } }, (aim, fams) =>
  int(aim, 'AimType') === 1 ? undefined : atTypes(fams.of('EVI'), ['AimType']),
);
