import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractEntries, organisationIso3, readActivity, registryOf } from './extract.js';
import { parseIatiXml, UNDECLARED_VERSION } from './parse.js';
import { mineActionWordsIn } from './words.js';

/**
 * Funding chains, 1.0x files, versions on activities, expenditure and finding mine action by words.
 * The real files are in test/fixtures/iati (SOURCES.md); the small files written here are marked as
 * written for the test.
 */

const bytes = (s: string) => new TextEncoder().encode(s);
const fixture = (name: string) =>
  readFileSync(new URL(`../../../../test/fixtures/iati/${name}`, import.meta.url), 'utf8');
const TEARFUND = 'tearfund-drc-1.0x-no-version.xml';
const DFID = 'dfid-drc-1.01-excerpt.xml';

const registry = registryOf(
  [
    ['COD', 'Democratic Republic of the Congo'],
    ['LAO', "Lao People's Democratic Republic"],
    ['GBR', 'United Kingdom'],
    ['AUS', 'Australia'],
    ['CHE', 'Switzerland'],
    ['NZL', 'New Zealand'],
    ['LBN', 'Lebanon'],
    ['SLE', 'Sierra Leone'],
    ['NLD', 'Netherlands'],
    ['CAN', 'Canada'],
  ].map(([iso3, name]) => ({ iso3: iso3 ?? '', name: name ?? '', ccm: true })),
);

function read(xml: string | Uint8Array, sectors: string[], byWords = true) {
  const p = parseIatiXml(typeof xml === 'string' ? bytes(xml) : xml);
  if (!p.ok) throw new Error(JSON.stringify(p.problem));
  return {
    version: p.version,
    ...extractEntries(p.activities, registry, { sectors, otherArea: 'other', byWords }),
  };
}

/**
 * An independent reading of Tearfund's file: regular expressions over the text, no XML library and
 * no code of the import. Sums the incoming funds (code IF) per year of their transaction date.
 */
function incomingFundsByYear(xml: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const t of xml.split('<transaction>').slice(1)) {
    if (!t.includes('<transaction-type code="IF"/>')) continue;
    const value = Number(/currency="GBP">(\d+)<\/value>/.exec(t)?.[1]);
    const year = Number(/<transaction-date iso-date="(\d{4})/.exec(t)?.[1]);
    out.set(year, (out.get(year) ?? 0) + value);
  }
  return out;
}

