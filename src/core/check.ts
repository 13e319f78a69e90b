/**
 * Checks of a feed beyond its schema: duplicate ids, references that lead
 * nowhere, protected addresses, stale or expired entries, pathways that
 * loop or hide steps, texts that look like HTML. Pure TypeScript (runs in
 * the browser too); `wegweiser validate` adds the checks that need Node.
 *
 * Written defensively: the CLI also runs it on feeds that failed the schema,
 * so admins see every problem in one go.
 */
import type { Feed } from './schema/index.js';
import type { FeedIssue } from './errors.js';
import { directionOf } from './text.js';
import {
  deDate, hoursEntries, isExpired, isNotYetValid, isStale, IssueList, labelOf, list, programmePhase, protectedFieldsOf, scheduleEnd, stateOfAgs, STEWARDED, str,
  type Entry, type HoursEntry,
} from './check-base.js';
import { checkReferences, checkUniqueIds } from './check-refs.js';
import { checkPathways } from './check-pathways.js';
import { checkTexts } from './check-texts.js';

export {
  addMonths, agsReferences, closestMatch, deDate, editDistance, hoursEntries, isExpired, isNotYetValid, isStale, labelOf, programmePhase,
  protectedFieldsOf, staleBefore, stateOfAgs, type HoursEntry, type Path,
} from './check-base.js';

export interface CheckOptions {
  /** The day to check against, `YYYY-MM-DD` (Berlin). */
  today: string;
}

/** Runs every check; the order of issues follows the feed. */
export function checkFeed(feed: Feed, options: CheckOptions): FeedIssue[] {
  const c = new IssueList();
  const { today } = options;
  checkFeedLevel(c, feed, today);
  const ids = checkUniqueIds(c, feed);
  checkReferences(c, feed, ids);
  checkStewardship(c, feed, today);
  checkLocations(c, feed);
  checkServices(c, feed);
  checkHours(c, feed, today);
  checkProgrammes(c, feed, today);
  checkPathways(c, feed, ids);
  checkTexts(c, feed);
  return c.issues;
}

function checkFeedLevel(c: IssueList, feed: Feed, today: string): void {
  const validUntil = str(feed.validUntil);
  if (validUntil && isExpired(validUntil, today)) {
    c.warn(['validUntil'], 'feed-expired',
      `Der Feed ist nur bis ${deDate(validUntil)} gültig (validUntil); die Seite zeigt ihn als veraltet an. Prüfen Sie die Einträge, setzen Sie ein neues Datum und erzeugen Sie den Feed neu.`,
      `The feed is valid only until ${validUntil} (validUntil); the page marks it as out of date. Review the entries, set a new date and rebuild the feed.`);
  }
  const publisher = (feed.publisher ?? {}) as Partial<Feed['publisher']>;
  const ags = str(publisher.ags);
  const state = str(publisher.state);
  if (ags && state && stateOfAgs(ags) && stateOfAgs(ags) !== state) {
    c.error(['publisher', 'state'], 'state-mismatch',
      `Das Bundesland „${state}“ passt nicht zum Kreisschlüssel ${ags} (der liegt in ${stateOfAgs(ags)}). Danach richten sich Feiertage und Schulferien – korrigieren Sie state oder den Kreisschlüssel.`,
      `The Bundesland "${state}" does not match the Kreis key ${ags} (which is in ${stateOfAgs(ags)}). Holidays depend on it: correct state or the Kreis key.`);
  }
  const kreis = str(feed.regions?.kreis?.ags);
  if (ags && kreis && ags !== kreis) {
    c.warn(['regions', 'kreis', 'ags'], 'kreis-mismatch',
      `Der Kreisschlüssel unter regions/kreis (${kreis}) ist ein anderer als beim Herausgeber (${ags}). Meist ist einer davon ein Tippfehler.`,
      `The Kreis key in regions/kreis (${kreis}) differs from the publisher's (${ags}). Usually one of them is a typo.`);
  }
  if (kreis) {
    list<Entry>(feed.regions?.gemeinden).forEach((g, i) => {
      const gAgs = str(g.ags);
      if (gAgs && /^\d{8}$/.test(gAgs) && !gAgs.startsWith(kreis)) {
        c.warn(['regions', 'gemeinden', i, 'ags'], 'gemeinde-outside-kreis',
          `Die Gemeinde ${gAgs} liegt nicht im Kreis ${kreis} (die ersten fünf Ziffern stimmen nicht). Ist es ein Tippfehler? Orte außerhalb des Kreises gehören unter regions/neighbours.`,
          `Gemeinde ${gAgs} is not in Kreis ${kreis} (the first five digits differ). A typo? Places outside the Kreis belong in regions/neighbours.`);
      }
    });
  }
  const languages = list<{ code?: unknown; dir?: unknown }>(feed.languages);
  if (languages.length && !languages.some((l) => l.code === 'de')) {
    c.warn(['languages'], 'languages-no-de', 'Deutsch ("de") fehlt in der Liste der Sprachen. Alle Texte fallen auf Deutsch zurück – tragen Sie es ein.',
      'German ("de") is missing from the languages. Every text falls back to German: add it.');
  }
  languages.forEach((l, i) => {
    const code = str(l.code);
    if (code && (l.dir === 'ltr' || l.dir === 'rtl') && directionOf(code) !== l.dir) {
      c.warn(['languages', i, 'dir'], 'language-direction',
        `Die Sprache „${code}“ wird normalerweise ${directionOf(code) === 'rtl' ? 'von rechts nach links ("rtl")' : 'von links nach rechts ("ltr")'} geschrieben, hier steht "${String(l.dir)}". Bitte prüfen.`,
        `Language "${code}" is normally written ${directionOf(code)}, but "${String(l.dir)}" is given. Please check.`);
    }
  });
}


