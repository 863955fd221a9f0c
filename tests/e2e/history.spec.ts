/**
 * A certification page's History: what changed in its facts, commit by commit, newest first, each
 * item linked to its commit; the API file carries the same history. The commits are read from git
 * here, apart from the code under test. Past commits do not change, so the change asserted below
 * stays in the history whatever is committed after it.
 */
import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { TEST_REPOSITORY_URL } from '../support/sites';

const SLUG = 'aca-professional-level-corporate-reporting';
const FILE = `src/content/certifications/${SLUG}.mdx`;

/** The commits that touched the file, newest first, as git lists them. */
function commitsOf(file: string): string[] {
  const log = spawnSync('git', ['log', '--format=%H', '--follow', '--', file], { encoding: 'utf8' });
  return log.stdout.split('\n').filter(Boolean);
}

test('a certification page lists the changes of its facts, newest first, each linked to its commit', async ({
  page,
  request,
}) => {
  const commits = commitsOf(FILE);
  // A shallow clone has no history: say so in the report, rather than pass in silence.
  if (commits.length < 2) console.warn(`History not tested: git knows ${commits.length} commit(s) of ${FILE}`);
  test.skip(commits.length < 2, 'git has no history of the file (a shallow clone?)');
  await page.goto(`${SLUG}/`);
  const history = page.getByRole('region', { name: 'History' });
  const items = history.getByRole('list').first().locator(':scope > li');
  // The level was set by the provider's ladder on 4 December 2026, the fee added the same day.
  const levelChange = items.filter({ hasText: 'Level: Advanced → Expert' });
  await expect(levelChange).toHaveCount(1);
  await expect(levelChange.locator('time')).toHaveAttribute('datetime', '2026-12-04');
  // The oldest item is the commit that added it; every item links to a commit git lists for the file.
  await expect(items.last()).toContainText('Added to the catalogue');
  const links = await history
    .getByRole('link', { name: /^commit [0-9a-f]{7}$/ })
    .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
  expect(links.length).toBe(await items.count());
  for (const link of links) {
    expect(link.startsWith(`${TEST_REPOSITORY_URL}/commit/`)).toBe(true);
    expect(commits).toContain(link.slice(`${TEST_REPOSITORY_URL}/commit/`.length));
  }
  // Newest first.
  const dates = await items.locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
  expect([...dates].sort().reverse()).toEqual(dates);

  const api = (await (await request.get(`api/certifications/${SLUG}.json`)).json()) as {
    history: { commit: string; changes: { text: string }[] }[];
  };
  expect(api.history.map(({ commit }) => `${TEST_REPOSITORY_URL}/commit/${commit}`)).toEqual(links);
  expect(api.history.flatMap(({ changes }) => changes.map(({ text }) => text))).toContain('Level: Advanced → Expert');
});
