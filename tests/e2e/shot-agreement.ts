// Screenshots of the agreement step, section by section, wide and narrow.
import { test } from '@playwright/test';
import { openApp } from './helpers';

for (const size of [{ name: 'wide', width: 1280, height: 800 }, { name: 'narrow', width: 390, height: 844 }]) {
  test(`agreement ${size.name}`, async ({ page }) => {
    await page.setViewportSize(size);
    await openApp(page);
    await page.getByRole('button', { name: 'Open the sample partnership' }).click();
    await page.getByRole('link', { name: /Lincoln Elementary \(sample\)/ }).click();
    await page.screenshot({ path: `../../screenshots/agreement-top-${size.name}.png` });
    for (const section of ['basics', 'focus', 'coach-time', 'coach-role', 'expectations', 'review', 'sign-off']) {
      await page.locator(`#${section}`).screenshot({ path: `../../screenshots/agreement-${section}-${size.name}.png` });
    }
    await page.getByRole('group', { name: 'Modelling lessons' }).getByLabel('How it serves the focus').fill('');
    await page.locator('#coach-time').screenshot({ path: `../../screenshots/agreement-coach-time-risk-${size.name}.png` });
    await page.screenshot({ path: `../../screenshots/agreement-amended-${size.name}.png` });
  });
}
