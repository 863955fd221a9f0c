import { describe, expect, it } from 'vitest';
import { parseStudyResources } from '../../src/lib/fields/study-resources';

describe('parseStudyResources', () => {
  it('reads titles and https links, keeping "free" only when it is known', () => {
    expect(
      parseStudyResources([
        { title: ' Exam guide ', url: 'https://example.org/guide.pdf', free: true },
        { title: 'Official course', url: 'https://example.org/course' },
      ]),
    ).toEqual([
      { title: 'Exam guide', url: 'https://example.org/guide.pdf', free: true },
      { title: 'Official course', url: 'https://example.org/course' },
    ]);
  });

  it.each([
    ['an empty list', [], 'the list of resources is empty'],
    ['a resource without a title', [{ title: ' ', url: 'https://example.org' }], 'resource 1 has no title'],
    ['a plain http link', [{ title: 'Guide', url: 'http://example.org' }], 'the link of "Guide"'],
    ['a script link', [{ title: 'Guide', url: 'javascript:alert(1)' }], 'the link of "Guide"'],
  ])('refuses %s', (_case, resources, message) => {
    expect(() => parseStudyResources(resources)).toThrow(message);
  });
});
