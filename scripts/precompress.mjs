import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * Writes `name.js.br` (Brotli, best quality) and `name.js.gz` (gzip -9) beside every script in `dir`, so the
 * server sends them as they are instead of compressing on each request. A variant that would not be
 * smaller is left out; the server then sends the file itself. Returns the bytes before and after.
 */
export function precompress(dir) {
  const total = { files: 0, raw: 0, br: 0, gz: 0 };
  const scripts = readdirSync(dir, { recursive: true }).filter((file) => file.endsWith('.js'));
  for (const file of scripts) {
    const path = join(dir, file);
    const source = readFileSync(path);
    const variants = {
      br: brotliCompressSync(source, {
        params: {
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
        },
      }),
      gz: gzipSync(source, { level: 9 }),
    };
    total.files++;
    total.raw += source.length;
    for (const [extension, bytes] of Object.entries(variants)) {
      const kept = bytes.length < source.length ? bytes : source;
      if (kept === bytes) writeFileSync(`${path}.${extension}`, bytes);
      total[extension] += kept.length;
    }
  }
  return total;
}
