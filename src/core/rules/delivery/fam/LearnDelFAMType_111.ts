import { atAim, famRule, int } from './fam-shared';

/**
 * LearnDelFAMType_111 (error): a Skills Bootcamp aim (ProgType 32) must have a Full or co-funding indicator (FFI);
 * reported at the aim's ProgType. Not in ESFA's 2020-21 service.
 */
export const LearnDelFAMType_111 = famRule('LearnDelFAMType_111', { fields: ['ProgType', 'LearnDelFAMType'], years: { from: '2122' } }, (aim, fams) =>
  int(aim, 'ProgType') === 32 && !fams.has('FFI') ? atAim(aim, 'ProgType') : undefined,
);
