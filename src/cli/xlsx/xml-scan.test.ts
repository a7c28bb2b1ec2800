import { deflateRawSync } from 'node:zlib';
import { attr, decodeEntities } from './xml-scan';
import { readXlsxBuffer } from './read-xlsx';

describe('the worksheet scanner', () => {
  it('decodes entities and character references, leaves unknown ones as written', () => {
    expect(decodeEntities('M&#xFC;ller &amp; Sons &lt;1&gt; &quot;x&quot; &apos;y&apos; &#233; &nbsp;')).toBe('Müller & Sons <1> "x" \'y\' é &nbsp;');
  });

  it('finds attributes by exact name, not inside a prefixed one', () => {
    const tag = ' x14ac:r="9" r="B7" s=\'3\' t="s"';
    expect([attr(tag, 'r'), attr(tag, 's'), attr(tag, 't'), attr(tag, 'ref')]).toEqual(['B7', '3', 's', undefined]);
  });
});

/** A one-sheet .xlsx whose sheet XML is given (deflated parts in a zip written here, the way Excel stores them). */
function workbookWithSheet(sheetXml: string): Buffer {
  const parts: [string, string][] = [
    ['[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'],
    ['_rels/.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'],
    ['xl/workbook.xml', '<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets><x:sheet name="S" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>'],
    ['xl/_rels/workbook.xml.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'],
    ['xl/worksheets/sheet1.xml', sheetXml],
  ];
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of parts) {
    const data = deflateRawSync(Buffer.from(text, 'utf8'));
    const n = Buffer.from(name, 'utf8');
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(8, 8);
    lh.writeUInt32LE(data.length, 18);
    lh.writeUInt32LE(text.length, 22);
    lh.writeUInt16LE(n.length, 26);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(8, 10);
    ch.writeUInt32LE(data.length, 20);
    ch.writeUInt32LE(text.length, 24);
    ch.writeUInt16LE(n.length, 28);
    ch.writeUInt32LE(offset, 42);
    locals.push(lh, n, data);
    central.push(ch, n);
    offset += 30 + n.length + data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

describe('worksheets as other tools write them', () => {
  it('prefixed elements, inline strings with phonetic runs, CDATA, comments, rows and cells without r', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><!-- written by hand -->
<x:sheetData>
<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Learn</x:t><x:r><x:t>RefNumber</x:t></x:r><x:rPh sb="0" eb="1"><x:t>ignored</x:t></x:rPh></x:is></x:c><x:c t="inlineStr"><x:is><x:t><![CDATA[Family<Name>]]></x:t></x:is></x:c></x:row>
<x:row><x:c t="inlineStr"><x:is><x:t xml:space="preserve"> T1 &amp; co </x:t></x:is></x:c><x:c><x:v>42</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c><x:c t="e"><x:v>#DIV/0!</x:v></x:c><x:c t="str"><x:f>A2</x:f><x:v></x:v></x:c><x:c><x:f>1+1</x:f></x:c></x:row>
</x:sheetData></x:worksheet>`;
    const [t] = await readXlsxBuffer(workbookWithSheet(xml));
    expect(t!.headers).toEqual(['LearnRefNumber', 'Family<Name>', null, null, null, null]);
    expect(t!.rows).toEqual([[' T1 & co ', 42, true, { error: '#DIV/0!' }, null, { error: 'formula without a calculated value', unreadable: { kind: 'uncalculated' } }]]);
  });

  it('a sheet cut short (well-formed up to the cut) is damaged, in one plain reason', async () => {
    const xml = '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row><row r="2"><c r="A2"';
    await expect(readXlsxBuffer(workbookWithSheet(xml))).rejects.toThrow('its part xl/worksheets/sheet1.xml is damaged');
  });
});
