import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseXmlTree, type XmlElement } from '../../../src/core/xml/tree';

// Offline checks of the add-in manifest (office-addin-manifest validate needs the network).
const manifestText = readFileSync(join(__dirname, '../../../manifest.xml'), 'utf8');
const root = parseXmlTree(manifestText);

function all(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  if (el.name === name) out.push(el);
  for (const c of el.children) all(c, name, out);
  return out;
}
const first = (name: string) => all(root, name)[0];

describe('manifest.xml', () => {
  test('is an Excel task pane add-in with ReadWriteDocument permission', () => {
    expect(root.name).toBe('OfficeApp');
    expect(root.attrs['xsi:type']).toBe('TaskPaneApp');
    expect(first('Host')!.attrs['Name']).toBe('Workbook');
    expect(first('Permissions')!.text.trim()).toBe('ReadWriteDocument');
    expect(first('Id')!.text.trim()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  test('requires the shared runtime, and the custom functions use the ILR namespace', () => {
    // both sets, as Microsoft's shared-runtime guidance asks of an add-in with custom functions
    const sets = Object.fromEntries(all(first('Requirements')!, 'Set').map((s) => [s.attrs['Name'], s.attrs['MinVersion']]));
    // and ExcelApi 1.4, the add-in's minimum (every later set is checked before use: src/taskpane/excel/requirements.ts)
    expect(sets).toEqual({ SharedRuntime: '1.1', CustomFunctionsRuntime: '1.1', ExcelApi: '1.4' });
    expect(first('ProviderName')!.text.trim()).toBe('ILR Workbench');
    const ns = first('Namespace')!.attrs['resid']!;
    const nsString = all(root, 'String').find((s) => s.attrs['id'] === ns);
    expect(nsString!.attrs['DefaultValue']).toBe('ILR');
  });

  test('one Taskpane.Url serves as the runtime, the custom-functions page, the function file and the pane', () => {
    const runtime = first('Runtime')!;
    expect(runtime.attrs).toMatchObject({ resid: 'Taskpane.Url', lifetime: 'long' });
    const cf = all(root, 'ExtensionPoint').find((e) => e.attrs['xsi:type'] === 'CustomFunctions')!;
    expect(all(cf, 'Page').flatMap((p) => all(p, 'SourceLocation'))[0]!.attrs['resid']).toBe('Taskpane.Url');
    expect(first('FunctionFile')!.attrs['resid']).toBe('Taskpane.Url');
    const action = first('Action')!;
    expect(action.attrs['xsi:type']).toBe('ShowTaskpane');
    expect(all(action, 'SourceLocation')[0]!.attrs['resid']).toBe('Taskpane.Url');
  });

  test('every resid used is defined exactly once, and every defined resource is used', () => {
    const used = new Set<string>();
    (function walk(el: XmlElement) {
      if (el.attrs['resid']) used.add(el.attrs['resid']);
      el.children.forEach(walk);
    })(root);
    const defined = all(first('Resources')!, 'Image').concat(all(first('Resources')!, 'Url'), all(first('Resources')!, 'String')).map((e) => e.attrs['id']!);
    expect(new Set(defined).size).toBe(defined.length);
    for (const id of used) expect(defined).toContain(id);
    for (const id of defined) expect([...used]).toContain(id);
  });

  test('every URL is on one https origin', () => {
    const urls = [...manifestText.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(5);
    const origins = new Set(urls.map((u) => new URL(u).origin));
    expect([...origins]).toEqual(['https://localhost:3000']);
  });

  test('the ribbon button sits on the Home tab with 16/32/80 px icons that exist in assets/', () => {
    expect(first('OfficeTab')!.attrs['id']).toBe('TabHome');
    const images = all(first('Resources')!, 'Image');
    expect(images.map((i) => i.attrs['id'])).toEqual(['Icon.16x16', 'Icon.32x32', 'Icon.80x80']);
    for (const i of images) {
      const file = new URL(i.attrs['DefaultValue']!).pathname.replace(/^\//, '');
      const png = readFileSync(join(__dirname, '../../..', file));
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      const size = png.readUInt32BE(16);
      expect(`Icon.${size}x${size}`).toBe(i.attrs['id']);
    }
  });
});
