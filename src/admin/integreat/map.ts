/**
 * Saved Integreat answers → the feed's source entries: the region as Kreis
 * and Gemeinden, languages, location categories as topics, locations as
 * places with a service each, events as programmes, and (optionally) pages
 * as pathway drafts. Every translation becomes the feed's multilingual
 * text; what cannot be carried goes into the loss report.
 */
import type { LocalisedMessage } from '../../core/errors.js';
import { programmePhase, stateOfAgs } from '../../core/check-base.js';
import { nameKey, type GemeindeList, type OfficialGemeinde } from '../gemeinden.js';
import { LossReport } from '../hsds/loss.js';
import { slug } from '../hsds/ids.js';
import { joinTranslations, type Answer, type Translated } from './answers.js';
import { integreatHours } from './hours.js';
import { eventSchedule } from './rrule.js';
import { htmlToText } from './html-text.js';

type Rec = Record<string, unknown>;
const isRec = (x: unknown): x is Rec => typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown): string | undefined => (typeof x === 'string' && x.trim() ? x.trim() : undefined);
const num = (x: unknown): number | undefined => (typeof x === 'number' && Number.isFinite(x) ? x : undefined);
type Text = string | Record<string, string>;

export interface MapOptions {
  answers: Answer[];
  gemeinden: GemeindeList;
  today: string;
  /** Window for the dated sessions of events the feed cannot say as a rhythm. */
  window: { from: string; to: string };
  /** The region (Integreat slug) when the answers hold several. */
  region?: string;
  /** The Kreis key (5 digits) when the region's name does not give it (a Landkreis app). */
  kreis?: string;
  pagesAsPathways?: boolean;
  loss: LossReport;
}

export interface Warning {
  where: string;
  message: LocalisedMessage;
}

export interface Mapped {
  region: string;
  feed: Record<string, unknown>;
  warnings: Warning[];
  counts: Record<string, number>;
}

export type MapResult = { ok: true; mapped: Mapped } | { ok: false; message: LocalisedMessage };

/** One text per language: a plain string when only German has it. */
function textOf(entry: Translated, pick: (item: Rec) => string | undefined): Text | undefined {
  const out: Record<string, string> = {};
  for (const [lang, item] of entry.texts) {
    const value = pick(item);
    if (value) out[lang] = value;
  }
  if (!out.de) return undefined;
  return Object.keys(out).length === 1 ? out.de : { de: out.de, ...Object.fromEntries(Object.entries(out).filter(([l]) => l !== 'de')) };
}


function distanceKm(a: [number, number], b: [number, number]): number {
  const rad = Math.PI / 180;
  const x = (b[1] - a[1]) * rad * Math.cos(((a[0] + b[0]) / 2) * rad);
  const y = (b[0] - a[0]) * rad;
  return Math.sqrt(x * x + y * y) * 6371;
}

/** A Gemeinde by name (nearest to `near` when several share it), or the nearest one by position within 15 km. */
function findGemeinde(candidates: OfficialGemeinde[], name: string | undefined, near: [number, number] | undefined): OfficialGemeinde | undefined {
  if (name) {
    const key = nameKey(name);
    const named = candidates.filter((g) => nameKey(g.officialName) === key);
    if (named.length === 1) return named[0];
    if (named.length > 1 && near) return named.filter((g) => g.centroid).sort((a, b) => distanceKm(near, a.centroid!) - distanceKm(near, b.centroid!))[0];
  }
  if (!near) return undefined;
  const nearest = candidates.filter((g) => g.centroid).map((g) => ({ g, km: distanceKm(near, g.centroid!) })).sort((a, b) => a.km - b.km)[0];
  return nearest && nearest.km <= 15 ? nearest.g : undefined;
}

