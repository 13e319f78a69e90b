/** Languages, vocabularies (topics, audiences, statuses) and stewards. */
import * as v from 'valibot';
import type { Feed, Steward, Term } from '../../../src/core/schema/index.js';
import { LangTag } from '../../../src/core/schema/primitives.js';
import { L, mailLra, mailOrg, tel } from './util.js';

/**
 * Leichte Sprache is `de-x-ls`. The schema's LangTag pattern (format 1.0)
 * rejects one-letter subtags such as the private-use `x`, so the tag cannot be
 * listed under `languages` yet although the texts carry `de-x-ls` variants
 * (resolveText finds them either way). It is listed as soon as the schema
 * accepts it. Reported to the schema owners.
 */
export const LEICHTE_SPRACHE_LISTABLE = v.is(LangTag, 'de-x-ls');

export const LANGUAGES: Feed['languages'] = [
  { code: 'de', dir: 'ltr', name: 'Deutsch' },
  { code: 'en', dir: 'ltr', name: 'English' },
  { code: 'ar', dir: 'rtl', name: 'العربية' },
  { code: 'uk', dir: 'ltr', name: 'Українська' },
  ...(LEICHTE_SPRACHE_LISTABLE ? [{ code: 'de-x-ls', dir: 'ltr' as const, name: 'Leichte Sprache' }] : []),
];

function term(id: string, label: Term['label'], extra: Omit<Term, 'id' | 'label'> = {}): Term {
  return { id, label, ...extra };
}

