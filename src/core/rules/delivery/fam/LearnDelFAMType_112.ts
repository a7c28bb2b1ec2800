import { atCodes, famRule, int } from './fam-shared';

/**
 * LearnDelFAMType_112 (error): the Source of funding of a Skills Bootcamp aim (ProgType 32) must be 105 (Adult);
 * reported at each SOF record of another code.
 * Decision: the text's "there is no record of SOF and code <> 105" is garbled; its statement ("the Source of funding
 * record must be Adult") and message ("This source of funding is not valid") are about a SOF that is returned, so the
 * rule fires for a SOF other than 105. An aim without a SOF is LearnDelFAMType_01's to report (FundModel 37).
 * Not in ESFA's 2020-21 service.
 */
export const LearnDelFAMType_112 = famRule('LearnDelFAMType_112', { fields: ['ProgType', 'LearnDelFAMType', 'LearnDelFAMCode'], years: { from: '2122' } }, (aim, fams) =>
  int(aim, 'ProgType') === 32 ? atCodes(fams.other('SOF', '105'), ['ProgType']) : undefined,
);
