/**
 * What the loader renders a certification body to (src/integrations/render-body.ts), the one renderer
 * of the site: headings get ids and are reported, external links get the site's rel, code blocks can be
 * scrolled by keyboard, text is escaped; a body with a local image is left to MDX.
 */
import { describe, expect, it } from 'vitest';
import { renderBody } from '../../src/integrations/render-body';

describe('renderBody', () => {
  it('renders Markdown as the site shows it, headings with ids and external links with their rel', async () => {
    const body = [
      '## Exam Details',
      'See [the guide](https://example.org/guide) and [home](/certs/).',
      '',
      '```sh',
      'npm test',
      '```',
      '',
      '<abbr title="x">AWS</abbr> & more',
    ].join('\n');
    const rendered = await renderBody(body);
    expect(rendered?.html).toBe(
      '<h2 id="exam-details">Exam Details</h2>\n' +
        '<p>See <a href="https://example.org/guide" rel="noopener noreferrer">the guide</a> and ' +
        '<a href="/certs/">home</a>.</p>\n' +
        '<pre tabindex="0"><code class="language-sh">npm test\n</code></pre>\n' +
        '<p><abbr title="x">AWS</abbr> &amp; more</p>',
    );
    expect(rendered?.metadata.headings).toEqual([{ depth: 2, slug: 'exam-details', text: 'Exam Details' }]);
  });

  it('renders an empty body (the importer writes none) as empty HTML, not as a body left to MDX', async () => {
    expect(await renderBody('')).toEqual({ html: '', metadata: { headings: [], imagePaths: [] } });
  });

  it('leaves a body with a local image to MDX, which imports the image', async () => {
    expect(await renderBody('![The logo](./logo.png)')).toBeUndefined();
  });
});
