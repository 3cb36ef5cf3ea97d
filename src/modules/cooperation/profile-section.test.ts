import { describe, expect, it } from 'vitest';
import { signIn, TEST_NOW, testApp } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { DEMO_PASSWORD, ensureDemoAccounts } from '../accounts/index.js';
import { ensureDemoData } from './demo.js';

describe.each(engines)('the cooperation section of a State profile on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('shows current needs as the reader may see them and the counted assistance, with links', async () => {
    const { db } = database();
    await ensureDemoData(db, TEST_NOW);
    await ensureDemoAccounts(db);
    const app = testApp(database());

    const publicPage = await (await app.request('/states/LBN')).text();
    expect(publicPage).toContain('Cooperation and assistance');
    // Lebanon's two demonstration needs are both published and current.
    expect(publicPage).toContain('2 current needs');
    expect(publicPage).toContain('clearance of cluster munition remnants');
    expect(publicPage).toContain('href="/cooperation/ledger?recipient=LBN"');
    expect(publicPage).not.toContain('Add a need');

    // Iraq's only current-looking need is lapsed: it is not "current" for anyone.
    const iraq = await (await app.request('/states/IRQ')).text();
    expect(iraq).toContain('No current need is recorded.');

    // Norway provides in the demonstration ledger and received nothing.
    const norway = await (await app.request('/states/NOR')).text();
    expect(norway).toMatch(
      /Assistance provided \(counted\)<\/dt><dd><a href="\/cooperation\/ledger\?provider=NOR">at least US\$[\d,]+, plus 1 entry without an amount in 4 entries/,
    );

    const focal = await signIn(app, 'lbn@demo.ccm.local', DEMO_PASSWORD);
    const own = await (await app.request('/states/LBN', { headers: { cookie: focal } })).text();
    expect(own).toContain('href="/cooperation/needs/new?state=LBN"');
    const other = await (await app.request('/states/CHL', { headers: { cookie: focal } })).text();
    expect(other).not.toContain('Add a need');
  });
});
