/** Reading the values of single cells: yes/no, lists, dates, languages, codes, Gemeinden. */
import { BUNDESLAENDER, LEVELS } from '../../core/schema/constants.js';
import type { CostCategory, Level, ProgrammeStatus } from '../../core/schema/index.js';
import type { GemeindeList, OfficialGemeinde } from '../gemeinden.js';
import { fold, matchKey } from './spec.js';

const YES = new Set(['ja', 'j', 'x', '1', 'yes', 'y', 'true', 'wahr', 'ok', '✓', '✔']);
const NO = new Set(['nein', 'n', '0', 'no', 'false', 'falsch', '-', '–']);

/** `true`/`false`, or `undefined` for an empty cell, or `'invalid'`. `exact`: written as ja/nein. */
export function readBool(text: string): { value: boolean; exact: boolean } | undefined | 'invalid' {
  if (text === '') return undefined;
  const t = text.toLowerCase();
  if (YES.has(t)) return { value: true, exact: t === 'ja' };
  if (NO.has(t)) return { value: false, exact: t === 'nein' };
  return 'invalid';
}

/** Lists: `;` or line breaks; for codes and ids also `,`. Empty parts are dropped. */
export function readList(text: string, codes = false): string[] {
  if (!text) return [];
  return text.split(codes ? /[;,\n]/ : /[;\n]/).map((s) => s.trim()).filter(Boolean);
}

/** JJJJ-MM-TT, TT.MM.JJJJ, TT.MM.JJ → JJJJ-MM-TT; undefined when not a real date. */
export function readDate(text: string): string | undefined {
  let y: number;
  let m: number;
  let d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(text))) {
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (y < 100) y += 2000;
  } else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

/** 8:30, 8.30, 830, 8 → 08:30 / 08:00. */
export function readClock(text: string): string | undefined {
  const m = /^(\d{1,2})(?:[:.](\d{2}))?(?:\s*uhr)?$/i.exec(text);
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2] ?? 0);
  if (h > 23 || min > 59) return undefined;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

const LANGUAGES: Record<string, string> = {
  deutsch: 'de', englisch: 'en', arabisch: 'ar', tuerkisch: 'tr', ukrainisch: 'uk', russisch: 'ru', franzoesisch: 'fr',
  persisch: 'fa', farsi: 'fa', dari: 'prs', paschtu: 'ps', pashto: 'ps', kurdisch: 'ku', kurmandschi: 'kmr', sorani: 'ckb',
  polnisch: 'pl', rumaenisch: 'ro', bulgarisch: 'bg', italienisch: 'it', spanisch: 'es', portugiesisch: 'pt', tigrinya: 'ti',
  tigrinisch: 'ti', somali: 'so', albanisch: 'sq', serbisch: 'sr', kroatisch: 'hr', bosnisch: 'bs', griechisch: 'el',
  vietnamesisch: 'vi', chinesisch: 'zh', ungarisch: 'hu', amharisch: 'am', urdu: 'ur', hindi: 'hi', georgisch: 'ka',
  armenisch: 'hy', gebaerdensprache: 'gsg', leichtesprache: 'de-x-ls', english: 'en', german: 'de', arabic: 'ar',
  turkish: 'tr', ukrainian: 'uk', russian: 'ru', french: 'fr', persian: 'fa',
};

/** "Deutsch", "de", "Englisch" → BCP 47 tag; undefined when unknown. */
export function readLanguage(text: string): string | undefined {
  if (/^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(text)) return text;
  if (/^[A-Z]{2}$/.test(text)) return text.toLowerCase();
  return choose(LANGUAGES, text);
}

type Choice<T> = Record<string, T>;
const lookups = new WeakMap<object, Map<string, unknown>>();
/** A value from a table of German (and English) words, whatever the case, accents and umlaut spelling. */
const choose = <T>(table: Choice<T>, text: string): T | undefined => {
  let lookup = lookups.get(table);
  if (!lookup) {
    lookup = new Map(Object.entries(table).map(([k, v]) => [matchKey(k), v]));
    lookups.set(table, lookup);
  }
  return lookup.get(matchKey(text)) as T | undefined;
};

