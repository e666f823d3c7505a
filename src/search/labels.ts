/**
 * Search words for the catalogue's own structured facts (category, audience, free, anonymous,
 * channels), per language. A record in category `krisesenter` is a crisis centre whatever words its
 * author chose as keywords, so these words are indexed for every record that has the fact.
 * Sami terms come from shared/reference/sami-glossary.md §1 (high-confidence rows only).
 */
import type { Audience, CategoryId, Lang } from '../catalog/types.ts';

type Terms = Partial<Record<Lang, string>>;

export const CATEGORY_TERMS: Record<CategoryId, Terms> = {
  akutt: { nb: 'akutt nødnummer nød fare', nn: 'akutt naudnummer naud fare', en: 'emergency urgent danger', se: 'heahtenummir heahtedilli' },
  hjelpetelefon: { nb: 'hjelpetelefon hjelpelinje telefon chat', nn: 'hjelpetelefon hjelpeline telefon', en: 'helpline hotline phone line' },
  krisesenter: { nb: 'krisesenter', nn: 'krisesenter', en: 'crisis centre crisis center shelter refuge', se: 'heahteguovddáš', sma: 'aehpiejarnge' },
  barnehus: { nb: 'barnehus', nn: 'barnehus', en: "children's house barnahus", se: 'mánáidviessu' },
  'incest-overgrep': { nb: 'incest seksuelle overgrep', nn: 'incest seksuelle overgrep', en: 'incest sexual abuse', se: 'seksuálalaš illasteapmi', sma: 'seksuelle daaresjimmieh' },
  stottesenter: { nb: 'støttesenter kriminalitetsutsatte', nn: 'støttesenter', en: 'victim support' },
  overgrepsmottak: { nb: 'overgrepsmottak voldtektsmottak', nn: 'overgrepsmottak', en: 'sexual assault centre rape' },
  'aeresvold-nsk': {
    nb: 'negativ sosial kontroll æresrelatert vold tvangsekteskap kjønnslemlestelse',
    nn: 'negativ sosial kontroll æresrelatert vald tvangsekteskap kjønnslemlesting',
    en: 'honour based violence honor forced marriage social control fgm',
    // The same words the records use for these concepts in their keywords.
    ar: 'زواج قسري العنف باسم الشرف ختان الإناث السيطرة الاجتماعية',
    fa: 'ازدواج اجباری خشونت ناموسی ختنه زنان کنترل اجتماعی',
    ur: 'جبری شادی غیرت کے نام پر تشدد',
    so: 'guur qasab ah gudniinka fircooniga',
    pl: 'małżeństwo przymusowe przemoc honorowa kontrola społeczna',
    uk: 'примусовий шлюб насильство на ґрунті честі',
    lt: 'priverstinė santuoka smurtas dėl garbės',
    ru: 'принудительный брак насилие во имя чести',
  },
  'barn-unge': { nb: 'barn unge ungdom', nn: 'born unge ungdom', en: 'children young youth', se: 'mánná nuorra', sma: 'maana noere' },
  familie: { nb: 'familie familievern', nn: 'familie familievern', en: 'family', se: 'bearaš bearašsuodjalus', sma: 'fuelhkie fuelhkievaarjelimmie' },
  'politi-rett': { nb: 'politi rettshjelp', nn: 'politi rettshjelp', en: 'police legal', se: 'politiija', smj: 'politiddja', sma: 'polijse' },
  helse: { nb: 'helse', nn: 'helse', en: 'health', se: 'dearvvašvuohta', sma: 'healsoe' },
  samisk: { nb: 'samisk', nn: 'samisk', en: 'sami saami', se: 'sámi sámegiella', smj: 'sáme', sma: 'saemien' },
  fagfolk: { nb: 'fagfolk', nn: 'fagfolk', en: 'professionals' },
  informasjon: { nb: 'informasjon', nn: 'informasjon', en: 'information' },
};

export const AUDIENCE_TERMS: Record<Audience, Terms> = {
  barn: { nb: 'barn gutt jente', nn: 'born gut jente', en: 'child children kid boy girl', se: 'mánná', sma: 'maana' },
  unge: { nb: 'ung unge ungdom gutt jente', nn: 'ung unge ungdom gut jente', en: 'young youth teen teenager boy girl', se: 'nuorra', sma: 'noere' },
  voksne: { nb: 'voksen voksne', nn: 'vaksen vaksne', en: 'adult adults' },
  fagfolk: { nb: 'fagfolk', nn: 'fagfolk', en: 'professional professionals' },
};

/** Words for facts a record has: free of charge, anonymous, reachable by chat or SMS. */
export const FEATURE_TERMS: Record<'free' | 'anonymous' | 'chat' | 'sms', Terms> = {
  free: { nb: 'gratis', nn: 'gratis', en: 'free', se: 'nuvttá', sma: 'namhtah' },
  anonymous: { nb: 'anonym anonymt', nn: 'anonym', en: 'anonymous', se: 'anonyma namaheapme' },
  chat: { nb: 'chat chatte', nn: 'chat', en: 'chat' },
  sms: { nb: 'sms tekstmelding', nn: 'sms', en: 'sms text' },
};
