// Step 3, the support plan, as a principal and coach work it from their map: propose
// support, adapt it, act on a stage change, ask the unwilling the two questions, read the
// plan by owner and over time, and take the dates to a calendar.
import { test, expect, type Page, type Locator } from '@playwright/test';
import { expectNoAxeViolations, downloadJson, partnershipList } from './helpers';
import { seedStaff, staff, PARTNERSHIP } from './staff';

const said = (page: Page) => page.locator('#step-title ~ .board-said, .board-said').first();
/** What proposing support from the map did, said beside its button. */
const proposed = (page: Page) => page.locator('.propose-said');
const action = (page: Page, what: string) => page.locator('.action-list').getByRole('button', { name: new RegExp(`^${what}`) });
const protocol = (page: Page, name: string) => page.locator('.protocol').filter({ has: page.getByRole('heading', { name: new RegExp(`^${name}`) }) });

async function openPlan(page: Page) {
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('link', { name: /Support plan/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Step 3 of 4\s*Support plan/ })).toBeVisible();
}

async function openMap(page: Page) {
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('link', { name: /Continuum map/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Continuum map/ })).toBeVisible();
}

/** Presses Tab until `target` has focus; fails if it cannot be reached from the keyboard. */
async function tabTo(page: Page, target: Locator, limit = 300) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test.beforeEach(async ({ page }) => {
  // A Thursday in late November: "this week and next" runs 23 November to 6 December.
  await page.clock.setFixedTime(new Date('2026-11-26T10:00:00'));
  // Twelve teachers: Cleo and Hugo Ruiz unwilling, Ben Ruiz started, Dev Ruiz getting ready.
  await seedStaff(page, staff(12));
  await openPlan(page);
});

