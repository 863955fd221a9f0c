/**
 * `npm run docs:fields`: rewrites the field reference in CONTRIBUTING.md from the schema.
 * With `--check`, changes nothing and exits 1 when the file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { replaceFieldReference } from '../src/lib/editor/field-reference';

const FILE = 'CONTRIBUTING.md';
const current = readFileSync(FILE, 'utf8');
const fresh = replaceFieldReference(current);

if (process.argv.includes('--check')) {
  if (fresh !== current) {
    console.error(`${FILE}: the field reference is out of date with the schema. Run: npm run docs:fields`);
    process.exitCode = 1;
  } else {
    console.log(`${FILE}: the field reference matches the schema.`);
  }
} else if (fresh !== current) {
  writeFileSync(FILE, fresh);
  console.log(`${FILE}: field reference updated.`);
} else {
  console.log(`${FILE}: field reference already up to date.`);
}
