import { atCodes, famRule, int } from './fam-shared';

/**
 * LearnDelFAMType_118 (error): the Source of funding of a T Level aim (ProgType 31) must be 107 (16-19); reported at
 * each SOF record of another code. Not in ESFA's 2020-21 service.
 */
export const LearnDelFAMType_118 = famRule('LearnDelFAMType_118', { fields: ['ProgType', 'LearnDelFAMType', 'LearnDelFAMCode'], years: { from: '2122' } }, (aim, fams) =>
  int(aim, 'ProgType') === 31 ? atCodes(fams.other('SOF', '107'), ['ProgType']) : undefined,
);
