/** The .github files editors meet: they must agree with the code that links to them. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPORT_OUTDATED_TEMPLATE, reportOutdatedUrl } from '../../src/lib/site/repository-links';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => parse(readFileSync(path.join(root, file), 'utf8'));

describe('.github', () => {
  it('has the issue form that "Report outdated information" opens, with the fields it prefills', () => {
    const form = read(`.github/ISSUE_TEMPLATE/${REPORT_OUTDATED_TEMPLATE}`);
    const ids = form.body.map((field: { id?: string }) => field.id).filter(Boolean);
    const prefilled = [
      ...new URL(
        reportOutdatedUrl({ url: 'https://github.com/o/r', branch: 'main' }, { title: 'T', slug: 's' }, 'https://x/'),
      ).searchParams.keys(),
    ];
    for (const key of prefilled.filter((key) => !['template', 'title', 'labels'].includes(key)))
      expect(ids).toContain(key);
    expect(form.labels).toContain('outdated');
  });

  it('has a form to suggest a certification', () => {
    expect(
      read('.github/ISSUE_TEMPLATE/suggest-certification.yml').body.some(
        (field: { id?: string }) => field.id === 'link',
      ),
    ).toBe(true);
  });

  it('checks and tests every pull request with .ci/run, on the Node of .nvmrc, with full history', () => {
    const workflow = read('.github/workflows/ci.yml');
    expect(Object.keys(workflow.on)).toContain('pull_request');
    // A Debian image of the Node major in .nvmrc: .ci/run installs Debian's browser and Java there.
    const nodeMajor = readFileSync(path.join(root, '.nvmrc'), 'utf8').trim();
    expect(workflow.jobs.test.container).toBe(`node:${nodeMajor}-bookworm`);
    const steps = workflow.jobs.test.steps as { uses?: string; run?: string; with?: Record<string, unknown> }[];
    expect(steps.find((step) => step.uses?.startsWith('actions/checkout'))?.with?.['fetch-depth']).toBe(0);
    const commands = steps.map((step) => step.run).filter(Boolean);
    expect(commands).toEqual(expect.arrayContaining(['npx tsx scripts/check-content.ts', 'bash .ci/run']));
    expect(readFileSync(path.join(root, '.ci/run'), 'utf8')).toMatch(/^npm run test:full$/m);
  });

  it('comments the facts diff on pull requests only, with the one token that may write comments', () => {
    const workflow = read('.github/workflows/ci.yml');
    const job = workflow.jobs['facts-diff'];
    type Step = { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> };
    const steps = job.steps as (Step & { 'continue-on-error'?: boolean })[];
    expect(job.if).toBe("github.event_name == 'pull_request'");
    expect(job.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(workflow.jobs.test.permissions).toBeUndefined();
    const checkout = steps.find((step) => step.uses?.startsWith('actions/checkout'));
    expect(checkout?.with).toEqual({ 'fetch-depth': 0, 'persist-credentials': false });
    const diff = steps.find((step) => step.run?.includes('scripts/facts-diff.ts'));
    expect(diff?.env).toEqual({
      BASE_SHA: '${{ github.event.pull_request.base.sha }}',
      HEAD_SHA: '${{ github.event.pull_request.head.sha }}',
    });
    const comment = steps.at(-1);
    expect(comment?.uses).toBe('actions/github-script@v7');
    // A fork's pull request gets a read-only token: its comment fails, its checks must not.
    expect(comment?.['continue-on-error']).toBe(true);
    expect(comment?.with?.script).toContain('updateComment');
  });

  // CI's test builds keep their own caches (tests/support/test-sites.ts); the deploy's build is the site's.
  it('deploy keeps the build cache between runs', () => {
    const job = read('.github/workflows/deploy.yml').jobs.build;
    const cache = (job.steps as { uses?: string; with?: Record<string, string> }[]).find((step) =>
      step.uses?.startsWith('actions/cache'),
    );
    // The default CACHE_DIR (src/site.config.ts), where Astro keeps the content store and the incremental build.
    expect(cache?.with?.path).toBe('node_modules/.astro');
  });

  it('deploys to GitHub Pages with SITE_URL, BASE_PATH and the repository for edit links', () => {
    const workflow = read('.github/workflows/deploy.yml');
    const build = workflow.jobs.build.steps.find((step: { name?: string }) => step.name === 'Build');
    expect(Object.keys(build.env)).toEqual(expect.arrayContaining(['SITE_URL', 'BASE_PATH', 'REPOSITORY_URL']));
    expect(workflow.jobs.deploy.steps[0].uses).toMatch(/^actions\/deploy-pages@/);
  });
});
