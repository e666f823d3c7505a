/**
 * The data model of Finn hjelp. Pure types, no DOM: shared by the build scripts,
 * the app, the service worker and the tests.
 *
 * Concepts follow Open Referral HSDS 3.0 (organization, service, location, phone,
 * schedule, service_area, language, assured_date), extended with per-language text
 * and links to the action-plan measures. Facts live in `seeds/services/*.json`
 * (Norwegian bokmål text + facts + sources); translations of the texts live in
 * `locales/{lang}/services.json`. `npm run data` validates both and writes the
 * catalogue to `src/generated/`.
 */

/** Every language the app is offered in (BCP 47). `nb` is the source language. */
export const LANGS = [
  'nb', 'nn', 'se', 'smj', 'sma', 'en', 'ar', 'fa', 'ur', 'so', 'ti', 'pl', 'uk', 'lt', 'ru',
] as const;
export type Lang = (typeof LANGS)[number];

/** Right-to-left languages. */
export const RTL_LANGS: readonly Lang[] = ['ar', 'fa', 'ur'];

/** Text in several languages; `nb` is always present in a built catalogue. */
export type LocalText = { nb: string } & Partial<Record<Lang, string>>;

/** Stable category ids (used in URLs: `/nb/sok?kategori=krisesenter`). Never rename. */
export const CATEGORIES = [
  'akutt', // 112, 113, 110, legevakt: acute danger
  'hjelpetelefon', // national phone/chat lines
  'krisesenter',
  'barnehus',
  'incest-overgrep', // sentre mot incest og seksuelle overgrep, DIXI
  'stottesenter', // støttesenter for kriminalitetsutsatte
  'overgrepsmottak',
  'aeresvold-nsk', // negativ sosial kontroll, tvangsekteskap, æresrelatert vold, kjønnslemlestelse
  'barn-unge',
  'familie',
  'politi-rett', // police, legal aid, compensation, address protection
  'helse', // mental health, health
  'samisk', // services with a Sami mandate
  'fagfolk', // services for professionals
  'informasjon', // information sites
] as const;
export type CategoryId = (typeof CATEGORIES)[number];

