import { describe, expect, it } from 'vitest';
import { classifyPage, isGone, isMoved, recordOf } from '../../src/lib/editor/watcher/classify';
import type { PageStatus } from '../../src/lib/editor/watcher/fetch-page';
import type { PageReading } from '../../src/lib/editor/watcher/page-reading';
import type { PageRecord } from '../../src/lib/editor/watcher/state';
import type { PageUse, WatchTarget } from '../../src/lib/editor/watcher/targets';

const URL_ = 'https://example.org/exam';

function target(status: PageUse['status'] = 'active'): WatchTarget {
  return { url: URL_, uses: [{ title: 'Example', file: 'example.mdx', provider: 'Example', status, field: 'link' }] };
}

function reading(parts: Partial<PageReading> = {}): PageReading {
  return {
    url: URL_,
    status: 200,
    reason: '200 OK',
    redirects: [],
    finalUrl: URL_,
    digest: 'digest-1',
    retirementEvidence: [],
    requests: 1,
    ...parts,
  };
}

const seen: PageRecord = { status: 200, finalUrl: URL_, digest: 'digest-1', checked: '2026-11-30' };

describe('isMoved', () => {
  it.each([
    ['https://example.org/exam', 'https://example.org/exam/'],
    ['http://example.org/exam', 'https://example.org/exam'],
    ['https://example.org/exam', 'https://example.org/exam?lang=en'],
  ])('does not call %s → %s a move (trailing slash, https, query)', (from, to) => {
    expect(isMoved(from, to)).toBe(false);
  });

  it.each([
    ['https://example.org/exam', 'https://example.org/exams/new'],
    ['https://example.org/exam', 'https://www.example.org/exam'],
    ['https://example.org/exam', 'https://other.example/exam'],
  ])('calls %s → %s a move (path or host)', (from, to) => {
    expect(isMoved(from, to)).toBe(true);
  });
});

describe('isGone', () => {
  it('is true of error statuses and failures, false of 2xx', () => {
    const statuses: PageStatus[] = [404, 410, 500, 503, 'dns', 'timeout', 'connection', 'redirects'];
    expect(statuses.every(isGone)).toBe(true);
    expect(isGone(200)).toBe(false);
  });
});

describe('classifyPage', () => {
  it('calls a page with an error status gone, whatever else changed', () => {
    const gone = reading({ status: 404, reason: '404 Not Found', digest: undefined, finalUrl: `${URL_}/x` });
    expect(classifyPage(target(), gone, seen)).toMatchObject({ kind: 'gone', reason: '404 Not Found', also: [] });
  });

  it('reports new retirement wording first, with a move and a text change as notes', () => {
    const evidence = ['This exam will be retired on 31 March 2027.'];
    const finding = classifyPage(
      target(),
      reading({ finalUrl: 'https://example.org/new', digest: 'digest-2', retirementEvidence: evidence }),
      seen,
    );
    expect(finding).toMatchObject({ kind: 'retiring', also: ['moved', 'changed'], newEvidence: evidence });
    expect(finding.movedTo).toBe('https://example.org/new');
  });

  it('stays quiet about retirement wording the page already had, or when the file already says retiring', () => {
    const evidence = ['Retired exams are listed below.'];
    expect(
      classifyPage(target(), reading({ retirementEvidence: evidence }), { ...seen, retirementEvidence: evidence }),
    ).toMatchObject({ kind: 'unchanged', newEvidence: [] });
    expect(classifyPage(target('retiring'), reading({ retirementEvidence: ['It retires in May.'] }), seen).kind).toBe(
      'unchanged',
    );
  });

  it('tells moved, changed, unchanged and first seen apart', () => {
    expect(classifyPage(target(), reading({ finalUrl: 'https://example.org/new' }), seen).kind).toBe('moved');
    expect(classifyPage(target(), reading({ digest: 'digest-2' }), seen).kind).toBe('changed');
    expect(classifyPage(target(), reading(), seen).kind).toBe('unchanged');
    expect(classifyPage(target(), reading(), undefined).kind).toBe('first-seen');
    // A page that was gone at its first visit has no text to compare with yet.
    expect(classifyPage(target(), reading(), { status: 404, finalUrl: URL_, checked: '2026-11-30' }).kind).toBe(
      'first-seen',
    );
  });
});

describe('recordOf', () => {
  it('records this visit’s text', () => {
    const record = recordOf(reading({ digest: 'digest-2', retirementEvidence: ['It retires.'] }), seen, '2026-12-07');
    expect(record).toEqual({
      status: 200,
      finalUrl: URL_,
      digest: 'digest-2',
      retirementEvidence: ['It retires.'],
      checked: '2026-12-07',
    });
  });

  it('keeps the last good text of a page that is gone for now, so its return is no change', () => {
    const previous = { ...seen, retirementEvidence: ['Retired exams are listed below.'] };
    const record = recordOf(reading({ status: 503, reason: '503', digest: undefined }), previous, '2026-12-07');
    expect(record).toEqual({ ...previous, status: 503, checked: '2026-12-07' });
    expect(classifyPage(target(), reading(), record).kind).toBe('unchanged');
  });
});
