// Screenshots of step 4 and the room around it: the sample's summary, the whole plan,
// presentation mode, and the printed pages as PDFs, wide (1280 x 720) and narrow (390).
import { test, expect } from '@playwright/test';
import { openApp } from './helpers';
import { writeFileSync } from 'node:fs';

const sizes = [{ name: 'wide', width: 1280, height: 720 }, { name: 'narrow', width: 390, height: 844 }];

for (const size of sizes) {
  test(`summary ${size.name}`, async ({ page }) => {
    await page.setViewportSize(size);
    const shot = (name: string, fullPage = true) =>
      page.screenshot({ path: `../../screenshots/${name}-${size.name}.png`, fullPage });
    await openApp(page);
    await page.getByRole('button', { name: 'Open the sample school' }).click();
    await expect(page.getByRole('heading', { name: /Summary/, level: 1 })).toBeVisible();
    await shot('summary');
    await page.locator('.next-actions').screenshot({ path: `../../screenshots/summary-next-${size.name}.png` });
    await page.getByRole('switch', { name: "Show teachers' names" }).check();
    await shot('summary-names');
    if (size.name === 'wide') {
      await page.emulateMedia({ media: 'print' });
      await shot('summary-print-media');
      writeFileSync('../../screenshots/summary-letter.pdf', await page.pdf({ format: 'Letter' }));
      writeFileSync('../../screenshots/summary-a4.pdf', await page.pdf({ format: 'A4' }));
      await page.emulateMedia({ media: 'screen' });
    }
    await page.getByRole('button', { name: 'Read the whole plan' }).click();
    await shot('whole-plan');
    if (size.name === 'wide') {
      await page.emulateMedia({ media: 'print' });
      writeFileSync('../../screenshots/whole-plan.pdf', await page.pdf({ format: 'A4' }));
      await page.emulateMedia({ media: 'screen' });
    }
    await page.getByRole('button', { name: 'Back to the one-page summary' }).click();
    await page.getByRole('button', { name: 'Present' }).click();
    await shot('present-summary', false);
    await page.goto(page.url().replace('/summary', '/agreement'));
    await shot('present-agreement', false);
    await page.keyboard.press('p');
    await shot('agreement-after-present', false);
    await page.getByRole('button', { name: 'Meeting guide' }).click();
    await page.getByRole('button', { name: 'Start the clock' }).click();
    await shot('guide', false);
    await page.goto(page.url().replace('/agreement', '/summary'));
    await page.getByRole('button', { name: 'Make a template' }).click();
    await page.getByRole('button', { name: 'Show a link and QR code' }).click();
    await page.locator('.make-template').screenshot({ path: `../../screenshots/template-link-${size.name}.png` });
    const link = await page.getByLabel('Link to the template').inputValue();
    const other = await page.context().browser()!.newPage({ viewport: size });
    await other.goto(link);
    await expect(other.getByText(/holds the template/)).toBeVisible();
    await other.screenshot({ path: `../../screenshots/template-start-${size.name}.png`, fullPage: true });
    await other.close();
  });
}