function checkStewardship(c: IssueList, feed: Feed, today: string): void {
  for (const [name, kind, deplural, enplural] of STEWARDED) {
    const entries = list<Entry>(feed[name]);
    const unreviewed: number[] = [];
    entries.forEach((e, i) => {
      const label = labelOf(e);
      const reviewed = str(e.reviewed);
      const validFrom = str(e.validFrom);
      const validUntil = str(e.validUntil);
      if (!reviewed) unreviewed.push(i);
      else if (isStale(reviewed, today)) {
        c.warn([name, i, 'reviewed'], 'stale',
          `${kind.de} „${label}“ wurde zuletzt am ${deDate(reviewed)} geprüft, vor mehr als 12 Monaten. Prüfen Sie, ob die Angaben noch stimmen, und tragen Sie das neue Datum unter reviewed ein.`,
          `${kind.en} "${label}" was last reviewed on ${reviewed}, more than 12 months ago. Check that it is still right and update reviewed.`);
      }
      if (validUntil && isExpired(validUntil, today)) {
        c.warn([name, i, 'validUntil'], 'expired',
          `${kind.de} „${label}“ ist seit ${deDate(validUntil)} abgelaufen (validUntil) und wird nicht mehr angezeigt. Läuft es weiter, verlängern Sie validUntil; sonst löschen Sie den Eintrag.`,
          `${kind.en} "${label}" expired on ${validUntil} (validUntil) and is no longer shown. If it continues, extend validUntil; otherwise delete the entry.`);
      } else if (validFrom && isNotYetValid(validFrom, today)) {
        c.warn([name, i, 'validFrom'], 'not-yet-valid',
          `${kind.de} „${label}“ wird erst ab ${deDate(validFrom)} angezeigt (validFrom).`,
          `${kind.en} "${label}" is shown only from ${validFrom} (validFrom).`);
      }
      if (validFrom && validUntil && validFrom > validUntil) {
        c.warn([name, i, 'validFrom'], 'valid-range',
          `Bei ${kind.de} „${label}“ liegt validFrom (${deDate(validFrom)}) nach validUntil (${deDate(validUntil)}); der Eintrag wird nie angezeigt. Vertauscht?`,
          `For ${kind.en} "${label}", validFrom (${validFrom}) is after validUntil (${validUntil}); it is never shown. Swapped?`);
      }
    });
    if (unreviewed.length) {
      c.warn([name, unreviewed[0]!], 'not-reviewed',
        `Bei ${unreviewed.length} von ${entries.length} ${deplural} fehlt das Prüfdatum (reviewed), z. B. hier. Tragen Sie ein, wann die Angaben zuletzt geprüft wurden – so fällt auf, was veraltet ist.`,
        `${unreviewed.length} of ${entries.length} ${enplural} have no review date (reviewed), e.g. this one. Record when they were last checked so stale entries show up.`);
    }
  }
}

