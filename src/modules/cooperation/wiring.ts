import type { TxContext } from '../../kernel/context.js';
import {
  provideCurrentNeeds,
  type ReportDelivered,
  reportAmended,
  reportRecalled,
  reportSubmitted,
} from '../reports/index.js';
import { currentNeeds } from './needs/prefill.js';
import { syncNeedsFromReport } from './needs/sync-needs-from-report.js';
import { withdrawNeedsOfRecall } from './needs/withdraw-needs-of-recall.js';

/*
 * What cooperation does when a report changes, and what it lends the reports module, wired once at
 * start-up (src/wiring.ts). The import runs from cooperation to reports only; reports knows nothing
 * of these subscribers. Subscribing again under the same id replaces, so wiring twice is harmless.
 */

const followDelivery = (ctx: TxContext, r: ReportDelivered) =>
  syncNeedsFromReport(ctx, {
    stateIso3: r.stateIso3,
    reportId: r.reportId,
    version: r.version,
    year: r.year,
    kind: r.kind,
    receivedOn: r.receivedOn,
    needs: r.facts.needs,
  }).then(() => undefined);

export function wireCooperation(): void {
  // Stated needs become the State's needs, or reconfirm those it has (needs/README.md).
  reportSubmitted.subscribe('cooperation.needs', followDelivery);
  reportAmended.subscribe('cooperation.needs', followDelivery);
  // Needs only the recalled submission created are withdrawn with it.
  reportRecalled.subscribe('cooperation.needs', async (ctx, r) => {
    await withdrawNeedsOfRecall(ctx, {
      stateIso3: r.stateIso3,
      reportId: r.reportId,
      recalled: {
        number: r.recalled.number,
        submittedAt: r.recalled.submittedAt,
        receivedOn: r.recalled.receivedOn,
      },
      restored: r.restored ? { number: r.restored.number, needs: r.restored.facts.needs } : null,
    });
  });
  // A new draft's needs come from the register as it stands.
  provideCurrentNeeds({ currentNeeds });
}
