import { describe, expect, it } from 'vitest';
import { BODY_DOC, checkBody, unsafeScheme } from '../../src/lib/files/body-rules';

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
      'See [the CISSP](../isc2-cissp/) and <span aria-label="note" class="x">this</span>.',
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
    ['a javascript: Markdown link', '[x](javascript:alert(1))', 'the link uses a "javascript:" URL'],
    [
      'a javascript: reference definition',
      '[x][r]\n\n[r]: javascript:alert(1)',
      'the link definition uses a "javascript:" URL',
    ],
    ['a data: image', '![x](data:image/svg+xml,<svg/>)', 'the image uses a "data:" URL'],
    [
      'a javascript: href in mixed case with a tab',
      '<a href="Java\tScript:alert(1)">x</a>',
      'the href of <a> uses a "javascript:" URL',
    ],
    [
      'set:html, which writes raw HTML',
      '<div set:html="<img src=x onerror=alert(1)>" />',
      'the set:html attribute is not allowed',
    ],
    ['another Astro directive', '<p is:raw>x</p>', 'the is:raw attribute is not allowed'],
    [
      'a target attribute',
      '<a href="https://example.org" target="_blank">x</a>',
      'the target attribute is not allowed',
    ],
    [
      'a link from the site root, which breaks under BASE_PATH',
      '[Cloud](/categories/cloud/)',
      'starts at the site’s root',
    ],
    ['a protocol-relative link', '<a href="//example.org/x">x</a>', 'write the full https:// address'],
    [
      'an image from another site, which the CSP blocks',
      '![logo](https://example.org/logo.png)',
      'is an image from another site',
    ],
    ['an expression', 'Total: {1 + 1}', 'curly braces start a JavaScript expression'],
    ['an import', "import X from './x.js'\n\nText", 'import and export statements are not allowed'],
  ])('refuses %s', (_case, body, reason) => {
    const problems = checkBody(body);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.problem.reason).toContain(reason);
    expect(problems[0]?.problem).toMatchObject({ expected: BODY_DOC.expected, example: BODY_DOC.examples[0] });
  });

  it('gives the line of each problem within the body', () => {
    const problems = checkBody('Fine.\n\n<script>alert(1)</script>\n\n[x](javascript:y)');
    expect(problems.map((problem) => problem.line)).toEqual([3, 5]);
  });

  it('turns an MDX syntax error into a problem with its line and a hint', () => {
    const [problem] = checkBody('Fine.\n\nA "><img src=x onerror=alert(1)> here.');
    expect(problem?.line).toBe(3);
    expect(problem?.problem.reason).toContain('the body is not valid MDX');
    expect(problem?.problem.reason).toContain('escape it as \\< and \\{');
  });
});

describe('unsafeScheme', () => {
  it('allows https, http, mailto and URLs without a scheme', () => {
    for (const url of [
      'https://example.org',
      'http://example.org',
      'mailto:a@b.c',
      '/path',
      '#anchor',
      'page.html',
      '?q=1',
    ]) {
      expect(unsafeScheme(url), url).toBeUndefined();
    }
  });

  it('names every other scheme, however it is disguised', () => {
    expect(unsafeScheme(' java\nScript:alert(1)')).toBe('javascript:');
    for (const url of ['JAVASCRIPT:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd']) {
      expect(unsafeScheme(url), url).toBeDefined();
    }
  });
});
