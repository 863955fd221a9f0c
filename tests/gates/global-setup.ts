import { ensureTestSites } from '../support/test-sites';

export default async function setup(): Promise<void> {
  await ensureTestSites();
}
