import { asc, eq } from 'drizzle-orm';
import type { TxContext } from '../../kernel/context.js';
import { addNeed, updateNeed } from '../cooperation/index.js';
import { needs } from '../cooperation/schema.js';
import type { RequestRow } from './queries.js';
import { gapsByYear } from './rules.js';
import { extensionPlanRows, extensionRequestNeeds } from './schema.js';

/**
 * The funding gap of each plan year (cost − national − external committed, per currency) becomes a
 * need of the cooperation register, through its own verbs, so matching and the handshake work for
 * it; a need already linked is updated with the year's gap, which reconfirms it (updateNeed). Called
 * inside the request's verb while the request stands (submitted). Returns the links.
 */
export async function syncPlanNeeds(ctx: TxContext, request: RequestRow) {
  const rows = await ctx.db
    .select()
    .from(extensionPlanRows)
    .where(eq(extensionPlanRows.requestId, request.id))
    .orderBy(asc(extensionPlanRows.position), asc(extensionPlanRows.id));
  const links = await ctx.db
    .select()
    .from(extensionRequestNeeds)
    .where(eq(extensionRequestNeeds.requestId, request.id))
    .orderBy(asc(extensionRequestNeeds.id));
  const area = request.article === 3 ? 'art3' : 'art4';
  const out: Array<{ year: number; currency: string; needId: number; gap: number }> = [];
  for (const g of gapsByYear(rows)) {
    const milestones = rows
      .filter((r) => r.year === g.year)
      .map((r) => r.milestone)
      .join('; ');
    const fields = {
      area,
      type: 'financial',
      // The register's words are the State's: the need names the request and the plan year it funds.
      description: `Extension request ${request.id} (Article ${request.article}): funding gap of the ${g.year} work plan in ${g.currency}`,
      activitiesTimeframe: `${g.year}: ${milestones}`,
      estimatedCost: g.gap,
      currency: g.currency,
      nationalContribution: null,
      planReference: `/extension-requests/${request.id}#plan`,
    };
    const link = links.find((l) => l.year === g.year && l.currency === g.currency);
    if (link) {
      const [need] = await ctx.db
        .select({ version: needs.version })
        .from(needs)
        .where(eq(needs.id, link.needId));
      if (need) {
        await updateNeed(ctx, { id: link.needId, version: need.version, ...fields });
        out.push({ year: g.year, currency: g.currency, needId: link.needId, gap: g.gap });
        continue;
      }
    }
    const { id } = await addNeed(ctx, { stateIso3: request.stateIso3, ...fields, isPublic: false });
    await ctx.db
      .insert(extensionRequestNeeds)
      .values({ requestId: request.id, year: g.year, currency: g.currency, needId: id });
    out.push({ year: g.year, currency: g.currency, needId: id, gap: g.gap });
  }
  return out;
}
