/**
 * Visiting one official page politely: GET only, with a User-Agent that names the watcher and where to
 * complain, a timeout per request, retries with exponential backoff on network errors, 429 and 5xx
 * (waiting as long as `Retry-After` asks, up to a cap), redirects followed by hand so their chain is
 * recorded, and the body read up to a size cap. The clock, the waiting and `fetch` itself come from the
 * caller, so tests run against a local server without waiting out real backoffs.
 */
import { STATUS_CODES } from 'node:http';

/** Why a page gave no HTTP answer. `dns` and `connection` are what a run without network sees. */
export type FailureKind = 'dns' | 'connection' | 'timeout' | 'tls' | 'redirects' | 'error';

/** What a page answered: an HTTP status, or the kind of failure when it gave none. */
export type PageStatus = number | FailureKind;

export interface FetchPolicy {
  /** Names the watcher and a page about it, so a provider's web team knows who is asking and why. */
  userAgent: string;
  /** How long one request may take, body included. */
  timeoutMs: number;
  /** Tries per request, the first included. */
  attempts: number;
  /** The wait before the first retry; each further retry waits twice as long. */
  backoffMs: number;
  /** The longest wait a `Retry-After` header is granted; a server asking for more gets this. */
  maxRetryAfterMs: number;
  /** Redirects followed before the page counts as broken (browsers stop at 20; no official page needs 10). */
  maxRedirects: number;
  /** The most bytes of a body read: the main text of any official page fits, a stray video does not. */
  maxBytes: number;
}

/** The defaults of `npm run watch:official`, except the User-Agent, which names the repository. */
export const DEFAULT_FETCH_POLICY: Omit<FetchPolicy, 'userAgent'> = {
  timeoutMs: 20_000,
  attempts: 3,
  backoffMs: 2_000,
  maxRetryAfterMs: 60_000,
  maxRedirects: 10,
  maxBytes: 5 * 1024 * 1024,
};

/**
 * The watcher's User-Agent: its name and version, and (the `+URL` convention of crawlers) the page that
 * says what it is, in the repository when one is configured.
 */
export function watcherUserAgent(repository: { url: string; branch: string } | undefined): string {
  const about = repository
    ? `+${repository.url}/blob/${repository.branch}/docs/watcher.md`
    : 'Cert Compass link watcher';
  return `CertCompassWatcher/1.0 (${about})`;
}

/** What the fetcher needs from the world: Node's `fetch`, a way to wait, and the clock (for `Retry-After` dates). */
export interface FetchTools {
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
}

/** One redirect of the chain: the address asked for and the status that sent the watcher on. */
export interface Hop {
  url: string;
  status: number;
}

export interface FetchedPage {
  /** The address asked for. */
  url: string;
  redirects: Hop[];
  /** Where the redirects ended (the address asked for when there were none). */
  finalUrl: string;
  status: PageStatus;
  /** The status for people: `200 OK`, `404 Not Found`, `DNS lookup failed (ENOTFOUND)` ... */
  reason: string;
  /** The `Content-Type` of a 2xx answer. */
  contentType?: string;
  /** The body of a 2xx answer, at most `maxBytes`. */
  body?: Uint8Array;
  /** HTTP requests made, retries and redirects included. */
  requests: number;
}

/** The statuses that carry a `Location` to follow. */
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Failures worth another try: a name that did not resolve or a connection that dropped may work a minute later. */
const RETRIED = new Set<FailureKind>(['dns', 'connection', 'timeout', 'error']);

/** One request's answer: a response read (body only when 2xx), or a failure. */
type Answer =
  | { status: number; reason: string; location?: string; contentType?: string; body?: Uint8Array }
  | { status: FailureKind; reason: string };

