/**
 * The search's small built-in domain knowledge: stop words, the parts that
 * German compounds of this field are made of, and a thesaurus from the words
 * citizens use to the words offices use. Kept compact on purpose (it ships in
 * the browser bundle); a feed adds its own words through topic `synonyms` and
 * service `keywords`.
 *
 * Every word here is written naturally (umlauts, capitals); search-normalize
 * folds them the same way as feed texts and queries.
 */

/** Words that carry no meaning for finding an office (German and English). */
export const STOPWORDS =
  'der die das den dem des ein eine einen einem einer eines und oder für mit von vom zu zum zur im in am an auf aus bei ' +
  'ich mir mich mein meine meinen wir uns du sie er es wo wie was wer wann gibt ist sind bin brauche suche ' +
  'werden wird wurde sein haben hat habe kann können muss müssen will möchte soll nicht kein keine auch noch nur ' +
  'sehr bitte hier dort dann wenn als ob dass über nach bis durch um ' +
  'the a an and or for of to in at on my i me we is are where how what need looking near';

/**
 * Words that say what the user wants to do, not what they look for
 * ("Bürgergeld beantragen", "Wohnung suchen"). Dropped from queries only, so
 * that AND does not demand them from the entries.
 */
export const INTENT_WORDS = 'suchen finden beantragen bekommen brauchen erhalten machen find get apply need search want';

/**
 * Known compound parts (heads and modifiers), e.g. "Deutsch|kurs",
 * "Ausländer|behörde", "Migrations|beratungs|stelle". A word that ends with a
 * part (or starts with one) is split, so "Deutschkurs" also finds "Kurs" and
 * "Deutsch", and "Deutsch Kurs" typed apart finds "Deutschkurs".
 */
export const COMPOUND_PARTS = (
  // heads
  'kurs kurse amt ämter behörde stelle beratung zentrum büro hilfe hilfen dienst verein gruppe café treff ' +
  'treffpunkt platz plätze schule garten arzt ärztin geld agentur center centre arbeit recht ausweis titel ' +
  'karte antrag wohnung heim kasse versicherung bescheinigung erlaubnis management betreuung pflege ' +
  'angebot angebote projekt programm förderung unterricht prüfung abschluss anerkennung leistungen schutz ' +
  'tafel laden werkstatt bildung schein begleitung lotsen lotse paten patenschaft sprechstunde ' +
  'ausbildung kindergarten krippe tagespflege lernen sprache sprachen zimmer markt börse ' +
  'zentrale training coaching ticket fahrkarte zuschuss ' +
  // modifiers
  'deutsch sprach integration integrations arbeits kinder frauen jugend ausländer bürger job familien ' +
  'migration migrations schul flüchtlings sozial gesundheits wohn eltern senioren mutter alpha berufs ' +
  'hilfs kranken renten aufenthalts asyl einbürgerungs melde kita ehren nachbarschafts haus schuldner ' +
  'bewerbungs mobilitäts fahr bus förder miet wohngeld'
).split(' ');

/** Words that look like compounds of the parts above but are not. */
export const NOT_COMPOUNDS = 'gesamt insgesamt beamt beamte diskurs konkurs rechtzeitig'.split(' ');

/**
 * Citizen words → office words. Left of `>`: what people type (`|`
 * separates alternatives, spaces make a phrase); right: what the feed calls
 * it. Applied to queries only; the feed's own topic synonyms and service
 * keywords are indexed with the entries instead.
 */
