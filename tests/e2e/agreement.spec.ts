// Step 1: a principal and a coach fill in the whole agreement together, sign it, and
// see later edits marked as amendments.
import { test, expect, type Page } from '@playwright/test';
import { openApp, createPartnership, expectNoAxeViolations, downloadJson, importFile, partnershipList } from './helpers';

const lincoln = { school: 'Lincoln Elementary', year: '2026-27', principal: 'Maria Lopez', coaches: ['Ana Diaz'] };

const section = (page: Page, name: string) => page.getByRole('region', { name });

async function fillWholeAgreement(page: Page) {
  const basics = section(page, 'Partnership basics');
  await basics.getByLabel('One embedded coach').check();
  await basics.getByLabel('Date of this planning meeting').fill('2026-09-08');

  const focus = section(page, 'Focus and student outcome');
  await focus.getByLabel('Improvement-plan goal').fill('Writing success of our English Language Learners');
  await focus.getByLabel('Desired student outcome').fill('75% of ELL students score 3+ on the spring writing rubric');
  await focus.getByLabel('Target date for the outcome').fill('2027-05-28');

  const indicator = section(page, 'First indicator of progress');
  await indicator.getByLabel('Teacher practice you expect to see first').fill('Most teachers give specific feedback on writing weekly');
  await indicator.getByLabel('How you will gather the evidence').fill('Sample of marked writing from each class');
  await indicator.getByLabel('New check date').fill('2026-11-13');
  await indicator.getByRole('button', { name: 'Add check date' }).click();
  await expect(indicator.getByRole('listitem')).toHaveText([/13 November 2026/]);

  const time = section(page, 'Coach time investment');
  await expect(time.getByRole('status')).toHaveText('Total: 0%. 100% of the coach\'s time is not planned yet.');
  const shares: [string, string, string][] = [
    ['Modelling lessons', '20', 'Shows feedback on writing in real lessons'],
    ['Co-planning', '30', 'Plans writing lessons with feedback built in'],
    ['Observation with feedback', '40', 'Sees feedback happen and talks it through'],
    ['Data conversations', '10', 'Reads student writing against the rubric'],
  ];
  for (const [action, percent, serves] of shares) {
    const row = time.getByRole('group', { name: action });
    await row.getByLabel('Share of time').fill(percent);
    if (action === 'Modelling lessons') {
      await expect(row.getByText('Busy work risk')).toBeVisible();
    }
    await row.getByLabel('How it serves the focus').fill(serves);
    await expect(row.getByText('Busy work risk')).toHaveCount(0);
  }
  await time.getByRole('group', { name: 'Workshops' }).getByRole('button', { name: 'Remove Workshops' }).click();
  await time.getByRole('group', { name: 'PLC support' }).getByRole('button', { name: 'Remove PLC support' }).click();
  await expect(time.getByRole('status')).toHaveText('Total: 100%. The whole of the coach\'s time is planned.');

  const protectedTime = section(page, 'Protected time');
  await protectedTime.getByLabel('The coach will not be pulled into').fill('Covering classes, lunch duty');
  await protectedTime.getByLabel('Who decides an exception').fill('The principal');

  const role = section(page, "The coach's role, as staff will hear it");
  await role.getByLabel(/^Requesting/).check();
  await role.getByLabel('What you will tell staff').fill('Ana will invite each of us to work on feedback in writing.');
  await role.getByLabel('What the coach does not do').fill('Ana does not evaluate teachers.');
  await role.getByLabel('What coach and principal will and will not share about teachers').fill('Practices, never judgements.');

  const expectations = section(page, 'How the principal sets expectations');
  await expectations.getByRole('button', { name: /^Add: When a teacher raises a concern/ }).click();
  const commitment = expectations.getByRole('group', { name: /When a teacher raises a concern/ });
  await commitment.getByLabel('Owner').fill('Maria Lopez');
  await commitment.getByLabel('By').fill('2026-09-30');

  const roles = section(page, 'Roles');
  await roles.getByRole('group', { name: 'Principal' }).getByLabel('What they do').fill('Sets expectations; observes writing lessons');
  await roles.getByRole('group', { name: 'Coach' }).getByLabel('What they do').fill('Models, co-plans, observes with feedback');

  const review = section(page, 'Review');
  await review.getByLabel('New review date').fill('2026-12-11');
  await review.getByRole('button', { name: 'Add review date' }).click();
  await review.getByLabel('Another reason to review').fill('Results at the winter check');
  await review.getByRole('button', { name: 'Add reason' }).click();
  await expect(review.getByLabel('Results at the winter check')).toBeChecked();
}

