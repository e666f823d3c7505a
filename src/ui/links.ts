/** Addresses outside the app that we link to (the user taps them; the app itself never loads from them). */

/** The official national directory of help against violence and abuse (Bufdir/RVTS). */
export const DINUTVEI_URL = 'https://dinutvei.no/';

/** Attributes of every link that leaves the app: no opener, no referrer (the visit stays private). */
export const EXTERNAL = { rel: 'noopener noreferrer' } as const;
