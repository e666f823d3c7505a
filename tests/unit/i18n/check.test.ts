import { describe, expect, test } from 'vitest';
import {
  baseKey,
  checkButtons,
  checkMissingAndStale,
  checkPlaceholders,
  checkPlurals,
  checkServiceTexts,
  checkUsage,
  completeness,
  findUsedKeys,
  flatten,
  formatTable,
  placeholders,
  type Project,
} from '../../../scripts/i18n-check.ts';

/** A small project: nb plus the languages given, all namespaces empty unless set. */
function project(over: Partial<Project> = {}): Project {
  return {
    langs: ['nb', 'en', 'se'],
    status: { nb: 'reviewed', en: 'reviewed', se: 'draft' },
    bundles: {
      nb: { ui: { 'home.title': 'Hjelp', 'search.button': 'Søk', 'list.count_one': '{{count}} tjeneste', 'list.count_other': '{{count}} tjenester' } },
      en: { ui: { 'home.title': 'Help', 'search.button': 'Search', 'list.count_one': '{{count}} service', 'list.count_other': '{{count}} services' } },
      se: { ui: { 'home.title': 'Veahkki' } },
    },
    sources: [{ file: 'src/a.tsx', text: "t('ui:home.title'); t('search.button'); t('ui:list.count', { count })" }],
    services: [
      { id: 'vo-linjen', group: null, fields: ['name', 'summary', 'description', 'audienceText'] },
      { id: 'krisesenter-tromso', group: 'krisesenter', fields: ['name', 'summary'] },
    ],
    measureIds: ['plan-1', 'nsk-1'],
    serviceTexts: {},
    ...over,
  };
}

const rules = (issues: { rule: string; level: string; key?: string; lang?: string }[]) => issues.map((i) => `${i.level}:${i.rule}:${i.lang}:${i.key}`);

describe('helpers', () => {
  test('flatten, baseKey, placeholders', () => {
    expect(flatten({ a: { b: 'x', c: { d: 'y' } } })).toEqual({ 'a.b': 'x', 'a.c.d': 'y' });
    expect(baseKey('count_few')).toBe('count');
    expect(baseKey('button')).toBe('button');
    expect(placeholders('Ring {{name}}, {{ number }} {{name}}')).toEqual(['name', 'number']);
  });
});

describe('missing and stale keys', () => {
  test('the fixture is clean', () => {
    expect(checkMissingAndStale(project())).toEqual([]);
  });
  test('a reviewed language missing a key is an error; a draft one is not', () => {
    const p = project();
    delete p.bundles.en!.ui!['home.title'];
    expect(rules(checkMissingAndStale(p))).toEqual(['error:missing:en:ui:home.title']);
  });
  test('a key nb does not have: error in reviewed, warning in draft', () => {
    const p = project();
    p.bundles.en!.ui!['old.key'] = 'x';
    p.bundles.se!.ui!['old.key'] = 'x';
    expect(rules(checkMissingAndStale(p))).toEqual(['error:stale:en:ui:old.key', 'warning:stale:se:ui:old.key']);
  });
});

describe('usage', () => {
  test('finds t(), namespaced literals, i18nKey, tr(lang, …) and dynamic keys', () => {
    const used = findUsedKeys([
      { file: 'a.tsx', text: "ctx.t('ui:a.b'); <T i18nKey=\"safety:exit\" />; tr(lang, 'hours.x'); const k = 'share:qr.title'; t(`ui:category.${id}`)" },
    ]);
    expect([...used.keys].sort()).toEqual(['hours.x', 'safety:exit', 'share:qr.title', 'ui:a.b']);
    expect(used.dynamic.map((d) => d.key)).toEqual(['ui:category.${id}']);
  });
  test('the fixture uses every key', () => {
    expect(checkUsage(project(), [])).toEqual([]);
  });
  test('an nb key nothing uses is an error, unless an allow pattern covers it', () => {
    const p = project();
    p.bundles.nb!.ui!['category.krisesenter'] = 'Krisesentre';
    expect(rules(checkUsage(p, []))).toEqual(['error:unused:nb:ui:category.krisesenter']);
    expect(checkUsage(p, [/^ui:category\./])).toEqual([]);
  });
  test('a key used in src/ that nb lacks is an error (users would see the key)', () => {
    const p = project({ sources: [{ file: 'a.tsx', text: "t('ui:home.title'); t('search.button'); t('ui:list.count'); t('ui:home.missing')" }] });
    expect(rules(checkUsage(p, []))).toEqual(['error:undefined:nb:ui:home.missing']);
  });
  test('a dynamic key whose keys are not all allowed is reported', () => {
    const p = project({ sources: [...project().sources, { file: 'b.tsx', text: 't(`ui:home.${x}`)' }] });
    expect(checkUsage(p, []).some((i) => i.rule === 'unused' && i.key === 'ui:home.${x}')).toBe(true);
    expect(checkUsage(p, [/^ui:home\./]).some((i) => i.key === 'ui:home.${x}')).toBe(false);
  });
});