export const TOPICS: Term[] = [
  term('aufenthalt', L('Aufenthalt und Ausländerbehörde', 'Residence and immigration office', 'الإقامة ودائرة الأجانب', 'Перебування та відомство у справах іноземців'), {
    icon: 'passport',
    synonyms: {
      de: ['Ausländeramt', 'Ausländerbehörde', 'Aufenthaltstitel', 'Aufenthaltserlaubnis', 'Aufenthalt verlängern', 'Visum', 'Niederlassungserlaubnis', 'Duldung', 'Aufenthaltsgestattung', 'Fiktionsbescheinigung', 'eAT', 'Blaue Karte', 'Familiennachzug', 'Wohnsitzauflage', 'Arbeitserlaubnis'],
      en: ['immigration office', 'foreigners office', 'residence permit', 'visa', 'work permit'],
      ar: ['إقامة', 'دائرة الأجانب', 'تصريح إقامة', 'تأشيرة'],
      uk: ['посвідка на проживання', 'дозвіл на проживання', 'віза', 'відомство у справах іноземців'],
    },
  }),
  term('einbuergerung', L('Einbürgerung', 'Naturalisation (German citizenship)', 'التجنّس (الجنسية الألمانية)', 'Натуралізація (німецьке громадянство)'), {
    parent: 'aufenthalt',
    synonyms: { de: ['Staatsangehörigkeit', 'Staatsbürgerschaft', 'deutscher Pass', 'Einbürgerungstest', 'eingebürgert werden'], en: ['citizenship', 'German passport'] },
  }),
  term('meldewesen', L('Anmeldung und Bürgerbüro', 'Registration and citizens’ office', 'تسجيل السكن ومكتب خدمة المواطنين', 'Реєстрація місця проживання та бюро громадян'), {
    icon: 'house-register',
    synonyms: {
      de: ['Einwohnermeldeamt', 'Meldeamt', 'Bürgeramt', 'Bürgerbüro', 'Rathaus', 'anmelden', 'Anmeldung', 'Ummeldung', 'Wohnsitz anmelden', 'Meldebescheinigung', 'Wohnungsgeberbestätigung', 'Personalausweis', 'Reisepass'],
      en: ['registration office', 'register address', 'Anmeldung'],
      ar: ['تسجيل السكن', 'البلدية'],
      uk: ['реєстрація', 'прописка', 'ратуша'],
    },
  }),
  term('arbeit', L('Arbeit und Ausbildung', 'Work and vocational training', 'العمل والتدريب المهني', 'Робота та професійне навчання'), {
    icon: 'briefcase',
    synonyms: {
      de: ['Arbeitsamt', 'Arbeitsagentur', 'Agentur für Arbeit', 'Job', 'Jobsuche', 'Arbeit suchen', 'Stelle', 'Ausbildung', 'Ausbildungsplatz', 'Bewerbung', 'Praktikum', 'arbeitslos', 'Arbeitslosengeld', 'Berufsberatung'],
      en: ['job', 'job centre', 'employment agency', 'apprenticeship', 'unemployed'],
      ar: ['عمل', 'وظيفة', 'تدريب مهني'],
      uk: ['робота', 'вакансія', 'біржа праці', 'центр зайнятості'],
    },
  }),
  term('leistungen', L('Geld und Sozialleistungen', 'Money and social benefits', 'المال والمساعدات الاجتماعية', 'Гроші та соціальні виплати'), {
    icon: 'coins',
    synonyms: {
      de: ['Sozialamt', 'Bürgergeld', 'Hartz IV', 'Hartz 4', 'ALG II', 'Grundsicherung', 'Sozialhilfe', 'Asylbewerberleistungen', 'AsylbLG', 'Jobcenter', 'Geld vom Amt', 'Leistungen'],
      en: ['benefits', 'welfare', 'social welfare office', 'citizen’s income'],
      ar: ['مساعدات', 'السوسيال', 'جوب سنتر'],
      uk: ['соціальна допомога', 'соцвиплати', 'джобцентр'],
    },
  }),
  term('sprache', L('Deutsch lernen', 'Learning German', 'تعلّم اللغة الألمانية', 'Вивчення німецької мови'), {
    icon: 'speech',
    synonyms: {
      de: ['Deutschkurs', 'Sprachkurs', 'Deutsch', 'Sprachschule', 'Berufssprachkurs', 'DeuFöV', 'Sprachcafé', 'DTZ', 'Sprachprüfung', 'Volkshochschule', 'VHS'],
      en: ['German course', 'language course', 'learn German'],
      ar: ['دورة لغة', 'تعلم الألمانية', 'كورس ألماني'],
      uk: ['курси німецької', 'мовні курси', 'вивчити німецьку'],
    },
  }),
  term('integrationskurs', L('Integrationskurs', 'Integration course', 'دورة الاندماج', 'Інтеграційний курс'), {
    parent: 'sprache',
    synonyms: {
      de: ['BAMF-Kurs', 'Orientierungskurs', 'Leben in Deutschland', 'Alphakurs', 'Alphabetisierungskurs', 'Jugendintegrationskurs', 'Elternkurs', 'Frauenkurs'],
      en: ['integration course', 'literacy course'],
      ar: ['كورس الاندماج', 'دورة محو الأمية'],
      uk: ['інтеграційні курси', 'курс алфавітизації'],
    },
  }),
  term('beratung', L('Migrationsberatung', 'Migration counselling', 'استشارات الهجرة', 'Консультації для мігрантів'), {
    icon: 'chat',
    synonyms: {
      de: ['MBE', 'Migrationsberatung für Erwachsene', 'Flüchtlingsberatung', 'Sozialberatung', 'Beratung für Zuwanderer', 'Hilfe bei Anträgen', 'Briefe vom Amt', 'Caritas', 'Diakonie'],
      en: ['counselling', 'advice for migrants', 'help with forms'],
      ar: ['استشارة', 'مساعدة في الأوراق'],
      uk: ['консультація', 'допомога з документами'],
    },
  }),
  term('jmd', L('Jugendmigrationsdienst (12–27 Jahre)', 'Youth migration service (ages 12–27)', 'خدمة هجرة الشباب (12–27 سنة)', 'Молодіжна міграційна служба (12–27 років)'), {
    parent: 'beratung',
    synonyms: { de: ['JMD', 'Jugendberatung', 'Beratung für Jugendliche', 'junge Geflüchtete'], en: ['youth counselling'] },
  }),
  term('integrationsmanagement', L('Integrationsmanagement', 'Integration management (personal support)', 'إدارة الاندماج (مرافقة شخصية)', 'Інтеграційний менеджмент (особистий супровід)'), {
    icon: 'handshake',
    synonyms: {
      de: ['Integrationsmanager', 'Integrationsmanagerin', 'Flüchtlingssozialarbeit', 'Sozialarbeit', 'Behördenlotse', 'Ansprechpartner in der Gemeinde', 'Integrationsplan'],
      en: ['integration manager', 'social worker'],
    },
  }),
  term('anerkennung', L('Anerkennung von Abschlüssen', 'Recognition of qualifications', 'الاعتراف بالشهادات', 'Визнання кваліфікацій'), {
    icon: 'certificate',
    synonyms: {
      de: ['Zeugnis anerkennen', 'Berufsanerkennung', 'Abschluss anerkennen', 'Gleichwertigkeit', 'Diplom', 'Zeugnisbewertung', 'ZAB', 'IQ Netzwerk', 'Approbation'],
      en: ['recognition', 'foreign degree', 'qualification'],
      ar: ['معادلة الشهادة', 'الاعتراف بالشهادة'],
      uk: ['визнання диплома', 'нострифікація'],
    },
  }),
  term('wohnen', L('Wohnen', 'Housing', 'السكن', 'Житло'), {
    icon: 'house',
    synonyms: { de: ['Wohnung', 'Wohnungssuche', 'Miete', 'Mietvertrag', 'Unterkunft', 'Anschlussunterbringung', 'obdachlos', 'Wohnungsnot'], en: ['flat', 'apartment', 'rent'], ar: ['شقة', 'إيجار'], uk: ['квартира', 'оренда'] },
  }),
  term('wohngeld', L('Wohngeld', 'Housing benefit', 'إعانة السكن', 'Житлова допомога (Wohngeld)'), {
    parent: 'wohnen',
    synonyms: { de: ['Mietzuschuss', 'Lastenzuschuss', 'Wohngeldstelle'] },
  }),
  term('gesundheit', L('Gesundheit', 'Health', 'الصحة', 'Здоров’я'), {
    icon: 'health',
    synonyms: {
      de: ['Arzt', 'Ärztin', 'Hausarzt', 'Kinderarzt', 'Kinderärztin', 'Krankenkasse', 'Krankenversicherung', 'Krankenschein', 'Impfung', 'Gesundheitsamt', 'Psychotherapie', 'Trauma'],
      en: ['doctor', 'health insurance', 'vaccination'],
      ar: ['طبيب', 'تأمين صحي', 'تطعيم'],
      uk: ['лікар', 'медичне страхування', 'щеплення'],
    },
  }),
  term('familie', L('Familie', 'Family', 'العائلة', 'Сім’я'), {
    icon: 'family',
    synonyms: { de: ['Kinder', 'Kindergeld', 'Elterngeld', 'Schwangerschaft', 'Erziehung', 'Familienberatung', 'Eltern'], en: ['children', 'child benefit', 'parents'], ar: ['أطفال', 'عائلة'], uk: ['діти', 'батьки'] },
  }),
  term('kita', L('Kita und Kindertagespflege', 'Childcare (Kita)', 'رياض الأطفال (Kita)', 'Дитячий садок (Kita)'), {
    parent: 'familie',
    synonyms: { de: ['Kita-Platz', 'Kitaplatz', 'Kindergarten', 'Kindergartenplatz', 'Krippe', 'Tagesmutter', 'Kindertagespflege', 'Kinderbetreuung'], en: ['kindergarten', 'nursery', 'daycare'], ar: ['روضة', 'حضانة'], uk: ['дитсадок', 'ясла'] },
  }),
  term('schule', L('Schule', 'School', 'المدرسة', 'Школа'), {
    parent: 'familie',
    synonyms: { de: ['Schulanmeldung', 'Vorbereitungsklasse', 'VKL', 'Grundschule', 'Schulpflicht', 'Einschulung'], en: ['school registration'], ar: ['تسجيل المدرسة'], uk: ['запис до школи'] },
  }),
  term('mobilitaet', L('Führerschein und Mobilität', 'Driving licence and getting around', 'رخصة القيادة والتنقل', 'Посвідчення водія та транспорт'), {
    icon: 'bus',
    synonyms: { de: ['Führerschein umschreiben', 'Fahrerlaubnis', 'Führerscheinstelle', 'Bus', 'Rufbus', 'Fahrplan'], en: ['driving licence', 'bus'], ar: ['رخصة قيادة', 'باص'], uk: ['водійські права', 'автобус'] },
  }),
  term('ehrenamt', L('Ehrenamt, Vereine und Begegnung', 'Volunteering, clubs and meeting people', 'العمل التطوعي والنوادي واللقاءات', 'Волонтерство, клуби та зустрічі'), {
    icon: 'people',
    synonyms: { de: ['Freundeskreis Asyl', 'Helferkreis', 'Arbeitskreis Asyl', 'Verein', 'Sportverein', 'Pate', 'Patenschaft', 'ehrenamtlich helfen', 'Begegnungscafé', 'Freiwillige'], en: ['volunteer', 'club', 'mentoring'], ar: ['تطوع', 'نادي'], uk: ['волонтер', 'клуб'] },
  }),
  term('schutz', L('Schutz bei Gewalt', 'Protection from violence', 'الحماية من العنف', 'Захист від насильства'), {
    icon: 'shield',
    synonyms: { de: ['Frauenhaus', 'häusliche Gewalt', 'Gewaltschutz', 'Gewalt in der Familie', 'Zwangsheirat', 'Opferberatung'], en: ['women’s shelter', 'domestic violence'], ar: ['عنف أسري', 'بيت حماية النساء'], uk: ['домашнє насильство', 'притулок для жінок'] },
  }),
  term('recht', L('Rechtsberatung', 'Legal advice', 'الاستشارات القانونية', 'Юридична консультація'), {
    icon: 'scales',
    synonyms: { de: ['Anwalt', 'Rechtsanwalt', 'Beratungshilfe', 'Beratungsschein', 'Asylverfahren', 'Klage', 'Widerspruch', 'Asylverfahrensberatung', 'Ablehnung'], en: ['lawyer', 'legal aid', 'asylum procedure'], ar: ['محامي', 'استشارة قانونية'], uk: ['адвокат', 'правова допомога'] },
  }),
  term('foerderung', L('Fördermittel für Vereine und Kommunen', 'Funding for associations and municipalities', 'تمويل للجمعيات والبلديات', 'Фінансування для об’єднань і громад'), {
    icon: 'funding',
    synonyms: { de: ['Förderprogramm', 'Zuschuss', 'Projektförderung', 'Fördergeld', 'Förderantrag'], en: ['grant', 'funding programme'] },
  }),
];

