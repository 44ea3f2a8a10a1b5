// 200 % zoom on a 1280 × 720 screen: the page lays out at 640 × 360 CSS pixels, drawn at
// twice the density. Pictures of every step there, to check nothing is cut off or overlaps.
import { test, expect } from '@playwright/test';
import { openApp } from './helpers';

test.use({ viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 });

test('every step at 200 % zoom', async ({ page }) => {
  const shot = (name: string) => page.screenshot({ path: `../../screenshots/zoom200-${name}.png`, fullPage: true });
  await openApp(page);
  await shot('home');
  await page.getByRole('button', { name: 'Open the sample school' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Summary/ })).toBeVisible();
  await shot('summary');
  for (const [name, slug] of [['agreement', 'agreement'], ['continuum', 'continuum'], ['plan', 'plan']]) {
    await page.goto(page.url().replace(/\/(summary|agreement|continuum|plan)$/, `/${slug}`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.screenshot({ path: `../../screenshots/zoom200-${name}-top.png` });
    await shot(name);
  }
});
