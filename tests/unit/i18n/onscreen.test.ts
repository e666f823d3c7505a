// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { countNorwegianWords, FALLBACK_END, FALLBACK_START, maxNorwegianShare, norwegianShare } from '../../../src/i18n/onscreen.ts';
import { measuredPages } from '../../../src/i18n/onscreen-pages.ts';
import { CATALOG } from '../ui/fixture.ts';

function page(html: string, lang = 'ar'): HTMLElement {
  document.documentElement.setAttribute('lang', lang);
  document.body.innerHTML = html;
  return document.body;
}
const all = () => true;

describe('countNorwegianWords', () => {
  test('counts words by their nearest lang; numbers are not words', () => {
    const c = countNorwegianWords(page('<p>اتصل الآن 116 006</p><p lang="nb">Ring oss <b>hele døgnet</b></p>'), 'ar', all);
    expect(c).toEqual({ words: 6, norwegian: 4, pieces: ['Ring oss', 'hele døgnet'] });
    expect(norwegianShare(c)).toBeCloseTo(4 / 6);
  });
  test('leaves aside the official name (h1, name tag), citations and what a closed <details> hides', () => {
    const body = page(`
      <h1><bdi lang="nb">Vold- og overgrepslinjen</bdi> خط المساعدة</h1>
      <p><bdi lang="nb">Alarmtelefonen for barn og unge</bdi> مفتوح</p>
      <ul class="sources"><li><cite><a href="#">bufdir.no</a></cite> – <q lang="nb">Nummeret er 116 006</q></li></ul>
      <details><summary>النص بالنرويجية</summary><p lang="nb">Styrke hjelpelinjene for barn</p></details>
      <details open><summary>مفتوح</summary><p lang="nb">Dette er åpent</p></details>`);
    const c = countNorwegianWords(body, 'ar', all);
    expect(c.pieces).toEqual(['Dette er åpent']);
    expect(c.norwegian).toBe(3);
    expect(c.words).toBe(2 + 1 + 2 + 1 + 3);
  });
  test('a <span lang="nb"> outside names counts, even inside h2; only the chosen option of a select is on screen', () => {
    const body = page('<h2><span lang="nb">Hjelp nå</span></h2><select><option lang="nb">Alle departementer</option><option lang="nb" selected>Justis</option></select>');
    expect(countNorwegianWords(body, 'en', all)).toEqual({ words: 3, norwegian: 3, pieces: ['Hjelp nå', 'Justis'] });
  });
  test('invisible elements, scripts and styles do not count; Nynorsk is not fallback; a Norwegian page has none', () => {
    const body = page('<p hidden lang="nb">Skjult tekst</p><script>var og = 1</script><style>p{}</style><p lang="nn">Nynorsk</p><p>Hei</p>');
    expect(countNorwegianWords(body, 'en', (el) => !el.hasAttribute('hidden'))).toEqual({ words: 2, norwegian: 0, pieces: [] });
    expect(countNorwegianWords(page('<p>Ring oss</p>', 'nb'), 'nb', all).norwegian).toBe(0);
    expect(countNorwegianWords(page('<p lang="nb-NO">Ring oss</p>', 'en-GB'), 'en-GB', all).norwegian).toBe(2);
  });
  test('text between the fallback marks is Norwegian (UI strings that fell back without a lang mark)', () => {
    const body = page(`<p>Ọ̀rọ̀ ${FALLBACK_START}Søk etter hjelp${FALLBACK_END} here</p>`);
    expect(countNorwegianWords(body, 'en', all)).toEqual({ words: 5, norwegian: 3, pieces: ['Søk etter hjelp'] });
  });
  test('an empty page is 0 %, and a huge one is counted without trouble', () => {
    expect(norwegianShare(countNorwegianWords(page(''), 'en', all))).toBe(0);
    const big = countNorwegianWords(page(`<p lang="nb">${'ord '.repeat(50000)}</p>`), 'en', all);
    expect(big.norwegian).toBe(50000);
  });
  test('limits: 10 % for the Sami languages, 5 % for the others', () => {
    expect(['se', 'smj', 'sma', 'en', 'ar'].map(maxNorwegianShare)).toEqual([0.1, 0.1, 0.1, 0.05, 0.05]);
  });
});

describe('measuredPages', () => {
  test('home, four searches, a service of every category present, a list, measures and about', () => {
    const pages = measuredPages(CATALOG, 'ar');
    expect(pages.map((p) => p.kind)).toEqual(['home', 'search', 'search', 'search', 'search', 'service', 'service', 'service', 'list', 'measures', 'about']);
    expect(pages.find((p) => p.kind === 'service')?.path).toBe('/ar/tjeneste/alarmtelefonen');
    expect(pages.find((p) => p.kind === 'list')?.path).toMatch(/^\/ar\/liste\/.+/);
  });
});
