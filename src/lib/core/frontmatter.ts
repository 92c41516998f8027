/** A Markdown file from its frontmatter data and body, in the layout the CMS writes. Pure: the call form uses it
 * in the browser, the import command on disk. */
import { stringify } from 'yaml';

export function markdownFile(data: Record<string, unknown>, body: string): string {
  const text = body.replace(/^\n+/, '');
  return `---\n${stringify(data, { lineWidth: 0 })}---\n${text ? `\n${text}` : ''}`;
}
