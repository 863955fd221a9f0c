/** src/data/corrections.json as the site reads it: every correction checked, and a broken one refused. */
import { describe, expect, it } from 'vitest';
import file from '../../src/data/corrections.json';
import { correctedSlugs, correctionsOf, readCorrections } from '../../src/lib/catalogue/corrections';

type CorrectionsFile = Parameters<typeof readCorrections>[0];
const one = (correction: Record<string, unknown>): CorrectionsFile =>
  ({
    corrections: {
      sample: [
        { facts: ['fee'], source: 'https://example.org', checked: '2026-12-04', note: 'It says so.', ...correction },
      ],
    },
  }) as CorrectionsFile;

describe('corrections', () => {
  it('reads the committed file: every correction names its facts, an https page, a day and what it says', () => {
    expect(correctedSlugs().length).toBe(Object.keys(file.corrections).length);
    expect(correctionsOf('cloud-digital-leader')).toEqual([
      expect.objectContaining({
        facts: ['fee'],
        source: 'https://cloud.google.com/certification/cloud-digital-leader',
      }),
    ]);
    expect(correctionsOf('not-corrected')).toEqual([]);
  });

  it('refuses an unknown fact, a page that is not https, an impossible day and an empty note, saying where', () => {
    const where = 'src/data/corrections.json: corrections.sample[0]';
    expect(() => readCorrections(one({ facts: ['colour'] }))).toThrow(`${where}: "colour" is not one of fee`);
    expect(() => readCorrections(one({ source: 'http://example.org' }))).toThrow(`${where}: source must be`);
    expect(() => readCorrections(one({ checked: '2026-02-30' }))).toThrow(`${where}: checked must be a real day`);
    expect(() => readCorrections(one({ note: ' ' }))).toThrow(`${where}: note must say`);
  });
});
