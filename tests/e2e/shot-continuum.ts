// Screenshots of the continuum map: the board with 30 and 300 teachers, the Move dialog,
// the list and a comparison, wide (1280 x 720, a projector) and narrow (390).
import { test, expect } from '@playwright/test';
import { seedStaff, staff } from './staff';

const sizes = [{ name: 'wide', width: 1280, height: 720 }, { name: 'narrow', width: 390, height: 844 }];

for (const size of sizes) {
  test(`continuum ${size.name}`, async ({ page }) => {
    await page.setViewportSize(size);
    const shot = (name: string) => page.screenshot({ path: `../../screenshots/continuum-${name}-${size.name}.png` });
    for (const n of [30, 300]) {
      await seedStaff(page, staff(n));
      await page.locator('.board').evaluate((e) => e.scrollIntoView());
      await shot(`board-${n}`);
    }
    await page.getByRole('button', { name: /^Ana Ruiz/ }).first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await shot('dialog');
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByLabel('Label for this snapshot').fill('September baseline');
    await page.getByRole('button', { name: 'Keep the map as of today' }).click();
    for (const [name, to] of [['Ben Ruiz', 9], ['Cleo Ruiz', 2], ['Dev Ruiz', 7]] as const) {
      await page.getByRole('button', { name: new RegExp(`^${name}`) }).first().click();
      await page.getByRole('dialog').getByRole('button', { name: String(to), exact: true }).click();
    }
    await page.getByRole('checkbox', { name: 'Show where Ben Ruiz was on the board' }).check();
    await page.locator('#snapshots').screenshot({ path: `../../screenshots/continuum-comparison-${size.name}.png` });
    await page.locator('.board').evaluate((e) => e.scrollIntoView());
    await shot('board-traced');
    await page.getByLabel('List').check();
    await page.locator('.teacher-table').evaluate((e) => e.scrollIntoView());
    await shot('list');
    await page.locator('#describe').screenshot({ path: `../../screenshots/continuum-describe-${size.name}.png` });
    await page.locator('#staff').screenshot({ path: `../../screenshots/continuum-staff-${size.name}.png` });
  });
}
