import { describe, expect, it } from 'vitest';
import { estimateRun, scaleHosts } from '../../src/lib/editor/watcher/cost';

const options = { concurrency: 4, secondsPerPage: 2, redirectShare: 0.25 };

describe('estimateRun', () => {
  it('spreads many small hosts over the slots', () => {
    const hosts = Array.from({ length: 120 }, (_, index) => ({ host: `h${index}.example`, pages: 1 }));
    expect(estimateRun(hosts, options)).toEqual({ pages: 120, requests: 150, minutes: 1 });
  });

  it('waits for the busiest host, whose pages go one at a time', () => {
    const hosts = [
      { host: 'big.example', pages: 90 },
      { host: 'small.example', pages: 10 },
    ];
    expect(estimateRun(hosts, options).minutes).toBe(3);
  });
});

describe('scaleHosts', () => {
  it('multiplies every host’s pages, rounding only the total', () => {
    const scaled = scaleHosts(
      [
        { host: 'a', pages: 3 },
        { host: 'b', pages: 1 },
      ],
      2.5,
    );
    expect(scaled).toEqual([
      { host: 'a', pages: 7.5 },
      { host: 'b', pages: 2.5 },
    ]);
    expect(estimateRun(scaled, options).pages).toBe(10);
  });
});