/** The wait a `Retry-After` header asks for (seconds or an HTTP date); undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The kind of failure a rejected `fetch` was, from undici's error codes. */
export function failureOf(error: unknown, timeoutMs: number): { status: FailureKind; reason: string } {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return { status: 'timeout', reason: `no answer within ${timeoutMs / 1000} s` };
  const cause = error instanceof Error ? (error.cause as { code?: unknown; message?: unknown } | undefined) : undefined;
  const code = typeof cause?.code === 'string' ? cause.code : '';
  if (/^EAI_|^ENOTFOUND$/.test(code)) return { status: 'dns', reason: `DNS lookup failed (${code})` };
  if (/CERT|TLS|SSL/.test(code)) return { status: 'tls', reason: `TLS certificate problem (${code})` };
  if (/^(ECONN|EHOSTUNREACH|ENETUNREACH|EPIPE|UND_ERR_SOCKET|UND_ERR_CONNECT)/.test(code))
    return { status: 'connection', reason: `connection failed (${code})` };
  const message = typeof cause?.message === 'string' ? cause.message : String(error);
  return { status: 'error', reason: `request failed: ${message}` };
}

/** Reads a body up to `maxBytes`, then stops the download. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < maxBytes) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
  }
  if (size >= maxBytes) await reader.cancel();
  const body = new Uint8Array(Math.min(size, maxBytes));
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk.subarray(0, body.length - offset), offset);
    offset += Math.min(chunk.length, body.length - offset);
  }
  return body;
}

/** One GET of one address, tried again on failures and on 429 and 5xx while tries are left. */
async function request(url: string, policy: FetchPolicy, tools: FetchTools, count: () => void): Promise<Answer> {
  for (let attempt = 1; ; attempt++) {
    const backoff = policy.backoffMs * 2 ** (attempt - 1);
    const lastTry = attempt >= policy.attempts;
    try {
      count();
      const response = await tools.fetch(url, {
        method: 'GET',
        redirect: 'manual',
        headers: {
          'user-agent': policy.userAgent,
          accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5',
          // The retirement wording is matched in English.
          'accept-language': 'en',
        },
        signal: AbortSignal.timeout(policy.timeoutMs),
      });
      const { status } = response;
      // Node's own wording of the status, not the server's: the reason ends up in a GitHub issue.
      const reason = `${status} ${STATUS_CODES[status] ?? ''}`.trim();
      if (!lastTry && (status === 429 || status >= 500)) {
        await response.body?.cancel();
        const asked = retryAfterMs(response.headers.get('retry-after'), tools.now());
        await tools.sleep(Math.min(asked ?? backoff, policy.maxRetryAfterMs));
        continue;
      }
      if (status < 200 || status > 299) {
        await response.body?.cancel();
        return { status, reason, location: response.headers.get('location') ?? undefined };
      }
      const contentType = response.headers.get('content-type') ?? '';
      return { status, reason, contentType, body: await readCapped(response, policy.maxBytes) };
    } catch (error) {
      const failure = failureOf(error, policy.timeoutMs);
      if (lastTry || !RETRIED.has(failure.status)) return failure;
      await tools.sleep(backoff);
    }
  }
}

/** Visits a page, following its redirects; never throws, a page that cannot be read says why in `reason`. */
export async function fetchPage(url: string, policy: FetchPolicy, tools: FetchTools): Promise<FetchedPage> {
  let requests = 0;
  const count = () => void requests++;
  const redirects: Hop[] = [];
  let current = url;
  for (;;) {
    const answer = await request(current, policy, tools, count);
    const location = 'location' in answer ? answer.location : undefined;
    if (typeof answer.status === 'number' && REDIRECTS.has(answer.status) && location) {
      if (redirects.length >= policy.maxRedirects) {
        const reason = `more than ${policy.maxRedirects} redirects`;
        return { url, redirects, finalUrl: current, status: 'redirects', reason, requests };
      }
      redirects.push({ url: current, status: answer.status });
      if (!URL.canParse(location, current)) {
        const reason = `redirect to an unreadable address: ${JSON.stringify(location)}`;
        return { url, redirects, finalUrl: current, status: 'error', reason, requests };
      }
      current = new URL(location, current).href;
      continue;
    }
    const { status, reason } = answer;
    const content = 'body' in answer ? { contentType: answer.contentType, body: answer.body } : {};
    return { url, redirects, finalUrl: current, status, reason, ...content, requests };
  }
}
