import { join } from 'node:path';

// `npm run build -- --env origin=…`: the address is checked before anything is built (build/deploy-address.js).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEV_ADDRESS, DeployAddressError, parseDeployAddress } = require(join(__dirname, '../../../build/deploy-address')) as {
  DEV_ADDRESS: string;
  DeployAddressError: new (m: string) => Error;
  parseDeployAddress: (text: unknown) => { origin: string; path: string; base: string };
};

describe('the deployment address', () => {
  test.each([
    ['https://addins.example.ac.uk/ilr-workbench', 'https://addins.example.ac.uk', '/ilr-workbench/'],
    ['https://addins.example.ac.uk/ilr-workbench/', 'https://addins.example.ac.uk', '/ilr-workbench/'],
    ['  https://addins.example.ac.uk  ', 'https://addins.example.ac.uk', '/'],
    ['https://web.college.example:8443/apps/ilr', 'https://web.college.example:8443', '/apps/ilr/'],
    ['HTTPS://Addins.Example.AC.UK/ILR', 'https://addins.example.ac.uk', '/ILR/'],
    ['https://localhost:3000', 'https://localhost:3000', '/'],
  ])('%s is served from origin %s, folder %s', (text, origin, path) => {
    expect(parseDeployAddress(text)).toEqual({ origin, path, base: origin + path });
  });

  test('the default is the development server the source manifest names', () => {
    expect(parseDeployAddress(DEV_ADDRESS).base).toBe('https://localhost:3000/');
  });

  test.each([
    ['http://addins.example.ac.uk/ilr-workbench', /must start with https:\/\/ — Office loads add-ins only over HTTPS/],
    ['addins.example.ac.uk/ilr-workbench', /is not a web address/],
    ['https://addins.example.ac.uk/ilr-workbench?v=2', /has a query string/],
    ['https://addins.example.ac.uk/ilr-workbench/?', /has a query string/],
    ['https://addins.example.ac.uk/ilr-workbench#top', /has a fragment/],
    ['https://user:secret@addins.example.ac.uk/ilr', /user name or password/],
    ['https://addins.example.ac.uk/ilr-workbench/taskpane.html', /ends in a file name \(taskpane\.html\)/],
    ['https://addins.example.ac.uk/ilr/../other', /has a \. or \.\. folder/],
    ['https://addins.example.ac.uk/ilr workbench', /contains a space/],
    ['', /no address given/],
    [undefined, /no address given/],
    [`https://addins.example.ac.uk/${'a'.repeat(2040)}`, /too long/],
  ])('%s is refused with a reason', (text, reason) => {
    let error: unknown;
    try {
      parseDeployAddress(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DeployAddressError);
    expect((error as Error).message).toMatch(reason);
  });
});
