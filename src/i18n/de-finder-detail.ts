/** German strings of the finder's detail view: load with it. */
export const deFinderDetail = {
  'detail.back': 'Zurück zur Ergebnisliste',
  'detail.eligibility': 'Für wen',
  'detail.booking': 'So bekommen Sie einen Termin',
  'detail.documents': 'Bitte mitbringen',
  'detail.outreach': 'Sprechtage in anderen Gemeinden',
  'detail.hoursAt': 'Öffnungszeiten: {place}',
  'detail.accessibility': 'Barrierefreiheit',
  'a11y.wheelchair-yes': 'stufenlos zugänglich',
  'a11y.wheelchair-limited': 'eingeschränkt stufenlos',
  'a11y.wheelchair-no': 'nicht stufenlos',
  'a11y.toilet': 'barrierefreies WC',
  'a11y.hearingLoop': 'Höranlage',
  'a11y.parking': 'Behindertenparkplatz',
  'report.link': 'Angabe veraltet? Hier melden',
  'report.subject': 'Eintrag veraltet: {name} ({id})',
  'report.body': 'Guten Tag,\n\nder folgende Eintrag stimmt nicht mehr:\n{url}\n\nWas ist falsch?\n',
} as const;
