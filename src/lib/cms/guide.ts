/**
 * The editors' guide (admin/README.md, with its screenshots) published at /admin/guide/, so the admin page can
 * link it for editors who never see the repository. It is the project's own text, not editor content, so it is
 * rendered without the body sanitiser (which drops images).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';

export const GUIDE_URL = '/admin/guide/';
// From the project root (where every build runs): after bundling, import.meta.url points into the build output.
const GUIDE_FILE = join(process.cwd(), 'admin/README.md');
/** admin/screenshots/, copied beside the guide page by src/integrations/decap.ts. */
export const GUIDE_SCREENSHOTS = join(process.cwd(), 'admin/screenshots');

export async function guideHtml(): Promise<{ title: string; html: string }> {
  const source = readFileSync(GUIDE_FILE, 'utf8');
  const title = /^# (.+)$/m.exec(source)?.[1] ?? '编辑指南';
  const processor = await createMarkdownProcessor({ syntaxHighlight: false });
  // The page has its own <h1>; the guide's first heading becomes it.
  const { code } = await processor.render(source.replace(/^# .+\n/m, ''));
  return { title, html: code };
}
