import { isoDay } from '../../kernel/clock.js';
import { ValidationError } from '../../kernel/errors.js';
import { defineVerb } from '../../kernel/verb.js';
import { listNeeds, loadLedger } from '../cooperation/index.js';
import { listStandingSubmissions } from '../reports/index.js';
import { getStateView } from '../states/index.js';
import { StartRequestInput } from './inputs.js';
import { canWriteRequestOf, mayWriteSomeRequest } from './policy.js';
import { foundSince, type Prefilled, prefillFromReports } from './prefill.js';
import { projectionBasis, standingRequestOf } from './queries.js';
import { extensionRequestSources, extensionRequests } from './schema.js';
import { requestOutcome } from './write.js';

const COUNTED = new Set(['committed', 'disbursed']);

/** A pre-filled value that no report states (the needs register, the ledger, the projection). */
const notFromReport = (
  field: string,
  value: Prefilled['value'],
  basis: string,
  at: { rows?: number[]; reportYear?: number | null } = {},
): Prefilled => ({
  field,
  value,
  reportId: null,
  reportYear: at.reportYear ?? null,
  reportVersion: null,
  form: null,
  tableName: null,
  rows: at.rows ?? [],
  basis,
});

/** One line per item, its known parts joined by a dash. */
const lines = <T>(items: T[], parts: (item: T) => Array<string | number | null>) =>
  items
    .map((item) =>
      parts(item)
        .filter((p) => p !== null && p !== '')
        .join(' — '),
    )
    .join('\n');

/**
 * Starts a request for an open Article 3 or 4 obligation, pre-filled from the State's standing
 * reports (figures with their report, form and rows), its open needs and the assistance the ledger
 * shows it received, and the yearly rate of the deadline-risk projection. One request per State and
 * article stands at a time (draft or submitted).
 */
export const startRequest = defineVerb({
  name: 'extensions.startRequest',
  input: StartRequestInput,
  allow: mayWriteSomeRequest,
  permit: (ctx, input) => canWriteRequestOf(ctx.actor, input.iso3),
  async run(ctx, input) {
    const today = isoDay(ctx.now);
    const state = await getStateView(ctx.db, input.iso3, today);
    const obligation = state.obligations.find((o) => o.article === input.article);
    if (obligation?.status !== 'open' || state.ccmStatus !== 'state_party')
      throw new ValidationError({ article: ['extensions:errors.notOpen'] });
    const existing = await standingRequestOf(ctx.db, input.iso3, input.article);
    if (existing) throw new ValidationError({ article: ['extensions:errors.exists'] });

    const reports = (await listStandingSubmissions(ctx.db)).filter((s) => s.stateIso3 === input.iso3);
    const values: Prefilled[] = prefillFromReports(input.article, reports);
    const found = input.article === 4 ? foundSince(values) : null;
    if (found) values.push(found);
    const area = input.article === 3 ? 'art3' : 'art4';
    const needs = (await listNeeds(ctx.db, { actor: ctx.actor, today, stateIso3: input.iso3, area })).filter(
      (n) => n.status === 'open' || n.status === 'partly_met',
    );
    if (needs.length)
      values.push(
        notFromReport(
          'statedNeeds',
          lines(needs, (n) => [
            `#${n.id}`,
            n.description,
            n.estimatedCost !== null ? `${n.estimatedCost} ${n.currency ?? ''}`.trim() : null,
          ]),
          'register',
          { rows: needs.map((n) => n.id) },
        ),
      );
    const received = (await loadLedger(ctx.db, { recipientIso3: input.iso3, area })).filter((r) =>
      COUNTED.has(r.status),
    );
    if (received.length)
      values.push(
        notFromReport(
          'assistanceReceived',
          lines(received, (r) => [
            r.year,
            r.providerName,
            r.amount !== null ? `${r.amount} ${r.currency ?? ''}`.trim() : null,
            r.status,
          ]),
          'ledger',
        ),
      );
    const basis = await projectionBasis(ctx.db, input.iso3, input.article, today);
    if (basis?.rateMean != null)
      values.push(
        notFromReport('annualRate', basis.rateMean, 'projection', { reportYear: basis.remainingYear }),
      );

    const fields = Object.fromEntries(values.map((v) => [v.field, v.value]));
    const [created] = await ctx.db
      .insert(extensionRequests)
      .values({
        stateIso3: input.iso3,
        article: input.article,
        status: 'draft',
        currentDeadline: obligation.currentDeadline,
        ...fields,
        createdBy: ctx.actor.id,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    if (!created) throw new Error('extension request not created');
    if (values.length)
      await ctx.db.insert(extensionRequestSources).values(
        values.map((v) => ({
          requestId: created.id,
          field: v.field,
          prefilledValue: String(v.value),
          reportId: v.reportId,
          reportYear: v.reportYear,
          reportVersion: v.reportVersion,
          form: v.form,
          tableName: v.tableName,
          rows: v.rows.join(','),
          basis: v.basis,
        })),
      );
    return requestOutcome(
      { id: created.id, stateIso3: input.iso3 },
      { id: created.id },
      { after: { ...created, prefilled: values.map((v) => v.field) } },
    );
  },
});
