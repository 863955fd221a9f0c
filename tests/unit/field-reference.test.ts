import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REQUIRED_FIELDS } from '../../src/lib/editor/new-entry';
import { FIELD_KEYS } from '../../src/lib/schema';
import { fieldReferences, renderFieldReference, replaceFieldReference } from '../../src/lib/editor/field-reference';

const contributing = readFileSync(path.resolve(import.meta.dirname, '../../CONTRIBUTING.md'), 'utf8');

describe('the field reference in CONTRIBUTING.md', () => {
  it('matches the schema (run `npm run docs:fields` after changing a field)', () => {
    expect(replaceFieldReference(contributing)).toBe(contributing);
  });

  it('lists every field once, with a description, what it accepts and an example', () => {
    const references = fieldReferences();
    expect(references.map((field) => field.key)).toEqual(FIELD_KEYS);
    for (const field of references) {
      expect(field.description, field.key).not.toBe('');
      expect(field.accepted, field.key).not.toBe('');
      expect(field.examples[0], field.key).toMatch(new RegExp(`^${field.key}: `));
    }
  });

  it('marks exactly the required fields as required', () => {
    const required = fieldReferences()
      .filter((field) => field.required)
      .map((field) => field.key);
    expect(required).toEqual(['title', 'provider', 'level', 'overview', 'short_description', 'categories', 'link']);
    expect(required).toEqual(REQUIRED_FIELDS);
    expect(renderFieldReference()).toContain('#### `fee`\n');
  });
});
