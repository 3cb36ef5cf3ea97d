import { describe, expect, it } from 'vitest';
import { testApp } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { translator } from '../../kernel/i18n/index.js';
import { ensureDemoCooperation } from './demo-2022.js';
import { publishedClaims } from './published-claims.js';
import { checkClaims, cooperationSummary, statesFor } from './queries.js';
import { CooperationPage } from './views/summary.js';

const codes = (list: Array<{ iso3: string }>) => list.map((s) => s.iso3).sort();
const sorted = (s: string) => s.split(' ').sort();

describe.each(engines)('cooperation from the 2022 demonstration reports on %s', (engine) => {
  const database = useFreshDatabase(engine);

  // One test builds the demo once and checks everything built on it: the demo is ~30 reports.
  it('reproduces §51–56, flags §51, is idempotent, and shows on the page', async () => {
    const { db } = database();
    expect((await ensureDemoCooperation(db)).reportsAdded).toBe(32); // 18 providers, 11 recipients, MRT and SOM (requesters only), SSD
    const s = await cooperationSummary(db, 2022);
    const area = (a: string) => s.areas.find((x) => x.area === a);

    // §51
    expect(codes(area('art3')?.providers ?? [])).toEqual(sorted('AUS CAN IRL ITA'));
    expect(area('art4')?.providers).toHaveLength(17);
    expect(codes(area('art4')?.providers ?? [])).toEqual(
      sorted('AUS BEL CAN FRA DEU IRL ITA JPN LIE MCO NLD NZL NOR ESP SWE CHE GBR'),
    );
    expect(codes(area('art5')?.providers ?? [])).toEqual(
      sorted('AND AUS BEL DEU IRL ITA JPN LIE MCO NLD SWE CHE'),
    );
    expect(s.providersAny).toHaveLength(18);
    // §52
    expect(codes(s.recipientsAny)).toEqual(sorted('AFG BIH BGR TCD HRV IRQ LAO LBN MNE PER SVK'));
    // §53
    expect(codes(area('art3')?.recipients ?? [])).toEqual(sorted('BGR PER SVK'));
    expect(codes(area('art3')?.requesters ?? [])).toEqual(['PER']);
    // §54
    expect(codes(area('art4')?.requesters ?? [])).toEqual(sorted('AFG BIH TCD IRQ LAO LBN MRT SOM'));
    expect(codes(area('art4')?.recipients ?? [])).toEqual(sorted('AFG BIH TCD IRQ LAO LBN'));
    // §55
    expect(codes(area('art5')?.requesters ?? [])).toEqual(sorted('AFG BIH TCD IRQ LAO LBN MRT MNE SOM'));
    expect(codes(area('art5')?.recipients ?? [])).toEqual(sorted('AFG TCD HRV IRQ LAO LBN'));
    // §56: South Sudan apart, never among States Parties.
    expect(s.nonParties.map((n) => n.iso3)).toEqual(['SSD']);
    expect(s.nonParties[0]?.entries.map((e) => `${e.role}:${e.area}`).sort()).toEqual(
      ['recipients:art5', 'requesters:art4', 'requesters:risk_education', 'requesters:art5'].sort(),
    );
    expect(codes(statesFor(s, 'art4.requesters'))).not.toContain('SSD');
    // Provenance: each entry names the row of the standing report behind it.
    const lbn = area('art4')?.recipients.find((e) => e.iso3 === 'LBN');
    expect(lbn?.sources).toEqual([
      expect.objectContaining({ version: 1, form: 'I', table: 'assistanceReceived', row: 1 }),
    ]);

    const checks = checkClaims(s, publishedClaims);
    const p51 = checks.find((c) => c.claim.id === '11MSP-51-providers');
    expect(p51).toMatchObject({
      claimed: 20,
      named: 18,
      computed: 18,
      consistent: false,
      problem: 'claimed_exceeds_named',
    });
    expect(checks.filter((c) => !c.consistent).map((c) => c.claim.id)).toEqual(['11MSP-51-providers']);

    expect((await ensureDemoCooperation(db)).reportsAdded).toBe(0);
    const again = await cooperationSummary(db, 2022);
    expect(again.providersAny).toHaveLength(18);

    const app = testApp(database());
    const res = await app.request('/cooperation');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('href="/states/MCO"');
    expect(html).toMatch(/href="\/reports\/\d+\/versions\/1#row-J-needs-\d+"/);
    expect(html).toContain('data-claim="11MSP-51-providers"');
    expect(html).toContain('Inconsistent');
    expect(html).toContain('South Sudan');
    // Built from demonstration reports: the page says so.
    expect(html).toContain('data-demonstration="true"');

    // In French the States are named and ordered in French (the view names and sorts the lists):
    // among all providers, Allemagne before Australie where English gives Australia before Germany;
    // South Sudan is « Soudan du Sud ».
    const anyArea = (page: string) =>
      page.slice(page.indexOf('id="any-area"'), page.indexOf('id="non-parties"'));
    const at = (page: string, iso3: string) => anyArea(page).indexOf(`href="/states/${iso3}"`);
    expect(at(html, 'AUS')).toBeGreaterThan(-1);
    expect(at(html, 'AUS')).toBeLessThan(at(html, 'DEU'));
    const fr = await (await app.request('/cooperation', { headers: { cookie: 'lang=fr' } })).text();
    expect(at(fr, 'DEU')).toBeGreaterThan(-1);
    expect(at(fr, 'DEU')).toBeLessThan(at(fr, 'AUS'));
    expect(fr).toContain('>Allemagne</a>');
    expect(fr).toContain('>Soudan du Sud</a>');
    expect(fr).not.toContain('South Sudan');
    // The published claims name the States they disagree on in the reader's language and order,
    // never by code (the demonstration data agree with print: a disagreement is put in by hand).
    const disagreeing = checks.map((c, i) =>
      i === 0 ? { ...c, namedNotComputed: ['DEU', 'AUT'], computedNotNamed: ['SSD'] } : c,
    );
    const claimsText = String(
      CooperationPage({ t: translator('fr'), locale: 'fr', summary: s, checks: disagreeing }),
    );
    expect(claimsText).toContain('Nommés mais absents des rapports : Allemagne, Autriche.');
    expect(claimsText).toContain('Présents dans les rapports mais non nommés : Soudan du Sud.');
    // The summary the API reads keeps the registry's English names and order.
    expect(s.nonParties[0]?.name).toBe('South Sudan');
  });

  it('shows an empty page and summary when no report stands', async () => {
    const app = testApp(database());
    const res = await app.request('/cooperation?year=2021');
    expect(res.status).toBe(200);
    // No 2021 claims are recorded; the page says so rather than showing an empty table.
    expect(await res.text()).toContain('No published figures are recorded for this year.');
  });
});
