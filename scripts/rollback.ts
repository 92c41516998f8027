/**
 * npm run rollback -- --to DIR
 * Points DIR/current back at the release that was live before the one being served, as DIR/history records it
 * (src/lib/deploy/releases.ts); run again, it steps further back. A release that a rollback left is never served
 * again by the next one.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { currentRelease, lock, previousRelease, switchTo } from '../src/lib/deploy/releases.ts';

const { values } = parseArgs({ options: { to: { type: 'string' } } });
if (!values.to) {
  console.error('用法 usage: npm run rollback -- --to <发布目录>');
  process.exit(2);
}
const root = resolve(values.to);
let unlock: () => void;
try {
  unlock = lock(root);
} catch (e) {
  console.error(`没有回退：${(e as Error).message}`);
  process.exit(1);
}
try {
  const now = currentRelease(root);
  const back = previousRelease(root);
  if (!back) {
    console.error(`没有可以回退的版本（当前：${now ?? '无'}）。`);
    process.exitCode = 1;
  } else {
    switchTo(root, back, 'rollback');
    console.log(`已回退：${now ?? ''} → ${back}。`);
  }
} finally {
  unlock();
}
