/**
 * What one visit learnt about a page: its status and redirects, and, when it answered with content, the
 * digest of its main text and its retirement sentences. An HTML page is decoded with the charset its
 * `Content-Type` names (UTF-8 otherwise); anything else (the PDF exam guides some entries link to) is
 * compared by the digest of its bytes, since its text cannot be read without a PDF reader.
 */
import type { FetchedPage, Hop, PageStatus } from './fetch-page';
import { digestOf, mainTextOf } from './page-text';
import { retirementSentences } from './retirement';

export interface PageReading {
  url: string;
  status: PageStatus;
  reason: string;
  redirects: Hop[];
  finalUrl: string;
  /** Set when the page answered with content (a 2xx answer). */
  digest?: string;
  /** The retirement sentences of its text; none for a page without readable text. */
  retirementEvidence: string[];
  requests: number;
}

/** The text of a body, in the charset its `Content-Type` names, or UTF-8 when it names none the runtime knows. */
function decode(body: Uint8Array, contentType: string): string {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}

/** What a visit says about a page, ready to compare with the last run. */
export function readPage(page: FetchedPage): PageReading {
  const { url, status, reason, redirects, finalUrl, requests, body, contentType = '' } = page;
  const reading: PageReading = { url, status, reason, redirects, finalUrl, requests, retirementEvidence: [] };
  if (!body) return reading;
  // A server that names no type is assumed to send HTML, as browsers would sniff it.
  if (contentType !== '' && !/html|xml/i.test(contentType)) return { ...reading, digest: digestOf(body) };
  const text = mainTextOf(decode(body, contentType));
  return { ...reading, digest: digestOf(text), retirementEvidence: retirementSentences(text) };
}