export const AUDIENCES: Term[] = [
  term('frauen', L('Frauen', 'Women', 'النساء', 'Жінки')),
  term('jugendliche', L('Jugendliche und junge Erwachsene', 'Young people', 'الشباب واليافعون', 'Молодь')),
  term('familien', L('Familien mit Kindern', 'Families with children', 'العائلات التي لديها أطفال', 'Сім’ї з дітьми')),
  term('gefluechtete', L('Geflüchtete', 'Refugees', 'اللاجئون', 'Біженці'), { synonyms: { de: ['Flüchtlinge', 'Asylbewerber', 'Schutzsuchende'] } }),
  term('eu-buerger', L('EU-Bürgerinnen und EU-Bürger', 'EU citizens', 'مواطنو الاتحاد الأوروبي', 'Громадяни ЄС')),
  term('fachkraefte', L('Fachkräfte aus dem Ausland', 'Skilled workers from abroad', 'العمالة الماهرة من الخارج', 'Фахівці з-за кордону')),
  term('arbeitgeber', L('Arbeitgeber', 'Employers', 'أصحاب العمل', 'Роботодавці'), { synonyms: { de: ['Betriebe', 'Unternehmen', 'Firmen'] } }),
  term('ehrenamtliche', L('Ehrenamtliche', 'Volunteers', 'المتطوعون', 'Волонтери'), { synonyms: { de: ['Helferinnen und Helfer', 'Freiwillige', 'Paten'] } }),
];

