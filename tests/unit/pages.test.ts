import { describe, expect, it } from 'vitest';
import { pageWindow } from '../../src/lib/browse/pages';

describe('pageWindow', () => {
  it('shows every page of a short listing', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('shows the ends, the current page and its neighbours, with a gap for each run left out', () => {
    expect(pageWindow(15, 29)).toEqual([1, null, 14, 15, 16, null, 29]);
    expect(pageWindow(1, 29)).toEqual([1, 2, null, 29]);
    expect(pageWindow(29, 29)).toEqual([1, null, 28, 29]);
  });

  it('shows a single left-out page instead of a gap standing for it', () => {
    expect(pageWindow(4, 29)).toEqual([1, 2, 3, 4, 5, null, 29]);
    expect(pageWindow(26, 29)).toEqual([1, null, 25, 26, 27, 28, 29]);
  });

  it('widens with the radius', () => {
    expect(pageWindow(10, 20, 2)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
  });
});
