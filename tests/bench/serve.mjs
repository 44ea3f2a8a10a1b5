// A static server for `make bench` that serves the build's precompressed copies, as a
// good static host does: brotli or gzip by the browser's Accept-Encoding (BENCH_ENCODING
// limits it, e.g. to gzip). Usage: node serve.mjs <folder> <port> (not a port browsers refuse, such as 4190).
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const [root, port] = [process.argv[2] ?? '.', Number(process.argv[3] ?? 4183)];
const allowed = (process.env.BENCH_ENCODING ?? 'br,gzip').split(',');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.json': 'application/json' };

createServer((req, res) => {
  let path = normalize(join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
  if (!path.startsWith(normalize(root))) return res.writeHead(403).end();
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
  if (!existsSync(path)) return res.writeHead(404).end();
  const accepts = String(req.headers['accept-encoding'] ?? '');
  const headers = { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' };
  for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
    if (allowed.includes(encoding) && accepts.includes(encoding) && existsSync(path + suffix)) {
      res.writeHead(200, { ...headers, 'Content-Encoding': encoding });
      return res.end(readFileSync(path + suffix));
    }
  }
  res.writeHead(200, headers);
  res.end(readFileSync(path));
}).listen(port, '127.0.0.1');
