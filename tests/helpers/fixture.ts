/** A small content set from the behaviour fixture (one or two entries per collection, and the settings), copied
 * into a scratch folder. */
import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SETTINGS_FILE } from '../../src/lib/content/content-dir.ts';
import { scratchDir } from '../../scripts/lib/scratch.ts';
import { FIXTURE_ROOT } from './content.ts';
import { COLLECTION_NAMES, type CollectionName } from '../../src/schemas/index.ts';

/** The entries to copy, where a collection's whole fixture would be too much; any other collection comes whole. */
const SMALL_SET: Partial<Record<CollectionName, string[]>> = {
  // The plan links its 解读, so the reading comes along (an MDX body).
  policies: ['lsbf-2007-30', 'lsbf-2007-30-plan', 'lsbf-2007-30-plan-jiedu'],
  stories: ['chengdu-noodle-shop'],
  // vcd-rental and the two the 推介会 below presents.
  projects: ['vcd-rental', 'community-breakfast', 'farm-stay'],
  incubators: ['chengdu-qihang'],
  training: ['chengdu-rongcheng'],
  // The 推介会 presents projects recommended for 武汉 and 西安 too.
  cities: ['chengdu', 'wuhan', 'xian'],
  news: ['chengdu-training-communities'],
  events: ['chengdu-project-fair'],
  experts: ['chengdu-finance', 'chengdu-catering'],
};

/** Returns the scratch root; the content is in `<root>/content`. */
export function smallContentSet(prefix: string): { root: string; content: string } {
  const root = scratchDir(prefix);
  const content = join(root, 'content');
  for (const collection of COLLECTION_NAMES) {
    const ids = SMALL_SET[collection] ?? readdirSync(join(FIXTURE_ROOT, collection)).map((f) => f.replace(/\.mdx?$/, ''));
    mkdirSync(join(content, collection), { recursive: true });
    for (const id of ids) {
      const file = [`${id}.md`, `${id}.mdx`].find((f) => existsSync(join(FIXTURE_ROOT, collection, f)))!;
      cpSync(join(FIXTURE_ROOT, collection, file), join(content, collection, file));
    }
  }
  mkdirSync(join(content, 'settings'));
  cpSync(join(FIXTURE_ROOT, SETTINGS_FILE), join(content, SETTINGS_FILE));
  return { root, content };
}