export const THESAURUS = [
  'Ausländeramt|Ausländerbüro|Ausländerstelle|Migrationsamt|immigration office|immigration|foreigners office|aliens office|residence permit|Aufenthaltserlaubnis|Aufenthaltstitel|Visum|Visa|Niederlassungserlaubnis|Fiktionsbescheinigung|blue card|Blaue Karte > Ausländerbehörde|Aufenthalt',
  'Einbürgerung|citizenship|naturalisation|naturalization|Staatsangehörigkeit > Einbürgerung|Staatsangehörigkeit',
  'Arbeitsamt|Arbeitsagentur|employment agency|employment office > Agentur für Arbeit|Jobcenter',
  'Hartz|Hartz IV|Hartz 4|ALG II|Bürgergeld|Grundsicherung|job centre|job center|jobcentre|unemployment benefit > Jobcenter|Bürgergeld',
  'arbeitslos|Arbeitslosengeld|unemployed|unemployment > Agentur für Arbeit|Jobcenter',
  'Arbeit|Job|Arbeitssuche|Jobsuche|work|find work > Arbeitsvermittlung|Jobcenter|Agentur für Arbeit',
  'Sozialamt|welfare office|social welfare|Sozialhilfe|Grundsicherung im Alter > Sozialhilfe|Sozialamt|Asylbewerberleistungen|Asylbewerberleistungsgesetz|Grundsicherung|Soziales',
  'Geld vom Amt|Geld vom Staat|Unterstützung vom Amt|financial help|money from the state|benefits > Bürgergeld|Sozialhilfe|Grundsicherung|Jobcenter|Sozialamt|Leistungen',
  'Deutschkurs|Sprachkurs|German course|German class|German lessons|language course|learn German|Deutsch lernen > Integrationskurs|Sprachkurs|Deutschkurs',
  'Alphabetisierung|literacy|lesen und schreiben|read and write > Alphabetisierungskurs|Alphakurs',
  'Kita|Kitaplatz|Kita-Platz|Kindergarten|Kindergartenplatz|Krippe|Krippenplatz|Kinderbetreuung|daycare|day care|childcare|nursery > Kita|Kindertagesstätte|Kindertagesbetreuung|Kindertagespflege|Kindergarten|Krippe',
  'Tagesmutter|Tagesvater|Tagesmütter|Tageseltern|childminder > Kindertagespflege|Tagespflege|Tagesmutter',
  'Kinderarzt|Kinderärztin|pediatrician|paediatrician > Kinderarzt|Kinder- und Jugendarzt',
  'Arzt|Ärztin|doctor|Hausarzt|GP > Arzt|Gesundheit',
  'Anmeldung|anmelden|Ummeldung|ummelden|Wohnsitz|Einwohnermeldeamt|Meldeamt|register address|registration|registration office|residents registration|Meldebescheinigung > Bürgerbüro|Meldebehörde|Bürgeramt',
  'Reisepass|Personalausweis|Pass|Ausweis|passport|ID card|identity card > Bürgerbüro|Passbehörde|Personalausweis|Reisepass',
  'deutscher Pass|deutsche Staatsbürgerschaft|Staatsbürgerschaft|German passport|German citizenship|become German > Einbürgerung|Staatsangehörigkeit',
  'Rathaus|town hall|city hall|citizens office > Bürgerbüro|Rathaus|Gemeindeverwaltung',
  'Anerkennung|Berufsabschluss|recognition|foreign qualification|Zeugnis anerkennen > Anerkennungsberatung|Anerkennung',
  'MBE|Migrationsberatung|migration counselling|migration advice|JMD > Migrationsberatung|Jugendmigrationsdienst',
  'Migranten|Migrantinnen|Zuwanderer|Zugewanderte|Einwanderer|Ausländer|migrants|immigrants|newcomers > Migration|Zugewanderte|Migrationsberatung|Integration',
  'Wohnung|Wohnungssuche|housing|apartment|flat|flat search > Wohnraum|Wohnungssuche|Wohnen',
  'Mietzuschuss|Mietbeihilfe|Miete bezahlen|Lastenzuschuss|housing benefit|rent subsidy|help with rent > Wohngeld',
  'Busfahrkarte|Fahrkarte|Busticket|Fahrschein|Ticket|Monatskarte|Schülerticket|bus ticket|ticket|bus pass|travel card > ÖPNV|Nahverkehr|Fahrplan|Zeitkarte|Deutschlandticket|Rufbus',
  'Bus|Busverbindung|Bahn|public transport|bus connection > ÖPNV|Nahverkehr|Rufbus|Fahrplan|Bus',
  'Krankenversicherung|Krankenkasse|health insurance > Krankenversicherung|Krankenkasse',
  'Dolmetscher|Übersetzer|interpreter|translator|Sprachmittler > Dolmetscher|Sprachmittler|Übersetzung',
  'Gewalt|häusliche Gewalt|domestic violence|women shelter|Frauenhaus > Frauenhaus|Gewaltschutz',
  'Asyl|asylum|refugee|Flüchtling|Geflüchtete > Asyl|Flüchtlinge|Geflüchtete',
  'Kindergeld|child benefit > Familienkasse|Kindergeld',
  'Schule|school|Einschulung > Schule|Schulanmeldung',
  'Ehrenamt|volunteer|volunteering|helfen > Ehrenamt|Freiwillige',
  'Beratung|counselling|counseling|advice > Beratung',
  'Tafel|food bank|Lebensmittel|Essen|Essen umsonst|kostenloses Essen|free food|food > Tafel|Lebensmittel',
  'Förderung|Fördergeld|Fördermittel|Zuschuss|Geld für Projekte|grant|funding|subsidy > Förderprogramm|Förderung|Zuschuss',
  'Bewerbung|Bewerbungen|Lebenslauf|job application|CV > Bewerbung|Bewerbungstraining|Bewerbungshilfe',
  'Schulden|debt|Schuldnerberatung > Schuldnerberatung',
  'Führerschein|driving licence|driving license > Führerschein',
  'Rente|pension > Rentenversicherung|Rente',
] as const;

/** Words for programme kinds, indexed with each programme (German and English). */
export const PROGRAMME_KIND_WORDS: Record<string, string> = {
  'integration-course': 'Integrationskurs Deutschkurs integration course',
  'alpha-course': 'Alphabetisierungskurs Alphakurs Deutschkurs literacy course',
  'job-language-course': 'Berufssprachkurs Deutschkurs Beruf job German course',
  'women-course': 'Frauenkurs Deutschkurs Frauen women course',
  'language-cafe': 'Sprachcafé Sprachtreff language café',
  'language-course': 'Sprachkurs Deutschkurs language course',
  project: 'Projekt project',
  group: 'Gruppe Treff group',
  event: 'Veranstaltung event',
  volunteering: 'Ehrenamt volunteering',
  'counselling-group': 'Beratung Gruppe counselling group',
  funding: 'Förderprogramm Förderung funding',
};
