/**
 * "Neu im Hohenlohekreis": the arrival checklist, in de/en/ar/uk and
 * Leichte Sprache. Option ids of the `status` question equal the status ids
 * of the feed, so a UI can pass the answer on to topic resolution.
 */
import type { Pathway } from '../../../src/core/schema/index.js';
import { LS } from './util.js';

const YES = LS('Ja', 'Yes', 'نعم', 'Так', 'Ja');
const NO = LS('Nein', 'No', 'لا', 'Ні', 'Nein');

export const NEU: Pathway = {
  id: 'neu-im-landkreis',
  title: LS('Neu im Hohenlohekreis', 'New to the Hohenlohekreis', 'وصلت حديثًا إلى Hohenlohekreis', 'Ви щойно переїхали до Hohenlohekreis', 'Neu im Hohenlohe-Kreis'),
  summary: LS(
    'Die wichtigsten Schritte nach dem Umzug: Anmeldung, Aufenthalt, Geld, Deutschkurs, Beratung, Kita und Schule.',
    'The most important steps after moving here: registration, residence, money, German course, counselling, childcare and school.',
    'أهم الخطوات بعد الانتقال: تسجيل السكن، الإقامة، المال، دورة اللغة الألمانية، الاستشارة، الروضة والمدرسة.',
    'Найважливіші кроки після переїзду: реєстрація, дозвіл на перебування, гроші, курс німецької, консультації, дитячий садок і школа.',
    'Sie sind neu hier? Das müssen Sie jetzt machen. Schritt für Schritt.',
  ),
  audience: ['gefluechtete', 'eu-buerger', 'fachkraefte', 'familien'],
  questions: [
    {
      id: 'eu',
      text: LS(
        'Haben Sie die Staatsangehörigkeit eines EU-Landes (oder von Island, Liechtenstein, Norwegen oder der Schweiz)?',
        'Are you a citizen of an EU country (or of Iceland, Liechtenstein, Norway or Switzerland)?',
        'هل تحمل جنسية إحدى دول الاتحاد الأوروبي (أو أيسلندا أو ليختنشتاين أو النرويج أو سويسرا)؟',
        'Чи маєте ви громадянство країни ЄС (або Ісландії, Ліхтенштейну, Норвегії чи Швейцарії)?',
        'Kommen Sie aus einem Land in der EU?',
      ),
      options: [{ id: 'yes', label: YES }, { id: 'no', label: NO }],
    },
    {
      id: 'status',
      when: { eu: ['no'] },
      text: LS(
        'Welchen Aufenthalt haben Sie? (Nur wenn Sie nicht aus der EU kommen.)',
        'What is your residence status? (Only if you are not from the EU.)',
        'ما هو وضع إقامتك؟ (فقط إذا لم تكن من الاتحاد الأوروبي.)',
        'Який у вас статус перебування? (Лише якщо ви не з ЄС.)',
        'Welches Papier für den Aufenthalt haben Sie?',
      ),
      options: [
        { id: 'asylbewerber', label: LS('Ich bin im Asylverfahren (Aufenthaltsgestattung)', 'I am in the asylum procedure (Aufenthaltsgestattung)', 'أنا في إجراءات اللجوء (Aufenthaltsgestattung)', 'Я перебуваю в процедурі надання притулку (Aufenthaltsgestattung)', 'Ich habe Asyl beantragt') },
        { id: 'geduldet', label: LS('Ich habe eine Duldung', 'I have a Duldung', 'لديّ Duldung (تعليق الترحيل)', 'У мене Duldung (призупинення депортації)', 'Ich habe eine Duldung') },
        { id: 'schutzberechtigt', label: LS('Ich bin anerkannt oder habe Schutz bekommen', 'I have been recognised or granted protection', 'تم الاعتراف بي أو حصلت على الحماية', 'Мене визнано або мені надано захист', 'Ich habe einen Schutz-Status') },
        { id: 'ukraine-24', label: LS('Ich komme aus der Ukraine (Schutz nach § 24)', 'I come from Ukraine (protection under § 24)', 'أنا قادم من أوكرانيا (حماية وفق المادة 24)', 'Я з України (захист за § 24)', 'Ich komme aus der Ukraine') },
        { id: 'fachkraft-visum', label: LS('Ich habe ein Visum zum Arbeiten oder für eine Ausbildung', 'I have a visa for work or vocational training', 'لديّ تأشيرة للعمل أو للتدريب المهني', 'У мене віза для роботи або професійного навчання', 'Ich habe ein Visum für Arbeit') },
        { id: 'anderer', label: LS('Anderer Aufenthalt / weiß nicht', 'Other / I don’t know', 'وضع آخر / لا أعرف', 'Інше / не знаю', 'Etwas anderes / Ich weiß es nicht') },
      ],
    },
    {
      id: 'children',
      text: LS('Leben Kinder unter 18 Jahren bei Ihnen?', 'Do children under 18 live with you?', 'هل يعيش معك أطفال دون سن 18 عامًا؟', 'Чи живуть із вами діти до 18 років?', 'Haben Sie Kinder? Die Kinder sind jünger als 18 Jahre?'),
      options: [{ id: 'yes', label: YES }, { id: 'no', label: NO }],
    },
    {
      id: 'age',
      text: LS('Wie alt sind Sie?', 'How old are you?', 'كم عمرك؟', 'Скільки вам років?', 'Wie alt sind Sie?'),
      options: [
        { id: 'under-27', label: LS('Jünger als 27 Jahre', 'Under 27', 'أقل من 27 عامًا', 'Молодше 27 років', 'Jünger als 27 Jahre') },
        { id: '27-plus', label: LS('27 Jahre oder älter', '27 or older', '27 عامًا أو أكثر', '27 років або старше', '27 Jahre oder älter') },
      ],
    },
  ],
  steps: [
    {
      id: 'anmeldung',
      title: LS('Wohnung anmelden', 'Register your address', 'تسجيل عنوان السكن', 'Зареєструвати місце проживання', 'Wohnung anmelden'),
      body: LS(
        'Melden Sie sich innerhalb von zwei Wochen nach dem Einzug im Bürgerbüro Ihrer Gemeinde an. Sie bekommen eine Meldebescheinigung – die brauchen Sie für fast alle weiteren Schritte. Die Steuer-Identifikationsnummer kommt danach per Post.',
        'Register at the citizens’ office of your municipality within two weeks of moving in. You will receive a registration certificate (Meldebescheinigung) – you need it for almost every later step. Your tax ID will then arrive by post.',
        'سجّل سكنك في مكتب خدمة المواطنين (Bürgerbüro) في بلديتك خلال أسبوعين من الانتقال. ستحصل على شهادة تسجيل (Meldebescheinigung) ستحتاجها في جميع الخطوات التالية تقريبًا. بعد ذلك يصلك رقم التعريف الضريبي بالبريد.',
        'Зареєструйтеся в бюро громадян (Bürgerbüro) вашої громади протягом двох тижнів після заселення. Ви отримаєте довідку про реєстрацію (Meldebescheinigung) – вона знадобиться майже для всіх наступних кроків. Податковий номер (Steuer-ID) потім надійде поштою.',
        'Sie wohnen in einer neuen Wohnung? Dann gehen Sie zum Rathaus. Das Amt heißt: Bürger-Büro. Dort sagen Sie: Ich wohne jetzt hier. Das heißt: anmelden. Sie haben dafür 2 Wochen Zeit. Sie bekommen ein Papier. Das Papier heißt: Melde-Bescheinigung. Heben Sie das Papier gut auf.',
      ),
      deadline: LS('innerhalb von 14 Tagen nach dem Einzug', 'within 14 days of moving in', 'خلال 14 يومًا من الانتقال', 'протягом 14 днів після заселення', 'in 2 Wochen'),
      deadlineDays: 14,
      documents: [
        LS('Reisepass oder Personalausweis (für alle Familienmitglieder)', 'Passport or ID card (for every family member)', 'جواز السفر أو بطاقة الهوية (لكل أفراد العائلة)', 'Паспорт або посвідчення особи (для кожного члена сім’ї)', 'Pass oder Ausweis'),
        LS('Wohnungsgeberbestätigung vom Vermieter', 'Landlord’s confirmation (Wohnungsgeberbestätigung)', 'تأكيد المؤجِّر (Wohnungsgeberbestätigung)', 'Підтвердження від орендодавця (Wohnungsgeberbestätigung)', 'Ein Papier vom Vermieter'),
        LS('Heirats- und Geburtsurkunden, falls vorhanden', 'Marriage and birth certificates, if you have them', 'عقد الزواج وشهادات الميلاد إن وُجدت', 'Свідоцтва про шлюб і народження, якщо є', 'Papiere von der Hochzeit und von der Geburt'),
      ],
      topic: 'meldewesen',
    },
    {
      id: 'auslaenderbehoerde',
      title: LS('Zur Ausländerbehörde', 'Go to the immigration office', 'مراجعة دائرة الأجانب', 'Звернутися до відомства у справах іноземців', 'Zur Ausländer-Behörde gehen'),
      body: LS(
        'Die Ausländerbehörde ist für Ihr Aufenthaltsdokument zuständig. Teilen Sie dort Ihre neue Adresse mit und beantragen Sie eine Verlängerung rechtzeitig – am besten acht Wochen vor Ablauf. Wer in Öhringen wohnt, geht zur Stadt Öhringen, alle anderen zum Landratsamt in Künzelsau.',
        'The immigration office handles your residence document. Tell them your new address and apply for an extension in good time – ideally eight weeks before it expires. If you live in Öhringen, go to the town of Öhringen; everyone else goes to the district office in Künzelsau.',
        'دائرة الأجانب مسؤولة عن وثيقة إقامتك. أبلِغها بعنوانك الجديد وقدّم طلب التمديد في الوقت المناسب، ويُفضَّل قبل انتهاء الصلاحية بثمانية أسابيع. إذا كنت تسكن في Öhringen فراجع مدينة Öhringen، أما الآخرون فيراجعون مكتب المقاطعة (Landratsamt) في Künzelsau.',
        'Відомство у справах іноземців відповідає за ваш документ на перебування. Повідомте їм нову адресу та вчасно подайте заяву на продовження – найкраще за вісім тижнів до закінчення строку. Якщо ви живете в Öhringen, звертайтеся до міста Öhringen; усі інші – до районного управління (Landratsamt) у Künzelsau.',
        'Sie kommen nicht aus der EU? Dann brauchen Sie ein Papier für den Aufenthalt. Das Papier bekommen Sie bei der Ausländer-Behörde. Sagen Sie dort Ihre neue Adresse. Ist Ihr Papier bald nicht mehr gültig? Dann gehen Sie früh hin. Am besten 8 Wochen vorher.',
      ),
      documents: [
        LS('Reisepass', 'Passport', 'جواز السفر', 'Паспорт', 'Pass'),
        LS('Aktuelles Aufenthaltsdokument', 'Current residence document', 'وثيقة الإقامة الحالية', 'Чинний документ на перебування', 'Papier für den Aufenthalt'),
        LS('Meldebescheinigung', 'Registration certificate', 'شهادة تسجيل السكن', 'Довідка про реєстрацію', 'Melde-Bescheinigung'),
      ],
      topic: 'aufenthalt',
      when: { eu: ['no'] },
    },
    {
      id: 'krankenversicherung',
      title: LS('Krankenversicherung klären', 'Sort out health insurance', 'ترتيب التأمين الصحي', 'Оформити медичне страхування', 'Kranken-Versicherung'),
      body: LS(
        'In Deutschland muss jeder krankenversichert sein. Mit Arbeit oder Bürgergeld wählen Sie eine gesetzliche Krankenkasse. Asylsuchende erhalten Krankenbehandlung über das Sozialamt. Die Migrationsberatung hilft beim Vergleich.',
        'Everyone in Germany must have health insurance. If you work or receive Bürgergeld, you choose a statutory health insurance fund (Krankenkasse). Asylum seekers receive medical treatment through the social welfare office (Sozialamt). Migration counselling can help you compare.',
        'في ألمانيا يجب أن يكون لكل شخص تأمين صحي. إذا كنت تعمل أو تحصل على إعانة المواطن (Bürgergeld) فاختر صندوق تأمين صحي قانونيًا (Krankenkasse). أما طالبو اللجوء فيحصلون على العلاج عن طريق مكتب الشؤون الاجتماعية (Sozialamt). يمكن لاستشارات الهجرة مساعدتك في المقارنة.',
        'У Німеччині кожен повинен мати медичне страхування. Якщо ви працюєте або отримуєте Bürgergeld, оберіть державну лікарняну касу (Krankenkasse). Шукачі притулку отримують медичну допомогу через соціальне відомство (Sozialamt). Міграційна консультація допоможе порівняти варіанти.',
        'Sie brauchen eine Kranken-Versicherung. Dann bezahlt die Versicherung den Arzt. Sie haben Fragen? Fragen Sie die Migrations-Beratung.',
      ),
      helper: 'integrationsmanagement',
    },
    {
      id: 'konto',
      title: LS('Bankkonto eröffnen', 'Open a bank account', 'فتح حساب مصرفي', 'Відкрити банківський рахунок', 'Ein Konto bei der Bank'),
      body: LS(
        'Lohn, Miete und Leistungen laufen über ein Girokonto. Jede Bank muss Ihnen ein Basiskonto anbieten – auch mit Duldung oder Aufenthaltsgestattung.',
        'Wages, rent and benefits are paid through a current account. Every bank must offer you a basic account (Basiskonto) – even with a Duldung or Aufenthaltsgestattung.',
        'تُدفع الرواتب والإيجار والإعانات عبر حساب جارٍ. يجب على كل بنك أن يعرض عليك حسابًا أساسيًا (Basiskonto)، حتى مع Duldung أو Aufenthaltsgestattung.',
        'Зарплата, оренда та соціальні виплати проходять через поточний рахунок. Кожен банк зобов’язаний відкрити вам базовий рахунок (Basiskonto) – навіть із Duldung або Aufenthaltsgestattung.',
        'Sie brauchen ein Konto bei der Bank. Auf das Konto kommt Ihr Geld. Jede Bank muss Ihnen ein Konto geben.',
      ),
      documents: [
        LS('Pass oder anderes Ausweisdokument', 'Passport or other identity document', 'جواز السفر أو وثيقة هوية أخرى', 'Паспорт або інший документ, що посвідчує особу', 'Pass oder Ausweis'),
        LS('Meldebescheinigung', 'Registration certificate', 'شهادة تسجيل السكن', 'Довідка про реєстрацію', 'Melde-Bescheinigung'),
      ],
      helper: 'integrationsmanagement',
    },
    {
      id: 'geld-sozialamt',
      title: LS('Leistungen beim Sozialamt', 'Benefits from the social welfare office', 'الإعانات من مكتب الشؤون الاجتماعية', 'Виплати від соціального відомства', 'Geld vom Sozial-Amt'),
      body: LS(
        'Asylsuchende und Geduldete erhalten Leistungen nach dem Asylbewerberleistungsgesetz vom Sozialamt des Landratsamts. Melden Sie jede Änderung – Umzug, Arbeit, Familie – sofort.',
        'Asylum seekers and people with a Duldung receive benefits under the Asylum Seekers’ Benefits Act (AsylbLG) from the social welfare office of the district. Report every change – moving, a job, family – straight away.',
        'يحصل طالبو اللجوء والحاصلون على Duldung على إعانات وفق قانون إعانات طالبي اللجوء (AsylbLG) من مكتب الشؤون الاجتماعية التابع لمكتب المقاطعة. أبلِغ فورًا عن أي تغيير، مثل الانتقال أو العمل أو تغيّر العائلة.',
        'Шукачі притулку та люди з Duldung отримують виплати за Законом про допомогу шукачам притулку (AsylbLG) від соціального відомства районного управління. Одразу повідомляйте про будь-які зміни – переїзд, роботу, сім’ю.',
        'Sie haben Asyl beantragt? Oder Sie haben eine Duldung? Dann bekommen Sie Geld vom Sozial-Amt. Das Sozial-Amt ist im Land-Rats-Amt. Sie ziehen um? Oder Sie haben Arbeit? Sagen Sie es dem Sozial-Amt sofort.',
      ),
      topic: 'leistungen',
      when: { status: ['asylbewerber', 'geduldet'] },
    },
    {
      id: 'geld-jobcenter',
      title: LS('Bürgergeld beim Jobcenter', 'Bürgergeld from the Jobcenter', 'إعانة المواطن من مركز العمل (Jobcenter)', 'Bürgergeld у джобцентрі', 'Geld vom Job-Center'),
      body: LS(
        'Anerkannte Schutzberechtigte und Geflüchtete aus der Ukraine beantragen Bürgergeld beim Jobcenter. Das Jobcenter hilft auch bei Deutschkurs und Arbeitssuche. Die Zuständigkeit kann vom Einreisedatum abhängen – fragen Sie im Zweifel nach.',
        'Recognised refugees and people from Ukraine apply for Bürgergeld at the Jobcenter. The Jobcenter also helps with German courses and finding work. Responsibility may depend on your date of arrival – ask if unsure.',
        'يقدّم اللاجئون المعترف بهم والقادمون من أوكرانيا طلب إعانة المواطن (Bürgergeld) لدى مركز العمل (Jobcenter). ويساعد مركز العمل أيضًا في دورات اللغة الألمانية والبحث عن عمل. قد تعتمد الجهة المختصة على تاريخ وصولك، فاسأل إذا لم تكن متأكدًا.',
        'Визнані біженці та люди з України подають заяву на Bürgergeld у джобцентрі (Jobcenter). Джобцентр також допомагає з курсом німецької та пошуком роботи. Відповідальне відомство може залежати від дати в’їзду – якщо не впевнені, запитайте.',
        'Sie haben einen Schutz-Status? Oder Sie kommen aus der Ukraine? Dann bekommen Sie Geld vom Job-Center. Das Geld heißt: Bürger-Geld. Das Job-Center hilft auch bei der Arbeits-Suche.',
      ),
      documents: [
        LS('Aufenthaltstitel oder Fiktionsbescheinigung', 'Residence permit or Fiktionsbescheinigung', 'تصريح الإقامة أو Fiktionsbescheinigung', 'Дозвіл на проживання або Fiktionsbescheinigung', 'Papier für den Aufenthalt'),
        LS('Mietvertrag', 'Tenancy agreement', 'عقد الإيجار', 'Договір оренди', 'Miet-Vertrag'),
        LS('Kontoauszüge', 'Bank statements', 'كشوف الحساب المصرفي', 'Банківські виписки', 'Konto-Auszüge'),
      ],
      topic: 'leistungen',
      when: { status: ['schutzberechtigt', 'ukraine-24'] },
    },
    {
      id: 'arbeit',
      title: LS('Arbeit und Ausbildung', 'Work and vocational training', 'العمل والتدريب المهني', 'Робота та професійне навчання', 'Arbeit'),
      body: LS(
        'Die Agentur für Arbeit und das Jobcenter beraten zu Stellen, Ausbildung und Weiterbildung. Mit Aufenthaltsgestattung oder Duldung brauchen Sie vor jeder Arbeit die Erlaubnis der Ausländerbehörde.',
        'The employment agency and the Jobcenter advise on jobs, vocational training and further training. With an Aufenthaltsgestattung or a Duldung you need permission from the immigration office before starting any job.',
        'تقدّم وكالة العمل ومركز العمل الاستشارة حول الوظائف والتدريب المهني والتأهيل. إذا كانت لديك Aufenthaltsgestattung أو Duldung فأنت بحاجة إلى إذن من دائرة الأجانب قبل بدء أي عمل.',
        'Агентура з праці та джобцентр консультують щодо вакансій, професійного навчання та підвищення кваліфікації. Якщо у вас Aufenthaltsgestattung або Duldung, перед початком будь-якої роботи потрібен дозвіл відомства у справах іноземців.',
        'Sie wollen arbeiten? Die Agentur für Arbeit hilft Ihnen. Sie haben Asyl beantragt? Oder eine Duldung? Dann fragen Sie vor der Arbeit die Ausländer-Behörde. Sie brauchen eine Erlaubnis.',
      ),
      topic: 'arbeit',
    },
    {
      id: 'integrationskurs',
      title: LS('Deutsch lernen: Integrationskurs', 'Learn German: integration course', 'تعلّم الألمانية: دورة الاندماج', 'Вивчати німецьку: інтеграційний курс', 'Deutsch lernen'),
      body: LS(
        'Der Integrationskurs besteht aus einem Sprachkurs und einem Orientierungskurs über das Leben in Deutschland. Die Berechtigung bekommen Sie von der Ausländerbehörde, dem Jobcenter oder beim BAMF. Die VHS berät, welcher Kurs passt – es gibt auch Kurse mit Kinderbetreuung, Alphabetisierungskurse und Abendkurse.',
        'The integration course consists of a language course and an orientation course about life in Germany. You get the entitlement from the immigration office, the Jobcenter or the BAMF. The adult education centre (VHS) advises which course fits – there are also courses with childcare, literacy courses and evening courses.',
        'تتكوّن دورة الاندماج من دورة لغة ودورة توجيهية عن الحياة في ألمانيا. تحصل على الأحقية من دائرة الأجانب أو مركز العمل أو من المكتب الاتحادي للهجرة واللاجئين (BAMF). تقدّم الجامعة الشعبية (VHS) الاستشارة حول الدورة المناسبة، وتوجد أيضًا دورات مع رعاية للأطفال ودورات لمحو الأمية ودورات مسائية.',
        'Інтеграційний курс складається з мовного курсу та орієнтаційного курсу про життя в Німеччині. Право на курс ви отримуєте у відомстві у справах іноземців, у джобцентрі або у BAMF. Народна вища школа (VHS) підкаже, який курс вам підходить, – є також курси з доглядом за дітьми, курси алфавітизації та вечірні курси.',
        'Sie wollen Deutsch lernen? Dann machen Sie einen Integrations-Kurs. Dort lernen Sie Deutsch. Und Sie lernen viel über das Leben in Deutschland. Die Volks-Hoch-Schule hilft Ihnen. Die Volks-Hoch-Schule heißt kurz: VHS. Es gibt auch Kurse mit Kinder-Betreuung.',
      ),
      topic: 'integrationskurs',
    },
    {
      id: 'beratung-jung',
      title: LS('Beratung für junge Menschen (JMD)', 'Advice for young people (JMD)', 'استشارة للشباب (JMD)', 'Консультації для молоді (JMD)', 'Beratung für junge Menschen'),
      body: LS(
        'Der Jugendmigrationsdienst berät junge Menschen von 12 bis 27 Jahren zu Schule, Ausbildung, Sprache und allen Fragen des Ankommens – kostenlos und vertraulich.',
        'The Youth Migration Service advises young people aged 12 to 27 on school, training, language and every question about settling in – free of charge and confidential.',
        'تقدّم خدمة هجرة الشباب الاستشارة للشباب من 12 إلى 27 عامًا حول المدرسة والتدريب المهني واللغة وكل ما يتعلق بالاستقرار، مجانًا وبسرية تامة.',
        'Молодіжна міграційна служба консультує молодь віком від 12 до 27 років щодо школи, навчання, мови та всіх питань облаштування – безкоштовно та конфіденційно.',
        'Sie sind jünger als 27 Jahre? Dann gibt es eine Beratung für Sie. Die Beratung heißt: Jugend-Migrations-Dienst. Die Beratung kostet nichts.',
      ),
      topic: 'jmd',
      when: { age: ['under-27'] },
    },
    {
      id: 'beratung-mbe',
      title: LS('Migrationsberatung (MBE)', 'Migration counselling (MBE)', 'استشارات الهجرة (MBE)', 'Міграційна консультація (MBE)', 'Beratung für Erwachsene'),
      body: LS(
        'Die Migrationsberatung für Erwachsene hilft bei Briefen und Anträgen, beim Deutschkurs, bei Arbeit und Familie – kostenlos, vertraulich und oft in Ihrer Sprache.',
        'Migration counselling for adults helps with letters and applications, German courses, work and family – free, confidential and often in your language.',
        'تساعدك استشارات الهجرة للبالغين في الرسائل والطلبات ودورة اللغة الألمانية والعمل والعائلة، مجانًا وبسرية، وغالبًا بلغتك.',
        'Міграційна консультація для дорослих допомагає з листами та заявами, курсом німецької, роботою та сім’єю – безкоштовно, конфіденційно й часто вашою мовою.',
        'Sie bekommen Briefe von Ämtern? Sie verstehen die Briefe nicht? Die Migrations-Beratung hilft Ihnen. Die Beratung kostet nichts. Oft spricht die Beratung Ihre Sprache.',
      ),
      topic: 'beratung',
      when: { age: ['27-plus'] },
    },
    {
      id: 'kita',
      title: LS('Kita-Platz anmelden', 'Apply for a Kita place', 'التسجيل للحصول على مكان في الروضة (Kita)', 'Записати дитину до дитсадка (Kita)', 'Kita-Platz'),
      body: LS(
        'Kinder haben ab dem ersten Geburtstag einen Anspruch auf einen Betreuungsplatz. Melden Sie Ihr Kind früh bei Ihrer Gemeinde an – Plätze werden oft Monate im Voraus vergeben. Für die Kita brauchen Sie einen Nachweis über die Masernimpfung.',
        'From their first birthday, children are entitled to a childcare place. Register your child with your municipality early – places are often allocated months in advance. The Kita needs proof of measles vaccination.',
        'يحق للأطفال الحصول على مكان في الرعاية ابتداءً من عيد ميلادهم الأول. سجّل طفلك لدى بلديتك مبكرًا، فالأماكن تُوزَّع غالبًا قبل أشهر. تحتاج الروضة إلى إثبات التطعيم ضد الحصبة.',
        'З першого дня народження діти мають право на місце в закладі догляду. Зареєструйте дитину у своїй громаді заздалегідь – місця часто розподіляють за кілька місяців наперед. Для дитсадка потрібне підтвердження щеплення від кору.',
        'Ihr Kind ist 1 Jahr oder älter? Dann darf Ihr Kind in die Kita. Melden Sie Ihr Kind früh an. Das machen Sie bei der Gemeinde. Ihr Kind braucht eine Impfung gegen Masern.',
      ),
      documents: [
        LS('Geburtsurkunde des Kindes', 'Child’s birth certificate', 'شهادة ميلاد الطفل', 'Свідоцтво про народження дитини', 'Geburts-Urkunde vom Kind'),
        LS('Impfpass (Masernschutz)', 'Vaccination record (measles protection)', 'دفتر التطعيم (الحماية من الحصبة)', 'Щеплювальний паспорт (захист від кору)', 'Impf-Pass'),
      ],
      topic: 'kita',
      when: { children: ['yes'] },
    },
    {
      id: 'schule',
      title: LS('Schule: Kinder anmelden', 'School: register your children', 'المدرسة: تسجيل الأطفال', 'Школа: записати дітей', 'Schule'),
      body: LS(
        'In Baden-Württemberg gilt die Schulpflicht ab etwa sechs Jahren. Das Staatliche Schulamt Künzelsau sagt Ihnen, welche Schule passt und ob eine Vorbereitungsklasse (VKL) zum Deutschlernen sinnvoll ist.',
        'In Baden-Württemberg school is compulsory from about the age of six. The State Education Office (Staatliches Schulamt) in Künzelsau tells you which school is right and whether a preparatory class (VKL) for learning German makes sense.',
        'في ولاية بادن-فورتمبيرغ يكون التعليم إلزاميًا ابتداءً من سن السادسة تقريبًا. يخبرك مكتب التعليم الحكومي (Staatliches Schulamt) في Künzelsau بالمدرسة المناسبة، وما إذا كان صف تحضيري لتعلّم الألمانية (VKL) مناسبًا لطفلك.',
        'У Баден-Вюртемберзі навчання в школі обов’язкове приблизно з шести років. Державне шкільне управління (Staatliches Schulamt) у Künzelsau підкаже, яка школа підходить і чи варто піти до підготовчого класу (VKL) для вивчення німецької.',
        'Kinder in Deutschland müssen zur Schule gehen. Ab 6 Jahren. Das Schul-Amt in Künzelsau hilft Ihnen. Das Schul-Amt sagt: Diese Schule ist gut für Ihr Kind.',
      ),
      topic: 'schule',
      when: { children: ['yes'] },
    },
    {
      id: 'kindergeld',
      title: LS('Kindergeld beantragen', 'Apply for child benefit (Kindergeld)', 'طلب إعانة الأطفال (Kindergeld)', 'Оформити допомогу на дітей (Kindergeld)', 'Kinder-Geld'),
      body: LS(
        'Kindergeld beantragen Sie bei der Familienkasse, online oder per Post. Ob Sie Anspruch haben, hängt von Ihrem Aufenthaltstitel ab – die Migrationsberatung hilft beim Antrag.',
        'You apply for Kindergeld at the Familienkasse, online or by post. Whether you are entitled depends on your residence permit – migration counselling helps with the application.',
        'تقدّم طلب إعانة الأطفال (Kindergeld) لدى صندوق الأسرة (Familienkasse) عبر الإنترنت أو بالبريد. يعتمد حقك فيها على نوع تصريح إقامتك، وتساعدك استشارات الهجرة في تقديم الطلب.',
        'Заяву на Kindergeld подають до сімейної каси (Familienkasse) онлайн або поштою. Чи маєте ви право на виплату, залежить від вашого дозволу на проживання, – міграційна консультація допоможе із заявою.',
        'Sie haben Kinder? Dann bekommen Sie vielleicht Kinder-Geld. Das Kinder-Geld beantragen Sie bei der Familien-Kasse. Die Migrations-Beratung hilft Ihnen dabei.',
      ),
      documents: [
        LS('Steuer-Identifikationsnummern von Eltern und Kind', 'Tax ID numbers of parents and child', 'أرقام التعريف الضريبي للوالدين والطفل', 'Податкові номери батьків і дитини', 'Steuer-Nummern von Eltern und Kind'),
        LS('Geburtsurkunde des Kindes', 'Child’s birth certificate', 'شهادة ميلاد الطفل', 'Свідоцтво про народження дитини', 'Geburts-Urkunde vom Kind'),
      ],
      service: 'familienkasse-kindergeld',
      when: { children: ['yes'] },
    },
    {
      id: 'fuehrerschein',
      title: LS('Führerschein umschreiben', 'Convert your driving licence', 'تحويل رخصة القيادة', 'Обміняти посвідчення водія', 'Führer-Schein'),
      body: LS(
        'Ein Führerschein aus einem Land außerhalb der EU gilt nach dem Zuzug nur sechs Monate. Beantragen Sie die Umschreibung rechtzeitig bei der Führerscheinstelle des Landratsamts.',
        'A driving licence from a country outside the EU is only valid for six months after you move here. Apply in good time to convert it at the district office’s driving licence authority.',
        'رخصة القيادة الصادرة من دولة خارج الاتحاد الأوروبي صالحة لمدة ستة أشهر فقط بعد الانتقال إلى ألمانيا. قدّم طلب التحويل في الوقت المناسب لدى دائرة رخص القيادة في مكتب المقاطعة.',
        'Посвідчення водія з країни поза ЄС дійсне лише шість місяців після переїзду. Вчасно подайте заяву на обмін до відділу посвідчень водія районного управління.',
        'Sie haben einen Führer-Schein aus einem anderen Land? Nicht aus der EU? Dann dürfen Sie nur 6 Monate damit fahren. Danach brauchen Sie einen deutschen Führer-Schein. Fragen Sie beim Land-Rats-Amt.',
      ),
      deadline: LS('innerhalb von 6 Monaten nach dem Zuzug', 'within 6 months of moving here', 'خلال 6 أشهر من الانتقال', 'протягом 6 місяців після переїзду', 'in 6 Monaten'),
      deadlineDays: 183,
      topic: 'mobilitaet',
      when: { eu: ['no'] },
    },
    {
      id: 'anschluss',
      title: LS('Anschluss finden', 'Meet people', 'التعرّف على الناس', 'Знайомство з людьми', 'Menschen kennen-lernen'),
      body: LS(
        'Sprachcafés, Freundeskreise und Vereine helfen beim Ankommen. Das Integrationsmanagement Ihrer Gemeinde kennt die Angebote vor Ort und begleitet Sie bei allen Schritten.',
        'Language cafés, volunteer circles and clubs help you settle in. The integration management of your municipality knows the local offers and supports you with every step.',
        'تساعدك مقاهي اللغة ومجموعات الأصدقاء والنوادي على الاستقرار. يعرف فريق إدارة الاندماج في بلديتك العروض المحلية ويرافقك في كل الخطوات.',
        'Мовні кафе, волонтерські гуртки та клуби допомагають облаштуватися. Інтеграційний менеджмент вашої громади знає місцеві пропозиції та супроводжує вас на кожному кроці.',
        'Sie wollen Menschen kennen-lernen? Es gibt Sprach-Cafés. Und es gibt Vereine. Fragen Sie im Rathaus nach dem Integrations-Management. Die Menschen dort helfen Ihnen.',
      ),
      topic: 'ehrenamt',
      helper: 'integrationsmanagement',
    },
  ],
  steward: 'st-integration',
  reviewed: '2026-11-02',
};