export const ACCESS: Choice<string> = {
  offenesprechstunde: 'walk-in', sprechstunde: 'walk-in', ohnetermin: 'walk-in', offen: 'walk-in', walkin: 'walk-in',
  termin: 'appointment', mittermin: 'appointment', nachvereinbarung: 'appointment', appointment: 'appointment',
  online: 'online', telefon: 'phone', telefonisch: 'phone', phone: 'phone',
  aussensprechstunde: 'outreach', outreach: 'outreach', hausbesuch: 'home-visit', homevisit: 'home-visit', aufsuchend: 'home-visit',
};
export const INTERPRETER: Choice<'yes' | 'on-request' | 'no'> = { ja: 'yes', yes: 'yes', x: 'yes', aufanfrage: 'on-request', nachabsprache: 'on-request', onrequest: 'on-request', nein: 'no', no: 'no' };
export const ORG_KIND: Choice<string> = {
  behoerde: 'authority', amt: 'authority', landratsamt: 'authority', kreisverwaltung: 'authority', authority: 'authority',
  kommune: 'municipality', gemeinde: 'municipality', stadt: 'municipality', stadtverwaltung: 'municipality', gemeindeverwaltung: 'municipality',
  verbandsgemeinde: 'municipality', verbandsgemeindeverwaltung: 'municipality', ortsgemeinde: 'municipality', municipality: 'municipality',
  jobcenter: 'jobcenter', wohlfahrtsverband: 'welfare', wohlfahrt: 'welfare', welfare: 'welfare',
  bildungstraeger: 'education', bildung: 'education', schule: 'education', volkshochschule: 'education', vhs: 'education', education: 'education',
  verein: 'association', association: 'association', sportverein: 'sports-club', sportclub: 'sports-club', turnverein: 'sports-club', sportsclub: 'sports-club',
  netzwerk: 'network', network: 'network', initiative: 'initiative', unternehmen: 'company', firma: 'company', company: 'company',
  sonstiges: 'other', sonstige: 'other', andere: 'other', other: 'other',
};
export const WHEELCHAIR: Choice<'yes' | 'limited' | 'no'> = { ja: 'yes', yes: 'yes', x: 'yes', eingeschraenkt: 'limited', teilweise: 'limited', limited: 'limited', nein: 'no', no: 'no' };
export const PROGRAMME_KIND: Choice<string> = {
  integrationskurs: 'integration-course', alphakurs: 'alpha-course', alphabetisierungskurs: 'alpha-course', berufssprachkurs: 'job-language-course',
  frauenkurs: 'women-course', sprachcafe: 'language-cafe', sprachkurs: 'language-course', deutschkurs: 'language-course', projekt: 'project',
  gruppe: 'group', veranstaltung: 'event', ehrenamt: 'volunteering', gespraechsgruppe: 'counselling-group', beratungsgruppe: 'counselling-group',
  foerderprogramm: 'funding', foerderung: 'funding',
};
export const STATUS: Choice<ProgrammeStatus> = {
  geplant: 'planned', planned: 'planned', anmeldungoffen: 'registration-open', anmeldungmoeglich: 'registration-open', anmeldunglaeuft: 'registration-open',
  registrationopen: 'registration-open', ausgebucht: 'full', voll: 'full', belegt: 'full', full: 'full',
  laeuft: 'active', aktiv: 'active', active: 'active', abgesagt: 'cancelled', faelltaus: 'cancelled', storniert: 'cancelled', cancelled: 'cancelled', canceled: 'cancelled',
  beendet: 'ended', ended: 'ended', abgeschlossen: 'ended',
};
export const COST_CATEGORY: Choice<CostCategory> = {
  kostenlos: 'free', kostenfrei: 'free', gratis: 'free', umsonst: 'free', free: 'free',
  kostenbeitrag: 'contribution', beitrag: 'contribution', eigenbeitrag: 'contribution', teilnahmebeitrag: 'contribution', contribution: 'contribution',
  gebuehrenpflichtig: 'fee', gebuehr: 'fee', gebuehren: 'fee', kostenpflichtig: 'fee', fee: 'fee',
  erstattungsfaehig: 'refundable', erstattbar: 'refundable', kostenuebernahmemoeglich: 'refundable', refundable: 'refundable',
  spende: 'donation', spenden: 'donation', aufspendenbasis: 'donation', spendeerbeten: 'donation', donation: 'donation',
};
/** Categories for which the person pays nothing (cost.free). */
export const FREE_CATEGORIES: ReadonlySet<CostCategory> = new Set(['free', 'donation']);
export const FUNDER_LEVEL: Choice<string> = {
  eu: 'eu', europa: 'eu', europaeischeunion: 'eu', bund: 'bund', bundesebene: 'bund', federal: 'bund', land: 'land', bundesland: 'land',
  kreis: 'kreis', landkreis: 'kreis', kommune: 'kommune', gemeinde: 'kommune', stadt: 'kommune', municipality: 'kommune',
  stiftung: 'foundation', foundation: 'foundation', sonstige: 'other', sonstiges: 'other', andere: 'other', other: 'other',
};
export const SCHOOL_HOLIDAYS: Choice<'runs' | 'paused'> = { laeuft: 'runs', ja: 'runs', weiter: 'runs', runs: 'runs', pause: 'paused', pausiert: 'paused', nein: 'paused', paused: 'paused' };
export const CENTRE: Choice<'ober' | 'mittel' | 'unter' | 'klein'> = {
  oberzentrum: 'ober', ober: 'ober', mittelzentrum: 'mittel', mittel: 'mittel', grundzentrum: 'unter', unterzentrum: 'unter', unter: 'unter',
  kleinzentrum: 'klein', klein: 'klein',
};
export const LEVEL: Choice<Level> = { alpha: 'alpha', a1: 'A1', a2: 'A2', b1: 'B1', b2: 'B2', c1: 'C1', c2: 'C2' };
const LEVEL_ORDER = LEVELS as readonly Level[];

