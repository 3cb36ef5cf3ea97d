import { fieldsOf, postForm, type TestApp } from './app.js';

/** The form posting to `action` as the page at `path` shows it (to the holder of `cookie`). */
export async function formOnPage(app: TestApp, path: string, action: string, cookie?: string) {
  const res = await app.request(path, { headers: cookie ? { cookie } : {} });
  return fieldsOf(await res.text(), action);
}

/**
 * Posts the form with the given action as the page at `path` shows it, with `typed` over what it
 * shows, as a person filling it in and pressing its button does.
 */
export async function pressButton(
  app: TestApp,
  path: string,
  action: string,
  cookie: string,
  typed: Record<string, string> = {},
) {
  return postForm(app, action, { ...(await formOnPage(app, path, action, cookie)), ...typed }, cookie);
}
