// Takes screenshots of every screen, wide and narrow, for a person to look at.
// Run with `npx playwright test --config screenshots.config.ts`; the pictures go to
// ../../screenshots/ (ignored by git).
import { test } from '@playwright/test';
import { openApp, createPartnership } from './helpers';

const widths = [
  { name: 'wide', width: 1280, height: 800 },
  { name: 'narrow', width: 390, height: 844 },
];

for (const size of widths) {
  test(`screens at ${size.name}`, async ({ page }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    const shot = (name: string) =>
      page.screenshot({ path: `../../screenshots/${name}-${size.name}.png`, fullPage: true });
    await openApp(page);
    await shot('home-empty');
    await page.getByRole('button', { name: 'Start a partnership' }).click();
    await page.getByRole('button', { name: 'Create partnership' }).click();
    await shot('new-partnership-errors');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await createPartnership(page, { school: 'Lincoln Elementary', principal: 'Maria Lopez', coaches: ['Ana Diaz', 'Sam Lee'] });
    await shot('step-agreement');
    await page.getByRole('link', { name: 'All partnerships' }).click();
    await page.getByRole('button', { name: 'Open the sample school' }).click();
    await page.getByRole('link', { name: 'All partnerships' }).click();
    await shot('home-list');
    await page.getByRole('button', { name: /^Export Lincoln Elementary \(sample\)/ }).click();
    await shot('home-export-choice');
    await page.getByRole('button', { name: 'Cancel' }).click();
    const fs = await import('node:fs');
    await page.getByLabel('Import a file').setInputFiles({
      name: 'workshop-template.json',
      mimeType: 'application/json',
      buffer: fs.readFileSync('../fixtures/v1/workspace.json'),
    });
    await shot('home-import-preview');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByLabel('Import a file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: fs.readFileSync('../fixtures/bad/position-twelve.json'),
    });
    await shot('home-import-refused');
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: /^Delete Lincoln Elementary 20/ }).click();
    await shot('home-delete-confirm');
    await page.getByRole('button', { name: 'Delete partnership' }).click();
    await shot('home-undo');
  });
}
