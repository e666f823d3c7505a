/** A small catalogue for the app's component tests: national lines, a local office without a number, measures. */
import type { Catalog, CatalogText, Service, Source } from '../../../src/catalog/types.ts';

const SRC: Record<string, Source> = { s1: { url: 'https://example.no/kilde', kind: 'service', retrieved: '2026-11-01', published: '2025', fact: 'Nummer og åpningstid' } };

/** One service with sensible defaults. */
export function service(id: string, extra: Partial<Service> = {}): Service {
  return {
    id,
    group: null,
    categories: ['hjelpetelefon'],
    organization: { name: 'Org' },
    name: `Tjeneste ${id}`,
    names: {},
    summary: `Oppsummering ${id}`,
    description: `Beskrivelse ${id}`,
    audienceText: `Alle ${id}`,
    audiences: ['voksne'],
    free: true,
    anonymous: null,
    referral: false,
    phones: [],
    sms: [],
    chat: [],
    email: [],
    website: null,
    schedule: { type: 'unknown' },
    area: { type: 'national' },
    location: null,
    languages: [],
    measures: [],
    fallback: [],
    keywords: {},
    assuredDate: '2026-11-01',
    sources: SRC,
    ...extra,
  };
}

const phone = (number: string, display: string) => ({ number, display, label: { nb: 'Hjelpelinje, døgnåpen', en: 'Helpline, open 24/7' }, confidence: 'high' as const, sources: ['s1'] });

export const VO = service('vo-linjen', {
  name: 'Vold- og overgrepslinjen (VO-linjen) 116 006',
  names: { en: 'Violence and Abuse Helpline 116 006' },
  summary: 'Hjelpelinje for alle som er utsatt for vold eller overgrep.',
  phones: [phone('116006', '116 006')],
  sms: [phone('41716006', '417 16 006')],
  chat: [{ url: 'https://www.vo-linjen.no/chat', sources: ['s1'] }],
  website: { url: 'https://www.vo-linjen.no/', sources: ['s1'] },
  email: [{ url: 'mailto:post@example.no', sources: ['s1'] }],
  schedule: { type: 'always', sources: ['s1'] },
  measures: ['plan-64', 'nsk-6', 'plan-999'],
  languages: ['nb', 'en', 'xx'],
});

export const ALARM = service('alarmtelefonen', {
  name: 'Alarmtelefonen for barn og unge 116 111',
  categories: ['hjelpetelefon', 'barn-unge'],
  audiences: ['barn', 'unge'],
  ages: { max: 18 },
  phones: [phone('116111', '116 111')],
  schedule: { type: 'always', sources: ['s1'] },
});

export const KRISESENTER = service('krisesenter-alta', {
  group: 'krisesenter',
  categories: ['krisesenter'],
  name: 'Alta krisesenter',
  fallback: ['vo-linjen', 'finnes-ikke'],
  area: { type: 'counties', counties: ['Finnmark'] },
  location: { name: 'Alta', number: '5601', county: 'Finnmark' },
  schedule: { type: 'weekly', spans: [{ days: [1, 2, 3, 4, 5], opens: '09:00', closes: '15:00' }], sources: ['s1'] },
});

export const CATALOG: Catalog = {
  schema: 1,
  version: 'test',
  checked: '2026-11-01',
  services: [VO, ALARM, KRISESENTER],
  measures: [
    {
      id: 'plan-64',
      source: 'plan',
      number: 64,
      chapter: { number: 5, title: 'Hjelp til utsatte' },
      text: 'Styrke hjelpelinjene.',
      ministries: ['JD', 'BFD'],
      note: '',
      services: ['vo-linjen', 'alarmtelefonen'],
    },
    {
      id: 'plan-1',
      source: 'plan',
      number: 1,
      chapter: { number: 1, title: 'Forebygging' },
      text: 'Forebygge vold.',
      ministries: ['KD'],
      note: 'Merknad',
      services: [],
    },
    {
      id: 'nsk-6',
      source: 'nsk',
      number: 6,
      area: { number: 2, title: 'Hjelp og beskyttelse' },
      title: 'Videreføre VO-linjen',
      status: 'ongoing',
      ministry: 'JD',
      statusText: 'Arbeidet pågår.',
      services: ['vo-linjen'],
    },
    {
      id: 'nsk-7',
      source: 'nsk',
      number: 7,
      area: { number: 2, title: 'Hjelp og beskyttelse' },
      title: 'Kartlegge behov',
      status: 'completed',
      ministry: 'BFD',
      statusText: 'Ferdig i 2023.',
      services: [],
    },
  ],
  ministries: { JD: 'Justis- og beredskapsdepartementet', BFD: 'Barne- og familiedepartementet', KD: 'Kunnskapsdepartementet' },
  places: [],
};

/** English texts for one service (the rest falls back to Norwegian). */
export const TEXT_EN: CatalogText = {
  lang: 'en',
  services: { 'vo-linjen': { summary: 'A helpline for everyone exposed to violence or abuse.' } },
  measures: { 'plan-64': { text: 'Strengthen the helplines.' } },
};
