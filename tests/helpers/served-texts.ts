import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Every file under `dir` as text, gzip-compressed ones (Pagefind's) decompressed: what a reader of the server could
 * download from a release. */
export function servedTexts(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => {
      const file = join(d.parentPath, d.name);
      const bytes = readFileSync(file);
      return { file, text: (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8') };
    });
}

/** The files of `dir` that hold `text`, relative names. */
export const filesHolding = (dir: string, text: string): string[] =>
  servedTexts(dir)
    .filter((f) => f.text.includes(text))
    .map((f) => f.file.slice(dir.length + 1));
