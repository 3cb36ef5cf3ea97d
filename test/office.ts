import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

export const run = promisify(execFile);

/** The path of an executable on PATH, or null. */
export function findCommand(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {}
  }
  return null;
}

export const soffice = findCommand('soffice');

/**
 * Word exports are checked by converting them with LibreOffice. In CI that check is an acceptance
 * criterion, so a missing LibreOffice fails the run; elsewhere the check is skipped, loudly.
 */
export const skipOfficeCheck = !soffice && !process.env.CI;
if (skipOfficeCheck)
  console.warn('\n*** soffice (LibreOffice) not installed: Word-to-PDF checks SKIPPED ***\n');

/**
 * Converts Word documents to PDF in a fresh directory and LibreOffice profile (parallel runs on one
 * profile block each other). Returns the PDF paths, in order, and a cleanup function.
 */
export async function convertToPdf(docs: Array<{ name: string; body: Buffer }>) {
  if (!soffice) throw new Error('LibreOffice (soffice) is required to check Word exports');
  const dir = mkdtempSync(path.join(tmpdir(), 'ccm-docx-'));
  const profile = path.join(tmpdir(), `lo-${randomBytes(6).toString('hex')}`);
  const files = docs.map((d) => {
    const file = path.join(dir, `${d.name}.docx`);
    writeFileSync(file, d.body);
    return file;
  });
  await run(
    soffice,
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      ...files,
    ],
    { timeout: 120_000 },
  );
  return {
    pdfs: docs.map((d) => path.join(dir, `${d.name}.pdf`)),
    cleanup: () => {
      rmSync(dir, { recursive: true, force: true });
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
