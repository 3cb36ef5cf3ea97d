import { describe, expect, it } from 'vitest';
import { extractEntries, publisherIso3, registryOf, shares, transactionKey } from './extract.js';
import { parseIatiXml } from './parse.js';

const bytes = (s: string) => new TextEncoder().encode(s);

// A registry as the rules see it: AFG and LBN party, IDN signatory, USA not party.
const registry = registryOf(
  [
    ['AFG', 'Afghanistan'],
    ['LBN', 'Lebanon'],
    ['IDN', 'Indonesia'],
    ['GBR', 'United Kingdom'],
    ['NLD', 'Netherlands'],
    ['ESP', 'Spain'],
    ['USA', 'United States of America'],
  ].map(([iso3, name]) => ({ iso3: iso3 ?? '', name: name ?? '', ccm: iso3 !== 'USA' })),
);

const file = (activities: string, version = '2.03') =>
  bytes(
    `<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="${version}">${activities}</iati-activities>`,
  );

function run(xml: Uint8Array, sectors = ['15250']) {
  const p = parseIatiXml(xml);
  if (!p.ok) throw new Error(JSON.stringify(p.problem));
  return extractEntries(p.activities, registry, { sectors, otherArea: 'other' });
}

describe('shares', () => {
  it.each([
    ['one without percentage is 100 %', [{ code: 'A', percentage: null }], { A: 1 }],
    [
      'percentages as given',
      [
        { code: 'A', percentage: 25 },
        { code: 'B', percentage: 75 },
      ],
      { A: 0.25, B: 0.75 },
    ],
    [
      'several without percentages share equally',
      [
        { code: 'A', percentage: null },
        { code: 'B', percentage: null },
      ],
      { A: 0.5, B: 0.5 },
    ],
    [
      'the rest goes to those without',
      [
        { code: 'A', percentage: 60 },
        { code: 'B', percentage: null },
        { code: 'C', percentage: null },
      ],
      { A: 0.6, B: 0.2, C: 0.2 },
    ],
    [
      'never below zero',
      [
        { code: 'A', percentage: 120 },
        { code: 'B', percentage: null },
      ],
      { A: 1.2, B: 0 },
    ],
    ['nothing gives nothing', [], {}],
  ])('%s', (_name, items, expected) => {
    expect(Object.fromEntries(shares(items))).toEqual(expected);
  });
});

describe('publisher → State', () => {
  it.each([
    ['XM-DAC-7', null, 'NLD'],
    ['XM-DAC-301-2', '10', 'CAN'],
    ['XM-DAC-12', '10', 'GBR'],
    ['XM-DAC-41114', '40', null], // UNDP: a multilateral, not a State
    ['GB-GOV-1', '10', 'GBR'],
    ['GB-GOV-1', null, 'GBR'],
    ['NL-1', null, 'NLD'],
    ['ES-DIR3-E04585801', '10', 'ESP'], // Spain's ministry, government type
    ['ES-DIR3-E04585801', '21', null],
    ['GB-CHC-1001813', '21', null], // a charity
    ['AA-AAA-123456789', '40', null], // the IATI example publisher
    [null, '10', null],
  ])('%s (type %s) → %s', (ref, type, iso3) => {
    expect(publisherIso3(ref, type)).toBe(iso3);
  });
});

describe('transaction key', () => {
  const t = {
    type: '3' as const,
    ref: null,
    date: '2022-05-01',
    year: 2022,
    value: 100,
    currency: 'EUR',
    receiverRef: 'GB-CHC-1',
    provider: null,
    providerActivityId: null,
    receiverActivityId: null,
    countries: [],
    sectors: [],
  };
  it('uses the ref when there is one, else type, date, value, currency and receiver; always with the split', () => {
    expect(transactionKey({ ...t, ref: 'T-9' }, 'LBN', '15250')).toBe('3:ref=T-9@LBN/15250');
    expect(transactionKey(t, 'LBN', '15250')).toBe('3:2022-05-01|100|EUR|GB-CHC-1@LBN/15250');
    expect(transactionKey(t, 'AFG', '15250')).not.toBe(transactionKey(t, 'LBN', '15250'));
  });
});

