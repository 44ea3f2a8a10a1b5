// Screenshots of the notices: storage off, unreadable data, a two-tab clash, a backup reminder.
import { test, expect } from '@playwright/test';
import { openApp, createPartnership, ageUnexportedChanges } from './helpers';

for (const size of [{ name: 'wide', width: 1280, height: 800 }, { name: 'narrow', width: 390, height: 844 }]) {
  test(`notices ${size.name}`, async ({ page }) => {
    await page.setViewportSize(size);
    await openApp(page);
    await page.evaluate(() => localStorage.setItem('partnership-planner.workspace.v1', '{"format": "partnership-planner", "version": 9'));
    await page.reload();
    await expect(page.getByRole('alert').first()).toBeVisible();
    await page.screenshot({ path: `../../screenshots/notice-unreadable-${size.name}.png` });
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await createPartnership(page, { school: 'Lincoln Elementary', principal: 'Maria Lopez', coaches: ['Ana Diaz'] });
    await page.getByRole('link', { name: 'All partnerships' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
    await ageUnexportedChanges(page, 5);
    await page.reload();
    await page.screenshot({ path: `../../screenshots/notice-backup-${size.name}.png` });
  });
}
