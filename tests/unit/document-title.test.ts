import { describe, expect, it } from 'vitest';
import { documentTitle, MAX_TITLE_LENGTH } from '../../src/lib/site/document-title';

describe('documentTitle', () => {
  it('adds the site name when it fits', () => {
    expect(documentTitle('Cloud certifications', 'Cert Compass')).toBe('Cloud certifications | Cert Compass');
  });

  it('drops the site name before cutting the title', () => {
    const title = 'CISSP – Certified Information Systems Security Professional';
    expect(documentTitle(title, 'Cert Compass')).toBe(title);
  });

  it('cuts a title longer than 70 characters at a word boundary, with an ellipsis', () => {
    const title =
      'Certified Professional in Large-Scale Distributed Systems Architecture, Reliability Engineering and Operations';
    const shortened = documentTitle(title, 'Cert Compass');
    expect(shortened).toBe('Certified Professional in Large-Scale Distributed Systems…');
    expect([...shortened].length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
  });

  it('counts characters, not UTF-16 units, and cuts text without spaces', () => {
    const shortened = documentTitle('基'.repeat(100), 'Cert Compass');
    expect([...shortened]).toHaveLength(MAX_TITLE_LENGTH);
    expect(shortened.endsWith('…')).toBe(true);
  });
});