test('the pair proposes a plan from the map, adapts it, follows a stage change and keeps it all', async ({ page }) => {
  await page.getByRole('button', { name: 'Propose support from the map' }).click();
  await expect(proposed(page)).toHaveText(/^Added \d+ support actions, and the two questions for 2 unwilling teachers\. What you had written is kept/);
  // Support the playbook ships counts toward the coaching action it spends the coach's time on.
  await expect(page.locator('.time-spread').getByRole('row', { name: /^Co-planning/ })).toContainText('(1 action)');
  await expectNoAxeViolations(page, 'proposed plan');
  await page.getByRole('button', { name: 'Propose support from the map' }).click();
  await expect(proposed(page)).toHaveText(/^Nothing new to add/);

  // An action made the pair's own, then late: marked overdue in words and shape.
  await action(page, 'Share classroom and student data').click();
  await expect(page.getByLabel('What', { exact: true })).toBeFocused();
  const editor = page.locator('.action-editor');
  await editor.getByLabel('How').fill('At the October staff meeting, grade by grade');
  await editor.getByLabel('Starts').fill('2026-10-05');
  await editor.getByLabel('Due').fill('2026-11-02');
  await editor.getByLabel('Coach time spent on').selectOption({ label: 'Data conversations' });
  await editor.getByLabel('Due').fill('2026-09-30');
  await expect(editor.getByRole('alert')).toHaveText('Due, 30 September 2026, is before Starts, 5 October 2026, so it was not kept. Choose a later Due date, or move Starts first.');
  await expect(editor.getByLabel('Due')).toHaveValue('2026-11-02');
  await editor.getByLabel('Due').fill('2026-11-02');
  await expect(action(page, 'Share classroom and student data')).toContainText('⚠ Overdue');
  await expectNoAxeViolations(page, 'an open action');
  await action(page, 'Observe in a colleague').click();
  await expect(page.getByLabel('What', { exact: true })).toBeFocused();
  await page.locator('.action-editor').getByLabel('Starts').fill('2026-11-30');
  await page.locator('.action-editor').getByLabel('Due').fill('2026-12-04');

  // Support for one teacher alone, then the map moves them on: the plan says so.
  await page.getByLabel('By teacher').check();
  const ben = page.getByRole('row', { name: /^Ben Ruiz/ });
  await ben.getByRole('button', { name: 'Add support for Ben Ruiz alone' }).click();
  await expect(said(page)).toHaveText('Added 2 support actions for Ben Ruiz alone, to date and adapt for them.');
  await expect(ben).toContainText('(for them alone)');
  await openMap(page);
  await page.getByRole('button', { name: /^Ben Ruiz/ }).first().click();
  await page.getByRole('dialog').getByRole('radio', { name: /Developing/ }).check();
  await page.getByRole('dialog').getByRole('button', { name: 'Done' }).click();
  await openPlan(page);
  const attention = page.getByRole('region', { name: 'Needs your attention' });
  await expect(attention).toContainText('Ben Ruiz is Developing on the map, but 2 support actions for them alone are meant for the Started stage.');
  await expectNoAxeViolations(page, 'a stage change to act on');
  await attention.getByRole('button', { name: 'Drop them and add support for Developing' }).click();
  await expect(page.getByText('✓ Nothing in the plan needs your attention.')).toBeVisible();
  await page.getByLabel('By teacher').check();
  await expect(page.getByRole('row', { name: /^Ben Ruiz/ })).toContainText('Observe and report changes in student behaviour');

  // The two questions, down both branches.
  const cleo = protocol(page, 'Cleo Ruiz');
  await expect(cleo).toContainText('Next: ask Cleo Ruiz the first question.');
  await cleo.getByRole('button', { name: /^Cleo Ruiz/ }).click();
  await cleo.getByRole('group', { name: /Do you know what the principal wants/ }).getByLabel('Unsure').check();
  await expect(cleo).toContainText('Next: make the expectation clear');
  await cleo.getByLabel('Teacher and coach meet the principal together').check();
  await cleo.getByRole('group', { name: /Are you planning to do it/ }).getByLabel('Yes, even grudgingly').check();
  await expect(cleo).toContainText('✓ The coach begins.');
  await cleo.getByRole('button', { name: 'Move to Started' }).click();
  await expect(said(page)).toHaveText('Moved to Started on the map.');
  await expect(cleo).toContainText('Cleo Ruiz is no longer unwilling on the map: these answers are a record of before');
  // The buttons go with the stage; the keyboard stays on Cleo's line.
  await expect(cleo.getByRole('button', { name: /^Cleo Ruiz/ })).toBeFocused();
  const hugo = protocol(page, 'Hugo Ruiz');
  await hugo.getByRole('button', { name: /^Hugo Ruiz/ }).click();
  await hugo.getByRole('group', { name: /Do you know what the principal wants/ }).getByLabel('Yes').check();
  await hugo.getByRole('button', { name: 'Today' }).first().click();
  // The button goes once the date is set, and the cursor is on the date it set.
  await expect(hugo.getByRole('textbox', { name: 'First question asked on' })).toBeFocused();
  await hugo.getByRole('group', { name: /Are you planning to do it/ }).getByLabel('No').check();
  await expect(hugo).toContainText('✗ The coach withdraws');
  // A second question dated before the first is pointed out: one of the two is mistyped.
  const second = hugo.getByRole('textbox', { name: 'Second question asked on' });
  await second.fill('2025-01-06');
  await expect(hugo.getByRole('status').filter({ hasText: 'before the first question' }))
    .toHaveText(/^This is before the first question was asked, on .*: is one of the dates mistyped\?$/);
  await second.fill('');
  await hugo.getByRole('button', { name: 'Second question asked on today' }).click();
  await expect(second).toBeFocused();
  await expect(hugo).not.toContainText('before the first question');
  await hugo.getByLabel("The principal's follow-up").fill('Formal conversation about expectations in January');
  await expectNoAxeViolations(page, 'the two questions');

  // By owner, this week and next; a timeline by month with the overdue item. After the
  // withdrawal the next step is the principal's, and their list says so.
  // It leads to where the follow-up is written, unfolding Hugo's questions.
  await hugo.getByRole('button', { name: /^Hugo Ruiz/ }).click();
  await expect(hugo.getByLabel("The principal's follow-up")).toHaveCount(0);
  await page.getByLabel('By owner').check();
  await page.getByLabel('Whose actions').selectOption({ label: 'Maria Lopez (principal)' });
  const followUp = page.locator('#views').getByRole('button', { name: 'Follow up with Hugo Ruiz' });
  await expect(followUp).toBeVisible();
  await followUp.click();
  await expect(hugo.getByLabel("The principal's follow-up")).toBeFocused();
  await expect(hugo.getByLabel("The principal's follow-up")).toHaveValue('Formal conversation about expectations in January');
  await page.getByLabel('Whose actions').selectOption({ label: 'Ana Diaz (coach)' });
  await page.getByLabel(/Only this week and next/).check();
  const views = page.locator('#views');
  // Hers for the term, which runs through these weeks, and the visit starting on Monday.
  await expect(views.locator('.plan-entry')).toHaveCount(4);
  await expect(views.locator('.plan-entry').last()).toContainText("Observe in a colleague's classroom");
  await expect(views).not.toContainText('Maria Lopez (principal) ·');
  await expectNoAxeViolations(page, 'by owner');
  await page.getByLabel('Timeline').check();
  const october = views.locator('.timeline-period').filter({ has: page.getByRole('heading', { name: 'October 2026' }) });
  await expect(october.locator('.plan-entry.overdue')).toContainText('⚠ Overdue');
  await expect(views.getByRole('heading', { name: 'November 2026 (now)' })).toBeVisible();
  await expect(views.getByRole('heading', { name: 'No dates yet' })).toBeVisible();
  await expectNoAxeViolations(page, 'timeline');

  // Coach time against the agreement.
  await expect(page.locator('.time-spread').getByRole('row', { name: /^Data conversations/ })).toContainText('▲ More than you agreed');

  // The calendar file: one event a dated action, all-day, ends exclusive, stable ids.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download calendar file (.ics)' }).click()]);
  expect(download.suggestedFilename()).toBe('support-plan-lincoln-elementary-sample-2026-27.ics');
  const ics = (await import('node:fs')).readFileSync(await download.path(), 'utf8');
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(ics).toContain('SUMMARY:Share classroom and student data on the focus\r\n');
  // One file holds everyone's support: each event says whose it is and for whom.
  expect(ics).toMatch(/DESCRIPTION:Who: Maria Lopez \(principal\)\\nFor whom: /);
  expect(ics).toMatch(/DTSTART;VALUE=DATE:20261005\r\nDTEND;VALUE=DATE:20261103\r\n/);
  expect(ics).toMatch(/UID:action-support-\d+-p-0a1b2c3d4e5f6071@partnership-planner/);
  expect(ics.split('BEGIN:VEVENT').length - 1).toBeGreaterThanOrEqual(6);
  await page.getByLabel('Whose dates').selectOption({ label: 'Ana Diaz (coach)' });
  const [mine] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download calendar file (.ics)' }).click()]);
  expect(mine.suggestedFilename()).toBe('support-plan-lincoln-elementary-sample-2026-27-ana-diaz-coach.ics');

  // Reload: all of it is there; export: all of it is in the file.
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await page.reload();
  await expect(action(page, 'Share classroom and student data')).toContainText('⚠ Overdue');
  await expect(protocol(page, 'Hugo Ruiz')).toContainText('✗ The coach withdraws');
  // Left open, Hugo's questions are open again, with the follow-up being written in sight.
  await expect(protocol(page, 'Hugo Ruiz').getByLabel("The principal's follow-up")).toHaveValue('Formal conversation about expectations in January');
  await expect(protocol(page, 'Cleo Ruiz')).toContainText(/position \d+, Started/);
  await page.getByRole('link', { name: 'All partnerships' }).click();
  await partnershipList(page).getByRole('button', { name: 'Export Lincoln Elementary (sample) 2026-27' }).click();
  const file = await downloadJson(page, () => page.getByRole('button', { name: 'Download file', exact: true }).click());
  const plan = file.json.partnerships[0].plan;
  const shared = plan.actions.find((a: { what: string }) => a.what === 'Share classroom and student data on the focus');
  expect(shared).toMatchObject({ how: 'At the October staff meeting, grade by grade', starts: '2026-10-05', ends: '2026-11-02', coaching_action: 'action-4', who: { kind: 'coach', coach: 'coach-1' } });
  const hugoProtocol = plan.protocols.find((p: { teacher: string }) => p.teacher === 'teacher-8');
  expect(hugoProtocol).toMatchObject({ knows_expectation: 'yes', first_asked: '2026-11-26', plans_to_do_it: 'no', principal_follow_up: 'Formal conversation about expectations in January' });

  // The anonymised file keeps the plan with codes for teachers, without private notes.
  await partnershipList(page).getByRole('button', { name: 'Export Lincoln Elementary (sample) 2026-27' }).click();
  await page.getByRole('button', { name: 'Anonymised file for sharing' }).click();
  const anonymised = await downloadJson(page, () => page.getByRole('button', { name: /^Download (anonymised file|anyway)$/ }).click());
  const coded = anonymised.json.partnerships[0].plan;
  expect(coded.actions).toHaveLength(plan.actions.length);
  expect(coded.protocols.map((p: { teacher: string }) => p.teacher)).toEqual(plan.protocols.map((p: { teacher: string }) => p.teacher));
  expect(coded.protocols.every((p: { principal_follow_up: string }) => p.principal_follow_up === '')).toBe(true);
  expect(anonymised.text).not.toContain('Ruiz');
  expect(anonymised.text).not.toContain('Formal conversation');
});

