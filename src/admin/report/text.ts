/**
 * The report for the terminal: four sections, plain text, long lists cut
 * with "… and n more" (the HTML file and --json have them all).
 */
import type { Lang } from '../lang.js';
import { count } from '../lang.js';
import type { FeedReport } from './compute.js';
import { REVIEW_BUCKETS, type ReportEntry, type StewardFreshness } from './freshness.js';
import { OVERLAP_DAYS, OVERLAP_KM, type OverlapPair } from './overlaps.js';
import { BUCKET, BUCKET_SHORT, ENTRY_KIND, TEXT_LIST_LIMIT, day, kindName, km, languageName, pct } from './labels.js';

const T = (lang: Lang, de: string, en: string): string => (lang === 'de' ? de : en);

function more(total: number, shown: number, lang: Lang, indent: string): string[] {
  if (total <= shown) return [];
  return [`${indent}… ${T(lang, `und ${count(total - shown, lang)} weitere (alle in --html und --json)`, `and ${count(total - shown, lang)} more (all in --html and --json)`)}`];
}

function entryLine(e: ReportEntry, lang: Lang, detail: string): string {
  const name = lang === 'de' ? `„${e.name}“` : `"${e.name}"`;
  return `      - ${ENTRY_KIND[e.kind][lang]} ${name} (${e.id})${detail ? ` – ${detail}` : ''}`;
}

function entryList(title: string, entries: ReportEntry[], lang: Lang, detail: (e: ReportEntry) => string): string[] {
  if (!entries.length) return [];
  const shown = entries.slice(0, TEXT_LIST_LIMIT);
  return [`    ${title} (${count(entries.length, lang)}):`, ...shown.map((e) => entryLine(e, lang, detail(e))), ...more(entries.length, shown.length, lang, '      ')];
}

export function stewardTitle(s: StewardFreshness, lang: Lang): string {
  if (s.steward === null) return T(lang, 'Ohne verantwortliche Stelle (steward fehlt)', 'Without a steward (steward missing)');
  if (!s.known) return T(lang, `„${s.steward}“ – steht nicht in stewards`, `"${s.steward}" – not listed in stewards`);
  return `${s.role} <${s.email}>`;
}

function bucketLine(counts: Record<string, number>, lang: Lang): string {
  return REVIEW_BUCKETS.map((b) => `${BUCKET_SHORT[b][lang]} ${count(counts[b] ?? 0, lang)}`).join(' · ');
}

function freshnessSection(r: FeedReport, lang: Lang): string[] {
  const f = r.freshness;
  const out = [T(lang, '1. Aktualität', '1. Freshness'), ''];
  out.push(`  ${T(lang, `${count(f.total, lang)} Einträge`, `${count(f.total, lang)} entries`)}: ${REVIEW_BUCKETS.map((b) => `${count(f.counts[b], lang)} ${BUCKET[b][lang]}`).join(', ')}.`);
  out.push(`  ${T(lang, `Quartal seit ${day(f.quarterStart, lang)}; „vor mehr als 12 Monaten“ = vor dem ${day(f.staleBefore, lang)}.`, `Quarter since ${day(f.quarterStart, lang)}; "more than 12 months" = before ${day(f.staleBefore, lang)}.`)}`);
  out.push(`  ${T(lang, `Laufen in den nächsten 60 Tagen ab (bis ${day(f.expiringUntil, lang)}): ${count(f.expiring, lang)}; schon abgelaufen: ${count(f.expired, lang)}.`, `Expiring in the next 60 days (until ${day(f.expiringUntil, lang)}): ${count(f.expiring, lang)}; already expired: ${count(f.expired, lang)}.`)}`);
  out.push('');
  for (const s of f.stewards) {
    out.push(`  ${stewardTitle(s, lang)}`);
    if (!s.total) {
      out.push(`    ${T(lang, 'keine Einträge', 'no entries')}`, '');
      continue;
    }
    out.push(`    ${count(s.total, lang)} ${T(lang, s.total === 1 ? 'Eintrag' : 'Einträge', s.total === 1 ? 'entry' : 'entries')}: ${bucketLine(s.counts, lang)}`);
    out.push(...entryList(T(lang, 'Prüfung überfällig (zuletzt vor mehr als 12 Monaten geprüft)', 'Review overdue (last reviewed more than 12 months ago)'), s.stale, lang,
      (e) => T(lang, `zuletzt geprüft ${day(e.reviewed!, lang)}`, `last reviewed ${day(e.reviewed!, lang)}`)));
    out.push(...entryList(T(lang, 'Nie geprüft (reviewed fehlt)', 'Never reviewed (reviewed missing)'), s.never, lang, () => ''));
    out.push(...entryList(T(lang, 'Läuft in den nächsten 60 Tagen ab', 'Expires in the next 60 days'), s.expiring, lang,
      (e) => T(lang, `gültig bis ${day(e.validUntil!, lang)}`, `valid until ${day(e.validUntil!, lang)}`)));
    out.push(...entryList(T(lang, 'Abgelaufen (wird nicht mehr angezeigt)', 'Expired (no longer shown)'), s.expired, lang,
      (e) => T(lang, `abgelaufen am ${day(e.validUntil!, lang)}`, `expired on ${day(e.validUntil!, lang)}`)));
    out.push('');
  }
  return out;
}

