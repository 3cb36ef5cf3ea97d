import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/client.js';
import { type Actor, anonymous, mayWrite, systemActor } from '../src/kernel/actor.js';
import type { ServiceContext } from '../src/kernel/context.js';
import { ForbiddenError, UnauthenticatedError, ValidationError } from '../src/kernel/errors.js';
import {
  grant,
  may,
  mayOn,
  type Principal,
  permissionTable,
  principalOf,
  principals,
  registerRole,
  scopeOf,
  withdrawPrincipal,
} from '../src/kernel/permissions.js';
import { accountsPolicy as accounts } from '../src/modules/accounts/testing.js';
import { analysisPolicy as analysis } from '../src/modules/analysis/testing.js';
import { calendarPolicy as calendar } from '../src/modules/calendar/testing.js';
import { coalitionsPolicy as coalitions } from '../src/modules/coalitions/testing.js';
import { needResponses } from '../src/modules/cooperation/schema.js';
import {
  canReviewIatiEntry,
  cooperationPolicy as cooperation,
  insertNeed,
  listResponsesFor,
} from '../src/modules/cooperation/testing.js';
import { directoryPolicy as directory } from '../src/modules/directory/testing.js';
import { extensionsPolicy as extensions } from '../src/modules/extensions/testing.js';
import { followupsPolicy as followups } from '../src/modules/followups/testing.js';
import { outboxPolicy as outbox } from '../src/modules/outbox/testing.js';
import { practicesPolicy as practices } from '../src/modules/practices/testing.js';
import {
  canIssueVersion,
  canJudgeIndicator,
  canJudgeProgress,
  canWriteAs,
  canWriteNarrative,
  canWritePresidentNarrative,
} from '../src/modules/progress/index.js';
import { compliancePolicy as compliance, reportsPolicy as reports } from '../src/modules/reports/testing.js';
import { statesPolicy as states } from '../src/modules/states/testing.js';
import { workPlansPolicy as workPlans } from '../src/modules/workplans/testing.js';
import { engines, useFreshDatabase } from './db.js';

/**
 * The permission table (decision 017) walked whole: for every action and every kind of actor, the
 * table's answer is what the named predicates, the pages' helpers and the verbs do; and a role added
 * here, with its rows, changes every answer without any other edit.
 */

const user = (role: Actor['role'], over: Partial<Actor> = {}): Actor => ({
  kind: 'user',
  id: `u-${role}-${over.stateIso3 ?? over.organisation ?? 'x'}`,
  label: `${role}`,
  role,
  stateIso3: null,
  organisation: null,
  ...over,
});
const readOnly = (a: Actor): Actor => ({
  ...a,
  label: `${a.label} (read-only token)`,
  token: { id: 't', scopes: ['read'] },
});
const writing = (a: Actor): Actor => ({
  ...a,
  label: `${a.label} (write token)`,
  token: { id: 't', scopes: ['read', 'write'] },
});

const isu = user('isu');
const coordinator = user('coordinator', { stateIso3: 'DEU', areas: ['cooperation_assistance'] });
const fpLbn = user('focal_point', { stateIso3: 'LBN' });
const partnerDeu = user('partner', { stateIso3: 'DEU' });
const partnerOrg = user('partner', { organisation: 'NPA' });
const signedIn = user(null);
const system = systemActor('test');

const actors: Record<string, Actor> = {
  isu,
  coordinator,
  fpLbn,
  partnerDeu,
  partnerOrg,
  signedIn,
  system,
  anonymous,
  isuReadOnlyToken: readOnly(isu),
  fpReadOnlyToken: readOnly(fpLbn),
  partnerReadOnlyToken: readOnly(partnerDeu),
  isuWriteToken: writing(isu),
};

/** The subject an actor owns, and one it does not, for each kind of scope. */
type SubjectKind = 'state' | 'partner' | 'account' | 'area';
const ownSubject = (a: Actor, kind: SubjectKind) =>
  kind === 'state'
    ? (a.stateIso3 ?? 'LBN')
    : kind === 'partner'
      ? (cooperation.partnerKeyOf(a) ?? 'state:DEU')
      : kind === 'area'
        ? (a.areas?.[0] ?? 'cooperation_assistance')
        : (a.id ?? 'u-someone');
const otherSubject = {
  state: 'CHL',
  partner: 'state:CHL',
  account: 'u-someone-else',
  area: 'victim_assistance',
} as const;

