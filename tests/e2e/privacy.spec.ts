// Personal information under PIPL, tried as a founder and an office would: a contact given for the review is
// published nowhere, a contact the person agreed to publish is on the project page; the statement is one click
// from every footer and every form.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from './fixtures.ts';
import { downloadProjectFile, fillCallForm } from './call-form.ts';
import { astroBuild } from '../../scripts/lib/astro.ts';
import { smallContentSet } from '../helpers/fixture.ts';

/** Every file of a build as text; Pagefind's index and fragments are gzip-compressed and are read unpacked. */
function builtTexts(dir: string): { path: string; text: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'decap' ? [] : builtTexts(path);
    const bytes = readFileSync(path);
    let text = bytes.toString('utf8');
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) text = gunzipSync(bytes).toString('utf8');
    return [{ path, text }];
  });
}

test('a review contact from 项目征集 reaches no page, poster, feed, open data or search index; a consented one is on its project page', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto('/projects/call/');
  await fillCallForm(page, { title: '社区旧衣回收再造', reviewer: '张三丰', reviewContact: '13912345678' });
  const privateFile = await downloadProjectFile(page);
  await page.goto('/projects/call/');
  await fillCallForm(page, {
    title: '手工豆腐坊',
    reviewer: '李四光',
    reviewContact: '13700001111',
    publicContact: { person: '李女士', contact: '0571-88886666' },
  });
  const publicFile = await downloadProjectFile(page);

  const set = smallContentSet('portal-privacy-');
  try {
    for (const f of [privateFile, publicFile]) writeFileSync(join(set.content, 'projects', f.name), f.text);
    // An editor who types a person's contact into an entry in the CMS without ticking 同意公开.
    expect(privateFile.text).toContain('provider: {}');
    const edited = privateFile.text.replace(/she-qu-jiu-yi-hui-shou-zai-zao/g, 'bian-ji-bu-lu').replace('provider: {}', 'provider:\n  person: 王五\n  contact: "13600002222"');
    writeFileSync(join(set.content, 'projects/bian-ji-bu-lu.md'), edited);
    const out = join(set.root, 'dist');
    const { status, output } = astroBuild({ content: set.content, out });
    expect(status, output.slice(-2000)).toBe(0);

    const files = builtTexts(out);
    // The build has what a reader sees of the two projects: pages, posters, open data, the search index.
    expect(files.some((f) => f.path.endsWith('projects/she-qu-jiu-yi-hui-shou-zai-zao/poster/index.html'))).toBe(true);
    expect(files.filter((f) => f.path.includes('/pagefind/fragment/')).some((f) => f.text.includes('社区旧衣回收再造'))).toBe(true);
    for (const secret of ['张三丰', '13912345678', '李四光', '13700001111', '王五', '13600002222']) {
      expect(files.filter((f) => f.text.includes(secret)).map((f) => f.path), secret).toEqual([]);
    }
    const shown = readFileSync(join(out, 'projects/shou-gong-dou-fu-fang/index.html'), 'utf8');
    expect(shown).toContain('李女士');
    expect(shown).toContain('0571-88886666');
    expect(readFileSync(join(out, 'data/projects.csv'), 'utf8')).toContain('0571-88886666');
    // The private one names no one: 「个人（姓名不公开）」.
    expect(readFileSync(join(out, 'projects/she-qu-jiu-yi-hui-shou-zai-zao/index.html'), 'utf8')).toContain('个人（姓名不公开）');
  } finally {
    rmSync(set.root, { recursive: true, force: true });
  }
});

test('the privacy statement says who answers, what each form collects, and is linked from every footer and beside each send button', async ({ page }) => {
  for (const path of ['/', '/projects/call/', '/feedback/', '/stories/']) {
    await page.goto(path);
    await expect(page.getByRole('contentinfo').getByRole('link', { name: '个人信息保护声明' })).toHaveAttribute('href', '/privacy/');
  }
  for (const path of ['/projects/call/', '/feedback/']) {
    await page.goto(path);
    const note = page.locator('form .privacy-note');
    await expect(note.getByRole('link', { name: /个人信息保护声明/ })).toHaveAttribute('href', '/privacy/');
  }
  await page.goto('/privacy/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('个人信息保护声明');
  for (const section of ['谁负责', '收集哪些信息、为什么、谁接收、保存多久', '什么时候公开', '您的权利，以及怎样行使']) {
    await expect(page.getByRole('heading', { level: 2, name: section })).toBeVisible();
  }
  await expect(page.getByRole('heading', { level: 3, name: '项目征集', exact: true })).toBeVisible();
  await expect(page.getByText(/审核结束后 6 个月内删除/)).toBeVisible();
  await expect(page.getByText('创业项目：项目提供方 › 联系人、项目提供方 › 联系方式')).toBeVisible();
});

test('the consent to publish a contact is its own box, unticked, with the notice beside it', async ({ page }) => {
  await page.goto('/projects/call/');
  const consent = page.getByRole('checkbox', { name: '我同意在本站公开下面的联系人和联系方式' });
  await expect(consent).not.toBeChecked();
  await expect(consent).toHaveAccessibleDescription(/不勾选也可以提交/);
  await expect(page.getByRole('group', { name: /审核联系方式（只发给编辑，不公开）/ })).toHaveAccessibleDescription(/不写入项目文件/);
  // Ticking it offers the review contact as the public one, to change or clear.
  await page.getByLabel('联系电话或邮箱', { exact: true }).fill('0571-12345678');
  await consent.check();
  await expect(page.getByLabel('公开的联系方式', { exact: true })).toHaveValue('0571-12345678');
});