test('removing a teacher says what goes with them from the plan, and undo brings it back', async ({ page }) => {
  await page.getByRole('button', { name: 'Propose support from the map' }).click();
  await expect(protocol(page, 'Hugo Ruiz')).toBeVisible();
  await openMap(page);
  await page.getByRole('button', { name: /^Hugo Ruiz/ }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('Name, team and notes').click();
  await expect(dialog).toContainText('Removing them also removes their unwilling-teacher protocol from the plan; Undo brings all of it back.');
  await dialog.getByRole('button', { name: 'Remove from the map' }).click();
  await expect(page.locator('.undo-bar')).toContainText('Hugo Ruiz was removed from the map, with their protocol.');
  // Focus, and so the screen, goes to the bar with its undo, even on a phone.
  await expect(page.locator('.undo-bar')).toBeFocused();
  await expect(page.locator('.undo-bar')).toBeInViewport();
  // Said once, in the bar that offers it back, and announced from there.
  await expect(page.getByText(/Hugo Ruiz was removed from the map/)).toHaveCount(1);
  await expect(page.getByRole('status').filter({ has: page.locator('.undo-bar') })).toHaveCount(1);
  // A look at the plan to see what went does not take the undo away.
  await openPlan(page);
  await expect(protocol(page, 'Hugo Ruiz')).toHaveCount(0);
  await openMap(page);
  await page.locator('.undo-bar').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: /^Hugo Ruiz/ }).first()).toBeFocused();
  await openPlan(page);
  await expect(protocol(page, 'Hugo Ruiz')).toContainText('Next: ask Hugo Ruiz the first question.');
  // Removed for good, the protocol goes too: the plan names no one who is not on the map.
  await openMap(page);
  await page.getByRole('button', { name: /^Hugo Ruiz/ }).first().click();
  await dialog.getByText('Name, team and notes').click();
  await dialog.getByRole('button', { name: 'Remove from the map' }).click();
  await openPlan(page);
  await expect(page.locator('.protocol')).toHaveCount(1);
  await expect(protocol(page, 'Hugo Ruiz')).toHaveCount(0);
});

