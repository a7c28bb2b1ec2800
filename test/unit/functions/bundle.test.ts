import { build } from 'esbuild';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';

/**
 * The functions as Excel's JavaScript runtime loads them: bundled for the browser and run in a fresh context that has
 * no Node (no require, process or Buffer), with only the CustomFunctions runtime object. Registration must happen on
 * load and the functions must answer there.
 */
describe('the functions bundle in a runtime without Node', () => {
  it('registers every function on load and answers a check', async () => {
    const out = await build({
      entryPoints: [join(__dirname, '..', '..', '..', 'src', 'functions', 'functions.ts')],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      write: false,
      logLevel: 'silent',
      loader: { '.xsd': 'text' },
    });
    const code = out.outputFiles[0]!.text;
    const registered = new Map<string, (...args: unknown[]) => unknown>();
    class RuntimeError {
      constructor(
        readonly code: string,
        readonly message?: string,
      ) {}
    }
    const sandbox = {
      CustomFunctions: {
        Error: RuntimeError,
        ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
        associate: (id: string, fn: (...args: unknown[]) => unknown) => registered.set(id, fn),
      },
    };
    runInNewContext(code, sandbox);
    expect([...registered.keys()].sort()).toEqual(['CHECKAIM', 'CHECKDP', 'CHECKROW', 'CHECKULN', 'DESCRIBE', 'DPDUE', 'FILENAME', 'RULE']);
    const dp = registered.get('CHECKDP')!;
    const result = dp([['EMP'], ['NPE']], [[1], [1]], [['01/09/2020'], ['01/09/2020']], null, null, null, [['TL1'], ['TL1']], '2021-01-15', '2021', 'ids');
    expect(JSON.parse(JSON.stringify(result))).toEqual([['OutType_04'], ['OutType_04']]);
    expect(registered.get('DESCRIBE')!('WithdrawReason', [[29]], null)).toEqual([['Learner has been made redundant']]);
  }, 60_000);
});
