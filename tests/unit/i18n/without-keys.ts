import { i18next } from '../../../src/i18n/i18n.ts';

/**
 * Runs `fn` while `lang` lacks the given `ns` keys (dotted paths), then puts its bundle back, so a test
 * of the Norwegian fallback does not depend on which texts translators have not yet written.
 */
export function withoutKeys<T>(lang: string, ns: string, keys: string[], fn: () => T): T {
  const saved = structuredClone(i18next.getResourceBundle(lang, ns) ?? {}) as Record<string, unknown>;
  const stripped = structuredClone(saved);
  for (const key of keys) {
    const parts = key.split('.');
    let node: Record<string, unknown> | undefined = stripped;
    for (const part of parts.slice(0, -1)) node = node?.[part] as Record<string, unknown> | undefined;
    if (node) delete node[parts[parts.length - 1]!];
  }
  i18next.removeResourceBundle(lang, ns);
  i18next.addResourceBundle(lang, ns, stripped, true, true);
  try {
    return fn();
  } finally {
    i18next.removeResourceBundle(lang, ns);
    i18next.addResourceBundle(lang, ns, saved, true, true);
  }
}