test('proposing says who is left out for want of a place on the map, and the button pressed stays where it was', async ({ page }) => {
  const teachers = staff(12);
  teachers[2].position = null; // Cleo Ruiz, unwilling, not yet placed.
  await seedStaff(page, teachers);
  await openPlan(page);
  const propose = page.getByRole('button', { name: 'Propose support from the map' });
  await propose.focus();
  const before = (await propose.boundingBox())!.y;
  await page.keyboard.press('Enter');
  await expect(proposed(page)).toHaveText(/^Added \d+ support actions, and the two questions for 1 unwilling teacher\. .* One teacher with a stage is not placed on the map yet, and has no support until they are\.$/);
  await expect(propose).toBeFocused();
  expect((await propose.boundingBox())!.y).toBe(before);
});

test('removing a coach says what becomes of their support, and undo gives it back to them', async ({ page }) => {
  await page.getByRole('button', { name: 'Propose support from the map' }).click();
  await expect(proposed(page)).toHaveText(/^Added \d+ support actions/);
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('link', { name: /Agreement/ }).click();
  await page.getByRole('button', { name: 'Remove coach 1' }).click();
  const note = page.getByRole('status').filter({ hasText: 'Removed Ana Diaz.' });
  await expect(note).toContainText(/Their \d+ support actions now name them as someone else, not as a coach\./);
  await expectNoAxeViolations(page, 'a coach removed');
  await note.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('textbox', { name: 'Coach 1' })).toHaveValue('Ana Diaz');
  await expect(page.getByRole('textbox', { name: 'Coach 1' })).toBeFocused();
  await expect(note).toHaveCount(0);
  await openPlan(page);
  await page.getByLabel('By owner').check();
  await page.getByLabel('Whose actions').selectOption({ label: 'Ana Diaz (coach)' });
  await expect(page.locator('#views .plan-entry').first()).toBeVisible();
  await expect(page.getByLabel('Whose actions').locator('option', { hasText: /^Ana Diaz$/ })).toHaveCount(0);
});

