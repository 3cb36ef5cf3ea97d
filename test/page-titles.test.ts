import { describe, expect, it } from 'vitest';
import { signedIn, testApp } from './app.js';
import { engines, useFreshDatabase } from './db.js';

const titleOf = (html: string) => html.match(/<title>([^<]*)<\/title>/)?.[1];

// A page's title says what the page is (WCAG 2.4.2): an error page by what happened, the home page
// without repeating the application's name.
describe.each(engines)('page titles on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('the home page names the platform once', async () => {
    const html = await (
      await testApp(database()).request('/', { headers: { 'accept-language': 'en' } })
    ).text();
    expect(titleOf(html)).toBe(
      'Cooperation and assistance under the Convention on Cluster Munitions · CCM Cooperation',
    );
  });

  it('error pages are titled by what happened, in the reader’s language', async () => {
    const app = testApp(database());
    const missing = await app.request('/no/such/page', { headers: { 'accept-language': 'en' } });
    expect(missing.status).toBe(404);
    const html = await missing.text();
    expect(titleOf(html)).toBe('Page not found · CCM Cooperation');
    expect(html).toContain('<h1>Page not found</h1>');
    const fr = await app.request('/no/such/page', { headers: { 'accept-language': 'fr' } });
    expect(titleOf(await fr.text())).toBe('Page introuvable · Coopération CCM');

    const { cookie } = await signedIn(database(), { role: 'partner', organisation: 'Test NGO' });
    const refused = await app.request('/admin/users', { headers: { cookie, 'accept-language': 'en' } });
    expect(refused.status).toBe(403);
    expect(titleOf(await refused.text())).toBe('Not allowed · CCM Cooperation');
  });
});
