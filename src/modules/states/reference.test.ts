import { describe, expect, it } from 'vitest';
import {
  loadReferenceObligationEvents,
  loadReferenceStates,
  type ReferenceObligationEvent,
  type ReferenceState,
  splitSources,
  UN_REGIONS,
} from './reference.js';
import {
  article3OriginalDeadline,
  article4OriginalDeadline,
  comparePartialDates,
  deriveObligation,
  entryIntoForce,
} from './rules.js';

const states = loadReferenceStates();
const events = loadReferenceObligationEvents();
const byIso3 = new Map(states.map((s) => [s.iso3, s]));

function state(iso3: string): ReferenceState {
  const s = byIso3.get(iso3);
  if (!s) throw new Error(`no State ${iso3}`);
  return s;
}

/** The obligation as the app will see it: the rule's original deadline, then the recorded events. */
function obligation(iso3: string, article: 3 | 4) {
  const s = state(iso3);
  const eif = entryIntoForce(s.instrumentDate!);
  const original = article === 3 ? article3OriginalDeadline(eif) : article4OriginalDeadline(eif);
  return deriveObligation(
    original,
    events.filter((e) => e.iso3 === iso3 && e.article === article),
  );
}

describe('reference States', () => {
  it('lists 169 States, 112 of them States Parties', () => {
    expect(states).toHaveLength(169);
    expect(states.filter((s) => s.ccmStatus === 'state_party')).toHaveLength(112);
    expect(states.filter((s) => s.ccmStatus === 'signatory')).toHaveLength(12);
    expect(states.filter((s) => s.ccmStatus === 'not_party')).toHaveLength(44);
  });

  it('has one withdrawn State: Lithuania, effective 6 Mar 2025', () => {
    const withdrawn = states.filter((s) => s.ccmStatus === 'withdrawn');
    expect(withdrawn.map((s) => s.iso3)).toEqual(['LTU']);
    expect(withdrawn[0]!.withdrawal).toEqual({
      notified: '2024-09-06',
      effective: '2025-03-06',
      note: 'C.N.347.2024.TREATIES-XXVI-6',
    });
    expect(states.filter((s) => s.withdrawal !== null)).toHaveLength(1);
  });

  it('gives every State a UN region', () => {
    for (const s of states) expect(UN_REGIONS, s.iso3).toContain(s.unRegion);
    expect(state('CYP').unRegion).toBe('Asia');
    expect(state('COK').unRegion).toBe('Oceania');
    expect(state('VAT').unRegion).toBe('Europe');
  });

  it('has an instrument for every State Party and the withdrawn State, and none for the others', () => {
    for (const s of states) {
      const bound = s.ccmStatus === 'state_party' || s.ccmStatus === 'withdrawn';
      expect(s.instrumentDate !== null, s.iso3).toBe(bound);
      expect(s.instrumentType !== null, s.iso3).toBe(bound);
    }
    for (const s of states.filter((x) => x.ccmStatus === 'signatory'))
      expect(s.signatureDate, s.iso3).not.toBeNull();
  });

  it('maps statuses and flags', () => {
    expect(state('AFG')).toMatchObject({
      name: 'Afghanistan',
      ccmStatus: 'state_party',
      art4Applies: true,
      art3Applies: false,
    });
    expect(state('HTI').ccmStatus).toBe('signatory');
    expect(
      states
        .filter((s) => s.apmbcStatus === 'withdrawn')
        .map((s) => s.iso3)
        .sort(),
    ).toEqual(['EST', 'FIN', 'LTU', 'LVA']);
    expect(states.filter((s) => s.art3Applies)).toHaveLength(14);
    expect(states.filter((s) => s.art4Applies)).toHaveLength(19);
  });

  it('splits sources without cutting the UN Treaty Collection entries apart', () => {
    const afg = state('AFG').sources;
    expect(afg[0]).toMatch(/^https:\/\/treaties\.un\.org\/.*\(status at 2026-02-03; snapshot .*@746a24f\)$/);
    for (const s of states) {
      // A web page, or a document by its title: never the project's internal file name.
      for (const source of s.sources) {
        expect(source, s.iso3).toMatch(
          /^(https?:\/\/|Convention on Cluster Munitions 11MSP Progress Report)/,
        );
        expect(source, s.iso3).not.toMatch(/\bseed\b|00\d_[0-9a-f]{16}/i);
      }
      expect(s.notes ?? '', s.iso3).not.toMatch(/\bseed\b/i);
    }
    expect(splitSources('a (x; y) ; b;c ; b')).toEqual(['a (x; y)', 'b', 'c']);
  });
});