/** Every check a module makes on the actor alone, by the action it must ask. */
const coarse: Record<string, Array<(a: Actor) => boolean>> = {
  'accounts.manageUsers': [accounts.canManageUsers],
  'accounts.readAudit': [accounts.canReadAudit],
  'accounts.linkCoordinatorOffice': [accounts.canLinkCoordinatorOffice],
  'accounts.manageOwnAccount': [accounts.canCreateApiToken, accounts.canManageOwnAccount],
  'accounts.revokeApiToken': [accounts.mayRevokeSomeApiToken],
  'accounts.createDemoAccount': [accounts.canCreateDemoAccount],
  'states.editRegistry': [states.canEditStateRegistry],
  'states.correctObligationEvent': [states.canCorrectObligationEvent],
  'states.setWorkingLanguage': [states.canSetWorkingLanguage],
  'reports.write': [reports.mayWriteSomeReport],
  'reports.recall': [reports.canRecallReport],
  'reports.confirmWarning': [reports.mayConfirmSomeWarning],
  'reports.reviewWarnings': [reports.canReviewWarnings],
  'reports.recordChannel': [reports.canRecordChannel],
  'reports.createDemonstration': [reports.canCreateDemonstrationReport],
  'reports.sendReminder': [compliance.canSendReminder],
  'cooperation.writeNeeds': [cooperation.mayWriteSomeNeed],
  'cooperation.seeUnpublishedNeeds': [cooperation.canSeeUnpublishedNeeds],
  'cooperation.writePartnerItem': [cooperation.mayActAsPartner],
  'cooperation.listResponses': [(a) => cooperation.responsesScopeOf(a) !== null],
  'cooperation.keepLedger': [cooperation.canKeepLedger],
  'cooperation.importIati': [cooperation.mayImportIati],
  'cooperation.linkActionItems': [cooperation.canLinkActionItems],
  'calendar.write': [calendar.canWriteCalendar],
  'coalitions.write': [coalitions.mayWriteSomeCoalition],
  'calendar.writeActionItems': [calendar.canWriteActionItems],
  'followups.read': [followups.canReadFollowUps],
  'followups.recordContacts': [followups.canRecordContacts],
  'cooperation.syncNeedsFromReports': [cooperation.maySyncNeeds],
  'outbox.read': [outbox.canReadOutbox],
  'outbox.recordDelivery': [outbox.canRecordDelivery],
  'outbox.useInbox': [outbox.canUseInbox],
  'progress.judge': [canJudgeProgress],
  'progress.writeNarrative': [canWriteNarrative],
  'progress.writePresidentNarrative': [canWritePresidentNarrative],
  'progress.issueVersion': [canIssueVersion],
  'practices.create': [practices.mayCreatePractice],
  'practices.maintain': [practices.canMaintainPractices],
  'directory.write': [directory.mayWriteDirectory],
  'directory.readAll': [directory.canReadWholeDirectory],
  'directory.readOfficial': [directory.canReadOfficialContacts],
  'workplans.write': [workPlans.canWriteWorkPlans],
  'extensions.writeRequest': [extensions.mayWriteSomeRequest],
  'extensions.readDraft': [extensions.mayReadSomeDraft],
  'analysis.formGroup': [analysis.canFormGroup],
  'analysis.readWorkspace': [analysis.canReadWorkspace],
  'analysis.ask': [analysis.mayAskSomewhere],
  'analysis.writeNotes': [analysis.mayWriteNotesSomewhere],
  'analysis.answer': [analysis.mayAnswerSomewhere],
  'analysis.readThread': [analysis.mayReadSomeThread],
};