test('the plan can be worked with the keyboard alone, and at 390 wide', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await tabTo(page, page.getByRole('button', { name: 'Propose support from the map' }));
  await page.keyboard.press('Enter');
  await expect(proposed(page)).toHaveText(/^Added/);
  await tabTo(page, action(page, 'Coach models a lesson'));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('What', { exact: true })).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' in a grade 3 room');
  const status = page.locator('.action-editor').getByLabel('Status');
  await tabTo(page, status);
  await page.keyboard.press('ArrowDown');
  await expect(action(page, 'Coach models a lesson in a grade 3 room')).toContainText('Under way');
  const cleo = protocol(page, 'Cleo Ruiz');
  await tabTo(page, cleo.getByRole('button', { name: /^Cleo Ruiz/ }));
  await page.keyboard.press('Enter');
  await expect(cleo.getByRole('button', { name: /^Cleo Ruiz/ })).toHaveAttribute('aria-expanded', 'true');
  await tabTo(page, cleo.getByRole('group', { name: /Do you know/ }).getByLabel('Yes'));
  await page.keyboard.press('Space');
  await expect(cleo).toContainText('Next: ask Cleo Ruiz the second question.');
  await tabTo(page, page.getByLabel('By owner'));
  await page.keyboard.press('ArrowRight');
  await expect(page.getByLabel('Timeline')).toBeChecked();
  await expect(page.getByRole('heading', { name: 'No dates yet' })).toBeVisible();
  // The three views' choice wraps rather than running off a phone's screen.
  const choice = page.getByRole('group', { name: 'See the plan' });
  expect(await choice.evaluate((e) => [...e.querySelectorAll('label')].every((l) => l.scrollWidth <= l.clientWidth && l.getBoundingClientRect().right <= 390))).toBe(true);
  // The coach-time table reads as a card for each coaching action, its title whole.
  const time = page.getByRole('table', { name: "The coach's open actions, by coaching action" });
  expect(await time.evaluate((t) => t.scrollWidth <= t.parentElement!.clientWidth)).toBe(true);
  await expectNoAxeViolations(page, 'plan at 390 wide');
});

test('a large staff lists twenty unwilling teachers at first, and the rest on request', async ({ page }) => {
  await seedStaff(page, staff(120));
  await openPlan(page);
  await page.getByRole('button', { name: 'Propose support from the map' }).click();
  await expect(proposed(page)).toHaveText(/, and the two questions for 24 unwilling teachers\./);
  await expect(page.locator('.protocol')).toHaveCount(20);
  await page.getByRole('button', { name: 'Show the other 4 unwilling teachers' }).click();
  await expect(page.locator('.protocol')).toHaveCount(24);
});

test('the unwilling teachers of a large staff without the two questions make one ask, started at once', async ({ page }) => {
  await seedStaff(page, staff(120));
  await openPlan(page);
  const attention = page.getByRole('region', { name: 'Needs your attention' });
  await expect(attention).toContainText('24 unwilling teachers have not been asked the two questions yet: Cleo Ruiz, Hugo Ruiz, Milo Ruiz, Rosa Ruiz, Cleo Okoro and 19 more.');
  await expect(attention.getByRole('button', { name: /^Start the two questions/ })).toHaveCount(1);
  await attention.getByRole('button', { name: 'Start the two questions for all 24' }).click();
  await expect(protocol(page, 'Cleo Ruiz').getByRole('button', { name: /^Cleo Ruiz/ })).toBeFocused();
  await expect(page.locator('.protocol')).toHaveCount(20);
  await expect(page.getByRole('button', { name: 'Show the other 4 unwilling teachers' })).toBeVisible();
  await expect(page.getByText(/not been asked the two questions/)).toHaveCount(0);
});

