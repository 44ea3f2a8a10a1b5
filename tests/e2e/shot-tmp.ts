import { test, expect } from '@playwright/test';
import { openApp } from './helpers';
test(`date`, async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Open the sample school' }).click();
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('link', { name: /Continuum map/ }).click();
  const box = page.getByLabel('By when').first();
  await box.click();
  await page.keyboard.type('03031985');
  await page.waitForTimeout(2000);
  await page.screenshot({ path: `/tmp/shots/date-1985.png` });
  console.log(await box.evaluate((e) => (e as HTMLInputElement).value), await page.locator('.field-date').first().textContent());
});