describe('reference obligation events', () => {
  it('belong to States that reported the obligation', () => {
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      const s = byIso3.get(e.iso3);
      expect(s, e.iso3).toBeDefined();
      expect(e.article === 3 ? s!.art3Applies : s!.art4Applies, `${e.iso3} art ${e.article}`).toBe(true);
    }
  });

  it('cite only sources listed for the State in states.csv', () => {
    for (const e of events) {
      expect(e.source, `${e.iso3} ${e.kind}`).toBeTruthy();
      for (const source of e.source!.split(';').map((x) => x.trim())) {
        expect(state(e.iso3).sources, `${e.iso3} ${e.kind}`).toContain(source);
      }
    }
  });

  it('record a completion for every completed Art 3 obligation and none where there is no completion', () => {
    const completedArt3 = [
      'BGR',
      'CHL',
      'HRV',
      'CUB',
      'DNK',
      'DEU',
      'GNB',
      'PER',
      'SVK',
      'ZAF',
      'ESP',
      'CHE',
      'GBR',
      'MKD',
    ];
    for (const iso3 of completedArt3) expect(obligation(iso3, 3).status, iso3).toBe('completed');
    expect(events.filter((e) => e.iso3 === 'SVK' && e.kind !== 'completion_declared')).toEqual([]);
  });

  // Each State's obligation as derived from the recorded events, pending request included.
  it.each<[string, string, 3 | 4, Record<string, unknown>]>([
    [
      'Lebanon Art 4: 1 May 2026, granted at 2RC, with the 13MSP request pending',
      'LBN',
      4,
      {
        status: 'open',
        currentDeadline: '2026-05-01',
        currentDeadlineConfirmed: true,
        extensionsGranted: 1,
        pendingRequest: { meeting: '13MSP', confirmed: false },
      },
    ],
    [
      'Chile Art 4: 1 Jun 2026 after three grants, 13MSP request pending',
      'CHL',
      4,
      {
        status: 'open',
        currentDeadline: '2026-06-01',
        extensionsGranted: 3,
        pendingRequest: { meeting: '13MSP' },
      },
    ],
    [
      'Chad Art 4: 1 Oct 2026',
      'TCD',
      4,
      { status: 'open', currentDeadline: '2026-10-01', pendingRequest: null },
    ],
    [
      'Bosnia and Herzegovina Art 4: completed in 2023',
      'BIH',
      4,
      { status: 'completed', completedOn: '2023', currentDeadline: '2023-09-01' },
    ],
    [
      'Iraq Art 4: original 1 Nov 2023 with an unconfirmed request to 1 Nov 2028 pending',
      'IRQ',
      4,
      {
        status: 'open',
        currentDeadline: '2023-11-01',
        extensionsGranted: 0,
        pendingRequest: { requestedDeadline: '2028-11-01', meeting: '11MSP', confirmed: false },
      },
    ],
    [
      'Afghanistan Art 4: a deadline in 2026, exact date unconfirmed, 13MSP request pending',
      'AFG',
      4,
      { currentDeadline: '2026', currentDeadlineConfirmed: false, pendingRequest: { meeting: '13MSP' } },
    ],
    [
      'Germany Art 4: 1 Aug 2025 (9MSP) with a 12MSP request to 1 Aug 2030 pending',
      'DEU',
      4,
      {
        currentDeadline: '2025-08-01',
        currentDeadlineConfirmed: true,
        pendingRequest: { meeting: '12MSP', requestedDeadline: '2030-08-01' },
      },
    ],
    [
      'Lao PDR Art 4: 1 Aug 2025 (9MSP) with a 12MSP request pending',
      'LAO',
      4,
      { currentDeadline: '2025-08-01', currentDeadlineConfirmed: true, pendingRequest: { meeting: '12MSP' } },
    ],
    [
      'Mauritania Art 4: completed, reopened, now a 2026 deadline (implied) with a 13MSP request pending',
      'MRT',
      4,
      {
        status: 'open',
        currentDeadline: '2026',
        currentDeadlineConfirmed: false,
        completedOn: null,
        pendingRequest: { meeting: '13MSP' },
      },
    ],
    [
      'Somalia Art 4: original 1 Mar 2026, 13MSP request pending',
      'SOM',
      4,
      { currentDeadline: '2026-03-01', extensionsGranted: 0, pendingRequest: { meeting: '13MSP' } },
    ],
    [
      'Bulgaria Art 3: extended to 31 Dec 2023, completed June 2023',
      'BGR',
      3,
      { status: 'completed', completedOn: '2023-06', currentDeadline: '2023-12-31', extensionsGranted: 3 },
    ],
    [
      'Peru Art 3: extended to 1 Apr 2024, completed 15 Dec 2023',
      'PER',
      3,
      { status: 'completed', completedOn: '2023-12-15', currentDeadline: '2024-04-01' },
    ],
  ])('%s', (_title, iso3, article, expected) => {
    expect(obligation(iso3, article)).toMatchObject(expected);
  });

  it('agree with the dataset on every open Art 4 deadline and every completion', () => {
    const art4Open: Record<string, string> = {
      AFG: '2026',
      TCD: '2026-10-01',
      CHL: '2026-06-01',
      DEU: '2025-08-01',
      IRQ: '2023-11-01',
      LAO: '2025-08-01',
      LBN: '2026-05-01',
      MRT: '2026',
      SOM: '2026-03-01',
    };
    for (const s of states.filter((x) => x.art4Applies)) {
      const o = obligation(s.iso3, 4);
      const expected = art4Open[s.iso3];
      if (expected) expect(o, s.iso3).toMatchObject({ status: 'open', currentDeadline: expected });
      else expect(o.status, s.iso3).toBe('completed');
    }
  });

  it('keep the order of each obligation chronological where dates are known', () => {
    const groups = new Map<string, ReferenceObligationEvent[]>();
    for (const e of events) {
      const key = `${e.iso3}/${e.article}`;
      groups.set(key, [...(groups.get(key) ?? []), e]);
    }
    for (const [key, list] of groups) {
      const dated = list.map((e) => e.occurredOn).filter((d): d is string => d !== null);
      expect([...dated].sort(comparePartialDates), key).toEqual(dated);
    }
  });
});
