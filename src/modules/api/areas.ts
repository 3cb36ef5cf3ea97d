import type { ApiArea } from '../accounts/index.js';

/**
 * Which area of the API a path belongs to, for tokens limited to some areas. A State's reports
 * are reports, not the registry. Paths outside every area (the document, the docs page) need none.
 */
export function apiAreaOf(path: string): ApiArea | undefined {
  const p = path.replace(/^\/api/, '');
  if (/^\/v1\/(reports(\/|$)|states\/[^/]+\/reports(\/|$))/.test(p)) return 'reports';
  if (/^\/v1\/(states|deadlines)(\/|$)/.test(p)) return 'states';
  if (/^\/v1\/(needs|ledger|rates|cooperation|coalitions)(\/|$)/.test(p)) return 'cooperation';
  return undefined;
}
