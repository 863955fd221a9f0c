/** The weekly workflow of the official-page watcher: when it runs, what it may do, and how it keeps one issue. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const text = readFileSync(path.resolve(import.meta.dirname, '../../.github/workflows/watch-official.yml'), 'utf8');
const workflow = parse(text);
const steps = workflow.jobs.watch.steps as { name?: string; if?: string; run?: string; uses?: string }[];
const step = (name: string) => steps.find((candidate) => candidate.name === name)!;

describe('the watch-official workflow', () => {
  it('runs weekly, and by hand for one provider', () => {
    expect(workflow.on.schedule).toEqual([{ cron: expect.stringMatching(/^\S+ \S+ \* \* [0-6]$/) }]);
    expect(workflow.on.workflow_dispatch.inputs.provider.required).toBe(false);
  });

  it('may read the code and write issues, nothing more', () => {
    expect(workflow.permissions).toEqual({ contents: 'read', issues: 'write', actions: 'read' });
    expect(workflow.concurrency).toMatchObject({ 'cancel-in-progress': false });
  });

  it('runs the watcher, passing the provider through the environment rather than into the script', () => {
    expect(step('Visit the pages').run).toContain('npx tsx scripts/watch-official.ts');
    expect(step('Visit the pages').run).toContain('--provider "$PROVIDER" --dry-run');
    expect(workflow.jobs.watch.env.PROVIDER).toBe('${{ inputs.provider }}');
    expect(steps.filter((candidate) => candidate.run?.includes('${{'))).toEqual([]);
  });

  it('keeps one issue by its label: edits it, creates it when none is open, closes it when nothing is left', () => {
    const issue = step('Open, update or close the issue');
    expect(issue.if).toBe('${{ !inputs.provider }}');
    expect(issue.run).toMatch(/gh issue list [^\n]*--label "\$label" --state open/);
    expect(issue.run).toMatch(/if \[ -n "\$number" \]; then\s+gh issue edit/);
    expect(issue.run).toContain('gh issue create');
    expect(issue.run).toContain('gh issue close');
  });

  it('hands the state from one run to the next as an artifact', () => {
    expect(step("Restore the last run's state").run).toContain(
      'gh run download "$run_id" --repo "$GITHUB_REPOSITORY" --name official-pages-state',
    );
    expect(step('Keep the state for the next run')).toMatchObject({
      uses: expect.stringMatching(/^actions\/upload-artifact@/),
      if: '${{ !inputs.provider }}',
    });
  });
});
