import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The WCAG 2.1 AA rules: the level 《政府网站发展指引》 and GB/T 37668 ask for. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe's WCAG 2.1 AA violations on the page as it is now, one line each: `rule: targets`.
 *
 * Legacy mode runs axe.run() in the page itself. The default runs axe in every frame and then again in a new
 * blank page to merge the frames' results, which nearly doubles the time of each check; these pages have no
 * frames from another origin, the one thing only the default would reach. Only violations are collected: the
 * passing nodes' selectors are most of axe's own work, and nothing reads them.
 */
export async function wcagViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).setLegacyMode().options({ resultTypes: ['violations'] }).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
}