test('support for a stage no one is at any more is pointed out, and can be dropped', async ({ page }) => {
  await page.getByRole('button', { name: 'Propose support from the map' }).click();
  await expect(proposed(page)).toContainText('Added');
  await expect(page.getByText('No one on the map is Developing')).toHaveCount(0);
  // Eva and Jon Ruiz, the two developing teachers, both move on to Started.
  await openMap(page);
  for (const name of ['Eva Ruiz', 'Jon Ruiz']) {
    await page.getByRole('button', { name: `Move ${name}` }).click();
    await page.getByRole('dialog', { name: `Move ${name}` }).getByRole('radio', { name: /Started/ }).check();
    await page.keyboard.press('Escape');
  }
  await openPlan(page);
  const attention = page.getByRole('region', { name: 'Needs your attention' });
  await expect(attention).toContainText(/No one on the map is Developing now, so \d+ support actions for Developing teachers reach no one\./);
  await expectNoAxeViolations(page, 'support that reaches no one');
  await attention.getByRole('button', { name: 'Drop them, the support for Developing teachers' }).click();
  await expect(said(page)).toHaveText('Dropped the support for Developing teachers.');
  await expect(page.getByText('No one on the map is Developing')).toHaveCount(0);
  // The ask goes with its button: the keyboard goes on from the section, not the page's top.
  await expect(page.locator('#propose-title')).toBeFocused();
});

test('a support action removed by mistake comes back with Undo, where it was', async ({ page }) => {
  await page.getByRole('button', { name: 'Propose support from the map' }).click();
  const lines = page.locator('.action-list .action-line');
  const count = await lines.count();
  const second = (await lines.nth(1).locator('.action-what').textContent()) ?? '';
  await lines.nth(1).click();
  // The editor puts the cursor in What once drawn; no one types before that frame.
  await expect(page.getByLabel('What', { exact: true })).toBeFocused();
  await page.locator('.action-editor').getByLabel('Evidence seen').fill('Saw it twice in week 3');
  await page.locator('.action-editor').getByRole('button', { name: 'Remove this action' }).click();
  await expect(lines).toHaveCount(count - 1);
  const bar = page.locator('.undo-bar');
  await expect(bar).toContainText(`“${second}” was removed from the plan.`);
  await expect(bar.getByRole('button', { name: 'Undo' })).toBeFocused();
  await expectNoAxeViolations(page, 'a removed action offered back');
  await page.keyboard.press('Enter');
  await expect(lines).toHaveCount(count);
  await expect(lines.nth(1)).toBeFocused();
  await expect(lines.nth(1)).toContainText(second);
  await page.reload();
  await lines.nth(1).click();
  await expect(page.locator('.action-editor').getByLabel('Evidence seen')).toHaveValue('Saw it twice in week 3');
});

test('a plan with no one on the map yet sends the pair to the map first', async ({ page }) => {
  await seedStaff(page, []);
  await openPlan(page);
  await expect(page.getByText('No one on the map has a readiness stage yet, so there is no support to plan.')).toBeVisible();
  await expect(page.getByText('Nothing in the plan needs your attention')).toHaveCount(0);
  const index = page.getByRole('navigation', { name: 'Sections of the support plan' });
  await expect(index.getByRole('link', { name: /Unwilling teachers/ })).toContainText('(to do)');
  await page.getByRole('button', { name: 'Propose support from the map' }).click();
  await expect(proposed(page)).toHaveText(/^Nothing to propose yet: support follows the stages of the teachers placed on the map\./);
  await expectNoAxeViolations(page, 'an empty plan');
  await page.getByRole('link', { name: 'Place your teachers on the continuum map' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Continuum map/ })).toBeVisible();
});