const PROTECTED_WORDS = /frauenhaus|frauenschutz|schutzwohnung|schutzhaus|gemeinschaftsunterkunft|erstaufnahme|anschlussunterbringung|\bLEA\b|\bLEA-|\bGU\b/i;

function checkLocations(c: IssueList, feed: Feed): void {
  list<Entry>(feed.locations).forEach((l, i) => {
    const label = labelOf(l);
    if (l.sensitive === true) {
      for (const field of protectedFieldsOf(l)) {
        const what = { address: ['die Adresse', 'the address'], geo: ['die Position', 'the position'], transitStop: ['die Haltestelle', 'the stop'] }[field];
        // One verdict in every command: a warning. No page ever shows it, and `compile` removes it from the published feed.
        c.warn(['locations', i, field], 'sensitive-address',
          `Der Ort „${label}“ ist als geschützt markiert (sensitive) und enthält ${what[0]} (${field}). Sie wird nirgends angezeigt, und „wegweiser compile“ entfernt sie aus dem veröffentlichten Feed – veröffentlichen Sie nur dessen Ausgabe, denn die Datei ist öffentlich (z. B. die Anschrift eines Frauenhauses). Am sichersten löschen Sie ${field} auch hier.`,
          `Location "${label}" is marked protected (sensitive) and contains ${what[1]} (${field}). It is never shown, and "wegweiser compile" removes it from the published feed: publish only compile's output, since the file is public (e.g. a women's shelter's address). Safest is to delete ${field} here too.`);
      }
    } else if (l.gemeinde === undefined) {
      c.error(['locations', i, 'gemeinde'], 'location-without-gemeinde',
        `Beim Ort „${label}“ fehlt die Gemeinde (gemeinde, 8-stelliger Schlüssel). Nur geschützte Orte (sensitive) dürfen sie weglassen.`,
        `Location "${label}" lacks its Gemeinde (gemeinde, 8-digit key). Only protected places (sensitive) may leave it out.`);
    } else if ((l.address || l.geo) && PROTECTED_WORDS.test(label)) {
      c.warn(['locations', i, 'name'], 'maybe-sensitive',
        `Ist „${label}“ ein geschützter Ort (Frauenhaus, Unterkunft)? Dann setzen Sie "sensitive": true und entfernen Adresse und Position – der Feed ist öffentlich.`,
        `Is "${label}" a protected place (women's shelter, accommodation)? Then set "sensitive": true and remove the address and position: the feed is public.`);
    }
  });
}

function checkServices(c: IssueList, feed: Feed): void {
  const organisations = new Map(list<Entry>(feed.organisations).map((o) => [String(o.id), o]));
  const locations = new Map(list<Entry>(feed.locations).map((l) => [String(l.id), l]));
  list<Entry>(feed.services).forEach((s, i) => {
    const label = labelOf(s);
    const access = list<string>(s.access);
    if (!list(s.languages).length) {
      c.warn(['services', i], 'no-languages',
        `Beim Angebot „${label}“ fehlt, welche Sprachen die Mitarbeitenden sprechen (languages). Für Neuzugewanderte ist das oft die wichtigste Angabe – tragen Sie z. B. ["de", "en"] ein.`,
        `Service "${label}" does not say which languages the staff speak (languages). For newcomers this is often what matters most: add e.g. ["de", "en"].`);
    }
    const at = list<Entry>(s.at);
    if (!at.length && !list(s.outreach).length && !access.includes('phone') && !access.includes('online')) {
      c.warn(['services', i], 'no-place',
        `Das Angebot „${label}“ hat keinen Ort (at), keine Außensprechstunde und ist weder telefonisch noch online erreichbar. Niemand erfährt, wohin. Ergänzen Sie at oder access "phone"/"online".`,
        `Service "${label}" has no place (at), no outreach and is neither phone nor online. Nobody learns where to go. Add at, or access "phone"/"online".`);
    }
    const contactOf = (e: Entry | undefined) => (e?.contact as Entry | undefined);
    const phone = contactOf(s)?.phone ?? (s.booking as Entry | undefined)?.phone ?? contactOf(organisations.get(String(s.organisation)))?.phone
      ?? at.map((a) => contactOf(locations.get(String(a.location)))?.phone).find(Boolean);
    if (access.includes('phone') && !phone) {
      c.warn(['services', i, 'access'], 'no-phone',
        `Das Angebot „${label}“ ist telefonisch erreichbar (access "phone"), aber nirgends steht eine Telefonnummer. Ergänzen Sie contact.phone.`,
        `Service "${label}" is reachable by phone (access "phone") but no phone number is given. Add contact.phone.`);
    }
  });
}

