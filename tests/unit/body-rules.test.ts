import { describe, expect, it } from 'vitest';
import { checkBody, isUnsafeUrl } from '../../src/lib/body-rules';

describe('checkBody', () => {
  it('accepts the Markdown a certification body is made of', () => {
    const body = [
      '## Overview',
      'The **exam** is *hard*: 65 questions — less than 3 hours.',
      '',
      '- [Official page →](https://aws.amazon.com/certification/)',
      '- [Mail us](mailto:editors@example.org) or see [the FAQ](#faq)',
      '',
      '| Fee | Duration |',
      '| --- | --- |',
      '| $300 | 180 minutes |',
      '',
      'Line<br />break, <abbr title="Machine Learning">ML</abbr> and <sup>1</sup>.',
      '',
      '`</script>` in code is text.',
    ].join('\n');
    expect(checkBody(body)).toEqual([]);
  });

  it.each([
    ['a script element', '<script>alert(1)</script>', 'the <script> element is not allowed'],
    ['an iframe', '<iframe src="https://example.org"></iframe>', 'the <iframe> element is not allowed'],
    ['a style element', '<style>body</style>', 'the <style> element is not allowed'],
    ['a component', '<Banner />', 'the <Banner> element is not allowed'],
    ['an event handler', '<img src="x.png" alt="" onError="alert(1)" />', 'the onError attribute is not allowed'],
    ['a style attribute', '<span style="color:red">x</span>', 'the style attribute is not allowed'],
    ['an expression attribute', '<a href={url}>x</a>', 'is a JavaScript expression'],
    ['a spread attribute', '<a {...props}>x</a>', 'spread attribute'],
    ['a javascript: Markdown link', '[x](javascript:alert(1))', 'the link points to a "javascript:" URL'],
    ['a data: image', '![x](data:image/svg+xml,<svg/>)', 'the image points to a "data:" URL'],
    ['a javascript: href in mixed case with a tab', '<a href="Java\tScript:alert(1)">x</a>', 'URL scheme that is not allowed'],
    ['an expression', 'Total: {1 + 1}', 'curly braces start a JavaScript expression'],
    ['an import', "import X from './x.js'\n\nText", 'import and export statements are not allowed'],
  ])('refuses %s', (_case, body, reason) => {
    const problems = checkBody(body);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain(reason);
  });

  it('gives the line of each problem within the body', () => {
    const problems = checkBody('Fine.\n\n<script>alert(1)</script>\n\n[x](javascript:y)');
    expect(problems.map((problem) => problem.line)).toEqual([3, 5]);
  });

  it('turns an MDX syntax error into a problem with its line and a hint', () => {
    const [problem] = checkBody('Fine.\n\nA "><img src=x onerror=alert(1)> here.');
    expect(problem?.line).toBe(3);
    expect(problem?.message).toContain('the body is not valid MDX');
    expect(problem?.message).toContain('escape it as \\< and \\{');
  });
});

describe('isUnsafeUrl', () => {
  it('allows https, http, mailto and URLs without a scheme', () => {
    for (const url of ['https://example.org', 'http://example.org', 'mailto:a@b.c', '/path', '#anchor', 'page.html', '?q=1']) {
      expect(isUnsafeUrl(url), url).toBe(false);
    }
  });

  it('refuses every other scheme, however it is disguised', () => {
    for (const url of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'java\nscript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd']) {
      expect(isUnsafeUrl(url), url).toBe(true);
    }
  });
});