export const STATUSES: Term[] = [
  term('asylbewerber', L('Im Asylverfahren (Aufenthaltsgestattung)', 'Asylum seeker (Aufenthaltsgestattung)', 'طالب لجوء (Aufenthaltsgestattung)', 'Шукач притулку (Aufenthaltsgestattung)'), {
    synonyms: { de: ['Asylbewerber', 'Asylbewerberin', 'Gestattung', 'Asylsuchende'] },
  }),
  term('geduldet', L('Duldung', 'Tolerated stay (Duldung)', 'تعليق الترحيل (Duldung)', 'Тимчасове призупинення депортації (Duldung)'), {
    synonyms: { de: ['geduldet', 'Ausbildungsduldung', 'Beschäftigungsduldung'] },
  }),
  term('schutzberechtigt', L('Anerkannt / schutzberechtigt', 'Recognised refugee / protection status', 'لاجئ معترف به / حاصل على الحماية', 'Визнаний біженець / має статус захисту'), {
    synonyms: { de: ['anerkannt', 'Flüchtlingsschutz', 'subsidiärer Schutz', 'Asylberechtigte', 'Aufenthaltserlaubnis nach Anerkennung'] },
  }),
  term('ukraine-24', L('Schutz für Geflüchtete aus der Ukraine (§ 24 AufenthG)', 'Temporary protection for people from Ukraine (§ 24)', 'الحماية المؤقتة للقادمين من أوكرانيا (المادة 24)', 'Тимчасовий захист для людей з України (§ 24)'), {
    synonyms: { de: ['Ukraine', 'Paragraf 24', 'vorübergehender Schutz'], uk: ['тимчасовий захист', 'параграф 24'] },
  }),
  term('eu-buerger', L('EU-Bürgerin / EU-Bürger', 'EU citizen', 'مواطن/ة من الاتحاد الأوروبي', 'Громадянин/громадянка ЄС'), {
    synonyms: { de: ['Freizügigkeit', 'EU-Ausländer'] },
  }),
  term('fachkraft-visum', L('Visum zur Arbeit oder Ausbildung (Fachkraft)', 'Visa for work or training (skilled worker)', 'تأشيرة للعمل أو التدريب المهني (عامل ماهر)', 'Віза для роботи або навчання (фахівець)'), {
    synonyms: { de: ['Fachkräfteeinwanderung', 'Blaue Karte', 'Arbeitsvisum', 'Ausbildungsvisum'] },
  }),
];