/** Lists more than this many equal warnings as one, so they do not hide the rest. */
const AGGREGATE_OVER = 3;

function checkHours(c: IssueList, feed: Feed, today: string): void {
  const entries = hoursEntries(feed);
  const notCompiled = entries.filter((e) => !e.hours.compiled);
  const ended = entries.filter((e) => e.hours.compiled && Array.isArray(e.hours.compiled.window) && String(e.hours.compiled.window[1]) < today);
  if (notCompiled.length && notCompiled.length === entries.length) {
    c.warn(notCompiled[0]!.path, 'hours-not-compiled',
      `Keine der ${entries.length} Öffnungszeiten ist übersetzt (compiled fehlt): Das ist ein Quell-Feed. Veröffentlichen Sie die Ausgabe von „wegweiser compile“ – sonst kann die Seite nicht anzeigen, ob gerade geöffnet ist.`,
      `None of the ${entries.length} opening hours is compiled (compiled missing): this is a source feed. Publish the output of "wegweiser compile", otherwise the page cannot show whether a place is open now.`);
  } else {
    reportEach(c, notCompiled, 'hours-not-compiled',
      (n) => [`Diese Öffnungszeiten${n ? ` (und ${n} weitere)` : ''} sind nicht übersetzt (compiled fehlt); die Seite zeigt nur den Text. Führen Sie „wegweiser compile“ aus.`,
        `These opening hours${n ? ` (and ${n} more)` : ''} are not compiled (compiled missing); the page shows only the text. Run "wegweiser compile".`]);
  }
  reportEach(c, ended, 'hours-window-ended',
    (n) => [`Die übersetzten Öffnungszeiten${n ? ` (und ${n} weitere)` : ''} reichen nur bis vor heute (compiled/window). Die Seite kann „jetzt geöffnet“ nicht mehr sagen – erzeugen Sie den Feed mit „wegweiser compile“ neu.`,
      `The compiled hours${n ? ` (and ${n} more)` : ''} end before today (compiled/window). The page can no longer say "open now": rebuild the feed with "wegweiser compile".`]);
  if (entries.length > notCompiled.length && !feed.holidays) {
    c.warn(['holidays'], 'holidays-missing',
      'Die Feiertage und Schulferien fehlen (holidays). „wegweiser compile“ trägt sie für das Bundesland ein.',
      'Public and school holidays are missing (holidays). "wegweiser compile" fills them in for the Bundesland.');
  }
}

function reportEach(c: IssueList, entries: HoursEntry[], code: string, sentence: (more: number) => [string, string]): void {
  if (entries.length > AGGREGATE_OVER) {
    const [de, en] = sentence(entries.length - 1);
    c.warn(entries[0]!.path, code, de, en);
    return;
  }
  for (const e of entries) {
    const [de, en] = sentence(0);
    c.warn(e.path, code, de, en);
  }
}

function checkProgrammes(c: IssueList, feed: Feed, today: string): void {
  list<Entry>(feed.programmes).forEach((p, i) => {
    const label = labelOf(p);
    const schedule = (p.schedule ?? {}) as Entry;
    const phase = programmePhase(schedule, today);
    if ((p.status === 'active' || p.status === 'registration-open' || p.status === 'full') && phase === 'ended') {
      const end = scheduleEnd(schedule)!;
      c.warn(['programmes', i, 'status'], 'programme-ended',
        `Das Programm „${label}“ steht auf "${String(p.status)}", ist aber am ${deDate(end)} zu Ende gegangen. Setzen Sie status auf "ended" (oder tragen Sie die neuen Termine ein).`,
        `Programme "${label}" is "${String(p.status)}" but ended on ${end}. Set status to "ended" (or enter the new dates).`);
    }
    const start = str(schedule.start);
    if (p.status === 'planned' && start && phase === 'active') {
      c.warn(['programmes', i, 'status'], 'programme-started',
        `Das Programm „${label}“ steht noch auf "planned", hat aber am ${deDate(start)} begonnen. Setzen Sie status auf "active".`,
        `Programme "${label}" is still "planned" but started on ${start}. Set status to "active".`);
    }
  });
}
