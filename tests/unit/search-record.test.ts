import { describe, expect, it } from 'vitest';
import { excerptParts } from '../../src/client/pagefind';
import { searchRecordOf } from '../../src/lib/site/search-record';
import { sampleCertification } from '../support/sample';

describe('searchRecordOf', () => {
  it('gives the index every facet and every sort key', () => {
    const certification = sampleCertification('sample', {
      fee: '$150',
      exam_format: '90 minutes, online proctored',
      status: 'retiring',
    });
    expect(searchRecordOf(certification, 7)).toEqual({
      filters: {
        category: ['cloud'],
        level: ['beginner'],
        provider: ['sample-org'],
        kind: ['certification'],
        delivery: ['online-proctored'],
        language: [],
        fee: ['100-299'],
        validity: [],
        status: ['retiring'],
        checked: ['older-or-never'],
      },
      sort: { name: 7, fee: 15000, length: 90, validity: -1 },
    });
  });
});

describe('excerptParts', () => {
  it('keeps the marked words apart and turns every other tag and entity into text', () => {
    expect(excerptParts('A <mark>cloud</mark> exam &lt;b&gt; &amp; <em>more</em>')).toEqual([
      { text: 'A ', marked: false },
      { text: 'cloud', marked: true },
      { text: ' exam <b> & more', marked: false },
    ]);
  });
});