/** Who a service is for (filter `?for=barn`). */
export const AUDIENCES = ['barn', 'unge', 'voksne', 'fagfolk'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Norwegian counties after the 2024 reform (filter `?fylke=Troms`). */
export const COUNTIES = [
  'Oslo', 'Akershus', 'Østfold', 'Buskerud', 'Innlandet', 'Vestfold', 'Telemark', 'Agder',
  'Rogaland', 'Vestland', 'Møre og Romsdal', 'Trøndelag', 'Nordland', 'Troms', 'Finnmark',
] as const;
export type County = (typeof COUNTIES)[number];

/** A source that a fact rests on. `checked` is the ISO date (YYYY-MM-DD) the fact was last checked against it. */
export interface Source {
  url: string;
  /** ISO date the fact was checked against this source. */
  checked: string;
  /** Date the source itself was published or updated, as precise as known ("2023", "2021-09-15", "udatert"). */
  published: string;
  /** What this source says, in a few words (Norwegian). */
  fact: string;
}

/** How sure we are of a fact. `low` facts never reach the app. */
export type Confidence = 'high' | 'medium' | 'low';

/** A phone number. `number` is the dialable national number without spaces ("116006", "22400040"). */
export interface Phone {
  number: string;
  /** The number as people write it ("116 006", "22 40 00 40"). */
  display: string;
  label: LocalText;
  confidence: Confidence;
  /** Keys into the service's `sources`. At least one. */
  sources: string[];
  /** Emergency numbers (112/113/110) are only ever dialled, never texted. */
  kind?: 'voice' | 'sms';
}

/** A web channel (website, chat, e-mail). */
export interface Channel {
  /** https URL, or `mailto:` for e-mail. */
  url: string;
  label?: LocalText;
  sources: string[];
}

/** Opening hours. Days are ISO weekdays, 1 = Monday … 7 = Sunday. Times are "HH:MM" Norwegian local time; `closes` may be ≤ `opens` (past midnight). */
export interface OpeningSpan {
  days: number[];
  opens: string;
  closes: string;
}

export type Schedule =
  | { type: 'always'; notes?: LocalText; sources: string[] }
  | { type: 'weekly'; spans: OpeningSpan[]; notes?: LocalText; sources: string[] }
  | { type: 'unknown'; notes?: LocalText; sources?: string[] };

export type ServiceArea =
  | { type: 'national' }
  | { type: 'counties'; counties: County[] }
  | { type: 'municipalities'; municipalities: Municipality[] };

export interface Municipality {
  name: string;
  /** Four-digit kommunenummer (SSB, 2024). */
  number: string;
  county: County;
  /** Sami and other official names of the same place ("Romsa", "Guovdageaidnu"), for search. */
  altNames?: string[];
}

/** Service record as built into the catalogue. */
export interface Service {
  /** Lower-case slug, stable, never reused: `/nb/tjeneste/{id}`. */
  id: string;
  /** Record group for local offices ("krisesenter"), null for a single national service. */
  group: string | null;
  categories: CategoryId[];
  organization: { name: string; url?: string };
  /** Official Norwegian name; always shown. */
  name: string;
  /** Translated or explanatory names per language (not nb). */
  names: Partial<Record<Lang, string>>;
  /** Short line: what it is (nb). */
  summary: string;
  /** Plain language: what happens when you contact them (nb). */
  description: string;
  /** Who it is for, in words (nb). */
  audienceText: string;
  audiences: Audience[];
  ages?: { min?: number; max?: number };
  free: boolean | null;
  anonymous: boolean | null;
  referral: boolean | null;
  phones: Phone[];
  sms: Phone[];
  chat: Channel[];
  email: Channel[];
  website: Channel | null;
  schedule: Schedule;
  area: ServiceArea;
  /** Where the office is (municipality level; never a street address). */
  location: Municipality | null;
  /** Languages spoken (BCP 47), if known. */
  languages: string[];
  /** Measure ids this service concerns ("plan-64", "nsk-6"). */
  measures: string[];
  /** Ids of national services to call when this record has no certain number of its own. */
  fallback: string[];
  /** Search keywords per language: the words people really use. */
  keywords: Partial<Record<Lang, string[]>>;
  /** Newest date any fact of this record was checked (HSDS assured_date). */
  assuredDate: string;
  sources: Record<string, Source>;
  /** Free-text notes for frontline workers (nb), e.g. doubts about a fact. */
  notes?: string;
}

/** A "Regjeringen vil" measure of the action plan Trygghet for alle (2024–2028). */
export interface PlanMeasure {
  id: string; // "plan-64"
  source: 'plan';
  number: number;
  chapter: { number: number; title: string };
  text: string;
  /** Ministry codes (JD, BFD, HOD, KD, AID, KUD, KDD, LMD); "alle relevante departementer" kept as its own entry. */
  ministries: string[];
  note: string;
  services: string[];
}

export type MeasureStatus = 'ongoing' | 'completed';

/** A measure of the status report (per 31.12.2023) on the NSK action plan 2021–2024. */
export interface StatusMeasure {
  id: string; // "nsk-6"
  source: 'nsk';
  number: number;
  area: { number: number; title: string };
  title: string;
  status: MeasureStatus;
  ministry: string;
  statusText: string;
  services: string[];
}

export type Measure = PlanMeasure | StatusMeasure;

/** The built catalogue (nb text). Translations come per language in `CatalogText`. */
export interface Catalog {
  /** Schema version of this structure. */
  schema: 1;
  /** Content version: hash of the content, changes whenever any fact changes. */
  version: string;
  /** Newest `checked` date of any fact. */
  checked: string;
  services: Service[];
  measures: Measure[];
  /** Ministry code → Norwegian name. */
  ministries: Record<string, string>;
  /** Places people search for (municipalities with Sami and other official names), from `seeds/places.json`. */
  places: Place[];
}

/** A municipality people may type, with its other official names and the local offices that serve it. */
export interface Place {
  name: string;
  /** Kommunenummer (SSB 2024). */
  number: string;
  county: County;
  /** Sami and other official names ("Romsa", "Guovdageaidnu"). */
  altNames: string[];
  /** Ids of local offices that serve this place when it has none of its own (source-backed). */
  servedBy: string[];
}

/**
 * Key of a contact channel's label in `ServiceTextEntry.labels`: `phone:<number>`, `sms:<number>`
 * (the phone's `number` field), `chat:<i>`, `email:<i>` (0-based index in the record's array), `website`.
 */
export type LabelKey = `phone:${string}` | `sms:${string}` | `chat:${number}` | `email:${number}` | 'website';

/** One service's translated texts. */
export type ServiceTextEntry = Partial<Pick<Service, 'summary' | 'description' | 'audienceText' | 'notes'>> & {
  name?: string;
  scheduleNotes?: string;
  /** Translations of the contact labels (`label.nb`), by channel. */
  labels?: Partial<Record<LabelKey, string>>;
};

/** Per-language texts for services and measures, from `locales/{lang}/services.json`. */
export interface CatalogText {
  lang: Lang;
  services: Record<string, ServiceTextEntry>;
  measures?: Record<string, { text?: string; title?: string; statusText?: string }>;
}