describe('placeholders', () => {
  test('a changed placeholder is an error in every language', () => {
    const p = project();
    p.bundles.se!.ui!['list.count_other'] = '{{antall}} bálvalusa';
    expect(rules(checkPlaceholders(p))).toEqual(['error:placeholders:se:ui:list.count_other']);
  });
  test('a plural form may leave {{count}} out (Arabic "one service"), but not other placeholders', () => {
    const p = project();
    p.bundles.nb!.ui!['call.label'] = 'Ring {{name}}';
    p.bundles.en!.ui!['call.label'] = 'Call';
    p.bundles.en!.ui!['list.count_one'] = 'one service';
    expect(rules(checkPlaceholders(p))).toEqual(['error:placeholders:en:ui:call.label']);
  });
});

describe('plurals', () => {
  test('Sami needs _one, _two and _other once it has a counted key', () => {
    const p = project();
    p.bundles.se!.ui!['list.count_one'] = '{{count}} bálvalus';
    p.bundles.se!.ui!['list.count_other'] = '{{count}} bálvalusa';
    const issues = checkPlurals(p);
    expect(rules(issues)).toEqual(['error:plurals:se:ui:list.count']);
    expect(issues[0]!.message).toContain('_two');
    p.bundles.se!.ui!['list.count_two'] = '{{count}} bálvalusa';
    expect(checkPlurals(p)).toEqual([]);
  });
  test('a language that lacks the counted key entirely falls back and is not reported', () => {
    expect(checkPlurals(project())).toEqual([]);
  });
  test('Polish needs few and many; a plain string for a counted nb key is reported', () => {
    const p = project({ langs: ['nb', 'pl'], status: { nb: 'reviewed', pl: 'draft' } });
    p.bundles.pl = { ui: { 'list.count': '{{count}} usług' } };
    expect(checkPlurals(p)[0]!.message).toMatch(/_few.*_many/);
  });
});

describe('button length', () => {
  test('a button text much longer than nb: error when reviewed, warning when draft', () => {
    const p = project();
    p.bundles.en!.ui!['search.button'] = 'Search for help near you';
    p.bundles.se!.ui!['search.button'] = 'Oza veahki dán guovllus dál';
    expect(rules(checkButtons(p))).toEqual(['error:button:en:ui:search.button', 'warning:button:se:ui:search.button']);
  });
  test('within the factor is fine; keys that are not buttons are not measured', () => {
    const p = project();
    p.bundles.se!.ui!['search.button'] = 'Oza dál'; // 7 ≤ 3 × 1.6 + 4
    p.bundles.se!.ui!['home.title'] = 'A very much longer title than Hjelp';
    expect(checkButtons(p)).toEqual([]);
  });
});

describe('service texts', () => {
  test('known ids, groups and measures pass', () => {
    const p = project({ serviceTexts: { en: { services: { 'vo-linjen': { summary: 'x' }, '@krisesenter': { name: 'Crisis centre' } }, measures: { 'plan-1': { text: 'x' }, 'nsk-1': { title: 'x' } } } } });
    expect(checkServiceTexts(p)).toEqual([]);
  });
  test('unknown ids, groups, measures and fields, empty texts and a nb file are errors', () => {
    const p = project({
      serviceTexts: {
        en: { services: { 'no-such': { summary: 'x' }, '@nogroup': { name: 'x' }, 'vo-linjen': { title: 'x', summary: '' } }, measures: { 'plan-999': { text: 'x' }, 'nsk-1': { text: 'x' } } },
        nb: { services: {} },
      },
    });
    expect(rules(checkServiceTexts(p))).toEqual([
      'error:services:en:no-such',
      'error:services:en:@nogroup',
      'error:services:en:vo-linjen.title',
      'error:services:en:vo-linjen.summary',
      'error:services:en:plan-999',
      'error:services:en:nsk-1.text',
      'error:services:nb:services.json',
    ]);
  });
});

describe('completeness', () => {
  test('counts UI base keys and service fields (own or through the group)', () => {
    const p = project({ serviceTexts: { se: { services: { 'vo-linjen': { name: 'x', summary: 'y' }, '@krisesenter': { name: 'heahteguovddáš' } } } } });
    const rows = completeness(p);
    const se = rows.find((r) => r.lang === 'se')!;
    expect([se.uiKeys, se.uiTotal]).toEqual([1, 3]);
    expect([se.serviceFields, se.serviceTotal]).toEqual([3, 6]);
    const nb = rows.find((r) => r.lang === 'nb')!;
    expect([nb.uiKeys, nb.serviceFields]).toEqual([3, 6]);
    expect(formatTable(rows)).toMatch(/se\s+draft\s+33 %\s+1\/3\s+50 %\s+3\/6/);
  });
});

describe('group texts and offices with their own text', () => {
  const office = (id: string, summary: string) => ({ id, group: 'krisesenter', fields: ['name', 'summary'], nb: { summary } });
  const services = [office('ks-a', 'Trygt sted.'), office('ks-b', 'Trygt sted.'), office('ks-c', 'Krise- og incestsenter.')];
  test('an office whose nb text differs from its group needs its own translation', () => {
    const p = project({ services, serviceTexts: { en: { services: { '@krisesenter': { name: 'Crisis centre', summary: 'Safe place.' } } } } });
    expect(rules(checkServiceTexts(p))).toEqual(['error:services:en:ks-c.summary']);
    p.serviceTexts.en = { services: { '@krisesenter': { name: 'Crisis centre', summary: 'Safe place.' }, 'ks-c': { summary: 'Crisis and incest centre.' } } };
    expect(checkServiceTexts(p)).toEqual([]);
  });
});
