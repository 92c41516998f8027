// What an editor who has never used Git needs besides the CMS itself: the guide and the coordinate tool.
import { distanceKm } from '../../src/lib/matching.ts';
import { expect, test } from './fixtures.ts';

test('the coordinate tool turns a 高德 point into the WGS84 figures the CMS asks for', async ({ page }) => {
  await page.goto('/admin/coords/');
  await page.getByRole('radio', { name: /GCJ-02/ }).check();
  // 天安门 as 高德's own documentation gives it; its surveyed WGS84 position is 39.9072, 116.3908.
  await page.getByLabel('经纬度').fill('116.397428,39.90923');
  await page.getByRole('button', { name: '换算' }).click();
  const out = page.getByRole('status');
  const lat = Number(await out.locator('output').nth(0).innerText());
  const lng = Number(await out.locator('output').nth(1).innerText());
  expect(distanceKm({ lat, lng }, { lat: 39.9072, lng: 116.3908 }) * 1000).toBeLessThan(150);
  await expect(out).toContainText('纬度（WGS84）');
  await page.getByLabel('经纬度').fill('116.39');
  await page.getByRole('button', { name: '换算' }).click();
  await expect(out).toContainText('请填写两个数字');
});
