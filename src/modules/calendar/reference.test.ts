import { describe, expect, it } from 'vitest';
import { MEETING_DATES } from '../states/index.js';
import { AddActionItemInput, MeetingInput } from './inputs.js';
import { referenceActionItems, referenceMeetings } from './reference.js';
import { meetingDateProblems } from './rules.js';

describe('the sourced meetings', () => {
  it('agree with the dates the States registry places decisions by', () => {
    for (const d of MEETING_DATES) {
      const m = referenceMeetings.find((r) => r.code === d.code);
      if (!m) continue; // The 3MSP is dated for the registry only.
      expect([m.code, m.startsOn, m.endsOn]).toEqual([d.code, d.from, d.to]);
    }
    const both = referenceMeetings.filter((m) => MEETING_DATES.some((d) => d.code === m.code));
    expect(both.map((m) => m.code).sort()).toEqual(['10MSP', '11MSP', '12MSP', '13MSP', '2RC', '9MSP']);
  });

  it('are each valid input, with sources and dates that can be', () => {
    for (const m of referenceMeetings) {
      const parsed = MeetingInput.safeParse(m);
      expect(parsed.success, m.code).toBe(true);
      expect(m.sources.length, m.code).toBeGreaterThan(0);
      expect(meetingDateProblems({ ...MeetingInput.parse(m) }), m.code).toEqual({});
    }
  });

  it('give the 11MSP its reporting window and census date (Progress Report §1, §3, §67)', () => {
    const msp = referenceMeetings.find((m) => m.code === '11MSP');
    expect([msp?.reportingFrom, msp?.reportingTo, msp?.censusDate]).toEqual([
      '2022-07-01',
      '2023-06-30',
      '2023-06-30',
    ]);
  });

  it('cite a stored public page for the 12MSP and 13MSP', () => {
    for (const code of ['12MSP', '13MSP']) {
      const m = referenceMeetings.find((r) => r.code === code);
      expect(m?.sources.some((s) => s.startsWith('https://www.clusterconvention.org/'))).toBe(true);
    }
  });

  it('record seed 003 follow-ups against its meeting, with no status the seed does not give', () => {
    for (const a of referenceActionItems) {
      expect(AddActionItemInput.safeParse({ ...a, referenceKey: a.key }).success).toBe(true);
      expect(referenceMeetings.some((m) => m.code === a.meetingCode)).toBe(true);
      expect(a.status).toBe('not_known');
    }
  });
});
