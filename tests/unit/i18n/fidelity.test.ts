import { describe, expect, test } from 'vitest';
import { addresses, checkFidelity, norwegianWords, parseExceptions, phoneNumbers, sentences, type TextPair } from '../../../scripts/i18n/fidelity.ts';
import { checkTranslationFidelity, parseFlags, textPairs, type Project } from '../../../scripts/i18n-check.ts';

const NB = 'Ring Alarmtelefonen på 116 111 eller VO-linjen 22 40 00 40. Du kan også skrive til post@vo-linjen.no eller lese mer på https://dinutvei.no/hjelp.';
const pair = (lang: string, text: string, nb = NB, key = 'services:vo-linjen.description'): TextPair => ({ lang, key, nb, text });
const rules = (issues: { level: string; rule: string; lang: string; key: string }[]) => issues.map((i) => `${i.level}:${i.rule}:${i.lang}:${i.key}`);

describe('what the rules look for', () => {
  test('phone numbers: grouped or not, with country code, emergency numbers; not years, dates or counts', () => {
    expect(phoneNumbers(NB)).toEqual(['116111', '22400040']);
    expect(phoneNumbers('Ring 113, 112 eller 02800. Utlandet: +47 23 95 00 00.')).toEqual(['113', '112', '02800', '4723950000']);
    expect(phoneNumbers('I 2023 hadde 26 sentre åpent fra 31.12.2023 til 2024–2028, kl. 14.')).toEqual([]);
    // Arabic-Indic and Persian digits count as the same number.
    expect(phoneNumbers('اتصل على ١١٦ ١١١')).toEqual(['116111']);
  });
  test('addresses: URLs, bare domains with a path, e-mail; trailing punctuation dropped', () => {
    expect(addresses(NB).sort()).toEqual(['dinutvei.no/hjelp', 'post@vo-linjen.no']);
    expect(addresses('Se bufdir.no/foreldrehverdag/, eller (116111.no).')).toEqual(['bufdir.no/foreldrehverdag', '116111.no']);
  });
  test('sentences: abbreviations before numbers are not sentence ends; Arabic, Urdu and Ethiopic stops are', () => {
    expect(sentences('Åpent kl. 14–22. Chat ca. 2017 også. Ring!')).toBe(3);
    expect(sentences('جملة أولى. جملة ثانية؟')).toBe(2);
    expect(sentences('پہلا جملہ۔ دوسرا جملہ۔')).toBe(2);
    expect(sentences('ሓደ። ክልተ።')).toBe(2);
    expect(sentences('')).toBe(0);
  });
  test('Norwegian words: found in a non-Scandinavian text, not inside names or quotes, not words of the language itself', () => {
    expect(norwegianWords('Call 116 006 og ikke wait', 'en', [])).toEqual(['og', 'ikke']);
    expect(norwegianWords('Contact Kompetanseteamet mot negativ sosial kontroll og æresrelatert vold', 'en', ['Kompetanseteamet mot negativ sosial kontroll og æresrelatert vold'])).toEqual([]);
    expect(norwegianWords('Ring the number «Hjelp og råd»', 'en', [])).toEqual([]);
    expect(norwegianWords('Waa kan', 'so', [])).toEqual([]);
    expect(norwegianWords('Ring og spør', 'nn', [])).toEqual([]);
  });
});

