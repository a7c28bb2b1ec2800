import { isDevolved } from '../../derived/programme';
import { famRule, int } from './fam-shared';

/**
 * LearnDelFAMType_109 (error): an aim funded by a devolved authority (DD35: SOF 110–120) must not be an apprenticeship,
 * traineeship or T Level (ProgType 2, 3, 20–23, 25, 24, 30, 31); reported at the aim's ProgType, with the SOF. Not in
 * ESFA's 2020-21 service.
 */
const PROG_TYPES = [2, 3, 20, 21, 22, 23, 25, 24, 30, 31];

export const LearnDelFAMType_109 = famRule('LearnDelFAMType_109', { fields: ['ProgType', 'LearnDelFAMType', 'LearnDelFAMCode'], years: { from: '2122' } }, (aim, fams) => {
  const p = int(aim, 'ProgType');
  return p !== undefined && PROG_TYPES.includes(p) && isDevolved(aim) ? { record: aim, field: 'ProgType', fams: fams.of('SOF') } : undefined;
});
