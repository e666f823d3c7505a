// A small catalogue shaped like the real one, for unit tests of the search engine that must not
// depend on the records being written. Numbers and names follow shared/reference/facts-*.json.
import type { Catalog, Municipality, Service } from '../../../src/catalog/types.ts';

const tromso: Municipality = { name: 'Tromsø', number: '5501', county: 'Troms', altNames: ['Romsa', 'Tromssa'] };
const karasjok: Municipality = { name: 'Karasjok', number: '5610', county: 'Finnmark', altNames: ['Kárášjohka', 'Kaarasjoki'] };
const baerum: Municipality = { name: 'Bærum', number: '3201', county: 'Akershus' };
const bergen: Municipality = { name: 'Bergen', number: '4601', county: 'Vestland' };
const alta: Municipality = { name: 'Alta', number: '5601', county: 'Finnmark', altNames: ['Áltá', 'Alattio'] };

export function service(p: Partial<Service> & Pick<Service, 'id' | 'name'>): Service {
  return {
    group: null, categories: ['hjelpetelefon'], organization: { name: 'Org' }, names: {}, summary: '', description: '',
    audienceText: '', audiences: ['voksne'], free: null, anonymous: null, referral: null, phones: [], sms: [], chat: [],
    email: [], website: null, schedule: { type: 'unknown' }, area: { type: 'national' }, location: null, languages: [],
    measures: [], fallback: [], keywords: {}, assuredDate: '2026-11-21', sources: {}, ...p,
  };
}

const phone = (number: string, display: string) => ({ number, display, label: { nb: 'Telefon' }, confidence: 'high' as const, sources: ['s'] });

export const fixture: Catalog = {
  schema: 1, version: 'test', checked: '2026-11-21', measures: [], ministries: {},
  places: [
    { name: 'Kautokeino', number: '5612', county: 'Finnmark', altNames: ['Guovdageaidnu'], formerNames: [], servedBy: ['krisesenter-alta'], lat: 69.134, lon: 23.5506 },
    { name: 'Asker', number: '3203', county: 'Akershus', altNames: [], formerNames: ['Hurum'], servedBy: ['krisesenter-asker-baerum'], lat: 59.7033, lon: 10.462 },
  ],
  services: [
    service({
      id: 'vo-linjen-116006', name: 'Vold- og overgrepslinjen', names: { en: 'Violence and abuse helpline' },
      summary: 'Hjelpelinje for deg som er utsatt for vold eller overgrep', phones: [phone('116006', '116 006')],
      schedule: { type: 'always', sources: ['s'] }, free: true, anonymous: true,
      keywords: { nb: ['vold i nære relasjoner', 'partnervold', 'overgrep', 'trusler'], en: ['domestic violence', 'abuse'], pl: ['przemoc domowa'], ar: ['عنف'] },
    }),
    service({
      id: 'alarmtelefonen-116111', name: 'Alarmtelefonen for barn og unge', audiences: ['barn', 'unge'], categories: ['hjelpetelefon', 'barn-unge'],
      phones: [phone('116111', '116 111')], schedule: { type: 'always', sources: ['s'] }, free: true,
      keywords: { nb: ['barnevern', 'vold hjemme'], en: ['child helpline'] },
    }),
    service({
      id: 'kompetanseteamet', name: 'Kompetanseteamet mot negativ sosial kontroll og æresrelatert vold', categories: ['aeresvold-nsk', 'fagfolk'],
      phones: [phone('47809050', '47 80 90 50')], audiences: ['voksne', 'fagfolk'],
      keywords: { nb: ['tvangsekteskap', 'kjønnslemlestelse'], so: ['guur qasab ah'] },
      schedule: { type: 'weekly', spans: [{ days: [1, 2, 3, 4, 5], opens: '08:00', closes: '15:30' }], sources: ['s'] },
    }),
    service({
      id: 'statens-barnehus-tromso', group: 'statens-barnehus', name: 'Statens barnehus Tromsø', categories: ['barnehus'],
      audiences: ['barn', 'unge'], location: tromso, area: { type: 'counties', counties: ['Troms', 'Finnmark'] }, names: { se: 'Stáhta mánáidviessu Romsa' },
    }),
    service({ id: 'krisesenter-tromso', group: 'krisesenter', name: 'Krisesenteret for Tromsø og omegn', categories: ['krisesenter'], location: tromso, area: { type: 'municipalities', municipalities: [tromso] } }),
    service({ id: 'krisesenter-bergen', group: 'krisesenter', name: 'Krisesenteret i Bergen', categories: ['krisesenter'], location: bergen, area: { type: 'municipalities', municipalities: [bergen] } }),
    service({ id: 'krisesenter-asker-baerum', group: 'krisesenter', name: 'Krisesenteret Asker, Bærum og Lier', categories: ['krisesenter'], location: baerum, area: { type: 'municipalities', municipalities: [baerum] } }),
    service({ id: 'krisesenter-alta', group: 'krisesenter', name: 'Alta krise- og incestsenter', categories: ['krisesenter', 'incest-overgrep'], location: alta, area: { type: 'municipalities', municipalities: [alta] } }),
    service({ id: 'krisesenter-karasjok', group: 'krisesenter', name: 'Krise- og incestsenteret i Karasjok', categories: ['krisesenter', 'samisk'], location: karasjok, area: { type: 'municipalities', municipalities: [karasjok] }, keywords: { se: ['heahteguovddáš'] } }),
    service({ id: 'girku-sos', name: 'Girku SOS', categories: ['hjelpetelefon', 'samisk'], keywords: { se: ['gođđit', 'veahkki'] } }),
    service({ id: 'kirkens-sos', name: 'Kirkens SOS', phones: [phone('22400040', '22 40 00 40')], keywords: { nb: ['selvmord', 'krise'] }, anonymous: true }),
    service({ id: 'integreringsradgivere', name: 'Integreringsrådgivere ved utenriksstasjoner', phones: [phone('+4723950000', '+47 23 95 00 00')], keywords: { nb: ['etterlatt i utlandet'] } }),
  ],
};
