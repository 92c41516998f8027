/**
 * npx tsx scripts/operator-content.ts <out>: a copy of content/ as an operator has it after retiring the samples —
 * every story, project and incubator with `sample: true` removed — which npm test builds and checks, to prove
 * that replacing the sample content never breaks the site or the tests.
 */
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const SAMPLE_ONLY = ['stories', 'projects', 'incubators'];
const out = process.argv[2];
if (!out) {
  console.error('usage: npx tsx scripts/operator-content.ts <out>');
  process.exit(2);
}
rmSync(out, { recursive: true, force: true });
cpSync('content', out, { recursive: true });
let removed = 0;
for (const collection of SAMPLE_ONLY) {
  for (const name of readdirSync(join(out, collection)).filter((n) => /\.mdx?$/.test(n))) {
    const path = join(out, collection, name);
    if (/^sample: true$/m.test(readFileSync(path, 'utf8').split(/^---$/m)[1] ?? '')) {
      rmSync(path);
      removed++;
    }
  }
}
console.log(`operator content in ${out}: ${removed} sample stories, projects and incubators removed`);
