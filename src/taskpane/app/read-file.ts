/** A chosen file's text, through FileReader (which every Office webview has; Blob.text() is newer). */
export function readFileText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(typeof r.result === 'string' ? r.result : '');
    r.onerror = () => reject(r.error ?? new Error('the file could not be read'));
    r.readAsText(file, 'utf-8');
  });
}
