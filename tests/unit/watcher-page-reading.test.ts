import { describe, expect, it } from 'vitest';
import type { FetchedPage } from '../../src/lib/editor/watcher/fetch-page';
import { readPage } from '../../src/lib/editor/watcher/page-reading';
import { digestOf } from '../../src/lib/editor/watcher/page-text';

function fetched(parts: Partial<FetchedPage>): FetchedPage {
  const url = 'https://example.org/exam';
  return { url, redirects: [], finalUrl: url, status: 200, reason: '200 OK', requests: 1, ...parts };
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('readPage', () => {
  it('digests the main text of an HTML page and finds its retirement sentences', () => {
    const html = '<header>Menu</header><main><p>Fee: $100. This exam will be retired in 2027.</p></main>';
    const reading = readPage(fetched({ contentType: 'text/html; charset=utf-8', body: bytes(html) }));
    expect(reading.digest).toBe(digestOf('Fee: $100. This exam will be retired in 2027.'));
    expect(reading.retirementEvidence).toEqual(['This exam will be retired in 2027.']);
  });

  it('decodes the charset the Content-Type names', () => {
    // <p>Fee: £100 in ISO-8859-1, where £ is the single byte 0xA3.
    const latin1 = Uint8Array.from([0x3c, 0x70, 0x3e, 0x46, 0x65, 0x65, 0x3a, 0x20, 0xa3, 0x31, 0x30, 0x30]);
    const reading = readPage(fetched({ contentType: 'text/html; charset=iso-8859-1', body: latin1 }));
    expect(reading.digest).toBe(digestOf('Fee: £100'));
    const unknown = readPage(fetched({ contentType: 'text/html; charset=no-such-charset', body: bytes('<p>Fee</p>') }));
    expect(unknown.digest).toBe(digestOf('Fee'));
  });

  it('compares a PDF by its bytes', () => {
    const pdf = bytes('%PDF-1.7 retired');
    const reading = readPage(fetched({ contentType: 'application/pdf', body: pdf }));
    expect(reading.digest).toBe(digestOf(pdf));
    expect(reading.retirementEvidence).toEqual([]);
  });

  it('has no digest for a page that gave no content', () => {
    expect(readPage(fetched({ status: 404, reason: '404 Not Found' })).digest).toBeUndefined();
  });
});
