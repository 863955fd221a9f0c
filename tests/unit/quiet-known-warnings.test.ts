import { describe, expect, it, vi } from 'vitest';
import { isMdxHeadInjectDirectiveWarning, quietKnownWarnings } from '../../src/integrations/quiet-known-warnings';

const upstreamWarning = {
  code: 'MODULE_LEVEL_DIRECTIVE',
  message:
    'The semantics of the module level directive "use astro:head-inject" in ' +
    '"src/content/certifications/x.mdx?astroPropagatedAssets" may not be preserved when bundling.',
  id: '/project/src/content/certifications/x.mdx?astroPropagatedAssets',
};

describe('quietKnownWarnings', () => {
  it('recognises the upstream MDX head-inject warning only', () => {
    expect(isMdxHeadInjectDirectiveWarning(upstreamWarning)).toBe(true);
    expect(isMdxHeadInjectDirectiveWarning({ ...upstreamWarning, id: undefined })).toBe(true);
    expect(isMdxHeadInjectDirectiveWarning({ ...upstreamWarning, code: 'UNRESOLVED_IMPORT' })).toBe(false);
    expect(
      isMdxHeadInjectDirectiveWarning({
        ...upstreamWarning,
        message: upstreamWarning.message.replace('use astro:head-inject', 'use client'),
      }),
    ).toBe(false);
    expect(
      isMdxHeadInjectDirectiveWarning({
        ...upstreamWarning,
        id: '/project/src/components/X.tsx',
        message: 'The semantics of the module level directive "use astro:head-inject" in "X.tsx"',
      }),
    ).toBe(false);
  });

  it('passes every other log to the default handler', () => {
    const handler = vi.fn();
    quietKnownWarnings('warn', upstreamWarning, handler);
    expect(handler).not.toHaveBeenCalled();
    const other = { code: 'CIRCULAR_DEPENDENCY', message: 'cycle' };
    quietKnownWarnings('warn', other, handler);
    quietKnownWarnings('info', upstreamWarning, handler);
    expect(handler).toHaveBeenCalledTimes(2);
  });
});
