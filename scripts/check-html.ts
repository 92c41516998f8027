/**
 * The Nu HTML Checker (vnu.jar from the vnu-jar package; needs Java 17) over every page of the build:
 * 0 errors or npm test fails. Usage: tsx scripts/check-html.ts [dist]
 */
import { spawnSync } from 'node:child_process';
import vnu from 'vnu-jar';
import { htmlFiles } from './lib/dist.ts';

const DIST = process.argv[2] ?? 'dist';
const files = htmlFiles(DIST);
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
