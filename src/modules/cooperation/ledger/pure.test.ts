import { describe, expect, it } from 'vitest';
import { isCounted } from './queries.js';
import { rateTable, toUsd } from './rates.js';
import { reconcile } from './reconcile.js';
import { donorRecipientMatrix } from './summary.js';
import { donorTrends } from './trends.js';
import type { LedgerRow } from './types.js';

let n = 0;
const row = (p: Partial<LedgerRow>): LedgerRow => {
  const status = p.status ?? 'disbursed';
  const review = p.review ?? null;
  return {
    key: `test:${++n}`,
    origin: 'donor_report',
    providerIso3: 'NOR',
    providerName: 'Norway',
    recipientIso3: 'LBN',
    recipientName: 'Lebanon',
    year: 2023,
    area: 'art4',
    type: null,
    amount: null,
    currency: null,
    usd: p.amount ?? null,
    status,
    counted: isCounted(status, review),
    channel: null,
    inResponseToRequest: false,
    needId: null,
    source: null,
    entryId: null,
    review,
    demonstration: false,
    ...p,
  };
};

describe('toUsd', () => {
  const rates = rateTable([
    { currency: 'NOK', year: 2023, usdPerUnit: 0.0947, source: 'test', updatedAt: new Date(0) },
    { currency: 'EUR', year: 2022, usdPerUnit: 1.05, source: 'test', updatedAt: new Date(0) },
  ]);
  it.each([
    ['USD is itself', 1000, 'USD', 2023, 1000],
    ['converts at the year’s rate', 1000, 'NOK', 2023, 94.7],
    ['no rate that year: not a neighbour’s', 1000, 'NOK', 2022, null],
    ['no rate for the currency', 1000, 'GBP', 2023, null],
    ['other is never converted', 1000, 'other', 2023, null],
    ['no amount', null, 'EUR', 2022, null],
    ['no currency', 1000, null, 2022, null],
    ['zero converts to zero', 0, 'EUR', 2022, 0],
    ['rounds to cents', 1, 'EUR', 2022, 1.05],
  ] as const)('%s', (_, amount, currency, year, expected) => {
    expect(toUsd(rates, amount, currency, year)).toBe(expected);
  });
});

describe('isCounted', () => {
  it.each([
    ['disbursed', null, true],
    ['committed', 'confirmed', true],
    ['pledged', null, false],
    ['pledged', 'confirmed', false],
    ['disbursed', 'proposed', false],
    ['committed', 'rejected', false],
  ] as const)('%s / %s → %s', (status, review, expected) => {
    expect(isCounted(status, review)).toBe(expected);
  });
});

