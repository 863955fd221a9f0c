import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { digestOf, mainTextOf } from '../../src/lib/editor/watcher/page-text';

const fixture = (name: string) =>
  readFileSync(path.resolve(import.meta.dirname, '../fixtures/official-pages', name), 'utf8');

describe('mainTextOf', () => {
  it('reads <main> only, without scripts, styles, the banner, the navigation or the footer', () => {
    expect(mainTextOf(fixture('ok.html'))).toBe(
      'Example Cloud Practitioner\nThe exam has 65 questions and lasts 90 minutes.\nThe fee is USD 100.',
    );
  });

  it('reads the body without its header, footer and navigation when there is no <main>', () => {
    const html =
      '<title>Page title</title><header>Sign in</header><nav>Home</nav>' +
      '<div>Fee: <b>$100</b></div><footer>© 2026</footer>';
    expect(mainTextOf(html)).toBe('Fee: $100');
  });

  it('keeps a header inside <main> (the article’s own heading) and finds role="main"', () => {
    expect(mainTextOf('<main><header><h1>Exam</h1></header><nav>Skip</nav><p>Fee</p></main>')).toBe('Exam\nFee');
    expect(mainTextOf('<header>Site</header><div role="main"><p>Only this</p></div>')).toBe('Only this');
  });

  it('collapses whitespace within blocks, breaks lines between them and decodes entities', () => {
    expect(mainTextOf('<p>a   <em>b</em>\n  c</p><ul><li>d &amp; e</li><li>f<br>g</li></ul>')).toBe(
      'a b c\nd & e\nf\ng',
    );
  });

  it('reads malformed HTML as a browser would, without throwing', () => {
    expect(mainTextOf(fixture('malformed.html'))).toBe('Exam fee: USD 200\nQuestions: 50\nUnclosed & attribute');
    expect(() => mainTextOf('\u0000<<>></div></p><p')).not.toThrow();
    expect(mainTextOf('')).toBe('');
  });
});

describe('digestOf', () => {
  it('is the same for the same text and differs for other text', () => {
    expect(digestOf('The fee is USD 100.')).toBe(digestOf('The fee is USD 100.'));
    expect(digestOf('The fee is USD 100.')).not.toBe(digestOf('The fee is USD 120.'));
    expect(digestOf(new Uint8Array([1, 2, 3]))).toMatch(/^[\w-]{43}$/);
  });
});
