import { years as defaultYears, type YearRegistry } from '../years/registry';
import { addChild, newRecord, setField, type IlrMessage, type IlrRecord } from './record';

/**
 * Plain-object shorthand for a record: string (or number) values are fields, arrays are child records
 * named by their key. For tests, benchmarks and the custom functions, e.g.
 *   recordFrom('Learner', { LearnRefNumber: 'L1', LearningDelivery: [{ AimSeqNumber: 1, CompStatus: 2 }] })
 */
export interface RecordSpec {
  [field: string]: string | number | undefined | null | RecordSpec[];
}

export function recordFrom(name: string, spec: RecordSpec): IlrRecord {
  const rec = newRecord(name);
  for (const [k, v] of Object.entries(spec)) {
    if (v === undefined || v === null) continue;
    if (Array.isArray(v)) for (const child of v) addChild(rec, recordFrom(k, child));
    else setField(rec, k, String(v));
  }
  return rec;
}

export interface MessageSpec {
  ukprn?: string;
  serialNo?: string;
  filePreparationDate?: string;
  dateTime?: string;
  Learner?: RecordSpec[];
  LearnerDestinationandProgression?: RecordSpec[];
}

/** A whole message with a valid header for the year, from plain objects. */
export function messageFrom(yearCode: string, spec: MessageSpec, registry: YearRegistry = defaultYears): IlrMessage {
  const year = registry.get(yearCode);
  const ukprn = spec.ukprn ?? '10000001';
  const prep = spec.filePreparationDate ?? `${year.start.slice(0, 4)}-10-01`;
  const root = recordFrom('Message', {
    Header: [
      {
        CollectionDetails: [{ Collection: 'ILR', Year: year.code, FilePreparationDate: prep }],
        Source: [
          {
            ProtectiveMarking: 'OFFICIAL-SENSITIVE-Personal',
            UKPRN: ukprn,
            SoftwareSupplier: 'ILR Workbench',
            SoftwarePackage: 'ILR Workbench',
            Release: '0.1',
            SerialNo: spec.serialNo ?? '01',
            DateTime: spec.dateTime ?? `${prep}T09:00:00`,
          },
        ],
      },
    ],
    LearningProvider: [{ UKPRN: ukprn }],
    Learner: spec.Learner ?? [],
    LearnerDestinationandProgression: spec.LearnerDestinationandProgression ?? [],
  });
  return { year, root };
}
