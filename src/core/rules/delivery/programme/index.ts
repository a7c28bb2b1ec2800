import type { RuleDefinition } from '../../types';

/** The learning delivery rules about funding models, programmes, aims, dates and hours (FundModel, ProgType, AimType, LearnStartDate, OrigLearnStartDate, LearnAimRef, PHours, OTJActHours, AddHours …), one file per rule ID. */
export const deliveryProgrammeRules: RuleDefinition[] = [];