describe('extractEntries', () => {
  const activity = (
    body: string,
    id = 'XM-DAC-7-1',
    reporting = '<reporting-org ref="XM-DAC-7" type="10"><narrative>Netherlands MFA</narrative></reporting-org>',
  ) =>
    `<iati-activity default-currency="EUR"><iati-identifier>${id}</iati-identifier>${reporting}${body}</iati-activity>`;
  const tx = (type: string, value: string, date: string, extra = '') =>
    `<transaction><transaction-type code="${type}"/><transaction-date iso-date="${date}"/><value value-date="${date}">${value}</value>${extra}</transaction>`;

  it('splits by country and sector percentages, keeps CCM States only, and maps types 2 and 3', () => {
    const x = run(
      file(
        activity(
          `<recipient-country code="LB" percentage="60"/><recipient-country code="US" percentage="40"/>
           <sector code="15250" percentage="50"/><sector code="12220" percentage="50"/>
           ${tx('2', '1000', '2021-03-01')}${tx('3', '400', '2022-01-15')}${tx('11', '999', '2022-01-15')}${tx('1', '5', '2022-01-15')}`,
        ),
      ),
    );
    expect(x.activitiesRead).toBe(1);
    expect(x.activitiesKept).toBe(1);
    expect(
      x.entries.map((e) => [
        e.recipientIso3,
        e.year,
        e.status,
        e.amount,
        e.currency,
        e.area,
        e.providerIso3,
        e.providerName,
      ]),
    ).toEqual([
      ['LBN', 2021, 'committed', 300, 'EUR', 'art4', 'NLD', 'Netherlands'],
      ['LBN', 2022, 'disbursed', 120, 'EUR', 'art4', 'NLD', 'Netherlands'],
    ]);
  });

  it('lets a transaction’s own country and sector replace the activity’s, and the value currency the default', () => {
    const x = run(
      file(
        activity(
          `<recipient-country code="LB"/><sector code="12220"/>
           ${tx('3', '500', '2023-06-30', '<recipient-country code="AF"/><sector vocabulary="1" code="15250"/>').replace('<value ', '<value currency="usd" ')}`,
        ),
      ),
    );
    expect(x.entries).toHaveLength(1);
    expect(x.entries[0]).toMatchObject({ recipientIso3: 'AFG', amount: 500, currency: 'USD', year: 2023 });
  });

  it('names an organisation publisher as written, without a State', () => {
    const x = run(
      file(
        activity(
          `<recipient-country code="LB"/><sector code="15250"/>${tx('3', '10', '2020-01-01')}`,
          'GB-CHC-1-X',
          '<reporting-org ref="GB-CHC-1" type="21"><narrative xml:lang="fr">Nom</narrative><narrative xml:lang="en">Name in English</narrative></reporting-org>',
        ),
      ),
    );
    expect(x.entries[0]).toMatchObject({ providerIso3: null, providerName: 'Name in English' });
  });

  it('says why activities are left out', () => {
    const x = run(
      file(
        activity(`<recipient-country code="LB"/><sector code="11220"/>${tx('3', '10', '2020-01-01')}`, 'A1') +
          activity(
            `<recipient-country code="US"/><sector code="15250"/>${tx('3', '10', '2020-01-01')}`,
            'A2',
          ) +
          activity(
            `<recipient-country code="LB"/><sector code="15250"/>${tx('11', '10', '2020-01-01')}`,
            'A3',
          ) +
          activity(`<recipient-country code="LB"/><sector code="15250"/>${tx('3', '0', '2020-01-01')}`, 'A4'),
      ),
    );
    expect(x.activitiesKept).toBe(0);
    expect(x.entries).toEqual([]);
    expect(x.skipped).toMatchObject({ noSelectedSector: 1, noCcmRecipient: 1, noCountedTransaction: 2 });
  });

  it('reads other sectors only when picked, with the area chosen for them', () => {
    const xml = file(
      activity(`<recipient-country code="ID"/><sector code="15240"/>${tx('2', '70', '2019-12-31')}`),
    );
    expect(run(xml).entries).toEqual([]);
    expect(run(xml, ['15250', '15240']).entries[0]).toMatchObject({ area: 'other', recipientIso3: 'IDN' });
  });
});

describe('parseIatiXml refuses', () => {
  it.each([
    [
      'an external entity',
      '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><iati-activities version="2.03">&x;</iati-activities>',
      'iati:parse.doctype',
    ],
    [
      'a billion laughs',
      `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><iati-activities version="2.03"><x>&lol3;</x></iati-activities>`,
      'iati:parse.doctype',
    ],
    [
      'a lower-case doctype',
      '<!doctype iati-activities><iati-activities version="2.03"/>',
      'iati:parse.doctype',
    ],
    ['a wrong version', '<iati-activities version="3.01"></iati-activities>', 'iati:parse.wrongVersion'],
    [
      'a wrong version on an activity when the root has none',
      '<iati-activities><iati-activity version="2.03"/><iati-activity version="0.9"/></iati-activities>',
      'iati:parse.wrongVersion',
    ],
    ['another root', '<iati-organisations version="2.03"></iati-organisations>', 'iati:parse.wrongRoot'],
    ['an empty file', '', 'iati:parse.empty'],
  ])('%s', (_name, xml, key) => {
    const r = parseIatiXml(bytes(xml));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.key).toBe(key);
  });

  it('malformed XML, with the line and column', () => {
    const r = parseIatiXml(
      bytes(
        '<?xml version="1.0"?>\n<iati-activities version="2.03">\n  <iati-activity>\n  </iati-activitx>\n</iati-activities>',
      ),
    );
    expect(r).toMatchObject({ ok: false, problem: { key: 'iati:parse.malformed', params: { line: 4 } } });
    if (!r.ok) expect(r.problem.params?.column).toBeGreaterThan(0);
  });

  it('more bytes than allowed, and bytes that are not UTF-8', () => {
    expect(parseIatiXml(new Uint8Array(11), 10)).toMatchObject({
      ok: false,
      problem: { key: 'iati:parse.tooLarge' },
    });
    expect(parseIatiXml(new Uint8Array([0x3c, 0xff, 0xfe, 0x3e]))).toMatchObject({
      ok: false,
      problem: { key: 'iati:parse.notUtf8' },
    });
  });
});
