// Screenshots of saved work kept safe: a set-aside partnership, date and text limits.
import { test, expect } from '@playwright/test';
import { openApp, createPartnership } from './helpers';

for (const size of [{ name: 'wide', width: 1280, height: 720 }, { name: 'narrow', width: 390, height: 844 }]) {
  test(`saved work ${size.name}`, async ({ page }) => {
    await page.setViewportSize(size);
    const shot = (name: string) => page.screenshot({ path: `../../screenshots/${name}-${size.name}.png` });
    await openApp(page);
    await createPartnership(page, { school: 'Oak Park Middle', principal: 'Sam Reed', coaches: ['Lee Park'] });
    await page.getByRole('link', { name: 'All partnerships' }).click();
    await createPartnership(page, { school: 'Lincoln Elementary', principal: 'Maria Lopez', coaches: ['Ana Diaz'] });

    const target = page.getByLabel('Target date for the outcome');
    await target.focus();
    await page.keyboard.type('052926');
    await expect(page.getByText('will be read as 29 May 2026')).toBeVisible();
    await target.scrollIntoViewIfNeeded();
    await shot('date-pending');
    await page.getByLabel('Desired student outcome').click();
    await shot('date-corrected');
    await target.fill('1850-05-29');
    await page.getByLabel('Desired student outcome').click();
    await shot('date-refused');

    await page.getByLabel('What the coach does not do').fill('y'.repeat(5_100));
    await page.getByLabel('What the coach does not do').scrollIntoViewIfNeeded();
    await shot('text-cut');
    await page.getByLabel('School', { exact: true }).fill('');
    await page.getByLabel('School', { exact: true }).scrollIntoViewIfNeeded();
    await shot('school-kept');

    await page.getByRole('link', { name: 'All partnerships' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
    await page.evaluate(() => {
      const key = 'partnership-planner.workspace.v1';
      const doc = JSON.parse(localStorage.getItem(key)!);
      doc.partnerships[0].meeting_date = '0026-09-08';
      localStorage.setItem(key, JSON.stringify(doc));
    });
    await page.reload();
    await expect(page.getByRole('region', { name: 'Saved work kept aside' })).toBeVisible();
    await page.screenshot({ path: `../../screenshots/home-set-aside-${size.name}.png`, fullPage: true });
  });
}
