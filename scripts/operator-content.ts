/**
 * npx tsx scripts/operator-content.ts <out>: a copy of content/ as an operator has it after retiring the samples —
 * every story, project, incubator and training institution with `sample: true` removed — which npm test builds and checks, to prove
 * that replacing the sample content never breaks the site or the tests.
 */
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTION_NAMES } from '../src/schemas/field.ts';

// Every collection of the registry but two: the policies are the real documents (their sample 解读 is linked from the
// plan, which the operator edits together with it), and the cities are the list, kept until the official one is
// imported (their sample figures are labelled as such).
const SAMPLE_ONLY = COLLECTION_NAMES.filter((name) => name !== 'policies' && name !== 'cities');
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
console.log(`operator content in ${out}: ${removed} sample entries removed from ${SAMPLE_ONLY.join(', ')}`);
