import type { IlrRecord } from '../../../model/record';
import { famRule, famUntil2021, type Fires, type Hit } from './fam-shared';

/**
 * LearnDelFAMType_18 (error): an aim must have at most one FAM of each of the types SOF, FFI, EEF, RES, ADL, ACL, AFL,
 * ASL and FLN; reported once per type, at its second record, with the other records of the type.
 * 2020-21 (variant): ESFA's 2020-21 service checks SOF, FFI, EEF, RES, ADL, ASL, SPP and FLN (ACL and AFL did not exist;
 * SPP, apprenticeship pilot, was still a type).
 */
const fires =
  (types: string[]): Fires =>
  (_aim, fams) => {
    const hits: Hit[] = [];
    for (const t of types) {
      const list = fams.of(t);
      if (list.length > 1) hits.push({ record: list[1] as IlrRecord, field: 'LearnDelFAMType', fams: list.filter((_f, i) => i !== 1) });
    }
    return hits.length ? hits : undefined;
  };

export const LearnDelFAMType_18 = {
  ...famRule('LearnDelFAMType_18', { fields: ['LearnDelFAMType'] }, fires(['SOF', 'FFI', 'EEF', 'RES', 'ADL', 'ACL', 'AFL', 'ASL', 'FLN'])),
  variants: [famUntil2021(['LearnDelFAMType'], fires(['SOF', 'FFI', 'EEF', 'RES', 'ADL', 'ASL', 'SPP', 'FLN']), "ESFA's 2020-21 service checks the types SOF, FFI, EEF, RES, ADL, ASL, SPP and FLN.")],
};