describe('a real funding chain: Tearfund, funded by DFID, in the DRC (1.0x, no version declared)', () => {
  const xml = fixture(TEARFUND);
  const sectors = ['14081', '12261', '15164'];

  it('puts the incoming funds in the United Kingdom’s name with Tearfund as channel, totals as computed independently', () => {
    const x = read(xml, sectors);
    expect(x.version).toBe(UNDECLARED_VERSION);
    expect(x.activitiesKept).toBe(1);
    expect(
      new Set(x.entries.map((e) => `${e.providerIso3}|${e.providerName}|${e.channel}|${e.status}`)),
    ).toEqual(new Set(['GBR|United Kingdom|Tearfund|disbursed']));
    expect(new Set(x.entries.map((e) => e.recipientIso3))).toEqual(new Set(['COD']));
    const byYear = new Map<number, number>();
    for (const e of x.entries) byYear.set(e.year, (byYear.get(e.year) ?? 0) + e.amount);
    const expected = incomingFundsByYear(xml);
    expect([...expected.values()].reduce((a, b) => a + b, 0)).toBe(1_104_704);
    expect([...byYear.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [year, total] of expected) expect(byYear.get(year)).toBeCloseTo(total, 2);
  });

  it('never counts Tearfund’s own disbursements and expenditure on top: they spend the same money', () => {
    const x = read(xml, sectors);
    const own = xml.split('<transaction>').filter((t) => /<transaction-type code="(D|E)"\/>/.test(t)).length;
    expect(own).toBe(8);
    expect(x.skipped.passedOn).toBe(own);
    expect(x.entries.some((e) => e.providerName === 'Tearfund')).toBe(false);
    expect(x.activities[0]).toMatchObject({ kept: true, reason: 'sector', funders: ['United Kingdom'] });
  });

  it('splits by sector: one entry per incoming fund and sector, with its share', () => {
    const x = read(xml, ['14081']);
    expect(x.entries).toHaveLength(4);
    expect(x.entries.every((e) => e.sector === '14081' && e.share === 0.34)).toBe(true);
    expect(x.entries.reduce((s, e) => s + e.amount, 0)).toBeCloseTo(1_104_704 * 0.34, 1);
  });

  it('reads the same file with versions declared on its activities only (the real file, with version="1.03" added by this test)', () => {
    const withVersions = xml.replace(
      '<iati-activity xml:lang="en"',
      '<iati-activity version="1.03" xml:lang="en"',
    );
    expect(withVersions).not.toBe(xml);
    const x = read(withVersions, sectors);
    expect(x.version).toBe('1.03');
    expect(x.entries.length).toBe(read(xml, sectors).entries.length);
  });
});

describe('a real commitment with its provider: DFID’s commitment to World Vision UK for the DRC (1.0x)', () => {
  it('is the United Kingdom’s commitment through World Vision UK; World Vision’s disbursements are not counted on top', () => {
    const xml = fixture('worldvision-drc-1.0x-excerpt.xml');
    const x = read(xml, ['16010']);
    // Independently: the one transaction coded C names provider GB-1; its value; the D transactions.
    const parts = xml.split('<transaction>').slice(1);
    const c = parts.filter((t) => t.includes('<transaction-type code="C"/>'));
    expect(c).toHaveLength(1);
    expect(c[0]).toContain('<provider-org ref="GB-1"');
    const value = Number(/currency="GBP">(\d+)<\/value>/.exec(c[0] ?? '')?.[1]);
    expect(x.entries).toEqual([
      expect.objectContaining({
        providerIso3: 'GBR',
        channel: 'World Vision UK',
        recipientIso3: 'COD',
        status: 'committed',
        year: 2011,
        amount: value,
        currency: 'GBP',
      }),
    ]);
    expect(x.skipped.passedOn).toBe(parts.filter((t) => t.includes('<transaction-type code="D"/>')).length);
    expect(x.skipped.passedOn).toBe(2);
  });
});

describe('a real 1.01 file: DFID in the DRC', () => {
  it('maps the letter code C to a commitment and reads sectors without vocabulary as DAC', () => {
    const xml = fixture(DFID);
    const x = read(xml, ['15110']);
    expect(x.version).toBe('1.01');
    expect(x.activitiesRead).toBe(2);
    expect(x.activities.map((a) => [a.identifier, a.kept, a.reason])).toEqual([
      ['GB-1-105838', false, 'noSelectedSector'],
      ['GB-1-105838-101', true, 'sector'],
    ]);
    // Independently: the one <transaction> holds code "C" and 1067912 (GBP by the activity's default), 40 % in 15110.
    const t = xml.split('<transaction>')[1] ?? '';
    expect(/code="C"/.test(t)).toBe(true);
    const value = Number(/>(\d+)<\/value>/.exec(t)?.[1]);
    expect(x.entries).toEqual([
      expect.objectContaining({
        providerIso3: 'GBR',
        channel: null,
        recipientIso3: 'COD',
        year: 2004,
        status: 'committed',
        currency: 'GBP',
        amount: Math.round(value * 0.4 * 100) / 100,
        sector: '15110',
        share: 0.4,
      }),
    ]);
  });

  it('reads 1.0x letter codes as their 2.0x codes, and leaves out the types not read (written activity)', () => {
    const p = parseIatiXml(
      bytes(
        `<iati-activities version="1.03"><iati-activity><iati-identifier>X</iati-identifier>${[
          'C',
          'D',
          'E',
          'IF',
          'IR',
          'LR',
          'R',
          'QP',
          'QS',
          'CG',
          'd',
        ]
          .map((c) => `<transaction><transaction-type code="${c}"/><value>1</value></transaction>`)
          .join('')}</iati-activity></iati-activities>`,
      ),
    );
    if (!p.ok || !p.activities[0]) throw new Error('parsed expected');
    expect(readActivity(p.activities[0]).transactions.map((t) => t.type)).toEqual(['2', '3', '4', '1', '3']);
  });
});

const UNICEF = 'unicef-sierra-leone-wash-2.02-excerpt.xml';
const UNICEF_SECTORS = ['74020', '72010'];

/**
 * An independent reading of UNICEF's activity: regular expressions over the text, no XML library and
 * no code of the import. Per transaction: its type code, year, USD value and provider narrative.
 */
function unicefTransactions(xml: string) {
  return xml
    .split('<transaction ref=')
    .slice(1)
    .map((t) => ({
      type: /<transaction-type code="(\d+)">/.exec(t)?.[1] ?? '',
      year: Number(/<transaction-date iso-date="(\d{4})-/.exec(t)?.[1]),
      value: Number(/<value currency="USD" value-date="[^"]*">(-?[\d.]+)<\/value>/.exec(t)?.[1]),
      provider: /<provider-org [^>]*><narrative xml:lang="en">([^<]*)<\/narrative>/.exec(t)?.[1] ?? '',
    }));
}

describe('a real multi-donor UN activity: UNICEF Sierra Leone, WASH in emergency (2.02 on the activity only)', () => {
  const xml = fixture(UNICEF);
  const all = unicefTransactions(xml);

  it('takes the version from the activity when the root declares none', () => {
    expect(/<iati-activities[^>]*version=/.test(xml)).toBe(false);
    expect(/<iati-activity [^>]*version="2\.02"/.test(xml)).toBe(true);
    expect(read(xml, UNICEF_SECTORS).version).toBe('2.02');
  });

  it('puts each donor State’s money in its name with UNICEF as channel; totals equal the independent reading', () => {
    const x = read(xml, UNICEF_SECTORS);
    expect(x.activitiesKept).toBe(1);
    for (const [iso3, name] of [
      ['NLD', 'Netherlands'],
      ['CAN', 'Canada'],
    ] as const) {
      for (const [type, status] of [
        ['1', 'disbursed'],
        ['2', 'committed'],
      ] as const) {
        const expected = new Map<number, number>();
        for (const t of all.filter((t) => t.provider === name && t.type === type))
          expected.set(t.year, (expected.get(t.year) ?? 0) + t.value);
        expect(expected.size).toBeGreaterThan(0);
        const got = new Map<number, number>();
        for (const e of x.entries.filter((e) => e.providerIso3 === iso3 && e.status === status)) {
          expect(e).toMatchObject({
            providerName: name,
            channel: 'UNICEF',
            channelIso3: null,
            recipientIso3: 'SLE',
          });
          got.set(e.year, (got.get(e.year) ?? 0) + e.amount);
        }
        expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
        for (const [year, total] of expected) expect(got.get(year)).toBeCloseTo(total, 1);
      }
    }
    // A national committee for UNICEF is an organisation, not the State whose name it carries.
    const committee = x.entries.filter((e) => e.providerName === 'United Kingdom Committee for UNICEF');
    expect(committee.length).toBeGreaterThan(0);
    expect(committee.every((e) => e.providerIso3 === null)).toBe(true);
  });

  it('gives every transaction its own key, though UNICEF writes the same ref on all of them', () => {
    const x = read(xml, UNICEF_SECTORS);
    expect(new Set(all.filter((t) => t.type === '1').map(() => 'Incoming Funds')).size).toBe(1);
    const keys = x.entries.map((e) => `${e.iatiActivityId}|${e.iatiTransactionKey}`);
    expect(new Set(keys).size).toBe(keys.length);
    // The same file read again gives the same keys (a second upload adds nothing).
    expect(read(xml, UNICEF_SECTORS).entries.map((e) => e.iatiTransactionKey)).toEqual(
      x.entries.map((e) => e.iatiTransactionKey),
    );
  });

  it('never counts UNICEF’s own expenditure on top, nor Sierra Leone’s own money as support to itself', () => {
    const x = read(xml, UNICEF_SECTORS);
    const own = all.filter((t) => t.type === '3' || t.type === '4').length;
    expect(own).toBe(15);
    expect(x.skipped.passedOn).toBe(own);
    expect(x.entries.some((e) => e.providerName === 'UNICEF')).toBe(false);
    const national = all.filter((t) => t.provider === 'Sierra Leone' && ['1', '2'].includes(t.type)).length;
    expect(national).toBe(8);
    expect(x.entries.some((e) => e.providerIso3 === 'SLE')).toBe(false);
    expect(x.skipped.recipientOwnFunds).toBe(national);
  });
});

// ---- Small files written for these tests (not real publications) ----

const tx = (type: string, value: number, date: string, provider = '') =>
  `<transaction><transaction-type code="${type}"/>${provider}<transaction-date iso-date="${date}"/><value>${value}</value></transaction>`;
const fund = (body: string, title = 'UXO Sector Programme', sector = '<sector code="99810"/>') =>
  `<iati-activities version="2.03"><iati-activity default-currency="USD"><iati-identifier>XM-DAC-41114-X</iati-identifier>
   <reporting-org ref="XM-DAC-41114" type="40"><narrative>UNDP</narrative></reporting-org>
   <title><narrative>${title}</narrative></title><recipient-country code="LA"/>${sector}${body}</iati-activity></iati-activities>`;
const from = (ref: string, name: string) =>
  `<provider-org${ref ? ` ref="${ref}"` : ''}><narrative>${name}</narrative></provider-org>`;

describe('funding chains (written files)', () => {
  it('attributes each donor’s incoming funds and commitments to its State, by identifier or by name, with the fund as channel', () => {
    const x = read(
      fund(
        tx('1', 1000, '2019-05-01', from('XM-DAC-801', 'Australia DFAT')) +
          tx('11', 500, '2019-05-01', from('', 'Government of Switzerland')) +
          tx('1', 300, '2020-01-01', from('XM-DAC-918', 'European Union')) +
          tx('1', 200, '2020-01-01', from('XM-DAC-41114', 'UNDP')) +
          tx('3', 1800, '2020-06-01') +
          tx('4', 900, '2020-06-01'),
      ),
      ['15250'],
    );
    expect(
      x.entries.map((e) => [e.providerIso3, e.providerName, e.channel, e.status, e.amount, e.area]),
    ).toEqual([
      ['AUS', 'Australia', 'UNDP', 'disbursed', 1000, 'other'],
      ['CHE', 'Switzerland', 'UNDP', 'committed', 500, 'other'],
      [null, 'European Union', 'UNDP', 'disbursed', 300, 'other'],
    ]);
    // UNDP's own money in (200) is not a donor's; its disbursement and expenditure spend the donors' money.
    expect(x.skipped.passedOn).toBe(2);
    expect(x.activities[0]).toMatchObject({ reason: 'words', words: ['uxo'] });
  });

  it('counts expenditure as disbursed only where the activity reports no disbursement', () => {
    const spendOnly = read(fund(tx('4', 70, '2021-01-01') + tx('4', 30, '2021-02-01')), ['99810']);
    expect(spendOnly.entries.map((e) => [e.status, e.amount, e.providerName, e.channel])).toEqual([
      ['disbursed', 70, 'UNDP', null],
      ['disbursed', 30, 'UNDP', null],
    ]);
    const both = read(fund(tx('3', 100, '2021-01-01') + tx('4', 90, '2021-02-01')), ['99810']);
    expect(both.entries.map((e) => [e.status, e.amount])).toEqual([['disbursed', 100]]);
  });

  it('finds a State behind an organisation name only when the name is the country’s', () => {
    expect(
      organisationIso3({ ref: null, type: null, name: 'Government of the United Kingdom' }, registry),
    ).toBe('GBR');
    expect(organisationIso3({ ref: null, type: null, name: 'New Zealand' }, registry)).toBe('NZL');
    expect(organisationIso3({ ref: 'GB-1', type: null, name: 'DFID' }, registry)).toBe('GBR');
    expect(organisationIso3({ ref: null, type: null, name: 'KOICA' }, registry)).toBe(null);
    expect(organisationIso3({ ref: 'XM-DAC-742-1', type: null, name: 'KOICA' }, registry)).toBe('KOR');
  });
});

describe('finding mine action by words (written files)', () => {
  it.each([
    ['Programme national de déminage humanitaire', ['déminage']],
    ['Dépollution des restes explosifs de guerre', ['restes explosifs']],
    ['Convention sur les armes à sous-munitions', ['armes à sous-munitions', 'sous-munitions']],
    ['Apoyo al desminado humanitario', ['desminado']],
    ['Víctimas de municiones en racimo', ['municiones en racimo']],
    ['Desminagem humanitária em Angola', ['desminagem']],
    ['Humanitäre Minenräumung und Streumunition', ['minenräumung', 'streumunition']],
    ['UXO clearance and Cluster Munitions survey', ['uxo', 'cluster munition']],
    ['Landmines and unexploded ordnance', ['landmine', 'unexploded']],
    ['ການເກັບກູ້ລະເບີດບໍ່ທັນແຕກ', ['ລະເບີດບໍ່ທັນແຕກ']],
    ['Determine actions for the mine workers', []],
    ['Water and sanitation', []],
  ])('%s', (text, words) => {
    expect(mineActionWordsIn([text])).toEqual(words);
  });

  it('keeps a 99810 activity by its words, in full, and leaves it out when words are not used', () => {
    const xml = fund(tx('3', 250, '2022-03-01'), 'Support to the CCM Trust Fund: cluster munition clearance');
    const x = read(xml, ['15250']);
    expect(x.activities[0]).toMatchObject({
      kept: true,
      reason: 'words',
      sectors: ['99810'],
      pickedSectors: [],
    });
    expect(x.entries).toEqual([expect.objectContaining({ amount: 250, sector: '99810', share: 1 })]);
    expect(read(xml, ['15250'], false).activities[0]).toMatchObject({
      kept: false,
      reason: 'noSelectedSector',
    });
  });

  it('keeps an activity that names no sector at all by its words, as one entry without a sector', () => {
    const x = read(
      fund(tx('3', 40, '2022-03-01'), 'Mine action in Lebanon', '<recipient-country code="LB"/>'),
      ['15250'],
    );
    expect(x.entries.map((e) => [e.recipientIso3, e.sector, e.amount])).toEqual([
      ['LAO', '', 20],
      ['LBN', '', 20],
    ]);
  });
});
