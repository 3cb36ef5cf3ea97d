import type { Hono } from 'hono';
import { type ExportSpec, exportFormats, exportTable } from './export.js';
import type { AppContext, AppEnv } from './http.js';

/**
 * Serves one table as its two downloads, `${path}.csv` and `${path}.xlsx`: `spec` reads the request
 * (its filters, the reader, the language) and gives the file's name, its sheet, columns and rows.
 */
export function serveDownloads<R>(
  app: Hono<AppEnv>,
  path: string,
  spec: (c: AppContext) => Promise<ExportSpec<R>>,
): void {
  for (const format of exportFormats)
    app.get(`${path}.${format}`, async (c) => exportTable(c, await spec(c), format));
}
