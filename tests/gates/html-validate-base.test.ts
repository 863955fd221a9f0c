/** Every HTML file of the build under BASE_PATH=/certs/ is valid HTML (see html-validate.test.ts). */
import { describe, expect, it } from 'vitest';
import { htmlErrors } from '../support/html-validate';

describe('HTML of the base build', () => {
  it('has no html-validate errors', async () => {
    const { files, errors } = await htmlErrors('base');
    console.log(`base: ${files} HTML files validated`);
    expect(errors, errors.join('\n')).toEqual([]);
  });
});
