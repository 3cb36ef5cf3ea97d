import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('defaults to port 3000 and the embedded database in ./data', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ PORT: 3000, DATA_DIR: './data', baseUrl: 'http://localhost:3000' });
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.secureCookies).toBe(false);
  });

  it('switches to PostgreSQL when DATABASE_URL is set, and treats an empty one as unset', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db' }).DATABASE_URL).toBe(
      'postgres://u@h:5432/db',
    );
    expect(loadConfig({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  it('uses secure cookies behind an https base URL', () => {
    expect(loadConfig({ BASE_URL: 'https://ccm.example.org' }).secureCookies).toBe(true);
  });

  it('trusts no proxy unless told, and reads a number of proxies to trust', () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(0);
    expect(loadConfig({ TRUST_PROXY: 'yes' }).TRUST_PROXY).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'no' }).TRUST_PROXY).toBe(0);
    expect(() => loadConfig({ TRUST_PROXY: 'maybe' })).toThrowError(/TRUST_PROXY/);
  });

  it('fails fast with every problem named', () => {
    expect(() => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', AUTH_SECRET: 'short' })).toThrowError(
      /PORT[\s\S]*DATABASE_URL[\s\S]*AUTH_SECRET/,
    );
  });
});
