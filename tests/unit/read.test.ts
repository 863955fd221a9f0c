import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { collectionSchema } from '../../src/lib/files/loader';
import { FrontMatterError, readFrontMatter } from '../../src/lib/files/read';
import { MINIMAL_FRONT_MATTER as minimal } from '../support/sample';

describe('readFrontMatter', () => {
  it('gives values and the file line of each key', () => {
    const { data, lines, startLine } = readFrontMatter(
      '---\ntitle: "A"\nlevel: Beginner\ncategories:\n  - Cloud\n---\n\nBody\n',
    );
    expect(data).toEqual({ title: 'A', level: 'Beginner', categories: ['Cloud'] });
    expect(lines).toEqual({ title: 2, level: 3, categories: 4 });
    expect(startLine).toBe(1);
  });

  it('keeps unquoted dates as text so impossible ones can be refused', () => {
    expect(readFrontMatter('---\nlast_verified: 2026-02-30\n---\n').data).toEqual({ last_verified: '2026-02-30' });
  });

  it('counts leading blank lines and accepts Windows line endings', () => {
    const { lines } = readFrontMatter('\n\n---\r\ntitle: A\r\n---\r\n');
    expect(lines).toEqual({ title: 4 });
  });

  it.each([
    ['no front matter', '# Just a heading\n', 1, 'does not start with front matter'],
    [
      'an unclosed quote, at the line where YAML notices it',
      '---\ntitle: "A\nlevel: [\n---\n',
      4,
      'Missing closing "quote',
    ],
    ['a tab indent', '---\ntitle: A\n\tlevel: B\n---\n', 3, 'not valid YAML'],
    ['a duplicate key', '---\ntitle: A\ntitle: B\n---\n', 3, 'not valid YAML'],
    ['a list instead of fields', '---\n- a\n- b\n---\n', 2, '"field: value" lines'],
  ])('reports %s with its line', (_case, source, line, reason) => {
    try {
      readFrontMatter(source);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(FrontMatterError);
      expect((error as FrontMatterError).line).toBe(line);
      expect((error as FrontMatterError).reason).toContain(reason);
    }
  });
});

describe('the collection’s schema', () => {
  it('parses the front matter as the checker read it, relations as Astro references', () => {
    // The shape of Astro's reference(): a slug becomes { collection, id }.
    const reference = (collection: 'certifications') => z.string().transform((id) => ({ collection, id }));
    const data = collectionSchema(reference).parse({
      ...minimal,
      exam_code: '2024-01-15',
      categories: ['Cloud', '2024-01-15'],
      builds_on: ['comptia-a-plus'],
    });
    expect(data.examCode).toBe('2024-01-15');
    expect(data.categories).toEqual(['Cloud', '2024-01-15']);
    expect(data.buildsOn).toEqual([{ collection: 'certifications', id: 'comptia-a-plus' }]);
    expect(data.leadsTo).toEqual([]);
  });
});
