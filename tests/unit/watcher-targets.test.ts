import { describe, expect, it } from 'vitest';
import { pagesPerHost, pageAddress, watchTargets, type WatchedFile } from '../../src/lib/editor/watcher/targets';

function file(slug: string, provider: string, link: string, verifiedAgainst?: string[]): WatchedFile {
  return {
    file: `${slug}.mdx`,
    data: { title: slug.toUpperCase(), provider, link, verifiedAgainst, status: 'active' },
  };
}

const files = [
  file('b', 'Amazon Web Services (AWS)', 'https://aws.example/b', ['https://aws.example/guide#fees']),
  file('a', 'Amazon Web Services (AWS)', 'https://aws.example/a', ['https://aws.example/guide#exam']),
  file('c', 'CompTIA', 'https://comptia.example/c', ['https://comptia.example/c']),
];

describe('watchTargets', () => {
  it('visits a page once, without its fragment, naming every certification and field, sorted by address', () => {
    expect(watchTargets(files)).toEqual([
      { url: 'https://aws.example/a', uses: [expect.objectContaining({ file: 'a.mdx', title: 'A', field: 'link' })] },
      { url: 'https://aws.example/b', uses: [expect.objectContaining({ file: 'b.mdx', field: 'link' })] },
      {
        url: 'https://aws.example/guide',
        uses: [
          expect.objectContaining({ file: 'a.mdx', field: 'verified_against' }),
          expect.objectContaining({ file: 'b.mdx', field: 'verified_against' }),
        ],
      },
      // The link is also the page it was checked against: one use, as the link.
      { url: 'https://comptia.example/c', uses: [expect.objectContaining({ file: 'c.mdx', field: 'link' })] },
    ]);
  });

  it('keeps one provider, named by its slug or its name', () => {
    const bySlug = watchTargets(files, 'amazon-web-services-aws').map((target) => target.url);
    expect(bySlug).toEqual(['https://aws.example/a', 'https://aws.example/b', 'https://aws.example/guide']);
    expect(watchTargets(files, 'comptia').map((target) => target.url)).toEqual(['https://comptia.example/c']);
    expect(watchTargets(files, 'CompTIA')).toHaveLength(1);
    expect(watchTargets(files, 'nobody')).toEqual([]);
  });
});

describe('pageAddress and pagesPerHost', () => {
  it('drops the fragment and counts pages per host, busiest first', () => {
    expect(pageAddress('https://aws.example/guide#fees')).toBe('https://aws.example/guide');
    expect(pagesPerHost(watchTargets(files))).toEqual([
      { host: 'aws.example', pages: 3 },
      { host: 'comptia.example', pages: 1 },
    ]);
  });
});