/**
 * Language levels as people write them: "A1; A2", "Alpha, A1", ranges
 * "A1-B1", "A1 – B1", "A1 bis B1" (every level in between). Undefined
 * parts are returned in `unknown`.
 */
export function readLevels(text: string): { levels: Level[]; unknown: string[] } {
  const levels: Level[] = [];
  const unknown: string[] = [];
  for (const part of text.split(/[;,/\n]|\bund\b/)) {
    const p = part.trim();
    if (!p) continue;
    const range = p.split(/\s*(?:[-\u2010-\u2015]|\bbis\b)\s*/i).filter(Boolean);
    if (range.length === 2) {
      const [a, b] = range.map((r) => choose(LEVEL, r));
      if (a && b && LEVEL_ORDER.indexOf(a) <= LEVEL_ORDER.indexOf(b)) {
        for (let i = LEVEL_ORDER.indexOf(a); i <= LEVEL_ORDER.indexOf(b); i++) levels.push(LEVEL_ORDER[i]!);
        continue;
      }
    }
    const level = choose(LEVEL, p);
    if (level) levels.push(level);
    else unknown.push(p);
  }
  return { levels: [...new Set(levels)].sort((x, y) => LEVEL_ORDER.indexOf(x) - LEVEL_ORDER.indexOf(y)), unknown };
}
const WEEKDAY: Choice<string> = { mo: 'mo', montag: 'mo', di: 'tu', dienstag: 'tu', mi: 'we', mittwoch: 'we', do: 'th', donnerstag: 'th', fr: 'fr', freitag: 'fr', sa: 'sa', samstag: 'sa', so: 'su', sonntag: 'su', tu: 'tu', we: 'we', th: 'th', su: 'su' };
const ORDER = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

export function pick<T>(table: Choice<T>, text: string): T | undefined {
  return choose(table, text) ?? (Object.values(table).includes(text as T) ? (text as T) : undefined);
}

/** "Mo-Fr", "Di; Do", "Mo, Mi, Fr" → ['mo', …]; undefined when a part is not a day. */
export function readWeekdays(text: string): string[] | undefined {
  const days: string[] = [];
  for (const part of text.split(/[;,+/]|\bund\b/)) {
    const p = part.trim();
    if (!p) continue;
    const range = p.split(/\s*[-–]\s*/);
    if (range.length === 2) {
      const [a, b] = range.map((r) => choose(WEEKDAY, r));
      if (!a || !b) return undefined;
      for (let i = ORDER.indexOf(a); i <= ORDER.indexOf(b); i++) days.push(ORDER[i]!);
    } else {
      const d = choose(WEEKDAY, p);
      if (!d) return undefined;
      days.push(d);
    }
  }
  return days.length ? [...new Set(days)].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b)) : undefined;
}

