/**
 * The Destination and Progression rule IDs of 2020-21, the last years whose ILR had the entity. No official rules list
 * for 2020-21 is shipped; these IDs are the ones ESFA's own 2020-21 validation service implements
 * (SkillsFundingAgency/DC-ILR-2021-ValidationService: Rules/DestinationAndProgression, and the cross-record rules
 * R_69, R_71, R_85, R_107, R_108 that read DPOutcome). Names only: the rules themselves live in ../destination/.
 */
export const DESTINATION_RULE_IDS_2021: readonly string[] = [
  'OutCollDate_01',
  'OutCollDate_02',
  'OutEndDate_01',
  'OutStartDate_01',
  'OutStartDate_02',
  'OutType_01',
  'OutType_02',
  'OutType_03',
  'OutType_04',
  'OutType_05',
  'OutULN_01',
  'OutULN_02',
  'R_69',
  'R_71',
  'R_85',
  'R_107',
  'R_108',
];
