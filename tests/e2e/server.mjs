// A small static server for the browser tests: serves the release build (dist/) at / and the test
// fixtures (tests/fixtures/) at /fixtures/, on 127.0.0.1 and a port the system picks. Two test
// routes: /slow/... never answers, /loop/... redirects to itself.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** Starts the server; resolves to { url, close }. */
export async function startServer({ dist = 'dist', fixtures = 'tests/fixtures', port = 0 } = {}) {
  const roots = [['/fixtures/', resolve(fixtures)], ['/', resolve(dist)]];
  const pending = new Set();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    // Test routes: a server that never answers, and a redirect loop.
    if (path.startsWith('/slow/')) {
      pending.add(res);
      res.on('close', () => pending.delete(res));
      return;
    }
    if (path.startsWith('/loop/')) {
      res.writeHead(302, { location: path }).end();
      return;
    }
    const [prefix, root] = roots.find(([p]) => path.startsWith(p));
    let file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(root)) { res.writeHead(403).end('forbidden'); return; }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`not found: ${path}`);
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const { port: actual } = server.address();
  const close = () => {
    for (const res of pending) res.destroy();
    return new Promise((ok) => server.close(ok));
  };
  return { url: `http://127.0.0.1:${actual}`, close };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await startServer({ port: Number(process.env.PORT ?? 0) });
  console.log(`serving dist/ at ${url}/`);
}