const WEB = /^https?:\/\/[^\s<>"]+$/;
const MAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[A-Za-z]{2,}$/;
const PHONE = /^\+?[0-9 ()/.-]{4,30}$/;

function contactOf(item: Rec, where: string, loss: LossReport): Rec | undefined {
  const contact: Rec = {};
  const take = (field: string, key: string, pattern: RegExp) => {
    const value = str(item[field]);
    if (!value) return;
    if (pattern.test(value)) contact[key] = value;
    else loss.add(`${where}.${field}`, 1, { de: `„${value}“ ist keine gültige Angabe und wurde weggelassen.`, en: `"${value}" is not valid and was left out.` });
  };
  take('website', 'website', WEB);
  take('email', 'email', MAIL);
  take('phone_number', 'phone', PHONE);
  return Object.keys(contact).length ? contact : undefined;
}

/** Unique ids: `base`, then `base-2` … */
function idMaker(): (base: string) => string {
  const used = new Set<string>();
  return (base) => {
    let id = base || 'eintrag';
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}

/** Fields carried over (or technical: addresses of the API itself, hashes); any other set field is listed in the loss report (images, meta descriptions …). */
const LOCATION_FIELDS = new Set(['id', 'url', 'path', 'title', 'modified_gmt', 'last_updated', 'excerpt', 'content', 'appointment_url', 'available_languages',
  'website', 'email', 'phone_number', 'category', 'temporarily_closed', 'opening_hours', 'location', 'organization', 'barrier_free', 'hash']);
const PAGE_FIELDS = new Set(['id', 'url', 'path', 'title', 'modified_gmt', 'last_updated', 'excerpt', 'content', 'available_languages', 'parent', 'order', 'hash', 'organization']);
const EVENT_FIELDS = new Set(['id', 'url', 'path', 'title', 'modified_gmt', 'last_updated', 'excerpt', 'content', 'available_languages', 'location', 'location_url', 'event',
  'hash', 'recurrence_rule', 'organization']);

export function mapIntegreat(options: MapOptions): MapResult {
  const { gemeinden, loss, today } = options;
  const regions = [...new Set(options.answers.map((a) => a.region).filter((r): r is string => !!r))];
  const region = options.region ?? (regions.length === 1 ? regions[0] : undefined);
  if (!region) {
    return {
      ok: false,
      message: regions.length
        ? { de: `Die Antworten gehören zu mehreren Regionen (${regions.join(', ')}); wählen Sie eine mit --region.`, en: `The answers belong to several regions (${regions.join(', ')}); choose one with --region.` }
        : { de: 'In den Antworten steht keine Region; geben Sie sie mit --region an (der Name in der Integreat-Adresse, z. B. augsburg).', en: 'The answers name no region; give it with --region (the name in the Integreat address, e.g. augsburg).' },
    };
  }
  const answers = options.answers.filter((a) => a.region === region || (a.region === undefined && a.endpoint !== 'regions'));
  const regionRecord = options.answers.filter((a) => a.endpoint === 'regions').flatMap((a) => a.items).find((r) => r.path === region);
  const warnings: Warning[] = [];

  // The Kreis: from the region's name (a town app: the town's Kreis) or --kreis.
  const regionName = str(regionRecord?.name) ?? region;
  const regionGeo: [number, number] | undefined = num(regionRecord?.latitude) !== undefined && num(regionRecord?.longitude) !== undefined
    ? [regionRecord!.latitude as number, regionRecord!.longitude as number] : undefined;
  let kreis = options.kreis;
  let home: OfficialGemeinde | undefined;
  if (!kreis) {
    const firstPlace = answers.filter((a) => a.endpoint === 'locations').flatMap((a) => a.items).map((i) => (isRec(i.location) ? i.location : {}))[0] ?? {};
    const near = regionGeo ?? (num(firstPlace.latitude) !== undefined ? [firstPlace.latitude as number, firstPlace.longitude as number] as [number, number] : undefined);
    home = findGemeinde(allNamed(gemeinden, str(regionRecord?.name_without_prefix) ?? regionName), str(regionRecord?.name_without_prefix) ?? regionName, near);
    if (!home) {
      return { ok: false, message: { de: `Zur Region „${regionName}“ ist keine Gemeinde im amtlichen Verzeichnis zu finden. Geben Sie den Kreisschlüssel mit --kreis an (5 Ziffern, z. B. 09772 für den Landkreis Augsburg).`, en: `No Gemeinde of the official list matches the region "${regionName}". Give the Kreis key with --kreis (5 digits, e.g. 09772).` } };
    }
    kreis = home.kreis;
  }
  const inKreis = gemeinden.inKreis(kreis);
  if (!inKreis.length) return { ok: false, message: { de: `Den Kreisschlüssel ${kreis} gibt es im amtlichen Verzeichnis nicht.`, en: `The Kreis key ${kreis} is not in the official list.` } };
  const state = stateOfAgs(kreis);

  // Gemeinden the app also covers (Integreat's aliases) outside the Kreis: neighbours.
  const neighbours: Rec[] = [];
  for (const [alias, geo] of Object.entries(isRec(regionRecord?.aliases) ? regionRecord!.aliases as Rec : {})) {
    const at = isRec(geo) && num(geo.latitude) !== undefined ? [geo.latitude as number, geo.longitude as number] as [number, number] : undefined;
    const inside = findGemeinde(inKreis, alias, undefined);
    if (inside) continue;
    const outside = at ? findGemeinde(allNamed(gemeinden, alias), alias, at) : undefined;
    if (outside && outside.kreis !== kreis) neighbours.push({ id: slug(alias), name: outside.name, ags: outside.ags, ...(outside.centroid ? { centroid: outside.centroid } : {}) });
    else if (!outside) loss.add('region.aliases', 1, { de: `„${alias}“ ist keine Gemeinde des amtlichen Verzeichnisses.`, en: `"${alias}" is not a Gemeinde of the official list.` });
  }

  // Languages: Integreat's list, German first.
  const languageItems = answers.filter((a) => a.endpoint === 'languages').flatMap((a) => a.items);
  const seenLangs = new Set(answers.map((a) => a.lang).filter((l): l is string => !!l));
  const languages = (languageItems.length ? languageItems : [...seenLangs].map((code): Rec => ({ code })))
    .map((l) => ({ code: String(l.code).toLowerCase(), dir: l.dir === 'RIGHT_TO_LEFT' ? 'rtl' : 'ltr', ...(str(l.native_name) ? { name: str(l.native_name) } : {}) }))
    .sort((a, b) => (a.code === 'de' ? -1 : b.code === 'de' ? 1 : 0));
  if (!languages.some((l) => l.code === 'de')) languages.unshift({ code: 'de', dir: 'ltr', name: 'Deutsch' });

  // Topics from location categories.
  const topicIds = new Map<unknown, string>();
  const topics: Rec[] = [];
  const addTopic = (category: Rec | undefined): string => {
    const name = str(category?.name);
    if (!category || !name) return 'integreat-orte';
    const known = topicIds.get(category.id ?? name);
    if (known) return known;
    const id = `ig-${slug(name) || `kategorie-${String(category.id)}`}`;
    topicIds.set(category.id ?? name, id);
    topics.push({ id, label: name, ...(str(category.icon) && /^[a-z0-9-]{1,40}$/.test(String(category.icon)) ? { icon: category.icon } : {}) });
    return id;
  };
  for (const c of answers.filter((a) => a.endpoint === 'location-categories').flatMap((a) => a.items)) addTopic(c);

  const organisations: Rec[] = [];
  const orgIds = new Map<string, string>();
  const regionOrg = `integreat-${slug(region)}`;
  const organisationFor = (item: Rec): string => {
    const org = isRec(item.organization) ? item.organization : undefined;
    const name = str(org?.name);
    if (!org || !name) {
      if (!orgIds.has(regionOrg)) {
        orgIds.set(regionOrg, regionOrg);
        organisations.push({ id: regionOrg, name: regionName, kind: 'municipality' });
      }
      return regionOrg;
    }
    const key = String(org.id ?? name);
    if (!orgIds.has(key)) {
      const id = `ig-${slug(str(org.slug) ?? name)}`;
      orgIds.set(key, id);
      const website = str(org.website);
      organisations.push({ id, name, ...(website && WEB.test(website) ? { contact: { website } } : {}) });
    }
    return orgIds.get(key)!;
  };

  const newLocationId = idMaker();
  const newServiceId = idMaker();
  const locations: Rec[] = [];
  const services: Rec[] = [];
  const locationIdOf = new Map<unknown, string>();
  const gemeindeOf = (place: Rec): string | undefined => {
    const geo = num(place.latitude) !== undefined && num(place.longitude) !== undefined ? [place.latitude as number, place.longitude as number] as [number, number] : undefined;
    return (findGemeinde(inKreis, str(place.town), geo) ?? (neighbours.length ? findGemeinde(neighbours.map((n) => gemeinden.get(String(n.ags))!).filter(Boolean), str(place.town), geo) : undefined))?.ags;
  };

  const { entries: places, orphans } = joinTranslations(answers, 'locations');
  for (const o of orphans) loss.add(`locations[${o.lang}]`, 1, { de: 'Übersetzung ohne deutschen Eintrag: nicht übernommen.', en: 'Translation without a German entry: not carried over.' });
  for (const entry of places) {
    const base = entry.base;
    const title = str(base.title) ?? 'Ort';
    const where = `locations "${title}"`;
    loss.unmapped('locations', base, LOCATION_FIELDS);
    const place = isRec(base.location) ? base.location : {};
    const id = newLocationId(`ig-${slug(title)}`);
    const location: Rec = { id, name: textOf(entry, (i) => str(i.title)) ?? title };
    let gemeinde = gemeindeOf(place);
    const unplaced = `„${title}“ liegt in keiner Gemeinde des Kreises (Ort: ${str(place.town) ?? 'keine Angabe'}, Koordinaten: ${num(place.latitude) ?? '–'}, ${num(place.longitude) ?? '–'})`;
    const unplacedEn = `"${title}" lies in no Gemeinde of the Kreis (town: ${str(place.town) ?? 'none'}, coordinates: ${num(place.latitude) ?? '–'}, ${num(place.longitude) ?? '–'})`;
    if (!gemeinde && inKreis.length === 1) {
      // A town's app (kreisfreie Stadt): the town is the only Gemeinde a place can be in.
      gemeinde = inKreis[0]!.ags;
      warnings.push({ where, message: { de: `${unplaced}; angenommen: ${inKreis[0]!.name}. Prüfen Sie die Adresse in Integreat.`, en: `${unplacedEn}; taken to be in ${inKreis[0]!.name}. Check the address in Integreat.` } });
    }
    if (!gemeinde) {
      // Every place needs its Gemeinde (responsibility, travel times): without one it would make the feed invalid.
      warnings.push({ where, message: { de: `${unplaced}. Er ist nicht übernommen; tragen Sie in Integreat Ort und Koordinaten nach.`, en: `${unplacedEn}. It was not carried over; add town and coordinates in Integreat.` } });
      loss.add('locations (ohne Gemeinde)', 1, { de: `${title}: nicht übernommen, weil keine Gemeinde passt.`, en: `${title}: not carried over, no Gemeinde fits.` });
      continue;
    }
    location.gemeinde = gemeinde;
    locationIdOf.set(place.id ?? base.id, id);
    const street = str(place.address);
    const postcode = str(place.postcode);
    const city = str(place.town);
    if (street && postcode && /^\d{5}$/.test(postcode) && city) location.address = { street, postcode, city };
    else if (street || postcode || city) loss.add('locations.location.address', 1, { de: 'Adresse unvollständig (Straße, fünfstellige PLZ und Ort nötig): weggelassen.', en: 'Address incomplete (street, five-digit postcode and town needed): left out.' });
    const centre = gemeinde ? gemeinden.get(gemeinde)?.centroid : undefined;
    const geo: [number, number] | undefined = num(place.latitude) !== undefined && num(place.longitude) !== undefined ? [place.latitude as number, place.longitude as number] : undefined;
    if (geo && centre && distanceKm(geo, centre) > 30) {
      // Test data and typos (0/0, swapped digits): a pin far from its own town would send people astray.
      warnings.push({ where, message: { de: `Die Koordinaten von „${title}“ (${geo.join(', ')}) liegen ${Math.round(distanceKm(geo, centre))} km von ${gemeinden.get(gemeinde!)!.name} entfernt; sie wurden weggelassen. Prüfen Sie sie in Integreat.`, en: `The coordinates of "${title}" (${geo.join(', ')}) are ${Math.round(distanceKm(geo, centre))} km from ${gemeinden.get(gemeinde!)!.name}; they were left out. Check them in Integreat.` } });
      loss.add('locations.location.coordinates', 1, { de: 'Koordinaten weit weg von der Gemeinde des Orts: weggelassen.', en: 'Coordinates far from the place\'s Gemeinde: left out.' });
    } else if (geo) location.geo = geo;
    else loss.add('locations.location.coordinates', 1, { de: 'Keine Koordinaten: der Ort fehlt auf der Karte und bei den Fahrzeiten.', en: 'No coordinates: the place is missing on the map and in travel times.' });
    const hours = integreatHours(base.opening_hours as never, base.temporarily_closed === true);
    for (const lost of hours.lost) loss.add('locations.opening_hours', 1, lost);
    const appointmentOnly = Array.isArray(base.opening_hours) && (base.opening_hours as Rec[]).some((d) => d?.appointmentOnly === true);
    if (hours.osm) location.hours = { osm: hours.osm };
    if (base.barrier_free === true) location.accessibility = { wheelchair: 'yes' };
    else if (base.barrier_free === false) location.accessibility = { wheelchair: 'no' };
    const contact = contactOf(base, 'locations', loss);
    if (contact) location.contact = contact;
    const updated = str(base.last_updated)?.slice(0, 10);
    if (updated && /^\d{4}-\d{2}-\d{2}$/.test(updated)) location.reviewed = updated;
    locations.push(location);

    const category = isRec(base.category) ? base.category : undefined;
    const service: Rec = {
      id: newServiceId(`ig-${slug(title)}`),
      organisation: organisationFor(base),
      name: textOf(entry, (i) => str(i.title)) ?? title,
      topics: [addTopic(category)],
      access: appointmentOnly && Array.isArray(base.opening_hours) && (base.opening_hours as Rec[]).every((d) => d?.closed === true || d?.appointmentOnly === true) ? ['appointment'] : ['walk-in'],
      at: [{ location: id }],
    };
    const summary = textOf(entry, (i) => str(i.excerpt));
    if (summary) service.summary = summary;
    const description = textOf(entry, (i) => {
      const text = htmlToText(str(i.content));
      return text && text !== str(i.excerpt) ? text : undefined;
    });
    if (description) service.description = description;
    const booking = str(base.appointment_url);
    if (booking && WEB.test(booking)) service.booking = { url: booking };
    if (contact) service.contact = contact;
    if (updated && /^\d{4}-\d{2}-\d{2}$/.test(updated)) service.reviewed = updated;
    services.push(service);
  }
  if (services.some((s) => (s.topics as string[])[0] === 'integreat-orte') && !topics.some((t) => t.id === 'integreat-orte')) topics.push({ id: 'integreat-orte', label: 'Orte aus Integreat' });

  // Events: one programme per series (Integreat sends every occurrence of a series as its own object).
  const programmes: Rec[] = [];
  const newProgrammeId = idMaker();
  const { entries: events, orphans: eventOrphans } = joinTranslations(answers, 'events');
  for (const o of eventOrphans) loss.add(`events[${o.lang}]`, 1, { de: 'Übersetzung ohne deutschen Eintrag: nicht übernommen.', en: 'Translation without a German entry: not carried over.' });
  const series = new Set<string>();
  for (const entry of events) {
    const base = entry.base;
    const ev = isRec(base.event) ? base.event : {};
    const key = ev.recurrence_id !== null && ev.recurrence_id !== undefined ? `r${String(ev.recurrence_id)}` : `e${String(ev.id ?? base.id ?? base.path)}`;
    if (series.has(key)) continue;
    series.add(key);
    loss.unmapped('events', base, EVENT_FIELDS);
    const title = str(base.title) ?? 'Veranstaltung';
    const start = str(ev.start);
    if (!start) {
      loss.add('events.event.start', 1, { de: `„${title}“ hat kein Datum: nicht übernommen.`, en: `"${title}" has no date: not carried over.` });
      continue;
    }
    const scheduled = eventSchedule(str(base.recurrence_rule), { start, ...(str(ev.end) ? { end: str(ev.end)! } : {}), allDay: ev.all_day === true }, options.window);
    for (const lost of scheduled.lost) loss.add('events.recurrence_rule', 1, lost);
    const schedule: Rec = { ...scheduled.schedule };
    if (scheduled.note) schedule.text = { de: scheduled.note.de, en: scheduled.note.en };
    const programme: Rec = {
      id: newProgrammeId(`ig-${slug(title)}`),
      kind: 'event',
      title: textOf(entry, (i) => str(i.title)) ?? title,
      provider: organisationFor(base),
      schedule,
      status: programmePhase(schedule as never, today),
    };
    const summary = textOf(entry, (i) => str(i.excerpt));
    if (summary) programme.summary = summary;
    const description = textOf(entry, (i) => {
      const text = htmlToText(str(i.content));
      return text && text !== str(i.excerpt) ? text : undefined;
    });
    if (description) programme.description = description;
    const updated = str(base.last_updated)?.slice(0, 10);
    if (updated && /^\d{4}-\d{2}-\d{2}$/.test(updated)) programme.reviewed = updated;
    const place = isRec(base.location) ? base.location : {};
    const placeId = place.id !== null && place.id !== undefined ? locationIdOf.get(place.id) : undefined;
    if (placeId) programme.location = placeId;
    else if (place.id !== null && place.id !== undefined) loss.add('events.location', 1, { de: 'Der Ort der Veranstaltung ist kein Ort aus Integreat: ohne Ort übernommen.', en: 'The event\'s place is not one of the Integreat places: carried over without a place.' });
    const gemeinde = placeId ? (locations.find((l) => l.id === placeId)?.gemeinde as string | undefined) : undefined;
    if (gemeinde) programme.gemeinde = gemeinde;
    programmes.push(programme);
  }

  // Pages: pathway drafts on request, otherwise counted.
  const pathways: Rec[] = [];
  const { entries: pages } = joinTranslations(answers, 'pages');
  if (options.pagesAsPathways) {
    const roots = pages.filter((p) => isRec(p.base.parent) && (p.base.parent.id === 0 || p.base.parent.id === null));
    const newPathwayId = idMaker();
    // Paths are compared as text (Integreat writes umlauts composed in one place and decomposed in another).
    const pathKey = (x: unknown) => { const t = str(x); return t ? decodeURIComponentSafe(t).normalize('NFC') : undefined; };
    const childrenOf = (page: Translated): Translated[] => pages.filter((p) => isRec(p.base.parent) && pathKey(p.base.parent.path) === pathKey(page.base.path))
      .sort((a, b) => Number(a.base.order ?? 0) - Number(b.base.order ?? 0));
    // Depth first: a sub-page, then its own sub-pages, each a step.
    const descendants = (page: Translated): Translated[] => childrenOf(page).flatMap((c) => [c, ...descendants(c)]);
    for (const p of pages) loss.unmapped('pages', p.base, PAGE_FIELDS);
    for (const root of roots) {
      const children = descendants(root);
      const steps = (children.length ? children : [root]).map((p, i) => {
        const body = textOf(p, (item) => htmlToText(str(item.content)) || undefined);
        return { id: `schritt-${i + 1}`, title: textOf(p, (item) => str(item.title)) ?? `Schritt ${i + 1}`, ...(body ? { body } : {}) };
      });
      const title = str(root.base.title) ?? 'Weg';
      pathways.push({ id: newPathwayId(`ig-entwurf-${slug(title)}`), title: textOf(root, (item) => str(item.title)) ?? title, summary: { de: 'Entwurf aus Integreat – bitte prüfen, bevor er veröffentlicht wird.', en: 'Draft from Integreat – review before publishing.' }, steps });
      warnings.push({ where: `pages "${title}"`, message: { de: `Die Seite „${title}“ ist als Wegweiser-Entwurf übernommen (${steps.length} Schritte). Prüfen Sie ihn, bevor Sie veröffentlichen.`, en: `The page "${title}" became a Wegweiser draft (${steps.length} steps). Review it before publishing.` } });
    }
  } else if (pages.length) {
    loss.add('pages', pages.length, { de: 'Seiten werden nur mit --pages-as-pathways übernommen (als Wegweiser-Entwürfe).', en: 'Pages are only carried over with --pages-as-pathways (as Wegweiser drafts).' });
  }
  const offers = answers.filter((a) => a.endpoint === 'offers').flatMap((a) => a.items);
  if (offers.length) loss.add('offers', offers.length, { de: `Integreat-Extras (${offers.map((o) => str(o.name)).filter(Boolean).join(', ')}) sind Verweise auf andere Dienste und haben im Feed keinen Platz.`, en: `Integreat extras (${offers.map((o) => str(o.name)).filter(Boolean).join(', ')}) link to other services and have no place in the feed.` });

  const feed: Record<string, unknown> = {
    version: '1.0',
    publisher: { name: regionName, ags: kreis, state, contact: {}, licence: { name: 'Inhalte aus Integreat; Nutzungsrechte beim Herausgeber' } },
    languages,
    regions: {
      kreis: { ags: kreis, name: gemeinden.kreisName(kreis) ?? regionName },
      gemeinden: inKreis.map((g) => ({ ags: g.ags, name: g.name })).sort((a, b) => a.ags.localeCompare(b.ags)),
      ...(neighbours.length ? { neighbours } : {}),
    },
    topics,
    organisations,
    locations,
    services,
    ...(programmes.length ? { programmes } : {}),
    ...(pathways.length ? { pathways } : {}),
  };
  return {
    ok: true,
    mapped: { region, feed, warnings, counts: { organisations: organisations.length, locations: locations.length, services: services.length, programmes: programmes.length, pathways: pathways.length, pages: pages.length } },
  };
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Gemeinden anywhere in Germany with this name. */
function allNamed(gemeinden: GemeindeList, name: string): OfficialGemeinde[] {
  return gemeinden.named(name);
}
