import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/lib/fields/source';

describe('parseSource', () => {
  it('reads a Cert Atlas record, with the underscores some exam ids have', () => {
    expect(parseSource('cert-atlas/isc2-cissp')).toEqual({ kind: 'cert-atlas', examId: 'isc2-cissp' });
    expect(parseSource(' cert-atlas/google_cloud-cloud-digital-leader ')).toEqual({
      kind: 'cert-atlas',
      examId: 'google_cloud-cloud-digital-leader',
    });
  });

  it('reads an https page', () => {
    expect(parseSource('https://www.isc2.org/certifications/cissp')).toEqual({
      kind: 'url',
      url: 'https://www.isc2.org/certifications/cissp',
    });
  });

  it.each([
    ['an exam id in capitals', 'cert-atlas/ISC2-CISSP', 'a Cert Atlas exam id is'],
    ['an empty exam id', 'cert-atlas/', 'a Cert Atlas exam id is'],
    ['a path out of the dataset', 'cert-atlas/../secrets', 'a Cert Atlas exam id is'],
    ['a plain http page', 'http://example.org', 'not cert-atlas/<exam_id> nor an https link'],
    ['a word', 'the internet', 'not cert-atlas/<exam_id> nor an https link'],
  ])('refuses %s', (_case, text, message) => {
    expect(() => parseSource(text)).toThrow(message);
  });
});