export const STEWARDS: Steward[] = [
  { id: 'st-integration', role: L('Integrationsbeauftragte des Landratsamts (Redaktion Wegweiser)', 'Integration officer of the district office (Wegweiser editors)', 'مسؤولة الاندماج في مكتب المقاطعة (تحرير الدليل)', 'Уповноважена з питань інтеграції районного управління (редакція Wegweiser)'), email: mailLra('wegweiser'), phone: tel('7940', '101'), organisation: 'lra-hok' },
  { id: 'st-auslaenderamt', role: 'Sachgebietsleitung Ausländerwesen, Landratsamt', email: mailLra('auslaenderwesen'), organisation: 'lra-hok' },
  { id: 'st-sozialamt', role: 'Sachgebiet Flüchtlingsleistungen, Sozialamt des Landratsamts', email: mailLra('fluechtlingsleistungen'), organisation: 'lra-hok' },
  { id: 'st-ehrenamt', role: 'Ehrenamtskoordination Flüchtlingshilfe, Landratsamt', email: mailLra('ehrenamt'), organisation: 'lra-hok' },
  { id: 'st-oehringen', role: 'Stadt Öhringen, Fachbereich Bürgerdienste', email: mailOrg('buergerdienste', 'oehringen'), organisation: 'gemeinde-oehringen' },
  { id: 'st-gemeinden', role: 'Arbeitskreis der Hauptämter (Pflege der Gemeinde-Einträge)', email: mailLra('gemeinden-wegweiser') },
  { id: 'st-jobcenter', role: 'Jobcenter Hohenlohekreis, Bereich Markt und Integration', email: mailOrg('redaktion', 'jobcenter-hohenlohe'), organisation: 'jobcenter-hok' },
  { id: 'st-beratung', role: 'Netzwerk Migrationsberatung Hohenlohe (MBE/JMD), Koordination', email: mailOrg('netzwerk', 'migrationsberatung-hohenlohe') },
  { id: 'st-sprache', role: 'VHS Hohenlohe, Fachbereich Deutsch als Zweitsprache', email: mailOrg('daz', 'vhs-hohenlohe'), organisation: 'vhs-hohenlohe' },
];
