// Anonymised files name no teacher: names in free text become codes in any form, and a
// review before sharing shows every word that still matches a name.
import { test, expect, type Page } from '@playwright/test';
import { openApp, expectNoAxeViolations, downloadJson, importFile, partnershipList } from './helpers';

const sampleCard = /^Export Lincoln Elementary \(sample\)/;

async function openSample(page: Page) {
  await openApp(page);
  await page.getByRole('button', { name: 'Open the sample school' }).click();
  await page.getByRole('link', { name: 'All partnerships' }).click();
  await expect(partnershipList(page).getByRole('listitem')).toHaveCount(1);
}

async function reviewAnonymised(page: Page) {
  await page.getByRole('button', { name: sampleCard }).click();
  await page.getByRole('button', { name: 'Anonymised file for sharing' }).click();
  return page.getByRole('region', { name: 'Check before you share' });
}

/** True when `text` holds `word` as a whole word, in any case. */
const holdsWord = (text: string, word: string) =>
  new RegExp(`(^|[^\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'iu').test(text);

test('names typed in free text leave the building only as codes, in any case or form', async ({ page }) => {
  await openSample(page);
  const full = await downloadJson(page, async () => {
    await page.getByRole('button', { name: sampleCard }).click();
    await page.getByRole('button', { name: 'Download file', exact: true }).click();
  });
  const teachers: string[] = full.json.partnerships[0].continuum.teachers.map((t: { name: string }) => t.name);
  expect(teachers).toContain('Dana Smith');

  await partnershipList(page).getByRole('link', { name: /Lincoln Elementary \(sample\)/ }).click();
  await page
    .getByLabel('What the coach does not do')
    .fill('Ana will not evaluate. Start with Alex, then Ms. Smith; dana smith asked for help.');
  await page.getByRole('link', { name: 'All partnerships' }).click();

  const review = await reviewAnonymised(page);
  await expect(review).toContainText('No names found.');
  await expectNoAxeViolations(page, 'anonymised review, nothing found');
  const file = await downloadJson(page, () => review.getByRole('button', { name: 'Download anonymised file' }).click());
  expect(file.json.partnerships[0].agreement.coach_role.coach_does_not).toBe(
    'Ana will not evaluate. Start with T01, then T04; T04 asked for help.',
  );
  for (const teacher of teachers) {
    const [first, ...rest] = teacher.split(' ');
    expect(holdsWord(file.text, teacher), teacher).toBe(false);
    expect(holdsWord(file.text, rest.join(' ')), `${teacher}: surname`).toBe(false);
    expect(holdsWord(file.text, first), `${teacher}: first name`).toBe(false);
  }

  // Brought back into the same browser, it does not replace the plan with names unless asked.
  await importFile(page, file.name, file.text);
  const preview = page.getByRole('region', { name: /^Import/ });
  await expect(preview.getByLabel(/Keep them, and add the file's version as new partnerships, named “… \(anonymised\)”/)).toBeChecked();
  await expect(preview).toContainText('Replacing a plan with this anonymised copy would put codes in place of its teachers');
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(partnershipList(page).getByRole('listitem')).toHaveCount(2);
  // Beside the plan it came from, the copy says what it is.
  await expect(partnershipList(page).getByRole('heading', { name: /^Lincoln Elementary \(sample\) \d{4}-\d{2} \(anonymised\)$/ })).toBeVisible();
});

test('the review lists every word that still matches a name, with where it is, before sharing', async ({ page }) => {
  await openSample(page);
  const full = await downloadJson(page, async () => {
    await page.getByRole('button', { name: sampleCard }).click();
    await page.getByRole('button', { name: 'Download file', exact: true }).click();
  });
  // A teacher whose first name is an everyday word: "will" stays a word, and is no
  // name; "Will" opening a question may be either, so the review shows it.
  const doc = full.json;
  doc.partnerships[0].continuum.teachers[0].name = 'Will Ford';
  doc.partnerships[0].agreement.focus.goal = 'Every teacher will give weekly feedback on writing. Will we keep it up?';
  await importFile(page, 'with-will.json', JSON.stringify(doc));
  await page.getByRole('button', { name: 'Import', exact: true }).click();

  const review = await reviewAnonymised(page);
  await expect(review).toContainText(/still match(es)? a teacher/);
  const found = review.getByRole('listitem');
  await expect(found.filter({ hasText: 'Will we keep it up?' })).toContainText('Focus, goal');
  await expect(found.filter({ hasText: 'Every teacher will give' })).toHaveCount(0);
  await expect(found.filter({ hasText: 'Ana will invite each of us' })).toHaveCount(0);
  // With a name still found, going back to change it is the main choice.
  await expect(review.getByRole('button', { name: 'Cancel' })).toHaveClass(/primary/);
  await expect(review.getByRole('button', { name: 'Download anyway' })).not.toHaveClass(/primary/);
  await expectNoAxeViolations(page, 'anonymised review with words found');
  const file = await downloadJson(page, () => review.getByRole('button', { name: 'Download anyway' }).click());
  expect(file.json.anonymised).toBe(true);
  expect(holdsWord(file.text, 'Ford')).toBe(false);
  await expect(page.getByRole('status').filter({ hasText: 'The anonymised file is in your downloads.' })).toBeVisible();

  // The summary without names is the same anonymised copy, so it offers the same look
  // before it is printed or shared, and none with names shown (nor on paper).
  await partnershipList(page).getByRole('link', { name: /Lincoln Elementary \(sample\)/ }).click();
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('link', { name: /Summary/ }).click();
  const check = page.locator('details').filter({ hasText: /Check before you share: \d+ words? may still name a teacher/ });
  await check.getByText('Check before you share').click();
  await expect(check.getByRole('listitem').filter({ hasText: 'Will we keep it up?' })).toContainText('Focus, goal');
  await expectNoAxeViolations(page, 'summary with words to check');
  await page.emulateMedia({ media: 'print' });
  await expect(check).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('switch', { name: "Show teachers' names" }).check();
  await expect(check).toHaveCount(0);
});
