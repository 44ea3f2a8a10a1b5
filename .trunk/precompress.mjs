// Trunk post-build hook: writes gzip (.gz) and brotli (.br) copies of the built wasm, JS
// and CSS beside them, at the strongest settings, for hosts that serve precompressed files
// (nginx gzip_static/brotli_static, Caddy's precompressed, Netlify and Cloudflare compress
// on their own). Release builds only: `make serve` rebuilds too often to be worth it.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('precompress: TRUNK_STAGING_DIR is not set; run me as a Trunk hook');
if (process.env.TRUNK_PROFILE === 'release') {
  for (const name of readdirSync(dir).filter((n) => /\.(wasm|js|css)$/.test(n))) {
    const data = readFileSync(join(dir, name));
    writeFileSync(join(dir, `${name}.gz`), gzipSync(data, { level: 9 }));
    writeFileSync(
      join(dir, `${name}.br`),
      brotliCompressSync(data, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        },
      }),
    );
  }
}
