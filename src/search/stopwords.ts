/**
 * Words that carry no meaning for finding a service, per language. People describe situations in
 * sentences ("jeg er redd for å bli giftet bort"); only the content words should decide the ranking.
 * One union set is used whatever the reader's language, because people mix languages — so a word is
 * only listed if it is not also a content word in another supported language.
 * Lists are folded once at module load, like the catalogue.
 */
import { fold } from './fold.ts';

const WORDS: Record<string, string> = {
  nb: 'jeg meg min mitt mine du deg din ditt dine han ham hun henne hans hennes vi oss vår vårt våre de dem deres den det dette disse ' +
    'en ei et og eller men at som for fra til med på av om over under hos ved uten mot etter før inn ut opp ned ' +
    'er var vært blir ble bli å ha har hadde kan kunne vil ville skal skulle må måtte får fikk få gjør gjøre ' +
    'ikke også så da nå her der hva hvem hvor hvordan hvorfor når noe noen mye veldig bare litt helt går igår idag igjen ' +
    'trenger trengs hjelp snakke prate ønsker vet vite sier',
  nn: 'eg meg mi mitt mine du deg di ditt dine ho henne hans hennar me oss vår dei deira det dette desse ' +
    'ein eit og eller men at som for frå til med på av om hos ved utan mot etter før inn ut ' +
    'er var vore blir vert bli vart å ha har hadde kan kunne vil skal må får fekk gjer ikkje òg så då no her der kva kven kor korleis kvifor når nokon noko ' +
    'treng hjelp',
  en: 'i me my mine myself you your he him his she her we us our they them their it its this that these those ' +
    'a an the and or but if of to in on at by for from with without about into over under near ' +
    'am is are was were be been being have has had do does did can could will would shall should must may might ' +
    'not no so too very just what who whom where when how why which there here someone somebody something ' +
    'need needs help want talk please get got',
  se: 'mun mu don du son su mii min dii din sii sin ja dahje muhto go ahte lea leat ledje ii eai maid gii gos goas dat dát',
  pl: 'ja mnie mi mój moja moje ty ciebie on ona ono my nas wy oni one i oraz lub albo ale że w we z ze do od na po o przez dla przy bez ' +
    'jest są był była było jestem być mam ma nie tak się co kto gdzie jak kiedy potrzebuję pomoc pomocy',
  uk: 'я мене мені мій моя моє мої ти тебе він вона воно ми нас ви вони і й та або але що в у з із до від на по про для при без ' +
    'є був була було бути мати не так це хто де як коли мені потрібна допомога',
  ru: 'я меня мне мой моя моё мои ты тебя он она оно мы нас вы они и или но что в во с со к ко до от на по о об про для при без ' +
    'есть был была было быть не так это кто где как когда нужна помощь',
  lt: 'aš mane man mano tu tave jis ji mes mus jūs jie jos ir ar bet kad su be į iš nuo iki per už prie apie ' +
    'yra buvo būti ne taip kas kur kaip kada man reikia pagalbos pagalba',
  so: 'aniga ani waxaan waan iyo ama laakiin oo in ka ku u la ah waa ma maxaa yaa halkee sidee goorma caawimaad',
  ar: 'انا أنا لي عندي انت هو هي نحن هم و او أو لكن في من الى إلى على عن مع هذا هذه ذلك التي الذي ما من كيف متى اين أين لا نعم احتاج مساعدة',
  fa: 'من مرا تو او ما شما آنها و یا اما در از به با برای این آن که را هست است نیست چه کی کجا چطور کمک نیاز دارم',
  ur: 'میں مجھے میرا میری تم آپ وہ ہم اور یا لیکن میں سے کو کا کی کے پر کے لیے یہ وہ ہے ہیں تھا نہیں کیا کون کہاں کیسے مدد چاہیے',
  ti: 'ኣነ ንስኻ ንሱ ንሳ ንሕና ን ኣብ ካብ ምስ እዩ ኣሎ',
};

/** Folded stop words of every language. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  Object.values(WORDS).flatMap((line) => line.split(/\s+/).map(fold).filter(Boolean)),
);

/** Removes stop words, unless nothing would be left (then the query is kept as typed). */
export function withoutStopWords(tokens: string[]): string[] {
  const kept = tokens.filter((t) => !STOP_WORDS.has(t));
  return kept.length ? kept : tokens;
}
