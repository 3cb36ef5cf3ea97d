import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, negotiateLocale } from './index.js';

describe('formatting per locale', () => {
  it('writes full and partial treaty dates in each language', () => {
    expect(formatDate('en', '2026-05-01')).toBe('1 May 2026');
    expect(formatDate('fr', '2026-05-01')).toBe('1 mai 2026');
    expect(formatDate('es', '2026-05-01')).toBe('1 de mayo de 2026');
    expect(formatDate('en', '2023-06')).toBe('June 2023');
    expect(formatDate('fr', '2026')).toBe('2026');
    expect(formatDate('en', null)).toBe('');
  });

  it('groups numbers as each language does', () => {
    expect(formatNumber('en', 186349)).toBe('186,349');
    expect(formatNumber('fr', 186349).replace(/\s/g, ' ')).toBe('186 349');
    expect(formatNumber('es', 186349)).toBe('186.349');
  });

  it('writes Arabic with Western digits and Gregorian months (decision 031)', () => {
    expect(formatDate('ar', '2026-05-01')).toBe('1 مايو 2026');
    expect(formatDate('ar', '2023-06')).toBe('يونيو 2023');
    expect(formatDate('ar', '2026')).toBe('2026');
    expect(formatNumber('ar', 186349.5)).toBe('186,349.5');
    // No Arabic-Indic digits (٠–٩, ۰–۹) anywhere, the time of an instant included.
    expect(formatDate('ar', new Date(Date.UTC(2026, 10, 23, 9, 5)))).not.toMatch(
      /[\u0660-\u0669\u06f0-\u06f9]/,
    );
    expect(formatDate('ar', new Date(Date.UTC(2026, 10, 23, 9, 5)))).toContain('2026');
  });

  it('negotiates: explicit choice, then the browser, then English', () => {
    expect(negotiateLocale('es', 'fr-CH,fr;q=0.9')).toBe('es');
    expect(negotiateLocale(undefined, 'fr-CH,fr;q=0.9,en;q=0.8')).toBe('fr');
    expect(negotiateLocale('de', 'de-DE')).toBe('en');
    expect(negotiateLocale(undefined, 'ar-LB,ar;q=0.9,fr;q=0.8')).toBe('ar');
  });
});
