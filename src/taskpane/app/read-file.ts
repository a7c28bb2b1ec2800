/** A chosen file's bytes (an XML file is decoded by its own encoding declaration, not assumed UTF-8). */
export function readFileBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(r.result instanceof ArrayBuffer ? new Uint8Array(r.result) : new Uint8Array());
    r.onerror = () => reject(r.error ?? new Error('the file could not be read'));
    r.readAsArrayBuffer(file);
  });
}
