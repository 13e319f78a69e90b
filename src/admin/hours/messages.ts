/**
 * Messages about opening hours for Kreis admins, in German and English.
 * The `opening_hours` library's own texts are technical ("Unexpected token:
 * number"); here they are wrapped in a sentence that says what to do.
 */

/** A problem with an opening-hours value or the holiday data, for people who keep the feed. */
export interface HoursMessage {
  /** Stable machine key, e.g. `hours-syntax` or `hours-lib-without-minutes`. */
  code: string;
  de: string;
  en: string;
  /** A corrected value the admin can paste, when there is one. */
  suggestion?: string;
}

/** The lib throws plain strings shaped `"<value up to the spot> <--- (<what is wrong>)"`, sometimes followed by hints. */
const MARKER = ' <--- (';
/** Library-bug texts carry boilerplate ("Please submit a pull request: <url>.") before the real reason. */
const BUG_BOILERPLATE = /^[\s\S]*?https:\/\/github\.com\/opening-hours\/opening_hours\.js\.?\s*/;

/** Turns whatever the lib threw into `{ at, reason }`; `at` is the text before the faulty spot. */
export function splitLibError(thrown: unknown): { at?: string; reason: string } {
  const raw = thrown instanceof Error ? thrown.message : String(thrown);
  const marker = raw.indexOf(MARKER);
  if (marker < 0) return { reason: tidy(raw.replace(BUG_BOILERPLATE, '')) };
  // The reason may contain parentheses ("ambiguous across languages (Th (gsw), …)"): find the one that closes it.
  const start = marker + MARKER.length;
  let depth = 1;
  let quoted = false;
  let end = raw.length;
  for (let i = start; i < raw.length; i++) {
    const c = raw[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '(') depth++;
    else if (!quoted && c === ')' && --depth === 0) {
      end = i;
      break;
    }
  }
  return { at: raw.slice(0, marker), reason: tidy(raw.slice(start, end)) };
}

function tidy(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t === '' ? '?' : /[.!?…]$/.test(t) ? t : `${t}.`;
}

/** The last few characters before the faulty spot, enough to find it in a spreadsheet cell. */
function spot(at: string | undefined): string {
  if (at === undefined) return '';
  const t = at.trimEnd();
  return t.length > 30 ? `…${t.slice(-30)}` : t;
}

const HOW_TO = {
  de: 'Tage schreibt man Mo, Tu, We, Th, Fr, Sa, Su, Zeiten 08:00-12:00, Regeln trennt man mit `;`',
  en: 'days are written Mo, Tu, We, Th, Fr, Sa, Su, times 08:00-12:00, rules are separated by `;`',
};

/** Plain words for the two most frequent library errors; the rest keep the library's own (translated) text. */
function plainReason(en: string, de: string): { en: string; de: string } {
  if (/^hyphen \(-\) or open end \(\+\)/.test(en)) {
    return {
      de: 'Zu einer Uhrzeit fehlt das Ende; Zeitspannen schreibt man `08:00-12:00` (einzelne Zeitpunkte wie `08:00` gehen bei Öffnungszeiten nicht).',
      en: 'A time has no end; write time ranges as `08:00-12:00` (single points in time such as `08:00` do not work for opening hours).',
    };
  }
  const token = /^Unexpected token: "(.*?)" This means/.exec(en)?.[1];
  if (token !== undefined) {
    const word = token === 'number' ? 'Diese Zahl' : `„${token}“`;
    const wordEn = token === 'number' ? 'This number' : `"${token}"`;
    return { de: `${word} ist an dieser Stelle nicht erlaubt (${HOW_TO.de}).`, en: `${wordEn} is not allowed at this point (${HOW_TO.en}).` };
  }
  return { en, de };
}

export function syntaxError(value: string, thrownEn: unknown, thrownDe: unknown): HoursMessage {
  const en = splitLibError(thrownEn);
  const de = splitLibError(thrownDe);
  const reason = plainReason(en.reason, de.reason);
  if (value.trim() === '') {
    return {
      code: 'hours-empty',
      de: 'Die Öffnungszeiten sind leer. Tragen Sie sie ein (z. B. `Mo-Fr 08:00-12:00`) oder lassen Sie das Feld weg.',
      en: 'The opening hours are empty. Fill them in (e.g. `Mo-Fr 08:00-12:00`) or leave the field out.',
    };
  }
  const whereDe = de.at === undefined ? '' : ` Die Stelle: bei „${spot(de.at)}“.`;
  const whereEn = en.at === undefined ? '' : ` The spot: at "${spot(en.at)}".`;
  return {
    code: 'hours-syntax',
    de: `Die Öffnungszeiten „${value}“ sind nicht im OSM-Format lesbar: ${reason.de}${whereDe} Auf der Seite steht dann der Text mit „Zeiten bitte erfragen“.`,
    en: `The opening hours "${value}" cannot be read as OSM opening_hours: ${reason.en}${whereEn} The page will show the text with "please ask for the hours".`,
  };
}

