// Screenshots of the check before an anonymised file is shared: nothing found, and words found.
import { test, expect } from '@playwright/test';
import { openApp, downloadJson, importFile } from './helpers';

for (const size of [{ name: 'wide', width: 1280, height: 720 }, { name: 'narrow', width: 390, height: 844 }]) {
  test(`anonymised review ${size.name}`, async ({ page }) => {
    await page.setViewportSize(size);
    await openApp(page);
    await page.getByRole('button', { name: 'Open the sample partnership' }).click();
    const exportButton = page.getByRole('button', { name: /^Export Lincoln Elementary \(sample\)/ });
    await exportButton.click();
    await page.getByRole('button', { name: 'Anonymised file for sharing' }).click();
    const review = page.getByRole('region', { name: 'Check before you share' });
    await review.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `../../screenshots/anonymised-clean-${size.name}.png` });
    await review.getByRole('button', { name: 'Cancel' }).click();
    const full = await downloadJson(page, async () => {
      await exportButton.click();
      await page.getByRole('button', { name: 'Download file', exact: true }).click();
    });
    full.json.partnerships[0].continuum.teachers[0].name = 'Will Ford';
    full.json.partnerships[0].agreement.focus.goal = 'Every teacher will give weekly feedback on writing.';
    await importFile(page, 'with-will.json', JSON.stringify(full.json));
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await exportButton.click();
    await page.getByRole('button', { name: 'Anonymised file for sharing' }).click();
    await expect(review).toContainText('still match');
    await page.screenshot({ path: `../../screenshots/anonymised-found-${size.name}.png`, fullPage: true });
  });
}
