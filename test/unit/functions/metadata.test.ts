import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { join } from 'node:path';

interface Param {
  name: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
}
interface Fn {
  id: string;
  name: string;
  description: string;
  parameters: Param[];
  result: { type?: string; dimensionality?: string };
  options?: { volatile?: boolean; stream?: boolean; requiresAddress?: boolean };
}

const FILE = join(__dirname, '..', '..', '..', 'src', 'functions', 'functions.ts');

let fns: Fn[];
beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(FILE);
  expect(result.errors).toEqual([]);
  fns = (JSON.parse(result.metadataJson) as { functions: Fn[] }).functions;
}, 30_000);

const byId = (id: string) => fns.find((f) => f.id === id)!;
/** name:type:dimensionality, with ? for optional. */
const sig = (id: string) => byId(id).parameters.map((p) => `${p.name}${p.optional ? '?' : ''}:${p.type}:${p.dimensionality ?? 'scalar'}`);

describe('custom-functions metadata', () => {
  it('has exactly these ids, which workbooks depend on and must never change', () => {
    expect(fns.map((f) => f.id)).toEqual(['CHECKDP', 'CHECKAIM', 'CHECKULN', 'CHECKROW', 'DESCRIBE', 'RULE', 'DPDUE', 'FILENAME']);
    for (const f of fns) expect(f.name).toBe(f.id);
  });

  it('declares the parameters: ranges as matrices, trailing options optional', () => {
    expect(sig('CHECKDP')).toEqual([
      'outType:any:matrix', 'outCode:any:matrix', 'outStartDate:any:matrix', 'outEndDate?:any:matrix', 'outCollDate?:any:matrix',
      'learnActEndDate?:any:matrix', 'learnRefNumber?:any:matrix', 'asOf?:any:scalar', 'year?:any:scalar', 'output?:any:scalar',
    ]);
    expect(sig('CHECKAIM')).toEqual([
      'compStatus:any:matrix', 'learnActEndDate:any:matrix', 'outcome:any:matrix', 'withdrawReason:any:matrix', 'learnPlanEndDate:any:matrix',
      'achDate?:any:matrix', 'learnStartDate?:any:matrix', 'asOf?:any:scalar', 'year?:any:scalar', 'output?:any:scalar',
    ]);
    expect(sig('CHECKULN')).toEqual(['uln:any:matrix', 'year?:any:scalar', 'output?:any:scalar']);
    expect(sig('CHECKROW')).toEqual(['headerRange:any:matrix', 'rowRange:any:matrix', 'year?:any:scalar', 'asOf?:any:scalar', 'output?:any:scalar']);
    expect(sig('DESCRIBE')).toEqual(['field:any:scalar', 'code:any:matrix', 'year?:any:scalar']);
    expect(sig('RULE')).toEqual(['ruleId:any:matrix', 'year?:any:scalar']);
    expect(sig('DPDUE')).toEqual(['learnActEndDate:any:matrix', 'asOf?:any:scalar']);
    expect(sig('FILENAME')).toEqual(['ukprn:any:scalar', 'serialNo?:any:scalar', 'year?:any:scalar', 'dateTime?:any:scalar']);
  });

  it('spills a column from every checking function and returns text from FILENAME', () => {
    for (const id of ['CHECKDP', 'CHECKAIM', 'CHECKULN', 'CHECKROW', 'DESCRIBE', 'RULE', 'DPDUE']) expect(byId(id).result.dimensionality).toBe('matrix');
    expect(byId('FILENAME').result.type).toBe('string');
  });

  it('has no volatile, streaming or address-requiring function, and a description for each', () => {
    for (const f of fns) {
      expect(f.options?.volatile ?? false).toBe(false);
      expect(f.options?.stream ?? false).toBe(false);
      expect(f.options?.requiresAddress ?? false).toBe(false);
      expect(f.description.length).toBeGreaterThan(20);
    }
  });
});