describe('reconcile', () => {
  const donor = (p: Partial<LedgerRow>) => row({ origin: 'donor_report', ...p });
  const recip = (p: Partial<LedgerRow>) => row({ origin: 'recipient_report', ...p });

  it.each([
    {
      name: 'both sides with amounts: matched, with the difference',
      rows: [donor({ amount: 100 }), recip({ amount: 80 })],
      expected: { status: 'matched', donorUsd: 100, recipientUsd: 80, difference: 20 },
    },
    {
      name: 'two donor rows sum',
      rows: [donor({ amount: 100 }), donor({ amount: 50 }), recip({ amount: 150 })],
      expected: { status: 'matched', donorUsd: 150, recipientUsd: 150, difference: 0 },
    },
    {
      name: 'donor only',
      rows: [donor({ amount: 100 })],
      expected: { status: 'donor_only', donorUsd: 100, recipientUsd: null, difference: null },
    },
    {
      name: 'recipient only',
      rows: [recip({ amount: 70 })],
      expected: { status: 'recipient_only', donorUsd: null, recipientUsd: 70, difference: null },
    },
    {
      name: 'an amount without a rate makes the side unknown, not smaller',
      rows: [
        donor({ amount: 100 }),
        donor({ amount: 10, usd: null, currency: 'other' }),
        recip({ amount: 100 }),
      ],
      expected: { status: 'matched', donorUsd: null, recipientUsd: 100, difference: null },
    },
  ])('$name', ({ rows, expected }) => {
    const r = reconcile(rows);
    expect(r.pairs).toHaveLength(1);
    const p = r.pairs[0];
    expect({
      status: p?.status,
      donorUsd: p?.donor.usd,
      recipientUsd: p?.recipient.usd,
      difference: p?.difference,
    }).toEqual(expected);
  });

  it('pairs by provider, recipient, year and area; never across them', () => {
    const r = reconcile([
      donor({ amount: 1 }),
      recip({ amount: 1, area: 'art5' }),
      recip({ amount: 1, year: 2022 }),
      recip({ amount: 1, providerIso3: 'DEU', providerName: 'Germany' }),
    ]);
    expect(r.counts).toEqual({ matched: 0, donor_only: 1, recipient_only: 3, unresolved: 0 });
  });

  it('lists rows naming no State apart, with their words, and ignores stored entries', () => {
    const org = recip({ providerIso3: null, providerName: 'NPA', counterpartText: 'NPA' });
    const r = reconcile([org, donor({ recipientIso3: null, recipientName: '' }), row({ origin: 'isu' })]);
    expect(r.pairs).toEqual([]);
    expect(r.unresolved.map((u) => u.counterpartText ?? null)).toEqual(['NPA', null]);
    expect(r.counts.unresolved).toBe(2);
  });

  it('keeps one year when asked', () => {
    const r = reconcile([donor({ year: 2022 }), donor({ year: 2023 })], 2022);
    expect(r.pairs.map((p) => p.year)).toEqual([2022]);
  });
});

describe('donorTrends', () => {
  const years = (rows: LedgerRow[]) =>
    donorTrends(rows).map((d) => [
      d.providerName,
      d.years.map((y) => `${y.year}:${y.change ?? '-'}:${y.usd ?? '?'}:${y.delta ?? '?'}`),
    ]);

  it.each([
    {
      name: 'increase, reduction, unchanged',
      rows: [
        row({ year: 2021, amount: 100 }),
        row({ year: 2022, amount: 150 }),
        row({ year: 2023, amount: 90 }),
        row({ year: 2024, amount: 40 }),
        row({ year: 2024, amount: 50 }),
      ],
      expected: [
        ['Norway', ['2021:-:100:?', '2022:increased:150:50', '2023:reduced:90:-60', '2024:unchanged:90:0']],
      ],
    },
    {
      name: 'a new donor, and one that stopped (only the year it stopped is listed)',
      rows: [
        row({ year: 2021, amount: 100 }),
        row({ year: 2022, amount: 10, providerIso3: 'DEU', providerName: 'Germany' }),
        row({ year: 2023, amount: 10, providerIso3: 'DEU', providerName: 'Germany' }),
      ],
      expected: [
        ['Germany', ['2022:new:10:10', '2023:unchanged:10:0']],
        ['Norway', ['2021:-:100:?', '2022:stopped:0:-100']],
      ],
    },
    {
      name: 'an amount unknown is shown as unknown, not zero, and so is the change',
      rows: [row({ year: 2022, amount: 100 }), row({ year: 2023, amount: 5, usd: null, currency: 'other' })],
      expected: [['Norway', ['2022:-:100:?', '2023:unknown:?:?']]],
    },
    {
      name: 'pledged and proposed rows are not counted',
      rows: [
        row({ year: 2022, amount: 100 }),
        row({ year: 2023, amount: 100, status: 'pledged' }),
        row({ year: 2023, amount: 100, review: 'proposed', origin: 'iati' }),
        row({ year: 2023, amount: 1, providerIso3: 'DEU', providerName: 'Germany' }),
      ],
      expected: [
        ['Germany', ['2023:new:1:1']],
        ['Norway', ['2022:-:100:?', '2023:stopped:0:-100']],
      ],
    },
    {
      name: 'organisations are donors too, by name',
      rows: [row({ year: 2022, amount: 3, providerIso3: null, providerName: 'UNDP' })],
      expected: [['UNDP', ['2022:-:3:?']]],
    },
  ])('$name', ({ rows, expected }) => {
    expect(years(rows)).toEqual(expected);
  });

  it('keeps the known part of an unknown year', () => {
    const [d] = donorTrends([row({ year: 2022, amount: 7 }), row({ year: 2022, amount: null, usd: null })]);
    expect(d?.years[0]).toMatchObject({ usd: null, knownUsd: 7, unknownRows: 1, rows: 2 });
  });
});