/** Every check on an actor and the subject it protects, by action and kind of subject. */
const fine: Record<string, { kind: SubjectKind; checks: Array<(a: Actor, subject: string) => boolean> }> = {
  'accounts.revokeApiToken': { kind: 'account', checks: [accounts.canRevokeApiToken] },
  'outbox.useInbox': { kind: 'account', checks: [outbox.canUseInboxOf] },
  'states.recordExtensionRequest': {
    kind: 'state',
    checks: [
      states.canRecordExtensionRequest,
      (a, s) => states.canRecordObligationEvent(a, s, 'extension_requested'),
    ],
  },
  'states.recordObligationDecision': {
    kind: 'state',
    checks: [
      (a, s) => states.canRecordObligationEvent(a, s, 'extension_granted'),
      (a, s) => states.canRecordObligationEvent(a, s, 'completed'),
    ],
  },
  'reports.write': { kind: 'state', checks: [reports.canWriteReport] },
  'reports.confirmWarning': { kind: 'state', checks: [reports.canConfirmWarning] },
  'extensions.writeRequest': { kind: 'state', checks: [extensions.canWriteRequestOf] },
  'extensions.readDraft': {
    kind: 'state',
    checks: [
      extensions.canReadDraftOf,
      (a, s) => extensions.canReadRequest(a, { stateIso3: s, submittedOn: null }),
    ],
  },
  // A member's action: the subject is the member's account, so only a member's own passes.
  'analysis.ask': { kind: 'account', checks: [(a, member) => analysis.canAsk(a, [member])] },
  'analysis.writeNotes': { kind: 'account', checks: [(a, member) => analysis.canWriteNotes(a, [member])] },
  'analysis.answer': { kind: 'state', checks: [analysis.canAnswer] },
  'analysis.readThread': { kind: 'state', checks: [analysis.canReadThread] },
  // An area's indicators and sections: LAP40 and H are cooperation and assistance, LAP32 and G victim assistance.
  'progress.judge': {
    kind: 'area',
    checks: [(a, area) => canJudgeIndicator(a, area === 'cooperation_assistance' ? 'LAP40' : 'LAP32')],
  },
  'progress.writeNarrative': {
    kind: 'area',
    checks: [(a, area) => canWriteAs(a, 'coordinator', area === 'cooperation_assistance' ? 'H' : 'G')],
  },
  'reports.readUnpublished': {
    kind: 'state',
    checks: [reports.canReadUnpublished, (a, s) => reports.canReadVersion(a, s, 'draft')],
  },
  'cooperation.writeNeeds': { kind: 'state', checks: [cooperation.canWriteNeedsOf] },
  'coalitions.write': { kind: 'state', checks: [coalitions.canWriteCoalitionOf] },
  'coalitions.seeUnpublished': { kind: 'state', checks: [coalitions.canSeeUnpublishedOf] },
  'cooperation.confirmDelivery': { kind: 'state', checks: [cooperation.canConfirmDeliveryTo] },
  'cooperation.writePartnerItem': { kind: 'partner', checks: [cooperation.canWritePartnerItem] },
  'practices.create': { kind: 'state', checks: [practices.mayCreatePracticeFor] },
  'directory.write': { kind: 'state', checks: [directory.canWriteDirectoryOf] },
  'cooperation.importIati': {
    kind: 'partner',
    checks: [
      cooperation.canReviewIatiOf,
      (a, key) =>
        canReviewIatiEntry(
          a,
          key.startsWith('state:')
            ? { providerIso3: key.slice(6), providerName: 'Provider' }
            : { providerIso3: null, providerName: key.slice(4) },
        ),
    ],
  },
};

/** The pages' helpers that read a scope rather than a yes or no. */
const scoped: Record<string, Array<(a: Actor) => boolean>> = {
  'coalitions.seeUnpublished': [
    (a) => coalitions.seesAllCoalitions(a) === (scopeOf(a, 'coalitions.seeUnpublished') === 'any'),
  ],
  'cooperation.writeNeeds': [
    (a) => (cooperation.needsScopeOf(a) === 'any') === (scopeOf(a, 'cooperation.writeNeeds') === 'any'),
  ],
  'cooperation.writePartnerItem': [
    (a) => cooperation.mayActForAnyPartner(a) === (scopeOf(a, 'cooperation.writePartnerItem') === 'any'),
  ],
  'cooperation.confirmDelivery': [
    (a) => cooperation.confirmsForOwnState(a) === (scopeOf(a, 'cooperation.confirmDelivery') === 'own-state'),
  ],
  'practices.create': [(a) => practices.createsForAnyone(a) === (scopeOf(a, 'practices.create') === 'any')],
};

// ---- The verbs, found in the source so that a new verb is walked without being listed here ----

