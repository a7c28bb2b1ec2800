import type { SchemaModel } from '../schema/model';

/** One ILR collection year, everything known about it read from its official XSD. */
export interface IlrYear {
  /** Year code as in Header/CollectionDetails/Year and the file name, e.g. "2526". */
  code: string;
  /** Display label, e.g. "2025-26". */
  label: string;
  /** XML namespace, e.g. "ESFA/ILR/2025-26". */
  namespace: string;
  /** First day of the collection year (1 August), ISO date. */
  start: string;
  /** Last day of the collection year (31 July), ISO date. */
  end: string;
  /** Whether the XSD has the Learner Destination and Progression entity. */
  hasDestinations: boolean;
  schema: SchemaModel;
  /** The XSD text itself (the XML writer's output is validated against it). */
  xsd: string;
  /** Where the XSD came from: "bundled" or a file the user supplied. */
  source: string;
}
