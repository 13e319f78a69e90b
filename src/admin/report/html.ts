/**
 * The report as one self-contained HTML file: inline CSS, an inline SVG bar
 * chart (freshness per steward), no scripts, no external resources — it can
 * be mailed or opened offline.
 */
import type { Lang } from '../lang.js';
import { count } from '../lang.js';
import type { FeedReport } from './compute.js';
import { REVIEW_BUCKETS, type ReportEntry, type StewardFreshness } from './freshness.js';
import type { CoverageCell } from './coverage.js';
import { OVERLAP_DAYS, OVERLAP_KM } from './overlaps.js';
import { BUCKET, BUCKET_SHORT, ENTRY_KIND, HTML_LIST_LIMIT, OFFICE, day, kindName, km, languageName, pct } from './labels.js';
import { stewardTitle } from './text.js';

const T = (lang: Lang, de: string, en: string): string => (lang === 'de' ? de : en);

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
const h = escapeHtml;

const COLORS = { quarter: '#2e7d32', older: '#f9a825', stale: '#c62828', never: '#9e9e9e' } as const;

const CSS = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:72rem;padding:1.5rem;color:#1b1b1b;background:#fff}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.2rem;margin:2rem 0 .5rem;border-bottom:2px solid #ddd;padding-bottom:.2rem}
h3{font-size:1rem;margin:1.2rem 0 .3rem}p.meta{color:#555;margin:.2rem 0}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #ccc;padding:.2rem .45rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}td.num{text-align:right}.wrap{overflow-x:auto}
td.gap{background:#fde0dc}td.nooffer{background:#fff3cd}td.ok{background:#e8f5e9}td.na{color:#888}
small{color:#555}ul{margin:.2rem 0 .6rem;padding-left:1.3rem}.legend span{display:inline-block;margin-right:1rem}
.sw{display:inline-block;width:.8em;height:.8em;margin-right:.3em;vertical-align:-.05em}
.bar{display:inline-block;height:.7em;background:#1565c0;vertical-align:middle}
@media print{body{max-width:none}}`;

function entryItems(entries: ReportEntry[], lang: Lang, detail: (e: ReportEntry) => string): string {
  const shown = entries.slice(0, HTML_LIST_LIMIT);
  const items = shown.map((e) => `<li>${h(ENTRY_KIND[e.kind][lang])} <b>${h(e.name)}</b> <code>${h(e.id)}</code>${detail(e) ? ` – ${h(detail(e))}` : ''}</li>`);
  if (entries.length > shown.length) items.push(`<li>… ${h(T(lang, `und ${count(entries.length - shown.length, lang)} weitere (alle mit --json)`, `and ${count(entries.length - shown.length, lang)} more (all with --json)`))}</li>`);
  return `<ul>${items.join('')}</ul>`;
}

/** Horizontal stacked bars: per steward, entries by when they were last reviewed. */
export function freshnessChart(stewards: StewardFreshness[], lang: Lang): string {
  const rows = stewards.filter((s) => s.total > 0);
  const labelW = 330;
  const barW = 420;
  const rowH = 24;
  const top = 28;
  const max = Math.max(1, ...rows.map((s) => s.total));
  const height = top + rows.length * rowH + 8;
  const parts: string[] = [];
  const legend = REVIEW_BUCKETS.map((b, i) => `<rect x="${labelW + i * 110}" y="4" width="12" height="12" fill="${COLORS[b]}"/><text x="${labelW + i * 110 + 16}" y="15">${h(BUCKET_SHORT[b][lang])}</text>`);
  parts.push(...legend);
  rows.forEach((s, i) => {
    const y = top + i * rowH;
    const title = stewardTitle(s, lang).replace(/ <.*>$/, '');
    const label = title.length > 40 ? `${title.slice(0, 39)}…` : title;
    parts.push(`<text x="${labelW - 6}" y="${y + 15}" text-anchor="end"><title>${h(title)}</title>${h(label)}</text>`);
    let x = labelW;
    for (const b of REVIEW_BUCKETS) {
      const n = s.counts[b];
      if (!n) continue;
      const w = Math.max(1, Math.round((n / max) * barW * 10) / 10);
      parts.push(`<rect x="${x}" y="${y + 3}" width="${w}" height="${rowH - 8}" fill="${COLORS[b]}"><title>${h(`${BUCKET[b][lang]}: ${count(n, lang)}`)}</title></rect>`);
      x += w;
    }
    parts.push(`<text x="${x + 5}" y="${y + 15}">${count(s.total, lang)}</text>`);
  });
  const desc = T(lang, 'Einträge je verantwortlicher Stelle nach letzter Prüfung', 'Entries per steward by last review');
  return `<svg class="chart" role="img" aria-label="${h(desc)}" width="${labelW + barW + 60}" height="${height}" viewBox="0 0 ${labelW + barW + 60} ${height}" font-size="12" font-family="system-ui,sans-serif"><title>${h(desc)}</title>${parts.join('')}</svg>`;
}

function freshness(r: FeedReport, lang: Lang): string {
  const f = r.freshness;
  const out: string[] = [`<h2>${T(lang, '1. Aktualität', '1. Freshness')}</h2>`];
  out.push(`<p>${h(T(lang, `${count(f.total, lang)} Einträge`, `${count(f.total, lang)} entries`))}: ${REVIEW_BUCKETS.map((b) => `<span class="sw" style="background:${COLORS[b]}"></span>${count(f.counts[b], lang)} ${h(BUCKET[b][lang])}`).join(', ')}. `
    + `${h(T(lang, `In den nächsten 60 Tagen (bis ${day(f.expiringUntil, lang)}) laufen ${count(f.expiring, lang)} ab, ${count(f.expired, lang)} sind schon abgelaufen.`, `${count(f.expiring, lang)} expire in the next 60 days (until ${day(f.expiringUntil, lang)}), ${count(f.expired, lang)} have already expired.`))}</p>`);
  out.push(`<div class="wrap">${freshnessChart(f.stewards, lang)}</div>`);
  for (const s of f.stewards) {
    const email = s.email ? ` <a href="mailto:${h(s.email)}">${h(s.email)}</a>` : '';
    const title = s.email ? stewardTitle(s, lang).replace(/ <.*>$/, '') : stewardTitle(s, lang);
    out.push(`<h3>${h(title)}${email}</h3>`);
    out.push(`<p class="meta">${count(s.total, lang)} ${h(T(lang, 'Einträge', 'entries'))}: ${REVIEW_BUCKETS.map((b) => `${h(BUCKET_SHORT[b][lang])} ${count(s.counts[b], lang)}`).join(' · ')}</p>`);
    const lists: Array<[string, ReportEntry[], (e: ReportEntry) => string]> = [
      [T(lang, 'Prüfung überfällig (vor mehr als 12 Monaten geprüft)', 'Review overdue (more than 12 months ago)'), s.stale, (e) => T(lang, `zuletzt geprüft ${day(e.reviewed!, lang)}`, `last reviewed ${day(e.reviewed!, lang)}`)],
      [T(lang, 'Nie geprüft', 'Never reviewed'), s.never, () => ''],
      [T(lang, 'Läuft in den nächsten 60 Tagen ab', 'Expires in the next 60 days'), s.expiring, (e) => T(lang, `gültig bis ${day(e.validUntil!, lang)}`, `valid until ${day(e.validUntil!, lang)}`)],
      [T(lang, 'Abgelaufen', 'Expired'), s.expired, (e) => T(lang, `abgelaufen am ${day(e.validUntil!, lang)}`, `expired on ${day(e.validUntil!, lang)}`)],
    ];
    for (const [title, entries, detail] of lists) if (entries.length) out.push(`<p><b>${h(title)}</b> (${count(entries.length, lang)})</p>${entryItems(entries, lang, detail)}`);
  }
  return out.join('\n');
}

function cell(c: CoverageCell, travel: boolean, lang: Lang): string {
  const cls = c.office === 'none' ? 'gap' : c.offers === 0 ? 'nooffer' : c.office === 'recorded' ? 'ok' : '';
  const mark = c.office === 'none' ? '✗' : c.office === 'recorded' ? '✓' : c.office === 'status-only' ? '(✓)' : '';
  const title = [OFFICE[c.office][lang], T(lang, `${c.services} Angebote (${c.local} vor Ort), ${c.programmes} Programme`, `${c.services} services (${c.local} local), ${c.programmes} programmes`),
    ...(travel ? [T(lang, `${c.reachable ?? 0} mit dem Bus in 45 min`, `${c.reachable ?? 0} by bus within 45 min`)] : [])].join('; ');
  return `<td class="num ${cls}" title="${h(title)}">${mark} ${c.offers}${travel ? ` <small>Bus&nbsp;${c.reachable ?? 0}</small>` : ''}</td>`;
}

function coverage(r: FeedReport, lang: Lang): string {
  const c = r.coverage;
  const travel = c.travel !== null;
  const n = c.gemeinden.length;
  const out: string[] = [`<h2>${T(lang, '2. Abdeckung nach Gemeinde und Thema', '2. Coverage by Gemeinde and topic')}</h2>`];
  out.push(`<p>${h(T(lang, 'Je Zelle: ✓ zuständige Stelle erfasst, ✗ keine erfasst (rot), ohne Zeichen: für das Thema wird keine Zuständigkeit erfasst; die Zahl = Angebote für die Gemeinde (Angebote, die sie bedienen, und Programme vor Ort; gelb = keines)', 'Per cell: ✓ responsible office recorded, ✗ none recorded (red), no mark: responsibility is not recorded for the topic; the number = offers for the Gemeinde (services serving it and programmes there; yellow = none)'))}${travel ? h(T(lang, `; „Bus n“ = n Angebote, die mit dem Bus in höchstens 45 Minuten erreichbar sind (Schultag${c.travel!.date ? ` ${day(c.travel!.date, lang)}` : ''})`, `; "Bus n" = n offers reachable by bus within 45 minutes (school day${c.travel!.date ? ` ${day(c.travel!.date, lang)}` : ''})`)) : ''}.</p>`);
  out.push(`<div class="wrap"><table><thead><tr><th>${h(T(lang, 'Thema', 'Topic'))}</th><th>${h(T(lang, 'Stelle erfasst', 'Office recorded'))}</th><th>${h(T(lang, 'mit Angebot', 'with offers'))}</th>${travel ? `<th>${h(T(lang, 'Bus ≤ 45 min', 'Bus ≤ 45 min'))}</th>` : ''}</tr></thead><tbody>`);
  for (const t of c.topics) {
    out.push(`<tr><td>${h(t.label)}</td><td class="num">${t.tracked ? `${t.withOffice}/${n}` : '–'}</td><td class="num">${t.withOffers}/${n}</td>${travel ? `<td class="num">${t.withReachable ?? 0}/${n}</td>` : ''}</tr>`);
  }
  out.push('</tbody></table></div>');
  out.push(`<div class="wrap"><table><thead><tr><th>${h(T(lang, 'Gemeinde', 'Gemeinde'))}</th>${c.topics.map((t) => `<th title="${h(t.id)}">${h(t.label)}</th>`).join('')}</tr></thead><tbody>`);
  for (const g of c.gemeinden) {
    out.push(`<tr><th>${h(g.name)} <small>${h(g.ags)}</small></th>${g.cells.map((x) => cell(x, travel, lang)).join('')}</tr>`);
  }
  out.push('</tbody></table></div>');
  const labels = new Map(c.topics.map((t) => [t.id, t.label]));
  const names = (ids: string[]) => h(ids.map((id) => labels.get(id) ?? id).join(', '));
  const gaps = c.gemeinden.filter((g) => g.noOffice.length || g.noOffer.length || g.notReachable.length);
  out.push(`<h3>${h(T(lang, 'Lücken', 'Gaps'))}</h3>`);
  if (!gaps.length) out.push(`<p>${h(T(lang, 'keine', 'none'))}</p>`);
  else {
    out.push('<ul>');
    for (const g of gaps) {
      const parts: string[] = [];
      if (g.noOffice.length) parts.push(`${h(T(lang, 'keine zuständige Stelle erfasst für', 'no responsible office recorded for'))} ${names(g.noOffice)}`);
      if (g.noOffer.length) parts.push(`${h(T(lang, 'kein Angebot für', 'no offer for'))} ${names(g.noOffer)}`);
      if (g.notReachable.length) parts.push(`${h(T(lang, 'nichts in 45 Minuten mit dem Bus für', 'nothing within 45 minutes by bus for'))} ${names(g.notReachable)}`);
      out.push(`<li><b>${h(g.name)}</b>: ${parts.join('; ')}</li>`);
    }
    out.push('</ul>');
  }
  return out.join('\n');
}

function languages(r: FeedReport, lang: Lang): string {
  const l = r.languages;
  const out: string[] = [`<h2>${T(lang, '3. Sprachen', '3. Languages')}</h2>`];
  out.push(`<h3>${h(T(lang, 'Gesprochen in Angeboten', 'Spoken in services'))}</h3>`);
  out.push(`<table><thead><tr><th>${h(T(lang, 'Sprache', 'Language'))}</th><th>${h(T(lang, 'Angebote', 'Services'))}</th><th>${h(T(lang, 'Gemeinden (Angebote)', 'Gemeinden (services)'))}</th></tr></thead><tbody>`);
  for (const s of l.spoken) {
    const places = s.gemeinden.map((g) => `${h(g.name)} ${g.services}`);
    if (s.withoutPlace) places.push(h(T(lang, `ohne Ort ${s.withoutPlace}`, `no place ${s.withoutPlace}`)));
    out.push(`<tr><td>${h(s.lang)} <small>${h(languageName(s.lang, lang))}</small></td><td class="num">${count(s.services, lang)}</td><td>${places.join(', ')}</td></tr>`);
  }
  out.push('</tbody></table>');
  if (l.germanOnly.length) out.push(`<p>${h(T(lang, 'Ohne Angebot in einer anderen Sprache als Deutsch', 'No service in a language other than German'))}: ${h(l.germanOnly.map((g) => g.name).join(', '))}</p>`);
  out.push(`<h3>${h(T(lang, `Übersetzungen der Feed-Texte (${count(l.texts, lang)} Texte)`, `Translations of the feed texts (${count(l.texts, lang)} texts)`))}</h3>`);
  out.push(`<table><thead><tr><th>${h(T(lang, 'Sprache', 'Language'))}</th><th>${h(T(lang, 'Anteil', 'Share'))}</th><th></th><th>${h(T(lang, 'in languages', 'in languages'))}</th></tr></thead><tbody>`);
  for (const t of l.translations) {
    out.push(`<tr><td>${h(t.lang)} <small>${h(languageName(t.lang, lang))}</small></td><td class="num">${pct(t.percent, lang)} <small>(${count(t.translated, lang)}/${count(t.texts, lang)})</small></td>`
      + `<td><span class="bar" style="width:${t.percent * 1.5}px"></span></td><td>${t.declared ? '✓' : '–'}</td></tr>`);
  }
  out.push('</tbody></table>');
  return out.join('\n');
}

function overlaps(r: FeedReport, lang: Lang): string {
  const out: string[] = [`<h2>${T(lang, '4. Überschneidungen', '4. Overlaps')}</h2>`];
  out.push(`<p>${h(T(lang, `Programme gleicher Art und Stufe (ohne Stufen: mit gemeinsamem Thema), Start höchstens ${OVERLAP_DAYS} Tage auseinander, in derselben Gemeinde oder höchstens ${OVERLAP_KM} km entfernt.`, `Programmes of the same kind and level (without levels: with a common topic), starting at most ${OVERLAP_DAYS} days apart, in the same Gemeinde or at most ${OVERLAP_KM} km apart.`))}</p>`);
  if (!r.overlaps.length) return `${out.join('\n')}\n<p>${h(T(lang, 'keine', 'none'))}</p>`;
  out.push(`<table><thead><tr><th>${h(T(lang, 'Art, Stufe', 'Kind, level'))}</th><th>${h(T(lang, 'Programm A', 'Programme A'))}</th><th>${h(T(lang, 'Programm B', 'Programme B'))}</th><th>${h(T(lang, 'Abstand', 'Apart'))}</th></tr></thead><tbody>`);
  const side = (x: FeedReport['overlaps'][number]['a']) => `<b>${h(x.name)}</b> <code>${h(x.id)}</code><br><small>${h(`${day(x.start, lang)}${x.gemeindeName ? `, ${x.gemeindeName}` : ''}`)}</small>`;
  for (const p of r.overlaps.slice(0, HTML_LIST_LIMIT)) {
    const where = p.sameGemeinde ? T(lang, 'gleiche Gemeinde', 'same Gemeinde') : km(p.distanceKm ?? 0, lang);
    out.push(`<tr><td>${h(kindName(p.kind, lang))}${p.levels.length ? ` ${h(p.levels.join('/'))}` : ''}</td><td>${side(p.a)}</td><td>${side(p.b)}</td><td>${h(`${p.days} ${T(lang, 'Tage', 'days')}, ${where}`)}</td></tr>`);
  }
  out.push('</tbody></table>');
  if (r.overlaps.length > HTML_LIST_LIMIT) out.push(`<p>… ${h(T(lang, `und ${count(r.overlaps.length - HTML_LIST_LIMIT, lang)} weitere (alle mit --json)`, `and ${count(r.overlaps.length - HTML_LIST_LIMIT, lang)} more (all with --json)`))}</p>`);
  return out.join('\n');
}

export function formatReportHtml(r: FeedReport, lang: Lang): string {
  const title = T(lang, `Bericht zum Feed – ${r.feed.kreis}, Stand ${day(r.today, lang)}`, `Feed report – ${r.feed.kreis}, as of ${day(r.today, lang)}`);
  const c = r.feed.counts;
  const meta = T(lang,
    `${r.feed.publisher} · ${count(c.services, lang)} Angebote, ${count(c.programmes, lang)} Programme, ${count(c.organisations, lang)} Organisationen, ${count(c.locations, lang)} Orte, ${count(c.responsibilities, lang)} Zuständigkeiten, ${count(c.pathways, lang)} Wegweiser · Feed erzeugt ${r.feed.generatedAt}${r.feed.sample ? ' · Beispieldaten' : ''}`,
    `${r.feed.publisher} · ${count(c.services, lang)} services, ${count(c.programmes, lang)} programmes, ${count(c.organisations, lang)} organisations, ${count(c.locations, lang)} locations, ${count(c.responsibilities, lang)} responsibilities, ${count(c.pathways, lang)} pathways · feed generated ${r.feed.generatedAt}${r.feed.sample ? ' · sample data' : ''}`);
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(title)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${h(title)}</h1>
<p class="meta">${h(meta)}</p>
${freshness(r, lang)}
${coverage(r, lang)}
${languages(r, lang)}
${overlaps(r, lang)}
<p class="meta">${h(T(lang, 'Erstellt mit wegweiser report.', 'Made with wegweiser report.'))}</p>
</body>
</html>
`;
}
