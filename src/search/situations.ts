/**
 * A small, curated table from the way people describe what happens to them to the words services
 * are described with. Not AI and not guessing: each row says that these everyday phrasings mean the
 * same thing as the concept words on the right, and the concept words are matched against the
 * catalogue like any other query word (so a row only helps if a record truly has the concept).
 *
 * `when`: phrases, any language; all of a phrase's words must be in the query (in any order; a query
 * word may carry an ending, e.g. "kjæresten" for "kjæreste"). Stop words in phrases are ignored.
 * `means`: concept words added to the query for the matched words.
 */
export interface Situation {
  when: string[];
  means: string[];
}

export const SITUATIONS: Situation[] = [
  {
    when: ['giftet bort', 'gifte bort', 'gift bort', 'tvunget gifte', 'tvinges gifte', 'må gifte', 'arrangert ekteskap',
      'forced marriage', 'forced to marry', 'married off', 'marry off', 'gifta bort', 'tvinga gifte'],
    means: ['tvangsekteskap', 'forced marriage'],
  },
  { when: ['kjønnslemlestelse', 'omskjæring', 'omskåret', 'kjønnslemlesting', 'fgm', 'circumcision', 'cutting'], means: ['kjønnslemlestelse', 'fgm'] },
  {
    // Taken or left abroad against one's will: help comes from the embassies and the NSK services.
    when: ['etterlatt i utlandet', 'sendt til utlandet', 'sendt til hjemlandet', 'sendt ut av landet', 'holdt tilbake i utlandet', 'fast i utlandet',
      'fanget i utlandet', 'tatt med til utlandet', 'passet tatt', 'left abroad', 'sent abroad', 'trapped abroad', 'taken abroad', 'stuck abroad',
      'passport taken', 'etterlaten i utlandet', 'halden tilbake i utlandet'],
    means: ['ufrivillig utenlandsopphold', 'ambassade'],
  },
  {
    when: ['æresvold', 'ære', 'familiens ære', 'skam familien', 'honour', 'honor', 'kontrollerer meg', 'får ikke lov'],
    means: ['æresrelatert', 'negativ sosial kontroll'],
  },
  {
    when: ['slår meg', 'slo meg', 'slår', 'slo', 'banker', 'juling', 'dytter', 'sparker', 'slått', 'blir slått', 'ble slått', 'mishandlet', 'mishandler', 'hits me', 'beats me', 'hit me', 'beat me', 'hitting', 'beating', 'slær'],
    means: ['vold'],
  },
  { when: ['kjæreste', 'kjæresten', 'mannen min', 'kona mi', 'kona min', 'samboer', 'ektemann', 'partner', 'boyfriend', 'girlfriend', 'husband', 'wife', 'ex'], means: ['vold i nære relasjoner', 'partnervold'] },
  {
    when: ['truer', 'truet', 'trusler', 'trussel', 'threat', 'threatens', 'threatened', 'threatening', 'trugar', 'truga'],
    means: ['trusler', 'vold'],
  },
  { when: ['forfølger', 'forfulgt', 'stalker', 'stalking', 'stalket', 'følger etter meg'], means: ['forfølgelse', 'stalking', 'trusler'] },
  {
    when: ['voldtatt', 'voldtok', 'voldtekt', 'raped', 'rape', 'sexual assault', 'tvunget til sex', 'valdteken', 'valdtatt', 'valdtekt'],
    means: ['voldtekt', 'overgrep', 'overgrepsmottak'],
  },
  {
    when: ['misbrukt', 'misbruk', 'beføler', 'tafset', 'tafsing', 'molested', 'abused', 'abuse', 'sexually abused', 'overgrep', 'forgrepet', 'forgrep seg'],
    means: ['overgrep', 'seksuelle overgrep'],
  },
  { when: ['nakenbilder', 'nakenbilde', 'delt bilder', 'nudes', 'sextortion', 'utpressing bilder', 'nettovergrep'], means: ['nettovergrep', 'overgrep', 'bilder'] },
  { when: ['selvmord', 'ta livet mitt', 'ta livet av meg', 'vil dø', 'suicide', 'kill myself', 'suicidal', 'sjølvmord'], means: ['selvmord', 'psykisk helse'] },
  { when: ['mamma slår', 'pappa slår', 'foreldre slår', 'hjemme', 'stefar', 'stemor', 'stepfather', 'my parents'], means: ['vold', 'barn', 'barnevern'] },
  { when: ['ingen steder å bo', 'trenger å bo', 'hemmelig adresse', 'flytte hjemmefra', 'rømme', 'flykte', 'safe place', 'somewhere safe', 'nowhere to go'], means: ['krisesenter', 'botilbud', 'adressesperre'] },
  { when: ['kompis', 'venninne', 'naboen', 'nabo', 'elev', 'bekymret for', 'worried about', 'mistanke'], means: ['bekymring', 'råd'] },
];
