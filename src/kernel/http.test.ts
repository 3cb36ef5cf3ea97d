import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { type AppEnv, inputLocale } from './http.js';

/** The language typed numbers are read in: a page's own, an API request's Content-Language, else English. */
describe('inputLocale', () => {
  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    c.set('locale', 'fr');
    await next();
  });
  app.get('*', (c) => c.text(inputLocale(c)));
  const localeOf = async (path: string, headers: Record<string, string> = {}) =>
    (await app.request(path, { headers })).text();

  it("reads a page's form in the page's language", async () => {
    expect(await localeOf('/cooperation/needs/new', { 'content-language': 'es' })).toBe('fr');
  });

  it("reads an API request's strings in its Content-Language, else English", async () => {
    expect(await localeOf('/api/v1/needs', { 'content-language': 'es-ES' })).toBe('es');
    expect(await localeOf('/api/v1/needs', { 'content-language': 'fr, en' })).toBe('fr');
    expect(await localeOf('/api/v1/needs', { 'content-language': 'de' })).toBe('en');
    expect(await localeOf('/api/v1/needs')).toBe('en');
  });
});
