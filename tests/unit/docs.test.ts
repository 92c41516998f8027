// The documentation stays true: every command it shows exists, every file and folder it names is there, every link
// leads somewhere, and the README stays short enough to read in ten minutes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const SKIP = new Set(['node_modules', 'dist', 'tmp', 'test-results', '.git', '.astro']);

/** README.md, docs/**, admin/README.md and the READMEs beside the code. */
function markdownFiles(dir = ROOT): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    if (SKIP.has(d.name) || d.name.startsWith('dist-') || (d.name === 'fixtures' && dir.endsWith('tests'))) return [];
    const path = join(dir, d.name);
    return d.isDirectory() ? markdownFiles(path) : d.name.endsWith('.md') ? [relative(ROOT, path)] : [];
  });
}

const DOCS = markdownFiles();
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const SCRIPTS = Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts);

/** Each backticked span of a file, with its line number. */
function* spans(file: string): Generator<{ text: string; line: number }> {
  for (const [i, line] of read(file).split('\n').entries()) {
    for (const m of line.matchAll(/`([^`]+)`/g)) yield { text: m[1]!, line: i + 1 };
  }
}

/** Every fenced shell block's lines, too. */
function* shellLines(file: string): Generator<{ text: string; line: number }> {
  let fenced = false;
  for (const [i, line] of read(file).split('\n').entries()) {
    if (line.startsWith('```')) fenced = !fenced;
    else if (fenced) yield { text: line, line: i + 1 };
  }
}

// A path the docs name: one of the project's folders, then a concrete path (no placeholder, wildcard or ellipsis).
const PATH = /(?:^|[\s(=])((?:\.ci|admin|content|docs|public|scripts|src|tests)\/[\w./@[\]<>*{}…-]*)/g;
/** What the site writes when it is operated, which a fresh clone does not have: the visit log's summary
 * (npm run stats), the annual report's figures (npm run report) and the CMS's uploads. */
const WRITTEN = ['content/settings/stats.json', 'content/uploads', 'public/uploads'];
const concrete = (p: string) => !/[<>*…{}]/.test(p) && !p.includes('/[...') && !/\.\.\.$/.test(p);

describe('the documentation', () => {
  it('is found: the README, docs/ by reader, and a README beside each folder of src/lib/', () => {
    expect(DOCS).toContain('README.md');
    for (const reader of ['operators', 'editors', 'developers']) expect(DOCS.some((f) => f.startsWith(`docs/${reader}/`))).toBe(true);
    expect(DOCS).toContain('src/lib/README.md');
  });

  it('keeps the README under 250 lines', () => {
    expect(read('README.md').split('\n').length).toBeLessThanOrEqual(250);
  });

  it('shows only npm scripts that exist', () => {
    const missing = DOCS.flatMap((file) =>
      [...spans(file), ...shellLines(file)].flatMap(({ text, line }) =>
        [...text.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!).filter((s) => !SCRIPTS.includes(s)).map((s) => `${file}:${line} npm run ${s}`),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('names only files and folders that exist', () => {
    const missing = DOCS.flatMap((file) =>
      [...spans(file), ...shellLines(file)].flatMap(({ text, line }) =>
        [...text.matchAll(PATH)]
          .map((m) => m[1]!.replace(/[.:,)\]]+$/, ''))
          .filter((p) => concrete(p) && !WRITTEN.includes(p.replace(/\/$/, '')) && !existsSync(join(ROOT, p)))
          .map((p) => `${file}:${line} ${p}`),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('links only to files that exist', () => {
    const broken = DOCS.flatMap((file) =>
      [...read(file).matchAll(/\]\(([^)\s]+)\)/g)]
        .map((m) => m[1]!.split('#')[0]!)
        .filter((href) => href && !/^(https?|mailto):/.test(href) && !href.startsWith('/') && !existsSync(join(ROOT, dirname(file), href)))
        .map((href) => `${file} → ${href}`),
    );
    expect(broken).toEqual([]);
  });
});
