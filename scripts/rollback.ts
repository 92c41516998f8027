/**
 * npm run rollback -- --to DIR [--republish-withdrawn]
 * Points DIR/current back at the release that was live before the one being served, as DIR/history records it
 * (src/lib/deploy/releases.ts); run again, it steps further back. A release that a rollback left is never served
 * again by the next one. A release that would publish again personal information the live one no longer publishes
 * (a consent withdrawn, a name corrected or deleted: src/lib/deploy/personal-record.ts) is refused, naming the
 * entries, unless --republish-withdrawn says the operator means it.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { republished } from '../src/lib/deploy/personal-record.ts';
import { currentRelease, lock, previousRelease, switchTo } from '../src/lib/deploy/releases.ts';

const FLAG = '--republish-withdrawn';

/** Why going from `live` back to `target` would publish personal information again that was withdrawn, or
 * undefined when it would not. */
function withdrawalRefusal(root: string, live: string, target: string): string | undefined {
  const again = republished(root, live, target);
  if (!again) {
    return `没有回退：版本 ${target} 或 ${live} 没有个人信息记录（在有记录之前发布），无法确认回退不会重新公开已撤回的姓名或联系方式。网站仍是 ${live}。\n确认无误后可加 ${FLAG} 回退。`;
  }
  if (!again.length) return undefined;
  const entries = [...new Map(again.map((v) => [`${v.entry}\t${v.field}`, v])).values()].map((v) => `  ${v.title}（${v.entry}）：${v.field}`);
  return (
    `没有回退：版本 ${target} 公开了当前版本已撤回或更正的个人信息，回退会重新公开：\n${entries.join('\n')}\n` +
    `网站仍是 ${live}。如确需回退（例如本人重新同意），请加 ${FLAG}；否则修正内容后重新发布。`
  );
}

const { values } = parseArgs({ options: { to: { type: 'string' }, 'republish-withdrawn': { type: 'boolean', default: false } } });
if (!values.to) {
  console.error('用法 usage: npm run rollback -- --to <发布目录> [--republish-withdrawn]');
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
const refusal = (now: string | undefined, back: string) => (values['republish-withdrawn'] || !now ? undefined : withdrawalRefusal(root, now, back));
try {
  const now = currentRelease(root);
  const back = previousRelease(root);
  if (!back) {
    console.error(`没有可以回退的版本（当前：${now ?? '无'}）。`);
    process.exitCode = 1;
  } else if (refusal(now, back)) {
    console.error(refusal(now, back));
    process.exitCode = 1;
  } else {
    switchTo(root, back, 'rollback');
    console.log(`已回退：${now ?? ''} → ${back}。`);
  }
} finally {
  unlock();
}
