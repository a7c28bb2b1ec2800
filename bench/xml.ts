import { readIlrXml } from '../src/core/xml/read-xml';
import { emptyReport, writeXmlBytes, xmlChunks } from '../src/core/xml/write-xml';
import { validateForYear } from '../src/core/xml/validate-xsd';
import { syntheticMessage } from './synthetic';
import { line, mb } from './timing';

/** Writes, reads back and XSD-validates a 100,000-learner ILR file. */
export async function benchXml(n = 100_000): Promise<void> {
  let t = performance.now();
  const msg = syntheticMessage(n, 2);
  line(`build model: ${n} learners × 2 aims`, `${(performance.now() - t).toFixed(0)} ms`);

  t = performance.now();
  let chars = 0;
  let chunks = 0;
  for (const c of xmlChunks(msg, emptyReport())) {
    chars += c.length;
    chunks++;
  }
  line('write XML (schema order, streamed chunks)', `${(performance.now() - t).toFixed(0)} ms, ${chunks} chunks, ${mb(chars)}`);

  t = performance.now();
  const report = emptyReport();
  const bytes = writeXmlBytes(msg, report);
  line('write XML as UTF-8 bytes', `${(performance.now() - t).toFixed(0)} ms, ${mb(bytes.byteLength)}`);

  t = performance.now();
  const violations = await validateForYear(bytes, msg.year, report);
  line('validate against the official XSD (xmllint-wasm)', `${(performance.now() - t).toFixed(0)} ms, ${violations.length} violations`);

  t = performance.now();
  const text = new TextDecoder().decode(bytes);
  const back = readIlrXml(text);
  line('read XML back into the model (streaming SAX)', `${(performance.now() - t).toFixed(0)} ms, ${back.root.children['Learner']!.length} learners`);
  line('heap used after', mb(process.memoryUsage().heapUsed));
}
