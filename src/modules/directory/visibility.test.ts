import { describe, expect, it } from 'vitest';
import { type Actor, anonymous, systemActor } from '../../kernel/actor.js';
import { canSeeEntry, readerReach } from './visibility.js';

const user = (role: Actor['role'], over: Partial<Actor> = {}): Actor => ({
  kind: 'user',
  id: `u-${role}`,
  label: String(role),
  role,
  stateIso3: null,
  organisation: null,
  ...over,
});

const readers = {
  isu: user('isu'),
  coordinator: user('coordinator', { stateIso3: 'DEU' }),
  fpLbn: user('focal_point', { stateIso3: 'LBN' }),
  partnerDeu: user('partner', { stateIso3: 'DEU' }),
  partnerOrg: user('partner', { organisation: 'NPA' }),
  signedIn: user(null),
  anonymous,
  system: systemActor('test'),
} as const;

/** Lebanon's entries and Chile's, in the four combinations of official and published. */
const entries = {
  lbnPrivate: { stateIso3: 'LBN', official: false, published: false },
  lbnOfficial: { stateIso3: 'LBN', official: true, published: false },
  chlPrivate: { stateIso3: 'CHL', official: false, published: false },
  chlOfficial: { stateIso3: 'CHL', official: true, published: false },
  chlPublished: { stateIso3: 'CHL', official: false, published: true },
  chlBoth: { stateIso3: 'CHL', official: true, published: true },
} as const;

type Reader = keyof typeof readers;
type Entry = keyof typeof entries;

/** Who sees what, written out whole: one row per reader, the entries it sees. */
const expected: Record<Reader, Entry[]> = {
  isu: ['lbnPrivate', 'lbnOfficial', 'chlPrivate', 'chlOfficial', 'chlPublished', 'chlBoth'],
  coordinator: ['lbnPrivate', 'lbnOfficial', 'chlPrivate', 'chlOfficial', 'chlPublished', 'chlBoth'],
  system: ['lbnPrivate', 'lbnOfficial', 'chlPrivate', 'chlOfficial', 'chlPublished', 'chlBoth'],
  // Its own State's entries all; another State's official and published ones.
  fpLbn: ['lbnPrivate', 'lbnOfficial', 'chlOfficial', 'chlPublished', 'chlBoth'],
  // A partner that is a State sees official contacts, but does not write (nor see) any State's private ones.
  partnerDeu: ['lbnOfficial', 'chlOfficial', 'chlPublished', 'chlBoth'],
  partnerOrg: ['chlPublished', 'chlBoth'],
  signedIn: ['chlPublished', 'chlBoth'],
  anonymous: ['chlPublished', 'chlBoth'],
};

describe('who sees a directory entry', () => {
  for (const [reader, sees] of Object.entries(expected) as Array<[Reader, Entry[]]>) {
    it(`${reader} sees ${sees.join(', ')}`, () => {
      const seen = (Object.keys(entries) as Entry[]).filter((e) => canSeeEntry(readers[reader], entries[e]));
      expect(seen).toEqual(sees);
    });
  }

  it('says which rule applies to each reader', () => {
    expect(Object.fromEntries(Object.entries(readers).map(([k, a]) => [k, readerReach(a)]))).toEqual({
      isu: 'all',
      coordinator: 'all',
      fpLbn: 'official',
      partnerDeu: 'official',
      partnerOrg: 'published',
      signedIn: 'published',
      anonymous: 'published',
      system: 'all',
    });
  });
});
