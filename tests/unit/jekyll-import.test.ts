import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertJekyllBody, convertJekyllPage } from '../../src/lib/editor/jekyll-import';
import { slugOfJekyllFile } from '../../src/lib/files/file-name';

describe('convertJekyllBody', () => {
  it('escapes braces and stray "<", closes void elements, rewrites autolinks and drops comments', () => {
    const { body, notes } = convertJekyllBody(
      'Score {700} <800, x<y.<!-- note -->\nA<br>B <hr>\n<https://example.org/a>\n',
    );
    expect(body).toBe(
      'Score \\{700\\} \\<800, x\\<y.\nA<br />B <hr />\n[https://example.org/a](https://example.org/a)\n',
    );
    expect(notes).toEqual([
      'removed 1 HTML comment (MDX has none)',
      'escaped braces and stray "<", closed void elements and rewrote autolinks for MDX',
    ]);
  });

  it('leaves code spans and fenced code exactly as written', () => {
    const source = 'Use `{ "a": 1 }` or `<br>`.\n\n```json\n{ "a": "<b>" }\n```\n\n~~~\n{x}\n~~~\n';
    expect(convertJekyllBody(source)).toEqual({ body: source, notes: [] });
  });

  it('keeps comments, Liquid and any fence line inside fenced code and code spans', () => {
    const source = '```html\n<!-- keep me -->\n{{ .Values.image }}\n```js\n```\n\nUse `<!-- x -->` in HTML.';
    expect(convertJekyllBody(source)).toEqual({ body: source, notes: [] });
  });

  it('removes a comment over several lines but keeps its line breaks', () => {
    expect(convertJekyllBody('a<!-- one\ntwo -->b\nc').body).toBe('a\nb\nc');
  });

  it('keeps well-formed HTML elements', () => {
    const source = 'See <a href="https://example.org">the FAQ</a> and <abbr title="x">X</abbr>.';
    expect(convertJekyllBody(source).body).toBe(source);
  });
});

describe('convertJekyllPage', () => {
  it('converts the original page byte for byte: it needs no change', () => {
    const original = readFileSync(
      path.resolve(import.meta.dirname, '../fixtures/jekyll-original/aws-certified-machine-learning-specialty.mdx'),
      'utf8',
    );
    expect(convertJekyllPage('aws-certified-machine-learning-specialty.md', original)).toEqual({
      ok: true,
      slug: 'aws-certified-machine-learning-specialty',
      mdx: original,
      notes: [],
    });
  });

  it('refuses Liquid tags, missing front matter and unsafe bodies, saying why', () => {
    const front = '---\ntitle: T\n---\n';
    expect(convertJekyllPage('a.md', `${front}{{ page.title }}`)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('Liquid template tag'),
    });
    expect(convertJekyllPage('a.md', `${front}\`{{ code }}\` is fine`)).toMatchObject({ ok: true });
    expect(convertJekyllPage('a.md', '# no front matter')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('does not start with front matter'),
    });
    expect(convertJekyllPage('a.md', `${front}<script>alert(1)</script>`)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('the <script> element is not allowed'),
    });
    expect(convertJekyllPage('---.md', front)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('no letters or digits'),
    });
  });

  it('gives the whole reason for an unsafe body, semicolons and advice included', () => {
    const refused = convertJekyllPage('a.md', '---\ntitle: T\n---\n[Cloud](/categories/cloud/)');
    expect(refused).toMatchObject({
      ok: false,
      reason: expect.stringContaining('breaks under a BASE_PATH; link relatively, such as ../isc2-cissp/'),
    });
    expect(refused).toMatchObject({ reason: expect.stringContaining('example: - [Official exam guide]') });
  });

  it('names files after the page, without a Jekyll date prefix', () => {
    expect(slugOfJekyllFile('2024-05-01-My Cert.markdown')).toBe('my-cert');
    expect(slugOfJekyllFile('cissp.md')).toBe('cissp');
  });
});
