import type { Db } from '../../../db/client.js';
import { systemActor } from '../../../kernel/actor.js';
import { isoDay } from '../../../kernel/clock.js';
import { createContext } from '../../../kernel/context.js';
import { addMonths } from '../../../kernel/dates.js';
import { DEMO_MARK } from '../shared/demo-mark.js';
import { addNeed } from './add-need.js';
import type { AddNeedInput } from './inputs.js';
import { matchKeyOf } from './match-key.js';
import { needWithKey } from './queries.js';

/**
 * Demonstration needs, current as of `now` (confirmed a few months before it; one confirmed 14
 * months before, so it shows as lapsed), with evidence from complete to thin. Every text says it is
 * demonstration data: the figures are plausible, not any State's. Added through `addNeed` with a
 * system actor; idempotent (a need the State already has with that area and description is skipped).
 */

const MARK = DEMO_MARK;

interface DemoNeed {
  input: Omit<
    AddNeedInput,
    'activitiesTimeframe' | 'estimatedCost' | 'currency' | 'nationalContribution' | 'planReference' | 'type'
  > &
    Partial<AddNeedInput>;
  /** How many months before `now` it was last confirmed. */
  monthsAgo: number;
}

export const demoNeeds: DemoNeed[] = [
  {
    monthsAgo: 2,
    input: {
      stateIso3: 'LBN',
      area: 'art4',
      type: 'financial',
      description: `${MARK}: clearance of cluster munition remnants in the South Lebanon and Nabatieh governorates`,
      activitiesTimeframe:
        'Technical survey and clearance of 40 confirmed hazardous areas by six multi-task teams, January 2027 to December 2028.',
      estimatedCost: 9_600_000,
      currency: 'USD',
      nationalContribution: 1_200_000,
      planReference: `${MARK}: Lebanon Mine Action Strategy 2020–2025, Strategic Objective 1`,
      isPublic: true,
    },
  },
  {
    monthsAgo: 4,
    input: {
      stateIso3: 'LBN',
      area: 'art5',
      type: 'technical',
      description: `${MARK}: physical rehabilitation and psychosocial support for cluster munition survivors`,
      activitiesTimeframe:
        'Mobile rehabilitation clinics in the South and referral to vocational training over 24 months.',
      planReference: `${MARK}: national victim assistance plan`,
      isPublic: true,
    },
  },
  {
    monthsAgo: 3,
    input: {
      stateIso3: 'CHL',
      area: 'art4',
      type: 'technical',
      description: `${MARK}: clearance of former military training areas contaminated by submunitions`,
      estimatedCost: 3_500_000,
      currency: 'USD',
      planReference: `${MARK}: Chile's Article 4 extension request work plan`,
      isPublic: false,
    },
  },
  {
    monthsAgo: 1,
    input: {
      stateIso3: 'LAO',
      area: 'art4',
      type: 'financial',
      description: `${MARK}: survey and clearance of agricultural land in Xieng Khouang and Savannakhet`,
      activitiesTimeframe:
        'Evidence-based survey of 120 villages, then clearance of confirmed areas by 20 teams, 2027–2029.',
      estimatedCost: 18_000_000,
      currency: 'USD',
      planReference: `${MARK}: National Strategic Plan for the UXO Sector 2021–2030`,
      isPublic: true,
    },
  },
  {
    monthsAgo: 14,
    input: {
      stateIso3: 'IRQ',
      area: 'art5',
      type: 'material',
      description: `${MARK}: prostheses and orthoses for survivors in the southern governorates`,
      isPublic: true,
    },
  },
  {
    monthsAgo: 5,
    input: {
      stateIso3: 'BIH',
      area: 'art4',
      type: 'financial',
      description: `${MARK}: release of the remaining cluster munition contaminated areas`,
      activitiesTimeframe:
        'Non-technical and technical survey followed by clearance of the last sites within 18 months.',
      estimatedCost: 2_100_000,
      currency: 'EUR',
      nationalContribution: 250_000,
      isPublic: true,
    },
  },
];

const dayAt = (day: string) => new Date(`${day}T10:00:00Z`);

export async function ensureDemoNeeds(db: Db, now: Date): Promise<{ needsAdded: number }> {
  const today = isoDay(now);
  let needsAdded = 0;
  for (const d of demoNeeds) {
    const key = matchKeyOf(d.input.area, d.input.description);
    if (await needWithKey(db, d.input.stateIso3, key)) continue;
    const ctx = createContext(db, systemActor('cooperation.demoNeeds'), {
      now: dayAt(addMonths(today, -d.monthsAgo)),
    });
    await addNeed(ctx, d.input);
    needsAdded++;
  }
  return { needsAdded };
}