test('a pair fills in the whole agreement, signs it, and later edits show as amended', async ({ page }) => {
  await openApp(page);
  await createPartnership(page, lincoln);
  const steps = page.getByRole('navigation', { name: 'Steps' });
  await expect(steps.getByRole('link', { name: /Agreement/ })).toContainText('1 of 10 done');

  const signOff = section(page, 'Sign-off');
  await signOff.getByRole('button', { name: 'Sign the agreement' }).click();
  await expect(signOff.getByRole('alert')).toContainText('Fill in these sections before signing: Focus and student outcome');
  // Each section still needed says which of its fields are missing.
  await expect(signOff.getByRole('listitem').filter({ hasText: 'First indicator of progress' })).toHaveText(
    'First indicator of progress: the teacher practice you expect to see first; how you will gather the evidence; a date to check it',
  );
  await expect(signOff.getByRole('listitem').filter({ hasText: 'Coach time investment' })).toHaveText(
    'Coach time investment: shares that add up to 100% (100% not yet given)',
  );
  await signOff.getByRole('link', { name: 'Coach time investment' }).click();
  await expect(page.getByRole('heading', { name: 'Coach time investment' })).toBeFocused();

  await fillWholeAgreement(page);
  await expect(signOff.getByText('Everything needed to sign is filled in.')).toBeVisible();
  await expect(signOff.getByLabel("Principal's name")).toHaveValue('Maria Lopez');
  await expect(signOff.getByLabel("Coach's name")).toHaveValue('Ana Diaz');
  // A signature records a day that has come: a typed day still to come is refused.
  await signOff.getByLabel('Date agreed').fill('2099-09-08');
  await signOff.getByRole('button', { name: 'Sign the agreement' }).click();
  await expect(signOff.getByRole('alert')).toContainText('The date agreed cannot be after today');
  await expect(signOff.getByLabel('Date agreed')).toBeFocused();
  await signOff.getByLabel('Date agreed').fill('2026-09-08');
  await signOff.getByRole('button', { name: 'Sign the agreement' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Signed by Maria Lopez and Ana Diaz on 8 September 2026.' })).toBeVisible();
  await expect(steps.getByRole('link', { name: /Agreement/ })).toContainText('Complete');
  await expectNoAxeViolations(page, 'signed agreement');

  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'Signed by Maria Lopez and Ana Diaz' })).toBeVisible();
  await expect(section(page, 'Focus and student outcome').getByLabel('Improvement-plan goal')).toHaveValue(
    'Writing success of our English Language Learners',
  );

  await section(page, 'Protected time').getByLabel('The coach will not be pulled into').fill('Covering classes, lunch duty, bus duty');
  await expect(page.getByRole('status').filter({ hasText: 'Amended since signed on 8 September 2026.' })).toBeVisible();
  await expect(steps.getByRole('link', { name: /Agreement/ })).toContainText('9 of 10 done');
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'Amended since signed on 8 September 2026.' })).toBeVisible();
  await expectNoAxeViolations(page, 'amended agreement');
  // Typed key by key, as a leap day passes through days that do not exist (29 February
  // 0002): the box keeps every key.
  await signOff.getByLabel('Date agreed').focus();
  await page.keyboard.type('02292024');
  await expect(signOff.getByLabel('Date agreed')).toHaveValue('2024-02-29');
  await signOff.getByLabel('Date agreed').fill('2026-09-15');
  await signOff.getByRole('button', { name: 'Sign again' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Signed by Maria Lopez and Ana Diaz on 15 September 2026.' })).toBeVisible();
  // The form goes once signed; the keyboard goes on from the confirmation, not the page's top.
  await expect(page.locator('#signed-note')).toBeFocused();

  // Export, then import over it: the agreement comes back exactly.
  await page.getByRole('link', { name: 'All partnerships' }).click();
  await page.getByRole('button', { name: 'Export Lincoln Elementary 2026-27' }).click();
  const file = await downloadJson(page, () => page.getByRole('button', { name: 'Download file', exact: true }).click());
  expect(file.json.partnerships[0].agreement.sign_off).toMatchObject({ principal: 'Maria Lopez', coach: 'Ana Diaz', date: '2026-09-15' });
  await importFile(page, file.name, file.text);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await partnershipList(page).getByRole('link', { name: 'Lincoln Elementary 2026-27' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Signed by Maria Lopez and Ana Diaz on 15 September 2026.' })).toBeVisible();
  await page.getByRole('link', { name: 'All partnerships' }).click();
  await page.getByRole('button', { name: 'Export Lincoln Elementary 2026-27' }).click();
  const again = await downloadJson(page, () => page.getByRole('button', { name: 'Download file', exact: true }).click());
  expect(again.json.partnerships[0].agreement).toEqual(file.json.partnerships[0].agreement);
});

test('shares that do not add up say so, and a number box accepts only whole numbers', async ({ page }) => {
  await openApp(page);
  await createPartnership(page, lincoln);
  const time = section(page, 'Coach time investment');
  const modelling = time.getByRole('group', { name: 'Modelling lessons' });
  await modelling.getByLabel('Share of time').fill('70');
  await time.getByRole('group', { name: 'Co-planning' }).getByLabel('Share of time').fill('50');
  await expect(time.getByRole('status')).toHaveText('Total: 120%. That is 20% more than the coach has: lower some shares.');
  await modelling.getByLabel('Share of time').fill('seventy');
  await expect(modelling.getByText('Write a whole number from 0 to 100. Until then, 70 is kept.')).toBeVisible();
  await expect(modelling.getByLabel('Share of time')).toHaveAttribute('aria-invalid', 'true');
  // Key by key, 150 keeps the 70 that was there, not the 15 on the way.
  await modelling.getByLabel('Share of time').fill('');
  await modelling.getByLabel('Share of time').pressSequentially('150');
  await expect(modelling.getByText('Until then, 70 is kept.')).toBeVisible();
  await expect(time.getByRole('status')).toHaveText('Total: 120%. That is 20% more than the coach has: lower some shares.');
  // A decimal typed key by key stays as typed and is pointed out, never read as another number.
  const coPlanning = time.getByRole('group', { name: 'Co-planning' }).getByLabel('Share of time');
  await coPlanning.fill('');
  await coPlanning.pressSequentially('12.5');
  await expect(coPlanning).toHaveValue('12.5');
  await expect(time.getByText('Write a whole number from 0 to 100. Until then, 50 is kept.')).toBeVisible();
  await coPlanning.fill('50');
  // The unit beside the box may be typed too.
  await modelling.getByLabel('Share of time').fill('30%');
  await expect(time.getByRole('status')).toHaveText(/^Total: 80%/);
  await expect(modelling.getByLabel('Share of time')).not.toHaveAttribute('aria-invalid', 'true');
  await modelling.getByLabel('Share of time').fill('70');
  await time.getByRole('button', { name: 'Add a coaching action' }).click();
  const added = time.getByRole('group', { name: 'New coaching action' });
  await added.getByLabel('Coaching action').fill('Walkthroughs with the principal');
  await expect(time.getByRole('group', { name: 'Walkthroughs with the principal' })).toBeVisible();
  await expectNoAxeViolations(page, 'coach time with problems');
});

test("the plan's coach time waits for the agreement's shares, then says nothing is planned yet", async ({ page }) => {
  await openApp(page);
  await createPartnership(page, lincoln);
  const steps = page.getByRole('navigation', { name: 'Steps' });
  await steps.getByRole('link', { name: /Support plan/ }).click();
  const time = section(page, 'Coach time against the agreement');
  await expect(time).toContainText('Your agreement gives the coaching actions no share of the coach\'s time yet');
  await expect(time.getByRole('table')).toHaveCount(0);
  await steps.getByRole('link', { name: /Agreement/ }).click();
  await section(page, 'Coach time investment').getByRole('group', { name: 'Modelling lessons' }).getByLabel('Share of time').fill('100');
  await steps.getByRole('link', { name: /Support plan/ }).click();
  await expect(time.getByRole('row', { name: /Modelling lessons/ })).toContainText('Nothing planned yet');
  await expect(time).not.toContainText('Close to what you agreed');
});

test('the names to sign with follow the basics until the signers change them', async ({ page }) => {
  await openApp(page);
  await createPartnership(page, lincoln);
  const signOff = section(page, 'Sign-off');
  await section(page, 'Partnership basics').getByLabel('Principal').fill('Maria Lopez-Garcia');
  await section(page, 'Partnership basics').getByRole('button', { name: 'Add a coach' }).click();
  await expect(section(page, 'Partnership basics').getByLabel('Coach 2', { exact: true })).toBeFocused();
  await page.keyboard.type('  Sam Lee ');
  // Spaces around a name go once the box is left.
  await page.keyboard.press('Tab');
  await expect(section(page, 'Partnership basics').getByLabel('Coach 2', { exact: true })).toHaveValue('Sam Lee');
  await expect(signOff.getByLabel("Principal's name")).toHaveValue('Maria Lopez-Garcia');
  await expect(signOff.getByLabel("Coach's name")).toHaveValue('Ana Diaz and Sam Lee');
  await signOff.getByLabel("Coach's name").fill('Ana Diaz');
  await section(page, 'Partnership basics').getByLabel('Coach 2', { exact: true }).fill('Sam Leigh');
  await expect(signOff.getByLabel("Coach's name")).toHaveValue('Ana Diaz');
});

test('a school year that is not one is pointed out and never saved', async ({ page }) => {
  await openApp(page);
  await createPartnership(page, lincoln);
  const year = section(page, 'Partnership basics').getByLabel('School year');
  await year.fill('2027-29');
  await year.blur();
  await expect(section(page, 'Partnership basics').getByText('"2027-29" is not a school year; write it like 2026-27.')).toBeVisible();
  await expect(year).toHaveAttribute('aria-invalid', 'true');
  await page.reload();
  await expect(section(page, 'Partnership basics').getByLabel('School year')).toHaveValue('2026-27');
  await section(page, 'Partnership basics').getByLabel('School year').fill('2027-28');
  await page.getByRole('link', { name: 'All partnerships' }).click();
  await expect(partnershipList(page).getByRole('listitem')).toContainText(/School year\s*2027-28/);
  // The name it was given from the mistyped year follows the correction.
  await expect(partnershipList(page).getByRole('link', { name: 'Lincoln Elementary 2027-28' })).toBeVisible();
});

/** Presses Tab until `target` has focus; fails if it cannot be reached from the keyboard. */
async function tabTo(page: Page, target: ReturnType<Page['locator']>, limit = 250) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('the whole step can be driven with the keyboard alone', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Open the sample school' }).click();
  await page.getByRole('link', { name: 'All partnerships' }).click();
  await tabTo(page, page.getByRole('link', { name: /Lincoln Elementary \(sample\)/ }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /Agreement/ })).toBeFocused();

  // Jump to a section from the index, then edit there.
  const index = page.getByRole('navigation', { name: 'Sections of the agreement' });
  await tabTo(page, index.getByRole('link', { name: /Protected time/ }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Protected time' })).toBeFocused();
  const notInto = page.getByLabel('The coach will not be pulled into');
  await tabTo(page, notInto);
  await page.keyboard.press('End');
  await page.keyboard.type(', bus duty');
  await expect(notInto).toHaveValue('Covering classes, lunch duty, testing coordination, bus duty');
  await expect(page.getByRole('status').filter({ hasText: 'Amended since signed' })).toBeVisible();

  // Radio buttons move with the arrow keys.
  const available = page.getByLabel(/^Available/);
  await tabTo(page, page.getByLabel(/^Requesting/));
  await page.keyboard.press('ArrowUp');
  await expect(available).toBeChecked();

  // A review date goes in by typing into the date box and pressing Enter.
  const newDate = page.getByLabel('New review date');
  await tabTo(page, newDate);
  await page.keyboard.type('01152027');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Review' }).getByText('15 January 2027')).toBeVisible();
  // The next one is typed from the box's start, not into the year the last one ended on.
  await expect(newDate).toBeFocused();
  await page.keyboard.type('02122027');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Review' }).getByText('12 February 2027')).toBeVisible();
  // Add with no whole date says so rather than doing nothing.
  await page.keyboard.type('0320');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Write a whole date that exists: day, month and year.' })).toBeVisible();
  await newDate.fill('');
  await page.getByRole('button', { name: 'Add review date' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Choose the review date first, then press Add.' })).toBeVisible();

  // A new coaching action takes the focus; removing it hands focus to the offer to undo
  // it, and dismissing that, to its section.
  await tabTo(page, page.getByRole('button', { name: 'Add a coaching action' }));
  await page.keyboard.press('Enter');
  const newAction = page.getByRole('group', { name: 'New coaching action' }).getByLabel('Coaching action');
  await expect(newAction).toBeFocused();
  await page.keyboard.type('Instructional rounds');
  await tabTo(page, page.getByRole('button', { name: 'Remove Instructional rounds' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('#undo-note')).toBeFocused();
  await expect(page.getByRole('group', { name: 'Instructional rounds' })).toHaveCount(0);
  await tabTo(page, page.getByRole('button', { name: 'Dismiss' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Coach time investment' })).toBeFocused();

  // Sign again from the keyboard.
  const sign = page.getByRole('button', { name: 'Sign again' });
  await tabTo(page, sign);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /^✓ Signed by Maria Lopez and Ana Diaz/ })).toBeVisible();
});

test('a removed coach, coaching action, commitment or role comes back with every word, by Undo', async ({ page }) => {
  await openApp(page);
  await createPartnership(page, lincoln);

  const time = section(page, 'Coach time investment');
  const modelling = time.getByRole('group', { name: 'Modelling lessons' });
  await modelling.getByLabel('Share of time').fill('20');
  await modelling.getByLabel('How it serves the focus').fill('Shows feedback on writing in real lessons');
  await modelling.getByRole('button', { name: 'Remove Modelling lessons' }).click();
  await expect(modelling).toHaveCount(0);
  const timeBar = time.locator('.undo-bar');
  await expect(timeBar).toHaveText(/Removed the coaching action “Modelling lessons”\./);
  await expect(timeBar).toBeFocused();
  // The section's total stays its one status; the bar is read as it takes the focus.
  await expect(time.getByRole('status')).toHaveText(/^Total: 0%/);
  await expectNoAxeViolations(page, 'a coaching action removed, offered back');
  await timeBar.getByRole('button', { name: 'Undo' }).click();
  await expect(modelling.getByLabel('How it serves the focus')).toHaveValue('Shows feedback on writing in real lessons');
  await expect(modelling.getByLabel('Share of time')).toHaveValue('20');
  await expect(modelling.getByLabel('Coaching action')).toBeFocused();
  await expect(timeBar).toHaveCount(0);
  await expect(time.getByRole('group').first()).toHaveAccessibleName('Modelling lessons');

  const expectations = section(page, 'How the principal sets expectations');
  await expectations.getByRole('button', { name: 'Add a commitment' }).click();
  // The cursor is in the new row before a word is typed (a space would press Add again).
  await expect(expectations.getByRole('textbox', { name: 'Commitment' }).last()).toBeFocused();
  await page.keyboard.type('Asks at every staff meeting what came of coaching');
  const commitment = expectations.getByRole('group', { name: /^Asks at every staff meeting/ });
  await commitment.getByLabel('Owner').fill('Maria Lopez');
  await commitment.getByRole('button', { name: /^Remove commitment/ }).click();
  const said = expectations.getByRole('status');
  await expect(said).toHaveText(/^Removed the commitment “Asks at every staff meeting what came of coaching”\./);
  await expect(expectations.locator('#undo-note')).toBeFocused();
  await said.getByRole('button', { name: 'Undo' }).click();
  await expect(commitment.getByLabel('Owner')).toHaveValue('Maria Lopez');
  await expect(commitment.getByRole('textbox', { name: 'Commitment' })).toBeFocused();

  // Dismissed, the offer goes and the cursor goes to the section's heading.
  const roles = section(page, 'Roles');
  await roles.getByRole('group', { name: 'Coach' }).getByRole('button', { name: 'Remove role: Coach' }).click();
  await expect(roles.getByRole('status')).toHaveText(/^Removed the role “Coach”\./);
  // One offer at a time: the newer removal replaces the commitment's.
  await expect(expectations.locator('.undo-bar')).toHaveCount(0);
  await roles.getByRole('button', { name: 'Dismiss' }).click();
  await expect(roles.locator('.undo-bar')).toHaveCount(0);
  await expect(roles.getByRole('heading', { name: /^Roles/ })).toBeFocused();
  await expect(roles.getByRole('group', { name: 'Coach' })).toHaveCount(0);

  const basics = section(page, 'Partnership basics');
  await basics.getByRole('button', { name: 'Remove coach 1' }).click();
  await expect(basics.getByRole('status')).toHaveText(/^Removed Ana Diaz\./);
  await basics.getByRole('button', { name: 'Undo' }).click();
  await expect(basics.getByRole('textbox', { name: 'Coach 1' })).toHaveValue('Ana Diaz');

  // What came back is saved like any edit.
  await page.reload();
  await expect(section(page, 'How the principal sets expectations').getByRole('group', { name: /^Asks at every staff meeting/ }).getByLabel('Owner')).toHaveValue('Maria Lopez');
  await expect(section(page, 'Coach time investment').getByRole('group', { name: 'Modelling lessons' }).getByLabel('Share of time')).toHaveValue('20');
});

test('the header says whether work is saved without reading it out at every pause in typing', async ({ page }) => {
  await openApp(page);
  await createPartnership(page, lincoln);
  const saved = page.getByRole('status').filter({ hasText: 'All changes saved in this browser' });
  await expect(saved).toBeVisible();
  await expect(saved).toHaveAttribute('aria-live', 'off');
  await section(page, 'Focus and student outcome').getByLabel('Improvement-plan goal').pressSequentially('Writing');
  await expect(saved).toBeVisible();
});

test('a press on a button below a date box left half typed lands on the button, and the box then says what is wrong', async ({ page }) => {
  await openApp(page);
  await createPartnership(page, lincoln);
  const expectations = section(page, 'How the principal sets expectations');
  await expectations.getByRole('button', { name: /^Add: When a teacher raises a concern/ }).click();
  const by = expectations.getByLabel('By');
  await by.focus();
  await page.keyboard.type('10');
  await page.keyboard.press('Tab');
  // The press leaves the box; its note must not push the button away from the pointer.
  await expectations.getByRole('button', { name: 'Add a commitment' }).click();
  await expect(expectations.getByRole('group')).toHaveCount(2);
  await expect(expectations.getByRole('group').last().getByRole('textbox', { name: 'Commitment' })).toBeFocused();
  await expect(expectations.getByText('Write a whole date that exists: day, month and year.')).toBeVisible();
});
