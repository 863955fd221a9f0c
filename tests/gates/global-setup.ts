import { ensureTestSites } from '../support/test-sites';

export default function setup(): void {
  ensureTestSites();
}
