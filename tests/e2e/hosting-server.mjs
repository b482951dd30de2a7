// A static server that serves dist/ the way docs/HOSTING.md says a host should, for
// hosting.spec.mjs: under a sub-path (/maps/geneva/ by default; the sub-path without its slash is
// redirected to it), each file with its content type, a precompressed copy (.br, else .gz) when
// the request accepts that encoding, with Content-Encoding and Vary, and the headers of
// dist/_headers (tools/headers.mjs: the CSP, caching), matched from the sub-path.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

/** Content types, as docs/HOSTING.md lists them. */
export const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.png': 'image/png',
};

/** The rules of a `_headers` file: [[pattern, [[name, value], ...]], ...] in file order. */
export function parseHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push([line.trim(), []]);
    else rules.at(-1)?.[1].push(line.trim().split(/:\s*(.*)/s).slice(0, 2));
  }
  return rules;
}

/** The headers the rules give a path (`/*` matches every path, other patterns only themselves). */
export function headersFor(rules, path) {
  const out = {};
  for (const [pattern, headers] of rules) {
    const hit = pattern.endsWith('/*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
    if (hit) for (const [name, value] of headers) out[name.toLowerCase()] = value;
  }
  return out;
}

/** The encodings a request accepts, from its Accept-Encoding (without those refused by q=0). */
function accepted(header = '') {
  return header.split(',').map((p) => p.trim().split(';')).filter(([, q]) => !/^\s*q=0(\.0*)?\s*$/.test(q ?? ''))
    .map(([name]) => name.toLowerCase());
}

/** Starts the server; resolves to { url, prefix, close }, `url` ending with the sub-path. */
export async function startHostingServer({ dist = 'dist', prefix = '/maps/geneva/', port = 0 } = {}) {
  const root = resolve(dist);
  const rules = parseHeaders(readFileSync(join(root, '_headers'), 'utf8'));
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (`${path}/` === prefix) {
      res.writeHead(301, { location: prefix }).end();
      return;
    }
    if (!path.startsWith(prefix)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`not found: ${path}`);
      return;
    }
    const site = `/${path.slice(prefix.length)}`;
    const file = normalize(join(root, site.endsWith('/') ? `${site}index.html` : site));
    if (!file.startsWith(root)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    try {
      const type = TYPES[extname(file)];
      const headers = { 'content-type': type ?? 'application/octet-stream', ...headersFor(rules, site) };
      let body = null;
      if (type) {
        headers.vary = 'Accept-Encoding';
        const ok = accepted(req.headers['accept-encoding']);
        for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
          if (!ok.includes(encoding) || !(await stat(file + suffix).catch(() => null))) continue;
          body = await readFile(file + suffix);
          headers['content-encoding'] = encoding;
          break;
        }
      }
      body ??= await readFile(file);
      headers['content-length'] = body.length;
      res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`not found: ${path}`);
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}${prefix}`;
  const close = () => {
    server.closeAllConnections();
    return new Promise((ok) => server.close(ok));
  };
  return { url, prefix, close };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await startHostingServer({ port: Number(process.env.PORT ?? 0) });
  console.log(`serving dist/ as docs/HOSTING.md says at ${url}`);
}
