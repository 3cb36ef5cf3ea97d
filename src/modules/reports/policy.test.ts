import { describe, expect, it } from 'vitest';
import { type Actor, anonymous, systemActor } from '../../kernel/actor.js';
import {
  canReadUnpublished,
  canReadVersion,
  canRecallReport,
  canRecordChannel,
  canWriteReport,
  isPublished,
  mayWriteSomeReport,
} from './policy.js';

const user = (role: Actor['role'], stateIso3: string | null = null): Actor => ({
  kind: 'user',
  id: `u-${role}-${stateIso3}`,
  label: `${role} ${stateIso3}`,
  role,
  stateIso3,
  organisation: null,
});

const isu = user('isu');
const fpLbn = user('focal_point', 'LBN');
const fpChl = user('focal_point', 'CHL');
const coordinator = user('coordinator', 'DEU');
const partner = user('partner', 'LBN');
const system = systemActor('test');
const nobody = user(null);

describe('reports policy', () => {
  it('the State’s own focal point and the ISU write; nobody else', () => {
    expect(canWriteReport(fpLbn, 'LBN')).toBe(true);
    expect(canWriteReport(isu, 'LBN')).toBe(true);
    expect(canWriteReport(system, 'LBN')).toBe(true);
    for (const a of [fpChl, coordinator, partner, anonymous, nobody])
      expect(canWriteReport(a, 'LBN')).toBe(false);
  });

  it('the coarse gate lets through only those who can write some report', () => {
    for (const a of [isu, system, fpLbn, fpChl]) expect(mayWriteSomeReport(a)).toBe(true);
    for (const a of [coordinator, partner, anonymous, nobody]) expect(mayWriteSomeReport(a)).toBe(false);
  });

  it('only the ISU recalls and records a channel other than online', () => {
    expect(canRecallReport(isu)).toBe(true);
    expect(canRecordChannel(isu)).toBe(true);
    for (const a of [fpLbn, coordinator, partner, anonymous]) {
      expect(canRecallReport(a)).toBe(false);
      expect(canRecordChannel(a)).toBe(false);
    }
  });

  it('submitted and superseded versions are public; drafts and recalled ones are the State’s and the ISU’s', () => {
    expect(isPublished('submitted')).toBe(true);
    expect(isPublished('superseded')).toBe(true);
    expect(isPublished('draft')).toBe(false);
    expect(isPublished('recalled')).toBe(false);
    for (const a of [anonymous, partner, coordinator, fpChl, fpLbn, isu]) {
      expect(canReadVersion(a, 'LBN', 'submitted')).toBe(true);
      expect(canReadVersion(a, 'LBN', 'superseded')).toBe(true);
    }
    for (const status of ['draft', 'recalled'] as const) {
      expect(canReadVersion(fpLbn, 'LBN', status)).toBe(true);
      expect(canReadVersion(isu, 'LBN', status)).toBe(true);
      for (const a of [anonymous, partner, coordinator, fpChl])
        expect(canReadVersion(a, 'LBN', status)).toBe(false);
    }
    expect(canReadUnpublished(fpChl, 'CHL')).toBe(true);
  });
});