describe('countOnce and the sums', () => {
  it('sums a flow both sides reported once, at the donor’s figure; keeps the recipient’s own flows', async () => {
    const { countOnce } = await import('./count-once.js');
    const { ledgerTotals, receivedByState } = await import('./summary.js');
    const rows = [
      row({ origin: 'donor_report', amount: 100 }),
      row({ origin: 'recipient_report', amount: 90 }),
      row({ origin: 'recipient_report', amount: 7, area: 'art5' }),
      row({ origin: 'recipient_report', amount: 3, providerIso3: null, providerName: 'NPA' }),
      row({ origin: 'isu', amount: 50, status: 'pledged' }),
      row({ origin: 'isu', amount: 20, currency: 'other', usd: null }),
    ];
    expect(countOnce(rows).map((r) => r.amount)).toEqual([100, 7, 3, 50, 20]);
    const totals = ledgerTotals(rows);
    expect(totals.counted).toEqual({ rows: 4, usd: 110, notConverted: 1, withoutAmount: 0 });
    expect(totals.pledged).toEqual({ rows: 1, usd: 50, notConverted: 0, withoutAmount: 0 });
    expect(totals.notConverted).toEqual([{ currency: 'other', year: 2023, amount: 20, rows: 1 }]);
    expect(receivedByState(rows).get('LBN')).toMatchObject({ rows: 4, usd: 110, notConverted: 1 });
  });
});

describe("donors in the reader's order of their names", () => {
  // English orders Austria before Germany; French orders Allemagne before Autriche.
  const aut = { providerIso3: 'AUT', providerName: 'Austria' };
  const deu = { providerIso3: 'DEU', providerName: 'Germany' };
  const org = { providerIso3: null, providerName: 'Bureau' };

  it('donorTrends: States by their names in the language asked, organisations by their own', () => {
    const rows = [aut, deu, org].map((p) => row({ year: 2022, amount: 5, ...p }));
    expect(donorTrends(rows).map((d) => d.donorKey)).toEqual(['state:AUT', 'org:Bureau', 'state:DEU']);
    expect(donorTrends(rows, { locale: 'fr' }).map((d) => d.donorKey)).toEqual([
      'state:DEU',
      'state:AUT',
      'org:Bureau',
    ]);
  });

  it('reconcile: pairs of one year by the donor named in the language asked', () => {
    const rows = [aut, deu].map((p) => row({ year: 2022, amount: 5, ...p }));
    expect(reconcile(rows, 2022).pairs.map((p) => p.providerIso3)).toEqual(['AUT', 'DEU']);
    expect(reconcile(rows, 2022, 'fr').pairs.map((p) => p.providerIso3)).toEqual(['DEU', 'AUT']);
  });

  it('donorRecipientMatrix: equal sums by name in the language asked', () => {
    const rows = [aut, deu, org].map((p) => row({ year: 2022, amount: 5, ...p }));
    expect(donorRecipientMatrix(rows).donors.map((d) => d.key)).toEqual([
      'state:AUT',
      'name:Bureau',
      'state:DEU',
    ]);
    expect(donorRecipientMatrix(rows, 'fr').donors.map((d) => d.key)).toEqual([
      'state:DEU',
      'state:AUT',
      'name:Bureau',
    ]);
  });
});
