/**
 * Internal link check over the built site (part of npm test): src/lib/inspect/links.ts, printed. Exits non-zero on a
 * broken link or anchor.
 */
import { checkLinks } from '../src/lib/inspect/links.ts';

const { pages, checked, broken } = checkLinks(process.argv[2] ?? 'dist');
console.log(`checked ${checked} internal links and anchors in ${pages} pages`);
if (broken.length) {
  const lines = [...new Set(broken.map((b) => `${b.page} → ${b.href}（${b.reason}）`))];
  console.error(`broken (${lines.length}):\n  ${lines.slice(0, 50).join('\n  ')}`);
  process.exit(1);
}
console.log('no broken internal links');
