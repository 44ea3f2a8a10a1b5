// Screenshots of the support plan: proposed support with what needs attention, an open
// action, the two questions, and each view, wide (1280 x 720) and narrow (390).
import { test, expect } from '@playwright/test';
import { seedStaff, staff, PARTNERSHIP } from './staff';

const sizes = [{ name: 'wide', width: 1280, height: 720 }, { name: 'narrow', width: 390, height: 844 }];

for (const size of sizes) {
  test(`plan ${size.name}`, async ({ page }) => {
    await page.setViewportSize(size);
    const section = (id: string, name: string) =>
      page.locator(`#${id}`).screenshot({ path: `../../screenshots/plan-${name}-${size.name}.png` });
    await seedStaff(page, staff(30));
    await page.goto(`./#/p/${PARTNERSHIP}/plan`);
    await page.getByRole('button', { name: 'Propose support from the map' }).click();
    await expect(page.getByRole('status').filter({ hasText: /^Added/ })).toBeVisible();
    await page.screenshot({ path: `../../screenshots/plan-top-${size.name}.png` });
    await section('propose', 'propose');
    await page.locator('.action-list').getByRole('button', { name: /^Set a start date and co-plan/ }).click();
    await section('actions', 'actions');
    await page.locator('.protocol-line').first().click();
    await section('protocol', 'protocol');
    await section('views', 'by-owner');
    await page.getByLabel('Timeline').check();
    await section('views', 'timeline');
    await page.locator('.timeline').evaluate((e) => e.scrollIntoView());
    await page.screenshot({ path: `../../screenshots/plan-timeline-screen-${size.name}.png` });
    await page.getByLabel('By teacher').check();
    await section('views', 'by-teacher');
    await page.locator('.plan-teachers').evaluate((e) => e.scrollIntoView());
    await page.screenshot({ path: `../../screenshots/plan-by-teacher-screen-${size.name}.png` });
    await section('time', 'time');
    await section('calendar', 'calendar');
  });
}
