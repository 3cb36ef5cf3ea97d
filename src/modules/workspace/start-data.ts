import type { Executor } from '../../db/client.js';
import type { Actor } from '../../kernel/actor.js';
import { listStateNames } from '../states/index.js';
import {
  articlesOfCoordinator,
  coordinatorDeadlines,
  coordinatorFollowUps,
  deliveriesToConfirm,
  earlyWarnings,
  followUpsOfState,
  isuOverview,
  needsAboutToLapse,
  needsMatchingPartner,
  nextMeetings,
  reportsDueFor,
  responsesInProgress,
  unreadFor,
} from './sections.js';

type Unread = Awaited<ReturnType<typeof unreadFor>>;

/** Everything one person's start page shows, by role. */
export type StartData = { today: string; unread: Unread } & (
  | {
      role: 'focal_point';
      iso3: string;
      stateName: string;
      reports: Awaited<ReturnType<typeof reportsDueFor>>;
      lapsing: Awaited<ReturnType<typeof needsAboutToLapse>>;
      deliveries: Awaited<ReturnType<typeof deliveriesToConfirm>>;
      followUps: Awaited<ReturnType<typeof followUpsOfState>>;
      warnings: Awaited<ReturnType<typeof earlyWarnings>>;
    }
  | {
      role: 'partner';
      matching: Awaited<ReturnType<typeof needsMatchingPartner>>;
      responses: Awaited<ReturnType<typeof responsesInProgress>>;
    }
  | {
      role: 'coordinator';
      deadlines: Awaited<ReturnType<typeof coordinatorDeadlines>>;
      followUps: Awaited<ReturnType<typeof coordinatorFollowUps>>;
      warnings: Awaited<ReturnType<typeof earlyWarnings>>;
      meetings: Awaited<ReturnType<typeof nextMeetings>>;
    }
  | ({ role: 'isu' } & Awaited<ReturnType<typeof isuOverview>>)
  | { role: 'none' }
);

/** Reads what the actor's start page shows; a focal point's reads are all of its own State. */
export async function startDataFor(db: Executor, actor: Actor, today: string): Promise<StartData> {
  const unread = await unreadFor(db, actor);
  const base = { today, unread };
  if (actor.role === 'focal_point' && actor.stateIso3) {
    const iso3 = actor.stateIso3;
    const [reports, lapsing, deliveries, followUps, names, warnings] = await Promise.all([
      reportsDueFor(db, iso3, today),
      needsAboutToLapse(db, actor, iso3, today),
      deliveriesToConfirm(db, actor, iso3),
      followUpsOfState(db, iso3, today),
      listStateNames(db),
      earlyWarnings(db, today, { iso3 }),
    ]);
    const stateName = names.find((n) => n.iso3 === iso3)?.name ?? iso3;
    return {
      ...base,
      role: 'focal_point',
      iso3,
      stateName,
      reports,
      lapsing,
      deliveries,
      followUps,
      warnings,
    };
  }
  if (actor.role === 'partner') {
    const [matching, responses] = await Promise.all([
      needsMatchingPartner(db, actor, today),
      responsesInProgress(db, actor),
    ]);
    return { ...base, role: 'partner', matching, responses };
  }
  if (actor.role === 'coordinator') {
    const [deadlines, followUps, meetings, articles] = await Promise.all([
      coordinatorDeadlines(db, actor, today),
      coordinatorFollowUps(db, actor, today),
      nextMeetings(db, today),
      articlesOfCoordinator(db, actor, today),
    ]);
    const warnings = await earlyWarnings(db, today, { articles });
    return { ...base, role: 'coordinator', deadlines, followUps, meetings, warnings };
  }
  if (actor.role === 'isu') return { ...base, role: 'isu', ...(await isuOverview(db, actor, today)) };
  return { ...base, role: 'none' };
}
