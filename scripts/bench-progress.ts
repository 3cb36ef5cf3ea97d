// `npm run bench` (second part): the time to compute a whole Progress Report — the snapshot read from
// the database and every indicator computed — for the 11MSP window, first with one synthetic report
// for every State Party, then with ten years of them. The synthetic reports are demonstration data,
// built through the same verbs a State uses, and never leave this temporary database.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Db, migrateDatabase, openDatabase } from '../src/db/client.js';
import { systemActor } from '../src/kernel/actor.js';
import { createContext } from '../src/kernel/context.js';
import { seedCalendar } from '../src/modules/calendar/index.js';
import { computeProgressReport, loadSnapshot, windowOf } from '../src/modules/progress/index.js';
import {
  createReport,
  currentTemplateId,
  type FormCode,
  getTemplate,
  type SaveFormInput,
  saveForm,
  submitReport,
} from '../src/modules/reports/index.js';
import { listStates, seedReferenceStates } from '../src/modules/states/index.js';
import { wireModules } from '../src/wiring.js';

const RUNS = Number(process.env.BENCH_PROGRESS_RUNS ?? 7);
const template = getTemplate(currentTemplateId);

type Scalar = SaveFormInput['values'][string];

/** A plausible value for a field of the template: every table three rows, every question answered. */
function valueFor(field: (typeof template.forms)[number]['fields'][number], i: number): Scalar {
  switch (field.kind) {
    case 'yesno':
      return i % 3 === 0 ? 'no' : 'yes';
    case 'text':
      return `Synthetic text ${i}`;
    case 'number':
      return (field.min ?? 0) + 100 + i;
    case 'date':
      return '2022-06-30';
    case 'choice':
      return field.options[i % field.options.length] as string;
    case 'table': {
      const rows = [];
      for (let r = 0; r < 3; r++) {
        const row: Record<string, string | number | null> = {};
        for (const c of field.columns) {
          if (field.hidden?.includes(c.key)) continue;
          row[c.key] = valueFor(c, r + i) as string | number | null;
        }
        rows.push(row);
      }
      return rows as Scalar;
    }
  }
}

const forms: FormCode[] = ['A', 'B', 'D', 'F', 'G', 'H', 'I'];

async function addReports(db: Db, years: number[]): Promise<number> {
  const parties = (await listStates(db, '2023-06-30')).filter((s) => s.ccmStatus === 'state_party');
  const ctx = createContext(db, systemActor('bench.progress'), { now: new Date('2023-06-30T12:00:00Z') });
  let n = 0;
  for (const year of years) {
    for (const state of parties) {
      // A State reports for the years the Convention binds it.
      if (!state.entryIntoForce || Number(state.entryIntoForce.slice(0, 4)) > year) continue;
      const created = await createReport(ctx, {
        iso3: state.iso3,
        year,
        kind: 'annual',
        demonstration: true,
      });
      const ref = { reportId: created.reportId, versionId: created.versionId };
      let lockVersion = 0;
      for (const code of forms) {
        const form = template.forms.find((f) => f.code === code);
        if (!form) continue;
        const values = Object.fromEntries(form.fields.map((f, i) => [f.key, valueFor(f, i)]));
        ({ lockVersion } = await saveForm(ctx, {
          ...ref,
          lockVersion,
          form: code,
          status: 'changed',
          values,
        }));
      }
      await submitReport(ctx, { ...ref, lockVersion, channel: 'email', receivedOn: `${year + 1}-04-20` });
      n++;
    }
  }
  return n;
}

async function timeReport(db: Db): Promise<{ medianMs: number; maxMs: number }> {
  const window = await windowOf(db, '11MSP');
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    computeProgressReport(await loadSnapshot(db, window));
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return {
    medianMs: Math.round(times[Math.floor(times.length / 2)] as number),
    maxMs: Math.round(times[times.length - 1] as number),
  };
}

wireModules();
const database = await openDatabase({ dataDir: mkdtempSync(path.join(tmpdir(), 'ccm-bench-progress-')) });
try {
  await migrateDatabase(database);
  await seedReferenceStates(database.db);
  await seedCalendar(database.db);
  const oneYear = await addReports(database.db, [2022]);
  const one = await timeReport(database.db);
  const moreYears = await addReports(database.db, [2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021]);
  const ten = await timeReport(database.db);
  console.log(
    JSON.stringify(
      {
        progressReport11MSP: {
          runs: RUNS,
          oneYear: { reports: oneYear, ...one, targetMs: 250 },
          tenYears: { reports: oneYear + moreYears, ...ten, targetMs: 2500 },
        },
      },
      null,
      2,
    ),
  );
} finally {
  await database.close();
}
