import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

/** The WCAG 2.1 AA rules: the level 《政府网站发展指引》 and GB/T 37668 ask for. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe's WCAG 2.1 AA violations on the page as it is now, one line each: `rule: targets`.
 *
 * axe-core is put into every frame and run in the page itself (axe.run reaches same-origin frames through the copies
 * in them). @axe-core/playwright did the same in its legacy mode but put the 650 kB script into the page twice and
 * brought every result back, passes and inapplicable rules included, which was half of each check's time; here only
 * the violations' lines leave the page. Only violations are collected: nothing reads the rest.
 */
export async function wcagViolations(page: Page): Promise<string[]> {
  for (const frame of page.frames()) await frame.evaluate(AXE_SOURCE);
  const options: RunOptions = { runOnly: { type: 'tag', values: WCAG_21_AA }, resultTypes: ['violations'] };
  return page.evaluate(async (runOptions) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } }).axe;
    const { violations } = await axe.run(document, runOptions);
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' ')}`);
  }, options);
}
