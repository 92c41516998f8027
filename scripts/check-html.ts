/**
 * The Nu HTML Checker (vnu.jar from the vnu-jar package; needs Java 17) over every page of the build:
 * 0 errors or npm test fails. Usage: tsx scripts/check-html.ts [dist]
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import vnu from 'vnu-jar';

const DIST = process.argv[2] ?? 'dist';
const pages = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? pages(path) : name.endsWith('.html') ? [path] : [];
  });

const files = pages(DIST);
const run = spawnSync('java', ['-jar', String(vnu), '--errors-only', '--format', 'text', ...files], { encoding: 'utf8' });
if (run.error) {
  console.error(`cannot run java (${run.error.message}); install a Java 17 runtime (Debian: default-jre-headless)`);
  process.exit(1);
}
const report = `${run.stdout}${run.stderr}`.trim();
if (run.status !== 0) {
  console.error(report);
  process.exit(1);
}
console.log(`Nu HTML Checker: ${files.length} pages, no errors`);
