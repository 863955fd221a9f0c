import { describe, expect, it } from 'vitest';
import {
  emptyWatchState,
  mergeWatchState,
  parseWatchState,
  serializeWatchState,
  type WatchState,
} from '../../src/lib/editor/watcher/state';

const state: WatchState = {
  version: 1,
  pages: {
    'https://example.org/b': { status: 'timeout', finalUrl: 'https://example.org/b', checked: '2026-12-07' },
    'https://example.org/a': {
      status: 200,
      finalUrl: 'https://example.org/a/',
      digest: 'abc',
      retirementEvidence: ['It retires in May.'],
      checked: '2026-12-07',
    },
  },
};

describe('the state file', () => {
  it('reads back what it wrote', () => {
    expect(parseWatchState(serializeWatchState(state), 'state.json')).toEqual(state);
    expect(parseWatchState(serializeWatchState(emptyWatchState()), 'state.json')).toEqual(emptyWatchState());
  });

  it('is written the same whatever order the pages and fields were added in: sorted keys, one per line', () => {
    const reordered: WatchState = {
      pages: Object.fromEntries(Object.entries(state.pages).reverse()),
      version: 1,
    } as WatchState;
    const text = serializeWatchState(state);
    expect(serializeWatchState(reordered)).toBe(text);
    expect(text.indexOf('"https://example.org/a"')).toBeLessThan(text.indexOf('"https://example.org/b"'));
    expect(text).toContain('\n      "checked": "2026-12-07",\n      "digest": "abc",\n');
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('starts afresh from a state of another version, and names the file when it is broken', () => {
    expect(parseWatchState('{"version": 2, "pages": {}}', 'state.json')).toBeUndefined();
    expect(() => parseWatchState('{"version": 1, "pages"', 'data/state.json')).toThrow(/^data\/state\.json: not JSON/);
    expect(() => parseWatchState('{"version": 1, "pages": {"https://x/": {"status": 200}}}', 'state.json')).toThrow(
      'state.json: the entry for https://x/ is not what the watcher writes',
    );
    expect(() => parseWatchState('{"version": 1}', 'state.json')).toThrow('"pages" is not what the watcher writes');
  });
});

describe('mergeWatchState', () => {
  it('takes this run’s pages, keeps the named pages it did not visit and drops pages no file names', () => {
    const checked = {
      'https://example.org/b': { status: 200, finalUrl: 'https://example.org/b', checked: '2026-12-14' },
    };
    const merged = mergeWatchState(state, checked, new Set(['https://example.org/a', 'https://example.org/b']));
    expect(merged.pages).toEqual({ 'https://example.org/a': state.pages['https://example.org/a'], ...checked });
    expect(Object.keys(mergeWatchState(state, {}, new Set(['https://example.org/a'])).pages)).toEqual([
      'https://example.org/a',
    ]);
  });
});
