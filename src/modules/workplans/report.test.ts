import { describe, expect, it } from 'vitest';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { convertToPdf, findCommand, run, skipOfficeCheck } from '../../../test/office.js';
import { seededApp } from '../../../test/seeded.js';
import { wordText } from '../../../test/zip.js';
import { translator } from '../../kernel/i18n/index.js';
import { seedCalendar } from '../calendar/index.js';
import { listWorkPlans } from './queries.js';
import { DOCX_TYPE } from './routes.js';
import { seedWorkPlans } from './seed.js';

describe.each(engines)('the Coordinators’ report drafted from a work plan on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('is a Word document of the activities by status, with their meetings and sources, that LibreOffice opens', async () => {
    const { db, app } = await seededApp(database(), seedCalendar, seedWorkPlans);
    const [plan] = await listWorkPlans(db);
    const res = await app.request(`/work-plans/${plan!.id}/report.docx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(DOCX_TYPE);
    const docx = Buffer.from(await res.arrayBuffer());
    const t = translator('en');
    const text = wordText(docx).replace(/’/g, "'");
    expect(text).toContain("Coordinators' report to the 11MSP — activities undertaken");
    expect(text).toContain('Activities undertaken (5)');
    expect(text).toContain('Activities whose status is not known (13)');
    expect(text.indexOf('Activities undertaken (5)')).toBeLessThan(text.indexOf('status is not known (13)'));
    expect(text).toContain('seed 000 §3(h)');
    expect(text).toContain('§62');
    expect(text).toContain(t('workplans:area.cooperation_assistance'));
    expect(text).toContain('Expected outputs');
    expect(text).toContain(
      'Country Coalition concept better understood by States Parties with time-bound obligations. (seed 000 §4(a))',
    );

    const fr = await app.request(`/work-plans/${plan!.id}/report.docx?lang=fr`);
    expect(wordText(Buffer.from(await fr.arrayBuffer()))).toContain('Activités menées (5)');

    if (skipOfficeCheck) return;
    const { pdfs, cleanup } = await convertToPdf([{ name: 'report', body: docx }]);
    try {
      const pdftotext = findCommand('pdftotext');
      if (!pdftotext) throw new Error('pdftotext (poppler-utils) is required to read the PDF');
      const words = (await run(pdftotext, ['-enc', 'UTF-8', pdfs[0]!, '-'], { timeout: 60_000 })).stdout
        .replace(/\s+/g, ' ')
        .replace(/’/g, "'");
      expect(words).toContain("Coordinators' report to the 11MSP — activities undertaken");
      expect(words).toContain('Activities undertaken (5)');
      expect(words).toContain('Meet with ISU to discuss priorities');
      expect(words).toMatch(/Page 1 of \d+/);
    } finally {
      cleanup();
    }
  }, 180_000);
});
