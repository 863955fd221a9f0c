import { describe, expect, it } from 'vitest';
import { pageTypeOf, samplePages } from '../support/page-types';

describe('the page sample of the browser checks', () => {
  it('knows each type of page', () => {
    expect(pageTypeOf('certifications/')).toBe('section index');
    expect(pageTypeOf('certifications/3/')).toBe('listing page 2+');
    expect(['roles/', 'roles/cloud-architect/', 'guide/'].map(pageTypeOf)).toEqual(['section index', 'role', 'guide']);
    expect(['compare/', 'my-plan/', 'map/', 'map/2/', 'map/isc2/', 'map/isc2/2/'].map(pageTypeOf)).toEqual([
      'compare',
      'my plan',
      'map',
      'map page 2+',
      'map',
      'map page 2+',
    ]);
    expect(
      [
        '',
        'isc2-cissp/',
        'categories/',
        'categories/cloud/',
        'categories/cloud/2/',
        'levels/expert/',
        'no-such-page/',
      ].map(pageTypeOf),
    ).toEqual(['home', 'certification', 'section index', 'listing', 'listing page 2+', 'listing', 'not found']);
  });

  it('takes one page of every type in every section, and a fixed number of certifications spread out', () => {
    const certifications = Array.from({ length: 100 }, (_, index) => `cert-${String(index).padStart(3, '0')}/`);
    const paths = [
      '',
      'categories/',
      'categories/a/',
      'categories/b/',
      'categories/a/2/',
      'providers/',
      'providers/x/',
      'levels/',
      ...certifications,
      'no-such-page/',
    ];
    const sample = samplePages(paths, 5);
    expect(sample).toEqual(
      expect.arrayContaining([
        '',
        'categories/',
        'categories/a/',
        'categories/a/2/',
        'providers/',
        'providers/x/',
        'levels/',
        'no-such-page/',
      ]),
    );
    expect(sample).not.toContain('categories/b/');
    const sampledCertifications = sample.filter((path) => path.startsWith('cert-'));
    expect(sampledCertifications).toEqual(['cert-000/', 'cert-020/', 'cert-040/', 'cert-060/', 'cert-080/']);
    expect(
      samplePages([...paths, ...certifications.map((path) => `more-${path}`)], 5).filter((path) => /cert-/.test(path)),
    ).toHaveLength(5);
  });
});