describe('checkFidelity', () => {
  const faithful = 'Call the Alarm Line on 116 111 or VO-linjen on 22 40 00 40. You can also write to post@vo-linjen.no or read more at https://dinutvei.no/hjelp.';
  test('a faithful translation passes, with any digit spacing', () => {
    expect(checkFidelity([pair('en', faithful), pair('en', faithful.replace('22 40 00 40', '22400040'))], [])).toEqual([]);
  });
  test('a missing phone number or address is an error naming language and key', () => {
    const issues = checkFidelity([pair('ar', faithful.replace('116 111', 'the Alarm Line').replace('https://dinutvei.no/hjelp', 'the website'))], []);
    expect(rules(issues)).toEqual(['error:numbers:ar:services:vo-linjen.description', 'error:links:ar:services:vo-linjen.description']);
    expect(issues[0]!.message).toContain('116111');
  });
  test('an abridged text is reported (not an error), by length or by two sentences fewer; a reviewed exception silences it', () => {
    const short = pair('pl', 'Zadzwoń: 116 111, 22 40 00 40, post@vo-linjen.no, https://dinutvei.no/hjelp');
    const issues = checkFidelity([short], []);
    expect(rules(issues)).toEqual(['warning:short:pl:services:vo-linjen.description']);
    const fewer = pair('en', 'One. Call 116 111, 22 40 00 40, post@vo-linjen.no, https://dinutvei.no/hjelp and more words here to be long enough', 'En. To. Tre. Ring 116 111, 22 40 00 40, post@vo-linjen.no, https://dinutvei.no/hjelp.');
    expect(checkFidelity([fewer], [])[0]?.message).toMatch(/\d sentences fewer/);
    expect(checkFidelity([short], [], [{ lang: 'pl', key: short.key, rule: 'short', reason: 'Reviewed: the list form says it all.' }])).toEqual([]);
  });
  test('Tigrinya and Arabic may be denser than Latin scripts', () => {
    const nb = 'x'.repeat(100);
    expect(checkFidelity([pair('ti', 'ሀ'.repeat(45), nb)], [])).toEqual([]);
    expect(rules(checkFidelity([pair('en', 'y'.repeat(45), nb)], []))).toEqual(['warning:short:en:services:vo-linjen.description']);
  });
  test('Norwegian left: identical text, or Norwegian function words', () => {
    const same = pair('so', 'Ring oss når du vil snakke.', 'Ring oss når du vil snakke.', 'ui:a');
    const mixed = pair('pl', 'Zadzwoń og ikke czekaj.', 'Ring og ikke vent.', 'ui:b');
    expect(rules(checkFidelity([same, mixed], []))).toEqual(['warning:norwegian:so:ui:a', 'warning:norwegian:pl:ui:b']);
    // Short Nynorsk texts and product names may be spelt as in bokmål.
    expect(checkFidelity([pair('nn', 'Søk etter hjelp', 'Søk etter hjelp', 'ui:c'), pair('ar', 'Samsung Internet', 'Samsung Internet', 'ui:d')], [])).toEqual([]);
  });
  test('exceptions: a missing reason is an error, one that no longer applies is reported', () => {
    const issues = checkFidelity([pair('en', faithful)], [], [
      { lang: 'en', key: 'ui:x', rule: 'short', reason: '' },
      { lang: 'en', key: 'services:vo-linjen.description', rule: 'short', reason: 'Was shorter once, fixed since.' },
    ]);
    expect(rules(issues)).toEqual(['error:exceptions:en:ui:x', 'warning:exceptions:en:services:vo-linjen.description']);
    expect(rules(parseExceptions({ exceptions: [{ lang: 'en' }] }).errors)).toEqual(['error:exceptions:en:exceptions[0]']);
    expect(parseExceptions(undefined)).toEqual({ exceptions: [], errors: [] });
  });
  test('huge and odd-Unicode texts do not break the rules', () => {
    const huge = `${'a\u200b\u0301 '.repeat(20000)}116 006`;
    expect(rules(checkFidelity([pair('en', huge, 'Ring 116 006.')], []))).toEqual([]);
  });
});

describe('the pairs of a project', () => {
  const project = (): Project => ({
    langs: ['nb', 'ar'],
    status: { nb: 'reviewed', ar: 'draft' },
    bundles: { nb: { ui: { 'help.call': 'Ring 116 006 nå' } }, ar: { ui: { 'help.call': 'اتصل الآن' } } },
    sources: [],
    services: [
      { id: 'k-a', group: 'krisesenter', fields: ['summary'], nb: { summary: 'Ring 22 00 00 00.', notes: 'Usikker.' }, labels: { website: 'Les mer' } },
      { id: 'k-b', group: 'krisesenter', fields: ['summary'], nb: { summary: 'Ring 22 00 00 00.' }, labels: {} },
    ],
    measureIds: ['plan-1'],
    measureTexts: { 'plan-1': { text: 'Se dinutvei.no.' } },
    serviceTexts: { ar: { services: { '@krisesenter': { summary: 'اتصل', labels: { website: 'اقرأ' } }, 'k-a': { notes: 'غير مؤكد' } }, measures: { 'plan-1': { text: 'انظر' } } } },
  });
  test("UI strings, group texts (against the group's common nb), labels, notes and measures are all compared", () => {
    expect(textPairs(project()).map((p) => `${p.key}=${p.nb}`)).toEqual([
      'ui:help.call=Ring 116 006 nå',
      'services:@krisesenter.summary=Ring 22 00 00 00.',
      'services:@krisesenter.labels.website=Les mer',
      'services:k-a.notes=Usikker.',
      'measures:plan-1.text=Se dinutvei.no.',
    ]);
    expect(rules(checkTranslationFidelity(project()))).toEqual([
      'error:numbers:ar:ui:help.call',
      'error:numbers:ar:services:@krisesenter.summary',
      'error:links:ar:measures:plan-1.text',
    ]);
  });
  test('flags', () => {
    expect(parseFlags([])).toEqual({ screen: true, enforceScreen: false, verbose: false });
    expect(parseFlags(['--no-screen', '--enforce-screen', '--verbose'])).toEqual({ screen: false, enforceScreen: true, verbose: true });
  });
});