function pad(text: string, width: number): string {
  return text.length >= width ? `${text} ` : text + ' '.repeat(width - text.length);
}

function coverageSection(r: FeedReport, lang: Lang): string[] {
  const c = r.coverage;
  const labels = new Map(c.topics.map((t) => [t.id, t.label]));
  const names = (ids: string[]) => ids.map((id) => labels.get(id) ?? id).join(', ');
  const out = [T(lang, '2. Abdeckung nach Gemeinde und Thema', '2. Coverage by Gemeinde and topic'), ''];
  const n = c.gemeinden.length;
  out.push(`  ${T(lang, `Je Thema: in wie vielen der ${n} Gemeinden eine zuständige Stelle erfasst ist und es Angebote gibt`, `Per topic: in how many of the ${n} Gemeinden a responsible office is recorded and there are offers`)}${c.travel ? T(lang, `, und von wie vielen aus ein Angebot mit dem Bus in höchstens ${c.travel.maxMinutes} Minuten erreichbar ist (Schultag${c.travel.date ? ` ${day(c.travel.date, lang)}` : ''}, übliche Fahrzeit)`, `, and from how many an offer is reachable by bus within ${c.travel.maxMinutes} minutes (school day${c.travel.date ? ` ${day(c.travel.date, lang)}` : ''}, typical trip)`) : ''}.`);
  out.push('');
  const width = Math.min(34, Math.max(12, ...c.topics.map((t) => t.label.length + 2)));
  const head = [pad(T(lang, 'Thema', 'Topic'), width), pad(T(lang, 'Stelle', 'Office'), 10), pad(T(lang, 'Angebote', 'Offers'), 10), ...(c.travel ? [T(lang, 'Bus ≤ 45 min', 'Bus ≤ 45 min')] : [])].join('');
  out.push(`  ${head.trimEnd()}`);
  for (const t of c.topics) {
    const office = t.tracked ? `${t.withOffice}/${n}` : '–';
    const row = [pad(t.label.length > width - 2 ? `${t.label.slice(0, width - 3)}…` : t.label, width), pad(office, 10), pad(`${t.withOffers}/${n}`, 10), ...(c.travel ? [`${t.withReachable ?? 0}/${n}`] : [])].join('');
    out.push(`  ${row.trimEnd()}`);
  }
  const untracked = c.topics.filter((t) => !t.tracked);
  if (untracked.length) {
    out.push('', `  ${T(lang, `– = für dieses Thema ist nirgends eine Zuständigkeit erfasst (${names(untracked.map((t) => t.id))}).`, `– = no responsibility is recorded for this topic anywhere (${names(untracked.map((t) => t.id))}).`)}`);
  }
  out.push('', `  ${T(lang, 'Lücken je Gemeinde:', 'Gaps per Gemeinde:')}`);
  let gaps = 0;
  for (const g of c.gemeinden) {
    const parts: string[] = [];
    if (g.noOffice.length) parts.push(T(lang, `keine zuständige Stelle erfasst für ${names(g.noOffice)}`, `no responsible office recorded for ${names(g.noOffice)}`));
    if (g.noOffer.length) parts.push(T(lang, `kein Angebot für ${names(g.noOffer)}`, `no offer for ${names(g.noOffer)}`));
    if (g.notReachable.length) parts.push(T(lang, `kein Angebot in ${c.travel!.maxMinutes} Minuten mit dem Bus für ${names(g.notReachable)}`, `no offer within ${c.travel!.maxMinutes} minutes by bus for ${names(g.notReachable)}`));
    if (!parts.length) continue;
    gaps++;
    out.push(`    ${g.name} (${g.ags}):`, ...parts.map((p) => `      - ${p}`));
  }
  if (!gaps) out.push(`    ${T(lang, 'keine', 'none')}`);
  out.push('');
  return out;
}

