// A tiny static file server for dist/ on 127.0.0.1 (ephemeral port): what the browser tests load the task pane from.
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.map': 'application/json',
  '.css': 'text/css',
};

/**
 * Serves `root`; resolves to { url, port, close }. Paths outside root are refused.
 * Options (all optional; without them: plain http at /, Content-Type and Cache-Control: no-store):
 * - mount: the folder the files appear under, e.g. "/ilr-workbench/" (anything else is 404)
 * - headersFor(file): the response headers for a file, by its path relative to root
 * - tls: { key, cert } to serve https
 * - onRequest(host, pathname): called for every request (to count what the browser asked for)
 * - virtualFiles: { "host/path": { body, headers } } served for that host and path instead (e.g. a stand-in office.js
 *   for a browser whose host-resolver-rules send Microsoft's CDN here)
 */
export function serveDirectory(root, options = {}) {
  const base = path.resolve(root);
  const mount = options.mount ?? '/';
  const handler = async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const host = String(req.headers.host ?? '').replace(/:\d+$/, '');
      options.onRequest?.(host, url.pathname);
      const virtual = options.virtualFiles?.[`${host}${url.pathname}`];
      if (virtual) {
        res.writeHead(200, virtual.headers).end(virtual.body);
        return;
      }
      const pathname = decodeURIComponent(url.pathname);
      if (!pathname.startsWith(mount)) {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
        return;
      }
      const file = path.resolve(base, '.' + pathname.slice(mount.length - 1));
      if (!file.startsWith(base + path.sep)) {
        res.writeHead(403).end();
        return;
      }
      const body = await readFile(file);
      const relative = path.relative(base, file).split(path.sep).join('/');
      const headers = options.headersFor
        ? options.headersFor(relative)
        : { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' };
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  };
  const server = options.tls ? createHttpsServer(options.tls, handler) : createHttpServer(handler);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
        port,
        close: () =>
          new Promise((r) => {
            server.closeAllConnections?.();
            server.close(() => r());
          }),
      });
    });
  });
}