const STATE_NAMES: Record<string, string> = {
  badenwuerttemberg: 'BW', bayern: 'BY', berlin: 'BE', brandenburg: 'BB', bremen: 'HB', hamburg: 'HH', hessen: 'HE', mecklenburgvorpommern: 'MV',
  niedersachsen: 'NI', nordrheinwestfalen: 'NW', rheinlandpfalz: 'RP', saarland: 'SL', sachsen: 'SN', sachsenanhalt: 'ST', schleswigholstein: 'SH', thueringen: 'TH',
};
const STATE_OF_PREFIX = ['SH', 'HH', 'NI', 'HB', 'NW', 'HE', 'RP', 'BW', 'BY', 'SL', 'BE', 'BB', 'MV', 'SN', 'ST', 'TH'];
export function readState(text: string, ags5: string): string | undefined {
  if ((BUNDESLAENDER as readonly string[]).includes(text.toUpperCase())) return text.toUpperCase();
  if (text) return choose(STATE_NAMES, text);
  return STATE_OF_PREFIX[Number(ags5.slice(0, 2)) - 1];
}

/** An id as the feed allows it; spaces inside become hyphens (with the caller warning). */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;

export type GemeindeMatch =
  | { ok: true; ags: string; name: string; byName: boolean }
  | { ok: false; reason: 'unknown' | 'ambiguous' | 'outside'; candidates: OfficialGemeinde[] };

/** Destatis names carry suffixes: "Künzelsau, Stadt", "Weiden i.d.OPf.". Compare without them. */
const nameKey = (name: string) => fold(name.replace(/,.*$/, '').replace(/\b(stadt|gemeinde|markt)\b/gi, ''));

/**
 * Resolves a Gemeinde written as AGS (8 digits; 7 when Excel dropped the
 * leading zero) or name, restricted to the Kreis when its key is known.
 */
export class GemeindeResolver {
  private byName = new Map<string, OfficialGemeinde[]>();
  /** Towns outside the Kreis that the feed lists (regions/neighbours): places may lie there. */
  private readonly neighbours = new Set<string>();

  constructor(private readonly list: GemeindeList, private readonly kreis: string | undefined) {
    if (kreis) for (const g of list.inKreis(kreis)) this.index(g);
  }

  /** Accepts a neighbouring town (by key, and by its name). */
  addNeighbour(ags: string): void {
    const g = this.list.get(ags);
    if (!g || this.neighbours.has(ags)) return;
    this.neighbours.add(ags);
    if (!this.kreis || !ags.startsWith(this.kreis)) this.index(g);
  }

  /** The official entry of a key, if any. */
  official(ags: string): OfficialGemeinde | undefined {
    return this.list.get(ags);
  }

  private index(g: OfficialGemeinde): void {
    const key = nameKey(g.officialName);
    const list = this.byName.get(key);
    if (list) list.push(g);
    else this.byName.set(key, [g]);
  }

  resolve(text: string): GemeindeMatch {
    const digits = /^\d{7,8}$/.test(text) ? text.padStart(8, '0') : undefined;
    if (digits) {
      const g = this.list.get(digits);
      if (!g) return { ok: false, reason: 'unknown', candidates: [] };
      if (this.kreis && !digits.startsWith(this.kreis) && !this.neighbours.has(digits)) return { ok: false, reason: 'outside', candidates: [g] };
      return { ok: true, ags: digits, name: g.name, byName: false };
    }
    const key = nameKey(text);
    const found = this.byName.get(key) ?? [];
    if (found.length === 1) return { ok: true, ags: found[0]!.ags, name: found[0]!.name, byName: true };
    if (found.length > 1) return { ok: false, reason: 'ambiguous', candidates: found };
    if (this.kreis) {
      const near = this.list.inKreis(this.kreis).filter((g) => nameKey(g.officialName).startsWith(key.slice(0, 4)) || key.startsWith(nameKey(g.officialName).slice(0, 4)));
      return { ok: false, reason: 'unknown', candidates: near.slice(0, 5) };
    }
    return { ok: false, reason: 'unknown', candidates: [] };
  }

  /** Every Gemeinde of the Kreis, in AGS order. */
  kreisGemeinden(): OfficialGemeinde[] {
    return this.kreis ? [...this.list.inKreis(this.kreis)].sort((a, b) => a.ags.localeCompare(b.ags)) : [];
  }
}
