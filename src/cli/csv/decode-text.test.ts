import { decodeText, unreadableIn } from './decode-text';

describe('decodeText', () => {
  const text = 'LearnRefNumber,FamilyName\r\nT1,Müller\r\n';

  it.each([
    ['UTF-8', Buffer.from(text, 'utf8')],
    ['UTF-8', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
    ['UTF-16 LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['UTF-16 LE', Buffer.from(text, 'utf16le')],
    ['UTF-16 BE', Buffer.from(text, 'utf16le').swap16()],
    ['Windows-1252', Buffer.from(text, 'latin1')],
  ])('%s', (encoding, bytes) => {
    const d = decodeText(bytes);
    expect(d).toMatchObject({ text, encoding, lossy: false });
    expect(d.note !== undefined).toBe(encoding === 'Windows-1252');
  });

  it('marks what it could not read, per cell', () => {
    const odd = decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('A,B', 'utf16le'), Buffer.from([0x00, 0xd8])]));
    expect(odd.lossy).toBe(true);
    expect(unreadableIn('B\ufffd', odd)).toBe('bytes');
    const cp = decodeText(Buffer.from([0x41, 0x2c, 0xe9, 0x8d]));
    expect([cp.encoding, cp.lossy, unreadableIn('A', cp), unreadableIn(cp.text.split(',')[1]!, cp)]).toEqual(['Windows-1252', true, undefined, 'the byte 0x8D']);
  });
});