/** How many of the library's remarks are spelled out; a messy cell can have 30. */
const MAX_REMARKS = 4;

/**
 * All of the library's remarks on one value as one message (a Kreis admin
 * fixes a cell once), the prettified value offered as the fix. The code is
 * `hours-lib-<type>` for a single kind of remark, else `hours-lib-notation`.
 */
export function libWarnings(
  remarks: ReadonlyArray<{ type: string; de: string; en: string }>, prettified: string, value: string,
): HoursMessage {
  const types = new Set(remarks.map((r) => r.type));
  const list = (lang: 'de' | 'en') => {
    const texts = [...new Set(remarks.map((r) => tidy(r[lang])))];
    const shown = texts.slice(0, MAX_REMARKS).join(' ');
    const more = texts.length - MAX_REMARKS;
    if (more <= 0) return shown;
    if (lang === 'en') return `${shown} (and ${more} more ${more === 1 ? 'remark' : 'remarks'})`;
    return `${shown} (und ${more === 1 ? 'ein weiterer Hinweis' : `${more} weitere Hinweise`})`;
  };
  const changed = prettified !== value.trim();
  const msg: HoursMessage = {
    code: types.size === 1 ? `hours-lib-${[...types][0]?.replace(/_/g, '-')}` : 'hours-lib-notation',
    de: `Öffnungszeiten „${value}“: ${list('de')}${changed ? ` Meinten Sie \`${prettified}\`?` : ''}`,
    en: `Opening hours "${value}": ${list('en')}${changed ? ` Did you mean \`${prettified}\`?` : ''}`,
  };
  if (changed) msg.suggestion = prettified;
  return msg;
}

export function evaluationError(value: string, thrown: unknown): HoursMessage {
  const { reason } = splitLibError(thrown);
  return {
    code: 'hours-evaluation',
    de: `Die Öffnungszeiten „${value}“ lassen sich für den gewählten Zeitraum nicht ausrechnen (${reason}). Auf der Seite steht der Text mit „Zeiten bitte erfragen“.`,
    en: `The opening hours "${value}" cannot be worked out for the chosen period (${reason}). The page will show the text with "please ask for the hours".`,
  };
}

export function windowShortened(value: string, lastKnown: string, to: string, reason: unknown): HoursMessage {
  const why = splitLibError(reason).reason;
  return {
    code: 'hours-window-shortened',
    de: `Öffnungszeiten „${value}“: nur bis ${lastKnown} berechenbar statt bis ${to} (${why}). Danach gelten sie auf der Seite als ungefähr.`,
    en: `Opening hours "${value}": can only be worked out until ${lastKnown} instead of ${to} (${why}). After that the page treats them as approximate.`,
  };
}

export function variableWeeks(value: string, to: string): HoursMessage {
  return {
    code: 'hours-variable-weeks',
    de: `Öffnungszeiten „${value}“: Die Wochen sind nicht alle gleich (z. B. Wochennummern, Monate oder einzelne Tage). Bis ${to} ist alles genau berechnet; danach zeigt die Seite „Zeiten bitte erfragen“, bis der Feed neu erzeugt wird.`,
    en: `Opening hours "${value}": the weeks are not all alike (e.g. week numbers, months or single dates). Everything is exact until ${to}; after that the page shows "please ask for the hours" until the feed is compiled again.`,
  };
}

export function sunTimes(value: string, haveCoordinates: boolean): HoursMessage {
  const where = haveCoordinates ? '' : ' Ohne Koordinaten des Ortes sind die Zeiten nur grob (Mitte Deutschlands).';
  const whereEn = haveCoordinates ? '' : ' Without the place\'s coordinates the times are only rough (centre of Germany).';
  return {
    code: 'hours-sun-times',
    de: `Öffnungszeiten „${value}“: Zeiten nach Sonnenauf- oder -untergang ändern sich täglich; sie werden für jeden Tag einzeln gespeichert.${where} Feste Uhrzeiten sind für Besucher klarer.`,
    en: `Opening hours "${value}": times based on sunrise or sunset change every day; they are stored day by day.${whereEn} Fixed times are clearer for visitors.`,
  };
}

export function openEnd(value: string): HoursMessage {
  return {
    code: 'hours-open-end',
    de: `Öffnungszeiten „${value}“: Ein offenes Ende (\`+\`) hat keine Schlusszeit. Ab Beginn zeigt die Seite „nach Vereinbarung / bitte erfragen“. Geben Sie besser eine Schlusszeit an.`,
    en: `Opening hours "${value}": an open end (\`+\`) has no closing time. From the start the page shows "by appointment / please ask". Better give a closing time.`,
  };
}

