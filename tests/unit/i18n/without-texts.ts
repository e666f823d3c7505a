/**
 * Test fixture: a language that lacks some texts. Tests of the Norwegian fallback take the texts out
 * for the duration of the test, so they keep testing the fallback after translators fill the gap.
 */
import { i18next } from '../../../src/i18n/i18n.ts';

const PLURALS = ['', '_zero', '_one', '_two', '_few', '_many', '_other'];

/** Runs `fn` while `lang` has none of `keys` (dotted, any plural form) in namespace `ns`; then restores them. */
export async function withoutTexts<T>(lang: string, ns: string, keys: string[], fn: () => T | Promise<T>): Promise<T> {
  const saved = structuredClone((i18next.getResourceBundle(lang, ns) ?? {}) as Record<string, unknown>);
  const trimmed = structuredClone(saved);
  for (const key of keys) {
    const path = key.split('.');
    const last = path.pop()!;
    let node: Record<string, unknown> | undefined = trimmed;
    for (const p of path) node = (node?.[p] as Record<string, unknown> | undefined) ?? undefined;
    for (const suffix of PLURALS) if (node) delete node[last + suffix];
  }
  const put = (bundle: Record<string, unknown>) => {
    i18next.removeResourceBundle(lang, ns);
    i18next.addResourceBundle(lang, ns, bundle, true, true);
  };
  put(trimmed);
  try {
    return await fn();
  } finally {
    put(saved);
  }
}
