import { test, expect } from '@playwright/test';
import { seedStaff, staff } from './staff';

test('tmp', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await seedStaff(page, staff(30));
  // Undo bars
  await page.locator('#bands').getByRole('button', { name: 'Add a band goal' }).click();
  await page.locator('#bands').getByLabel('Goal for these teachers').last().fill('Weekly feedback');
  await page.locator('#bands').getByRole('button', { name: /^Remove this band goal/ }).last().click();
  await page.locator('#bands').screenshot({ path: '/tmp/shots/bands-undo.png' });
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('link', { name: /Agreement/ }).click();
  const time = page.getByRole('region', { name: 'Coach time investment' });
  await time.getByRole('button', { name: /^Remove/ }).first().click();
  await time.screenshot({ path: '/tmp/shots/time-undo.png' });
  await page.setViewportSize({ width: 390, height: 844 });
  await time.screenshot({ path: '/tmp/shots/time-undo-narrow.png' });
  await page.setViewportSize({ width: 1280, height: 720 });
  // presenting
  for (const step of ['Agreement', 'Continuum map', 'Support plan', 'Summary']) {
    await page.getByRole('navigation', { name: 'Steps' }).getByRole('link', { name: new RegExp(step) }).click().catch(() => {});
    await page.waitForTimeout(300);
    await page.keyboard.press('p');
    await page.waitForTimeout(300);
    await page.screenshot({ path: `/tmp/shots/present-${step.replace(' ', '-')}.png` });
    await page.mouse.wheel(0, 900);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `/tmp/shots/present-${step.replace(' ', '-')}-2.png` });
    await page.keyboard.press('Escape');
  }
});