export function appointmentComment(value: string, comment: string): HoursMessage {
  return {
    code: 'hours-appointment-comment',
    de: `Öffnungszeiten „${value}“: Die Zeit mit dem Kommentar „${comment}“ gilt als „geöffnet“. Wenn man in dieser Zeit nur mit Termin kommen kann, schreiben Sie \`unknown\` vor den Kommentar, z. B. \`Mo 10:00-12:00 unknown "${comment}"\`.`,
    en: `Opening hours "${value}": the time with the comment "${comment}" counts as "open". If people can only come with an appointment then, put \`unknown\` before the comment, e.g. \`Mo 10:00-12:00 unknown "${comment}"\`.`,
  };
}

export function mvHolidays(value: string): HoursMessage {
  return {
    code: 'hours-mv-holidays',
    de: `Öffnungszeiten „${value}“: In Mecklenburg-Vorpommern können Schulferien (SH) und landeseigene Feiertage (PH: Frauentag 8.3., Reformationstag 31.10.) nicht zusammen ausgewertet werden; diese beiden Feiertage zählen hier als normale Tage. Bitte prüfen Sie sie oder tragen Sie sie als Datum ein (\`Mar 08 off\`).`,
    en: `Opening hours "${value}": in Mecklenburg-Vorpommern school holidays (SH) and the state's own public holidays (PH: Women's Day 8 March, Reformation Day 31 Oct) cannot be evaluated together; those two days count as ordinary days here. Please check them or write them as dates (\`Mar 08 off\`).`,
  };
}

/** The lib's PH list and date-holidays disagree (Bavaria: Augsburger Friedensfest, Mariä Himmelfahrt). */
export function holidaySourcesDiffer(state: string, onlyInLib: string[], onlyInOfficial: string[]): HoursMessage {
  const libDe = onlyInLib.length ? ` Als Feiertag (PH) gerechnet, aber nicht landesweit gesetzlich: ${onlyInLib.join(', ')}.` : '';
  const offDe = onlyInOfficial.length ? ` Gesetzlicher Feiertag, aber nicht als PH gerechnet: ${onlyInOfficial.join(', ')}.` : '';
  const libEn = onlyInLib.length ? ` Counted as public holiday (PH) but not a statewide legal holiday: ${onlyInLib.join(', ')}.` : '';
  const offEn = onlyInOfficial.length ? ` Legal holiday but not counted as PH: ${onlyInOfficial.join(', ')}.` : '';
  return {
    code: 'hours-holiday-sources-differ',
    de: `Feiertage in ${state}: Die Feiertagsdaten für PH und die Feiertagsliste weichen ab.${libDe}${offDe} Wenn das für Ihren Ort nicht stimmt, tragen Sie den Tag als Datum ein (z. B. \`Aug 15 off\` oder \`Aug 15 08:00-12:00\`).`,
    en: `Public holidays in ${state}: the PH data and the holiday list differ.${libEn}${offEn} If that is wrong for your place, write the day as a date (e.g. \`Aug 15 off\` or \`Aug 15 08:00-12:00\`).`,
  };
}

export function schoolHolidaysMissing(state: string, years: number[], firstMissing: string): HoursMessage {
  const list = years.join(', ');
  return {
    code: 'hours-school-holidays-missing',
    de: `Schulferien ${state}: Für ${years.length > 1 ? 'die Jahre' : 'das Jahr'} ${list} fehlen die Daten (ab ${firstMissing}). Diese Tage werden nicht als Ferien geführt; Öffnungszeiten mit \`SH\` werden nur bis zum Tag davor berechnet.`,
    en: `School holidays ${state}: data are missing for ${list} (from ${firstMissing}). Those days are not listed as holidays; opening hours with \`SH\` are only worked out until the day before.`,
  };
}