type AnyVerb = ((ctx: ServiceContext, raw: unknown) => Promise<unknown>) & {
  verbName: string;
  verbCaller?: 'system' | 'composed' | undefined;
};
const modulesDir = fileURLToPath(new URL('../src/modules', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

async function loadVerbs(): Promise<AnyVerb[]> {
  const files = sourceFiles(modulesDir).filter((f) => readFileSync(f, 'utf8').includes('defineVerb('));
  const verbs: AnyVerb[] = [];
  for (const f of files) {
    const mod = (await import(f)) as Record<string, unknown>;
    for (const v of Object.values(mod)) {
      if (typeof v === 'function' && typeof (v as Partial<AnyVerb>).verbName === 'string')
        verbs.push(v as AnyVerb);
    }
  }
  return verbs;
}

/**
 * Whether a verb lets the actor past its coarse check. The check runs before the input is parsed and
 * before any database is touched, so an unparseable input tells: refused, or allowed (a 422).
 */
async function verbAllows(verb: AnyVerb, actor: Actor): Promise<boolean> {
  const ctx = { actor, db: undefined as never, requestId: 'matrix', now: new Date('2026-06-01T00:00:00Z') };
  try {
    await verb(ctx, Symbol('not an input'));
  } catch (err) {
    if (err instanceof ValidationError) return true;
    if (err instanceof ForbiddenError || err instanceof UnauthenticatedError) return false;
    throw err;
  }
  throw new Error(`${verb.verbName} accepted an input it cannot parse`);
}

/** Verbs whose permission is a secret the caller holds (a reset link, an invitation), not a row of the table. */
const secretLinkVerbs = [
  'accounts.acceptInvitation',
  'accounts.requestPasswordReset',
  'accounts.resetPassword',
];

/** The actions a verb asks, found by granting a role with no rows one action at a time. */
async function actionsAskedBy(verbs: AnyVerb[]): Promise<Map<string, string[]>> {
  const probeRole = registerRole('matrix_probe');
  const probe = user(probeRole, { stateIso3: 'LBN' });
  const asked = new Map<string, string[]>(verbs.map((v) => [v.verbName, []]));
  try {
    for (const { action } of permissionTable()) {
      grant(action, probeRole, 'any');
      for (const v of verbs) if (await verbAllows(v, probe)) asked.get(v.verbName)?.push(action);
      withdrawPrincipal(probeRole);
      registerRole('matrix_probe');
    }
    for (const v of verbs) if (await verbAllows(v, probe)) asked.set(v.verbName, ['(none: open to all)']);
  } finally {
    withdrawPrincipal(probeRole);
  }
  return asked;
}

/** The table as it stands, one line per action: the behaviour of today, written out once. */
const rendered = () =>
  permissionTable()
    .map(
      ({ action, browserOnly, grants }) =>
        `${action}${browserOnly ? ' [browser only]' : ''}: ${principals()
          .filter((p) => grants[p])
          .map((p) => `${p}=${grants[p]}`)
          .join(' ')}`,
    )
    .sort();

describe('the permission table', () => {
  afterEach(() => withdrawPrincipal('observer' as Principal));

  it('holds today’s rules, one row per action', () => {
    expect(rendered()).toEqual([
      'accounts.createDemoAccount: system=any',
      'accounts.linkCoordinatorOffice: isu=any system=any',
      'accounts.manageOwnAccount [browser only]: isu=own-account coordinator=own-account focal_point=own-account partner=own-account signed_in=own-account',
      'accounts.manageUsers: isu=any system=any',
      'accounts.readAudit: isu=any system=any',
      'accounts.revokeApiToken [browser only]: isu=any coordinator=own-account focal_point=own-account partner=own-account signed_in=own-account system=any',
      'analysis.answer: isu=any focal_point=own-state system=any',
      'analysis.ask: isu=any coordinator=own-account system=any',
      'analysis.formGroup: isu=any system=any',
      'analysis.readThread: isu=any coordinator=any focal_point=own-state system=any',
      'analysis.readWorkspace: isu=any coordinator=any system=any',
      'analysis.writeNotes: isu=any coordinator=own-account system=any',
      'calendar.write: isu=any system=any',
      'calendar.writeActionItems: isu=any coordinator=any system=any',
      'coalitions.seeUnpublished: isu=any coordinator=any focal_point=own-state system=any',
      'coalitions.write: isu=any coordinator=any focal_point=own-state system=any',
      'cooperation.confirmDelivery: isu=any focal_point=own-state system=any',
      'cooperation.importIati: isu=any partner=own-partner system=any',
      'cooperation.keepLedger: isu=any system=any',
      'cooperation.linkActionItems: isu=any system=any',
      'cooperation.listResponses: isu=any coordinator=any focal_point=own-state partner=own-partner system=any',
      'cooperation.seeUnpublishedNeeds: isu=any coordinator=any focal_point=any partner=any signed_in=any system=any',
      'cooperation.syncNeedsFromReports: system=any',
      'cooperation.writeNeeds: isu=any focal_point=own-state system=any',
      'cooperation.writePartnerItem: isu=any partner=own-partner system=any',
      'directory.readAll: isu=any coordinator=any system=any',
      'directory.readOfficial: focal_point=own-state partner=own-state',
      'directory.write: isu=any focal_point=own-state system=any',
      'extensions.readDraft: isu=any coordinator=any focal_point=own-state system=any',
      'extensions.writeRequest: isu=any focal_point=own-state system=any',
      'followups.read: isu=any coordinator=any system=any',
      'followups.recordContacts: isu=any coordinator=any system=any',
      'outbox.read: isu=any system=any',
      'outbox.recordDelivery: system=any',
      'outbox.useInbox: isu=own-account coordinator=own-account focal_point=own-account partner=own-account signed_in=own-account',
      'practices.create: isu=any coordinator=any focal_point=own-state system=any',
      'practices.maintain: isu=any coordinator=any system=any',
      'progress.issueVersion: isu=any system=any',
      'progress.judge: isu=any coordinator=own-area system=any',
      'progress.writeNarrative: isu=any coordinator=own-area system=any',
      'progress.writePresidentNarrative: isu=any system=any',
      'reports.confirmWarning: isu=any focal_point=own-state system=any',
      'reports.createDemonstration: system=any',
      'reports.readUnpublished: isu=any focal_point=own-state system=any',
      'reports.recall: isu=any system=any',
      'reports.recordChannel: isu=any system=any',
      'reports.reviewWarnings: isu=any system=any',
      'reports.sendReminder: isu=any coordinator=any system=any',
      'reports.write: isu=any focal_point=own-state system=any',
      'states.correctObligationEvent: isu=any system=any',
      'states.editRegistry: isu=any system=any',
      'states.recordExtensionRequest: isu=any focal_point=own-state system=any',
      'states.recordObligationDecision: isu=any system=any',
      'states.setWorkingLanguage: isu=any system=any',
      'workplans.write: isu=any coordinator=any system=any',
    ]);
  });

  it('walks every action × every actor: each predicate and page helper answers as the table does', () => {
    const actions = permissionTable().map((r) => r.action);
    // Every principal has an actor here, and every action at least one check that asks it.
    expect(new Set(Object.values(actors).map(principalOf))).toEqual(new Set(principals()));
    for (const action of actions) expect(coarse[action] ?? fine[action], action).toBeDefined();
    let compared = 0;
    for (const action of actions) {
      for (const [name, a] of Object.entries(actors)) {
        for (const check of coarse[action] ?? []) {
          expect(check(a), `${action} / ${name}`).toBe(may(a, action));
          compared++;
        }
        for (const check of scoped[action] ?? []) expect(check(a), `${action} scope / ${name}`).toBe(true);
        const f = fine[action];
        if (!f) continue;
        for (const subject of [ownSubject(a, f.kind), otherSubject[f.kind]]) {
          for (const check of f.checks) {
            expect(check(a, subject), `${action} on ${subject} / ${name}`).toBe(mayOn(a, action, subject));
            compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(300);
  });

  it('walks every verb × every actor: the verb lets through exactly whom the table names (a read-only token never writes)', async () => {
    const verbs = (await loadVerbs()).filter((v) => !v.verbName.startsWith('test.'));
    expect(verbs.length).toBeGreaterThan(40);
    const asked = await actionsAskedBy(verbs);
    for (const v of verbs) {
      const actions = asked.get(v.verbName) ?? [];
      if (secretLinkVerbs.includes(v.verbName)) {
        expect(actions, v.verbName).toEqual(['(none: open to all)']);
        continue;
      }
      if (v.verbCaller === 'system') {
        // Called by an event's subscriber on the publishing verb's behalf, or by the system itself:
        // every person is refused whatever the table grants; the system's own gate is in `coarse`.
        for (const [name, a] of Object.entries(actors)) {
          expect(await verbAllows(v, a), `${v.verbName} / ${name}`).toBe(a.kind === 'system');
        }
        continue;
      }
      if (v.verbCaller === 'composed') {
        // Part of its caller's write, covered by the caller's permission: never callable on its own.
        for (const [name, a] of Object.entries(actors))
          expect(await verbAllows(v, a), `${v.verbName} / ${name}`).toBe(false);
        continue;
      }
      // A verb that asks no action of the table would hide a role check somewhere else.
      expect(actions.length, `${v.verbName} asks no action of the permission table`).toBeGreaterThan(0);
      for (const [name, a] of Object.entries(actors)) {
        const expected = mayWrite(a) && actions.some((action) => may(a, action));
        expect(await verbAllows(v, a), `${v.verbName} / ${name}`).toBe(expected);
      }
    }
  });

  it('a new role is a one-place change: its rows alone decide what it may do', async () => {
    const observer = registerRole('observer');
    const watcher = user(observer, { stateIso3: 'LBN' });
    const verbs = (await loadVerbs()).filter(
      (v) => !v.verbName.startsWith('test.') && !secretLinkVerbs.includes(v.verbName),
    );

    // With no rows, the role may do nothing: no check falls through to "allowed".
    expect(principals()).toContain('observer');
    for (const { action } of permissionTable()) expect(may(watcher, action), action).toBe(false);
    for (const check of Object.values(coarse).flat()) expect(check(watcher)).toBe(false);
    for (const v of verbs) expect(await verbAllows(v, watcher), v.verbName).toBe(false);
    expect(cooperation.responsesScopeOf(watcher)).toBeNull();

    // Its rows, in one place: it reads its own State's drafts and every need, and writes nothing.
    grant('reports.readUnpublished', observer, 'own-state');
    grant('cooperation.seeUnpublishedNeeds', observer, 'any');
    grant('cooperation.listResponses', observer, 'own-state');
    expect(reports.canReadUnpublished(watcher, 'LBN')).toBe(true);
    expect(reports.canReadVersion(watcher, 'CHL', 'draft')).toBe(false);
    expect(reports.canWriteReport(watcher, 'LBN')).toBe(false);
    expect(cooperation.canSeeUnpublishedNeeds(watcher)).toBe(true);
    expect(cooperation.responsesScopeOf(watcher)).toBe('own-state');
    for (const v of verbs) expect(await verbAllows(v, watcher), v.verbName).toBe(false);

    // A write row lets it through the verbs that ask that action, and through no other.
    grant('cooperation.keepLedger', observer, 'any');
    const allowed = [];
    for (const v of verbs) if (await verbAllows(v, watcher)) allowed.push(v.verbName);
    expect(allowed.sort()).toEqual([
      'cooperation.deleteExchangeRate',
      'cooperation.recordLedgerEntry',
      'cooperation.removeLedgerEntry',
      'cooperation.setExchangeRate',
      'cooperation.updateLedgerEntry',
    ]);
    expect(cooperation.canKeepLedger(watcher)).toBe(true);
    expect(cooperation.canKeepLedger(readOnly(watcher))).toBe(true);
  });
});

/** A response of a partner to one State's need, written directly: the query is what is tested. */
async function responseTo(db: Db, stateIso3: string, ownerKey: string) {
  const at = new Date('2026-06-01T00:00:00Z');
  const need = await insertNeed(db, { stateIso3, description: `Clearance in ${stateIso3}` });
  await db
    .insert(needResponses)
    .values({ needId: need.id, ownerKey, stage: 'interest', createdAt: at, updatedAt: at });
}

describe.each(engines)('the responses list asks the table (%s)', (engine) => {
  const database = useFreshDatabase(engine);
  afterEach(() => withdrawPrincipal('observer' as Principal));

  it('shows a role the table does not name nothing, and a named one what its scope reaches', async () => {
    const { db } = database();
    await responseTo(db, 'LBN', 'state:DEU');
    await responseTo(db, 'CHL', 'org:NPA');
    const states = async (a: Actor) => (await listResponsesFor(db, a)).map((r) => r.needStateIso3).sort();
    expect(await states(isu)).toEqual(['CHL', 'LBN']);
    expect(await states(coordinator)).toEqual(['CHL', 'LBN']);
    expect(await states(fpLbn)).toEqual(['LBN']);
    expect(await states(partnerOrg)).toEqual(['CHL']);
    expect(await states(signedIn)).toEqual([]);
    expect(await states(anonymous)).toEqual([]);

    const observer = registerRole('observer');
    const watcher = user(observer, { stateIso3: 'LBN' });
    expect(await states(watcher)).toEqual([]);
    grant('cooperation.listResponses', observer, 'own-state');
    expect(await states(watcher)).toEqual(['LBN']);
    grant('cooperation.listResponses', observer, 'any');
    expect(await states(watcher)).toEqual(['CHL', 'LBN']);
  });
});
