import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTables } from '../../../src/core/sheet/read-tables';
import { messageToTables } from '../../../src/core/sheet/write-tables';
import { readIlrXml } from '../../../src/core/xml/read-xml';
import { writeXmlString } from '../../../src/core/xml/write-xml';
import { years } from '../../../src/core/years/registry';
import { xmlDifferences } from '../../helpers/xml-equivalence';

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/xml', name), 'utf8');

describe('XML → tables → XML, in memory', () => {
  it.each(['ILR-99999999-2526-20250108-094401.xml', 'synthetic-2021-with-dp.xml'])('%s comes back element by element', (name) => {
    const xml = fixture(name);
    const msg = readIlrXml(xml, years);
    const tables = messageToTables(msg);
    const back = readTables(tables);
    expect(back.problems).toEqual([]);
    expect(back.message.year.code).toBe(msg.year.code);
    expect(xmlDifferences(xml, writeXmlString(back.message))).toEqual([]);
  });
});