/** A later `;` rule without any day or time applies to every day and silently replaces all rules before it. */
export function ruleOverridesAll(value: string, rule: string, suggestion?: string): HoursMessage {
  const msg: HoursMessage = {
    code: 'hours-rule-overrides-all',
    de: `Öffnungszeiten „${value}“: Die Regel \`${rule}\` nennt keinen Tag und keine Uhrzeit; sie gilt deshalb für jeden Tag und ersetzt alle Regeln davor.${suggestion ? ` Wenn sie nur für die übrige Zeit gelten soll, trennen Sie sie mit \`||\` ab. Meinten Sie \`${suggestion}\`?` : ' Nennen Sie die Tage, für die sie gelten soll.'}`,
    en: `Opening hours "${value}": the rule \`${rule}\` names no day and no time, so it applies to every day and replaces all rules before it.${suggestion ? ` If it is meant for the remaining time only, separate it with \`||\`. Did you mean \`${suggestion}\`?` : ' Name the days it is meant for.'}`,
  };
  if (suggestion) msg.suggestion = suggestion;
  return msg;
}

/**
 * Times are given but nothing is ever open in the window. With other warnings
 * (the library had to guess) it is an error: better "please ask" than "closed" forever.
 */
export function neverOpen(value: string, from: string, to: string, asError: boolean): HoursMessage {
  if (asError) {
    return {
      code: 'hours-never-open',
      de: `Die Öffnungszeiten „${value}“ ergeben so, wie sie gelesen werden, vom ${from} bis ${to} keine einzige Öffnungszeit, obwohl Uhrzeiten angegeben sind (siehe die Hinweise dazu). Bitte korrigieren Sie den Wert; bis dahin steht auf der Seite der Text mit „Zeiten bitte erfragen“.`,
      en: `The opening hours "${value}", as they are read, give not a single opening from ${from} to ${to}, although times are given (see the other notes). Please correct the value; until then the page shows the text with "please ask for the hours".`,
    };
  }
  return {
    code: 'hours-never-open',
    de: `Öffnungszeiten „${value}“: Danach ist vom ${from} bis ${to} nie geöffnet, obwohl Uhrzeiten angegeben sind. Bitte prüfen Sie, ob das stimmt (z. B. nur im Sommer geöffnet) oder ob eine Regel die anderen überschreibt.`,
    en: `Opening hours "${value}": by these, it is never open from ${from} to ${to}, although times are given. Please check whether that is right (e.g. open in summer only) or whether one rule overrides the others.`,
  };
}

export function oneDigitMinutes(value: string, written: string, readAs: string, meant: string): HoursMessage {
  return {
    code: 'hours-one-digit-minutes',
    de: `Öffnungszeiten „${value}“: \`${written}\` wird als ${readAs} Uhr gelesen. Meinten Sie ${meant} Uhr? Schreiben Sie Minuten immer zweistellig.`,
    en: `Opening hours "${value}": \`${written}\` is read as ${readAs}. Did you mean ${meant}? Always write minutes with two digits.`,
  };
}

export function alwaysWithTimes(value: string, rule: string): HoursMessage {
  return {
    code: 'hours-24-7-with-times',
    de: `Öffnungszeiten „${value}“: In \`${rule}\` stehen Uhrzeiten und \`24/7\` zusammen; \`24/7\` gewinnt, es gilt also „rund um die Uhr“. Lassen Sie das eine oder das andere weg.`,
    en: `Opening hours "${value}": \`${rule}\` has times and \`24/7\` together; \`24/7\` wins, so it means "around the clock". Leave out one or the other.`,
  };
}

/** In OSM a comment without `open` makes the time "unknown"; here that reads as "by appointment". */
export function commentMakesUnknown(value: string, comment: string, suggestion: string): HoursMessage {
  return {
    code: 'hours-comment-without-state',
    de: `Öffnungszeiten „${value}“: Ein Kommentar ohne \`open\` („${comment}“) macht die Zeit im OSM-Format zu „unbestimmt“; die Seite zeigt dann „nach Vereinbarung / bitte erfragen“. Wenn in dieser Zeit geöffnet ist, schreiben Sie \`open\` vor den Kommentar. Meinten Sie \`${suggestion}\`?`,
    en: `Opening hours "${value}": a comment without \`open\` ("${comment}") makes the time "unknown" in OSM syntax; the page then shows "by appointment / please ask". If it is open at that time, put \`open\` before the comment. Did you mean \`${suggestion}\`?`,
    suggestion,
  };
}

/** `Mo-Fr 08:00-12:00; Th 14:00-18:00` closes Thursday morning: OSM replaces the day, it does not add to it. */
export function ruleReplacesDay(value: string, rule: string, suggestion: string): HoursMessage {
  return {
    code: 'hours-rule-replaces-day',
    de: `Öffnungszeiten „${value}“: Die Regel \`${rule}\` ersetzt für diese Tage die Zeiten davor (im OSM-Format ersetzt \`;\` den ganzen Tag). Die früheren Zeiten an diesen Tagen entfallen also. Wenn sie zusätzlich gelten sollen, trennen Sie mit Komma. Meinten Sie \`${suggestion}\`?`,
    en: `Opening hours "${value}": the rule \`${rule}\` replaces the earlier times on its days (in OSM syntax \`;\` replaces the whole day), so the earlier times on those days are dropped. If it is meant in addition, separate with a comma. Did you mean \`${suggestion}\`?`,
    suggestion,
  };
}