function languagesSection(r: FeedReport, lang: Lang): string[] {
  const l = r.languages;
  const out = [T(lang, '3. Sprachen', '3. Languages'), ''];
  out.push(`  ${T(lang, 'Gesprochen in Angeboten (Gemeinde ihrer Orte, Zahl der Angebote):', 'Spoken in services (Gemeinde of their places, number of services):')}`);
  if (!l.spoken.length) out.push(`    ${T(lang, 'Kein Angebot nennt Sprachen (languages).', 'No service names languages (languages).')}`);
  for (const s of l.spoken) {
    const places = s.gemeinden.slice(0, TEXT_LIST_LIMIT).map((g) => `${g.name} ${g.services}`);
    if (s.gemeinden.length > TEXT_LIST_LIMIT) places.push(T(lang, `… ${s.gemeinden.length - TEXT_LIST_LIMIT} weitere`, `… ${s.gemeinden.length - TEXT_LIST_LIMIT} more`));
    if (s.withoutPlace) places.push(T(lang, `ohne Ort (Telefon/online) ${s.withoutPlace}`, `no place (phone/online) ${s.withoutPlace}`));
    out.push(`    ${s.lang} (${languageName(s.lang, lang)}), ${count(s.services, lang)} ${T(lang, s.services === 1 ? 'Angebot' : 'Angebote', s.services === 1 ? 'service' : 'services')}: ${places.join(', ') || '–'}`);
  }
  if (l.germanOnly.length) {
    out.push(`  ${T(lang, 'Gemeinden ohne Angebot in einer anderen Sprache als Deutsch', 'Gemeinden without a service in a language other than German')}: ${l.germanOnly.map((g) => g.name).join(', ')}`);
  }
  out.push('', `  ${T(lang, `Übersetzungen der Feed-Texte (${count(l.texts, lang)} Texte) für die Sprachen der Oberfläche:`, `Translations of the feed's texts (${count(l.texts, lang)} texts) for the interface languages:`)}`);
  for (const t of l.translations) {
    const note = t.percent === 100 ? '' : t.translated === 0 ? T(lang, ' – keine Übersetzungen, Nutzer sehen Deutsch', ' – no translations; users see German')
      : T(lang, ' – der Rest erscheint auf Deutsch', ' – the rest shows in German');
    out.push(`    ${pad(`${t.lang}:`, 9)}${pct(t.percent, lang)} ${T(lang, 'der Texte', 'of texts')} (${count(t.translated, lang)}/${count(t.texts, lang)})${t.declared ? '' : T(lang, ', nicht in languages', ', not in languages')}${note}`);
  }
  out.push('');
  return out;
}

function pairLine(p: OverlapPair, lang: Lang): string {
  const q = (s: string) => (lang === 'de' ? `„${s}“` : `"${s}"`);
  const side = (x: OverlapPair['a']) => `${q(x.name)} (${x.id}, ${T(lang, 'Start', 'start')} ${day(x.start, lang)}${x.gemeindeName ? `, ${x.gemeindeName}` : ''})`;
  const where = p.sameGemeinde ? T(lang, 'gleiche Gemeinde', 'same Gemeinde') : km(p.distanceKm ?? 0, lang);
  const level = p.levels.length ? ` ${p.levels.join('/')}` : '';
  return `    - ${kindName(p.kind, lang)}${level}: ${side(p.a)} ${T(lang, 'und', 'and')} ${side(p.b)} – ${p.days} ${T(lang, p.days === 1 ? 'Tag' : 'Tage', p.days === 1 ? 'day' : 'days')} ${T(lang, 'auseinander', 'apart')}, ${where}`;
}

function overlapsSection(r: FeedReport, lang: Lang): string[] {
  const out = [T(lang, '4. Überschneidungen', '4. Overlaps'), ''];
  out.push(`  ${T(lang, `Programme gleicher Art und Stufe (ohne Stufen: mit gemeinsamem Thema), Start höchstens ${OVERLAP_DAYS} Tage auseinander, in derselben Gemeinde oder höchstens ${OVERLAP_KM} km entfernt:`, `Programmes of the same kind and level (without levels: with a common topic), starting at most ${OVERLAP_DAYS} days apart, in the same Gemeinde or at most ${OVERLAP_KM} km apart:`)}`);
  if (!r.overlaps.length) out.push(`    ${T(lang, 'keine', 'none')}`);
  const shown = r.overlaps.slice(0, TEXT_LIST_LIMIT * 2);
  out.push(...shown.map((p) => pairLine(p, lang)), ...more(r.overlaps.length, shown.length, lang, '    '));
  out.push('');
  return out;
}

export function formatReportText(r: FeedReport, lang: Lang): string {
  const head = T(lang, `Bericht zum Feed „${r.feed.publisher}“ (${r.feed.kreis}), Stand ${day(r.today, lang)}`, `Report on the feed "${r.feed.publisher}" (${r.feed.kreis}) as of ${day(r.today, lang)}`);
  const c = r.feed.counts;
  const sizes = T(lang,
    `${count(c.services, lang)} Angebote, ${count(c.programmes, lang)} Programme, ${count(c.organisations, lang)} Organisationen, ${count(c.locations, lang)} Orte, ${count(c.responsibilities, lang)} Zuständigkeiten, ${count(c.pathways, lang)} Wegweiser; ${count(c.gemeinden, lang)} Gemeinden, ${count(c.topics, lang)} Themen.`,
    `${count(c.services, lang)} services, ${count(c.programmes, lang)} programmes, ${count(c.organisations, lang)} organisations, ${count(c.locations, lang)} locations, ${count(c.responsibilities, lang)} responsibilities, ${count(c.pathways, lang)} pathways; ${count(c.gemeinden, lang)} Gemeinden, ${count(c.topics, lang)} topics.`);
  const out = [head, `${sizes}${r.feed.sample ? T(lang, ' (Beispieldaten)', ' (sample data)') : ''}`, ''];
  out.push(...freshnessSection(r, lang), ...coverageSection(r, lang), ...languagesSection(r, lang), ...overlapsSection(r, lang));
  return out.join('\n').replace(/\n+$/, '');
}
