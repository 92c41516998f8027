/**
 * npm run rollback -- --to DIR
 * Points DIR/current back at the release before the one being served, atomically (src/lib/deploy/releases.ts).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { currentRelease, previousRelease, switchTo } from '../src/lib/deploy/releases.ts';

const { values } = parseArgs({ options: { to: { type: 'string' } } });
if (!values.to) {
  console.error('用法 usage: npm run rollback -- --to <发布目录>');
  process.exit(2);
}
const root = resolve(values.to);
const now = currentRelease(root);
const back = previousRelease(root);
if (!back) {
  console.error(`没有可以回退的版本（当前：${now ?? '无'}）。`);
  process.exit(1);
}
switchTo(root, back);
console.log(`已回退：${now ?? ''} → ${back}。`);
