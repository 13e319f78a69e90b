/**
 * Pathways (the Wegweiser). All texts in de/en/ar/uk; "Neu im
 * Hohenlohekreis" (pathways-neu.ts) also in Leichte Sprache.
 */
import type { Pathway } from '../../../src/core/schema/index.js';
import { NEU } from './pathways-neu.js';
import { L } from './util.js';

const STATUS_OPTIONS = [
  { id: 'asylbewerber', label: L('Im Asylverfahren (Aufenthaltsgestattung)', 'In the asylum procedure (Aufenthaltsgestattung)', 'في إجراءات اللجوء (Aufenthaltsgestattung)', 'У процедурі надання притулку (Aufenthaltsgestattung)') },
  { id: 'geduldet', label: L('Duldung', 'Duldung', 'Duldung (تعليق الترحيل)', 'Duldung (призупинення депортації)') },
  { id: 'schutzberechtigt', label: L('Anerkannt / Schutz erhalten', 'Recognised / protection granted', 'معترف به / حاصل على الحماية', 'Визнаний / отримав захист') },
  { id: 'ukraine-24', label: L('Aus der Ukraine (§ 24)', 'From Ukraine (§ 24)', 'من أوكرانيا (المادة 24)', 'З України (§ 24)') },
  { id: 'eu-buerger', label: L('EU-Bürgerin / EU-Bürger', 'EU citizen', 'مواطن/ة من الاتحاد الأوروبي', 'Громадянин/громадянка ЄС') },
  { id: 'fachkraft-visum', label: L('Visum zur Arbeit oder Ausbildung', 'Visa for work or training', 'تأشيرة للعمل أو التدريب المهني', 'Віза для роботи або навчання') },
  { id: 'anderer', label: L('Anderer Aufenthalt / weiß nicht', 'Other / I don’t know', 'وضع آخر / لا أعرف', 'Інше / не знаю') },
];

const ARBEIT: Pathway = {
  id: 'arbeit-finden',
  title: L('Arbeit finden', 'Finding work', 'إيجاد عمل', 'Пошук роботи'),
  summary: L(
    'Von der Arbeitserlaubnis über Deutsch für den Beruf bis zur Bewerbung.',
    'From the work permit and job-related German to your application.',
    'من إذن العمل مرورًا باللغة الألمانية للعمل وحتى طلب التوظيف.',
    'Від дозволу на роботу та німецької для професії до резюме й співбесіди.',
  ),
  audience: ['gefluechtete', 'eu-buerger', 'fachkraefte'],
  questions: [{ id: 'status', text: L('Welchen Aufenthalt haben Sie?', 'What is your residence status?', 'ما هو وضع إقامتك؟', 'Який у вас статус перебування?'), options: STATUS_OPTIONS }],
  steps: [
    {
      id: 'erlaubnis',
      title: L('Arbeitserlaubnis klären', 'Check your work permit', 'التأكد من إذن العمل', 'З’ясувати дозвіл на роботу'),
      body: L(
        'Mit Aufenthaltsgestattung oder Duldung brauchen Sie für jede Stelle eine Beschäftigungserlaubnis der Ausländerbehörde. Legen Sie dafür das Stellenangebot des Arbeitgebers vor; die Bearbeitung dauert oft einige Wochen.',
        'With an Aufenthaltsgestattung or a Duldung you need a work permit from the immigration office for every job. Show them the employer’s job offer; processing often takes a few weeks.',
        'إذا كانت لديك Aufenthaltsgestattung أو Duldung فأنت بحاجة إلى إذن عمل من دائرة الأجانب لكل وظيفة. قدّم لها عرض العمل من صاحب العمل، وغالبًا ما تستغرق المعالجة بضعة أسابيع.',
        'Якщо у вас Aufenthaltsgestattung або Duldung, для кожної роботи потрібен дозвіл відомства у справах іноземців. Покажіть їм пропозицію роботодавця; розгляд часто триває кілька тижнів.',
      ),
      documents: [
        L('Stellenangebot oder Arbeitsvertrag mit Stellenbeschreibung', 'Job offer or employment contract with job description', 'عرض العمل أو عقد العمل مع وصف الوظيفة', 'Пропозиція роботи або трудовий договір з описом посади'),
        L('Aufenthaltsgestattung oder Duldung', 'Aufenthaltsgestattung or Duldung', 'Aufenthaltsgestattung أو Duldung', 'Aufenthaltsgestattung або Duldung'),
      ],
      topic: 'aufenthalt',
      when: { status: ['asylbewerber', 'geduldet'] },
    },
    {
      id: 'vermittlung',
      title: L('Arbeitsvermittlung: Agentur für Arbeit oder Jobcenter', 'Job placement: employment agency or Jobcenter', 'التوسط في العمل: وكالة العمل أو مركز العمل', 'Працевлаштування: агентура з праці або джобцентр'),
      body: L(
        'Wer Bürgergeld bekommt, wird vom Jobcenter beraten; alle anderen – auch EU-Bürgerinnen und -Bürger – von der Agentur für Arbeit. Melden Sie sich arbeitsuchend und vereinbaren Sie ein Beratungsgespräch.',
        'If you receive Bürgergeld, the Jobcenter advises you; everyone else – including EU citizens – goes to the employment agency (Agentur für Arbeit). Register as a jobseeker and make an appointment for advice.',
        'إذا كنت تحصل على إعانة المواطن (Bürgergeld) فإن مركز العمل (Jobcenter) هو من يقدّم لك الاستشارة؛ أما الآخرون، بمن فيهم مواطنو الاتحاد الأوروبي، فيراجعون وكالة العمل (Agentur für Arbeit). سجّل نفسك كباحث عن عمل واحجز موعدًا للاستشارة.',
        'Якщо ви отримуєте Bürgergeld, вас консультує джобцентр; усі інші – зокрема громадяни ЄС – звертаються до агентури з праці (Agentur für Arbeit). Зареєструйтеся як шукач роботи та домовтеся про консультацію.',
      ),
      topic: 'arbeit',
    },
    {
      id: 'deutsch-beruf',
      title: L('Deutsch für den Beruf', 'German for work', 'الألمانية للعمل', 'Німецька для роботи'),
      body: L(
        'Berufssprachkurse bauen auf dem Integrationskurs auf (B1 → B2 → C1) und finden auch abends statt. Die Anmeldung läuft über Jobcenter oder Agentur für Arbeit; Beschäftigte beantragen die Berechtigung beim BAMF.',
        'Job-related German courses build on the integration course (B1 → B2 → C1) and are also held in the evening. You register through the Jobcenter or the employment agency; employees apply for the entitlement at the BAMF.',
        'تبني دورات اللغة المهنية على دورة الاندماج (من B1 إلى B2 ثم C1)، وتُعقد أيضًا في المساء. يتم التسجيل عبر مركز العمل أو وكالة العمل، أما الموظفون فيطلبون الأحقية من BAMF.',
        'Професійні мовні курси продовжують інтеграційний курс (B1 → B2 → C1) і проходять також увечері. Запис – через джобцентр або агентуру з праці; працівники подають заяву на право навчання до BAMF.',
      ),
      topic: 'sprache',
    },
    {
      id: 'anerkennung',
      title: L('Abschluss anerkennen lassen', 'Get your qualification recognised', 'الاعتراف بشهادتك', 'Визнати свою кваліфікацію'),
      body: L(
        'Haben Sie einen Berufs- oder Studienabschluss aus dem Ausland? Eine Anerkennung öffnet oft besser bezahlte Stellen. Die Anerkennungsberatung des IQ Netzwerks ist kostenlos.',
        'Do you have a vocational or university qualification from abroad? Recognition often opens up better-paid jobs. Advice from the IQ network is free of charge.',
        'هل لديك شهادة مهنية أو جامعية من الخارج؟ غالبًا ما يفتح الاعتراف بها الباب أمام وظائف بأجر أفضل. استشارة الاعتراف من شبكة IQ مجانية.',
        'Маєте професійну чи університетську кваліфікацію з-за кордону? Її визнання часто відкриває доступ до краще оплачуваних посад. Консультація мережі IQ безкоштовна.',
      ),
      topic: 'anerkennung',
    },
    {
      id: 'bewerbung',
      title: L('Bewerbung vorbereiten', 'Prepare your application', 'تحضير طلب التوظيف', 'Підготувати резюме та заяву'),
      body: L(
        'Lebenslauf, Zeugnisse, Anschreiben: Migrationsberatung, Jugendmigrationsdienst und Integrationsmanagement helfen bei den Unterlagen. In der Bewerbungswerkstatt der Caritas entstehen sie gemeinsam am Computer.',
        'CV, certificates, cover letter: migration counselling, the Youth Migration Service and integration management help you with the documents. At the Caritas application workshop you create them together on the computer.',
        'السيرة الذاتية والشهادات ورسالة التقديم: تساعدك استشارات الهجرة وخدمة هجرة الشباب وإدارة الاندماج في إعداد الأوراق. وفي ورشة طلبات التوظيف لدى كاريتاس تُعدّونها معًا على الحاسوب.',
        'Резюме, свідоцтва, супровідний лист: міграційна консультація, молодіжна міграційна служба та інтеграційний менеджмент допоможуть із документами. У майстерні з підготовки резюме Caritas ви створите їх разом на комп’ютері.',
      ),
      topic: 'beratung',
      helper: 'integrationsmanagement',
    },
    {
      id: 'ausbildung',
      title: L('Ausbildung als Weg in den Beruf', 'Vocational training as a way into work', 'التدريب المهني كطريق إلى العمل', 'Професійне навчання як шлях до роботи'),
      body: L(
        'Eine Ausbildung dauert meist drei Jahre und wird bezahlt. Die Kümmerer der Kammern begleiten Geflüchtete und Betriebe. Mit Duldung kann eine Ausbildungsduldung Sicherheit geben – fragen Sie die Ausländerbehörde.',
        'Vocational training usually takes three years and is paid. The chambers’ “Kümmerer” coaches support refugees and companies. With a Duldung, a training Duldung (Ausbildungsduldung) can give you security – ask the immigration office.',
        'يستغرق التدريب المهني عادةً ثلاث سنوات ويكون مدفوع الأجر. يرافق مرشدو الغرف المهنية (Kümmerer) اللاجئين والشركات. وإذا كانت لديك Duldung فقد تمنحك Ausbildungsduldung (وثيقة Duldung خاصة بالتدريب) الأمان، فاسأل دائرة الأجانب.',
        'Професійне навчання зазвичай триває три роки й оплачується. Наставники палат («Kümmerer») супроводжують біженців і підприємства. Якщо у вас Duldung, Ausbildungsduldung (Duldung на час навчання) може дати більше впевненості – запитайте у відомстві у справах іноземців.',
      ),
      service: 'ihk-kuemmerer',
    },
    {
      id: 'zusage',
      title: L('Nach der Zusage', 'After you get the job', 'بعد قبولك في الوظيفة', 'Після того, як вас узяли на роботу'),
      body: L(
        'Lesen Sie den Arbeitsvertrag vor der Unterschrift (die Migrationsberatung hilft), geben Sie dem Arbeitgeber Steuer-ID und Sozialversicherungsnummer und melden Sie den Lohn sofort dem Jobcenter oder Sozialamt.',
        'Read the employment contract before you sign it (migration counselling can help), give your employer your tax ID and social insurance number, and report your wages to the Jobcenter or the social welfare office straight away.',
        'اقرأ عقد العمل قبل التوقيع عليه (تساعدك استشارات الهجرة في ذلك)، وأعطِ صاحب العمل رقمك الضريبي ورقم التأمين الاجتماعي، وأبلِغ مركز العمل أو مكتب الشؤون الاجتماعية بالراتب فورًا.',
        'Прочитайте трудовий договір перед підписанням (міграційна консультація допоможе), передайте роботодавцеві податковий номер і номер соціального страхування та одразу повідомте про зарплату джобцентр або соціальне відомство.',
      ),
      helper: 'beratung',
    },
  ],
  steward: 'st-jobcenter',
  reviewed: '2026-11-02',
};

const FAMILIE: Pathway = {
  id: 'familie-kita-schule',
  title: L('Familie, Kita und Schule', 'Family, childcare and school', 'العائلة والروضة والمدرسة', 'Сім’я, дитсадок і школа'),
  summary: L(
    'Was Familien mit Kindern nach dem Umzug erledigen sollten – von der Kinderärztin bis zur Hausaufgabenhilfe.',
    'What families with children should do after moving – from the paediatrician to homework help.',
    'ما ينبغي على العائلات التي لديها أطفال القيام به بعد الانتقال – من طبيب الأطفال إلى المساعدة في الواجبات المدرسية.',
    'Що варто зробити сім’ям із дітьми після переїзду – від педіатра до допомоги з домашніми завданнями.',
  ),
  audience: ['familien'],
  questions: [{
    id: 'kind',
    text: L('Wie alt ist Ihr jüngstes Kind?', 'How old is your youngest child?', 'كم عمر طفلك الأصغر؟', 'Скільки років вашій наймолодшій дитині?'),
    options: [
      { id: 'unter-3', label: L('Unter 3 Jahre', 'Under 3', 'أقل من 3 سنوات', 'До 3 років') },
      { id: 'kita-alter', label: L('3 bis 6 Jahre', '3 to 6 years', 'من 3 إلى 6 سنوات', 'Від 3 до 6 років') },
      { id: 'schulkind', label: L('Im Schulalter', 'School age', 'في سن المدرسة', 'Шкільного віку') },
    ],
  }],
  steps: [
    {
      id: 'kinderarzt',
      title: L('Kinderärztin oder Kinderarzt finden', 'Find a paediatrician', 'إيجاد طبيب أطفال', 'Знайти педіатра'),
      body: L(
        'Suchen Sie früh eine Kinderarztpraxis – viele Praxen nehmen nur wenige neue Familien auf. Die Vorsorgeuntersuchungen (U1 bis J1) und empfohlene Impfungen sind kostenlos.',
        'Look for a paediatric practice early – many practices take on only a few new families. Check-ups (U1 to J1) and recommended vaccinations are free.',
        'ابحث مبكرًا عن عيادة طبيب أطفال، فكثير من العيادات لا تقبل إلا عددًا قليلًا من العائلات الجديدة. الفحوصات الوقائية (من U1 إلى J1) والتطعيمات الموصى بها مجانية.',
        'Шукайте педіатра заздалегідь – багато практик приймають лише небагато нових сімей. Профілактичні огляди (від U1 до J1) та рекомендовані щеплення безкоштовні.',
      ),
      topic: 'gesundheit',
    },
    {
      id: 'masern',
      title: L('Masernschutz nachweisen', 'Show proof of measles protection', 'إثبات الحماية من الحصبة', 'Підтвердити захист від кору'),
      body: L(
        'Kita und Schule verlangen einen Nachweis über die Masernimpfung. Fehlen Impfunterlagen, berät das Gesundheitsamt und impft nach.',
        'Kita and school require proof of measles vaccination. If you have no vaccination records, the public health office advises you and gives catch-up vaccinations.',
        'تطلب الروضة والمدرسة إثباتًا للتطعيم ضد الحصبة. إذا لم تتوفر لديك وثائق التطعيم، يقدّم مكتب الصحة (Gesundheitsamt) الاستشارة ويُجري التطعيمات الاستدراكية.',
        'Дитсадок і школа вимагають підтвердження щеплення від кору. Якщо документів про щеплення немає, відомство охорони здоров’я (Gesundheitsamt) проконсультує та зробить щеплення.',
      ),
      service: 'gesundheitsamt-impfen',
    },
    {
      id: 'kita',
      title: L('Kita-Platz anmelden', 'Apply for a Kita place', 'التسجيل للحصول على مكان في الروضة', 'Записати дитину до дитсадка'),
      body: L(
        'Melden Sie Ihr Kind bei Ihrer Gemeinde an, am besten sechs Monate vor dem gewünschten Beginn. Wer Bürgergeld, Asylbewerberleistungen oder Wohngeld bekommt, zahlt keinen Kita-Beitrag.',
        'Register your child with your municipality, ideally six months before the desired start. If you receive Bürgergeld, asylum seekers’ benefits or housing benefit, you pay no Kita fee.',
        'سجّل طفلك لدى بلديتك، ويُفضَّل قبل ستة أشهر من موعد البدء المطلوب. إذا كنت تحصل على إعانة المواطن أو إعانات طالبي اللجوء أو إعانة السكن، فلن تدفع رسوم الروضة.',
        'Зареєструйте дитину у своїй громаді, найкраще за шість місяців до бажаного початку. Якщо ви отримуєте Bürgergeld, виплати для шукачів притулку або Wohngeld, плату за дитсадок не стягують.',
      ),
      topic: 'kita',
      when: { kind: ['unter-3', 'kita-alter'] },
    },
    {
      id: 'einschulung',
      title: L('Einschulungsuntersuchung', 'School entry health check', 'الفحص الطبي قبل دخول المدرسة', 'Медичний огляд перед школою'),
      body: L(
        'Im vorletzten Kindergartenjahr lädt das Gesundheitsamt zur Einschulungsuntersuchung ein. Sie ist Pflicht und kostenlos; bringen Sie das gelbe Untersuchungsheft und den Impfpass mit.',
        'In the second-to-last Kita year, the public health office invites your child to the school entry health check. It is compulsory and free; bring the yellow check-up booklet and the vaccination record.',
        'في السنة قبل الأخيرة من الروضة يدعو مكتب الصحة طفلك إلى الفحص الطبي قبل دخول المدرسة. الفحص إلزامي ومجاني؛ أحضِر دفتر الفحوصات الأصفر ودفتر التطعيم.',
        'У передостанній рік дитсадка відомство охорони здоров’я запрошує дитину на медичний огляд перед школою. Він обов’язковий і безкоштовний; візьміть жовтий зошит оглядів і щеплювальний паспорт.',
      ),
      service: 'gesundheitsamt-einschulung',
      when: { kind: ['kita-alter'] },
    },
    {
      id: 'schule',
      title: L('Schulplatz und Vorbereitungsklasse', 'School place and preparatory class', 'مكان في المدرسة وصف تحضيري', 'Місце в школі та підготовчий клас'),
      body: L(
        'Schulpflichtige Kinder sollen schnell in die Schule. Das Staatliche Schulamt vermittelt den Schulplatz und bei Bedarf eine Vorbereitungsklasse (VKL); Jugendliche ab 15 Jahren kommen oft in eine VABO-Klasse der Berufsschule.',
        'Children of compulsory school age should start school quickly. The State Education Office arranges a school place and, if needed, a preparatory class (VKL); young people aged 15 and over often join a VABO class at a vocational school.',
        'يجب أن يلتحق الأطفال في سن التعليم الإلزامي بالمدرسة بسرعة. يؤمّن مكتب التعليم الحكومي مكانًا في المدرسة، وعند الحاجة صفًا تحضيريًا (VKL)؛ أما اليافعون من سن 15 فغالبًا ما يلتحقون بصف VABO في المدرسة المهنية.',
        'Діти шкільного віку мають якнайшвидше піти до школи. Державне шкільне управління надає місце в школі та за потреби підготовчий клас (VKL); підлітки від 15 років часто навчаються в класі VABO професійної школи.',
      ),
      topic: 'schule',
      when: { kind: ['schulkind'] },
    },
    {
      id: 'kindergeld',
      title: L('Kindergeld beantragen', 'Apply for child benefit', 'طلب إعانة الأطفال', 'Оформити допомогу на дітей'),
      body: L(
        'Kindergeld zahlt die Familienkasse – der Antrag geht online oder per Post. Mit geringem Einkommen kommt oft der Kinderzuschlag dazu.',
        'Child benefit is paid by the Familienkasse – apply online or by post. With a low income you can often get the child supplement (Kinderzuschlag) as well.',
        'تُصرف إعانة الأطفال من صندوق الأسرة (Familienkasse)، ويمكن تقديم الطلب عبر الإنترنت أو بالبريد. وإذا كان دخلك منخفضًا فيمكنك غالبًا الحصول أيضًا على الإعانة الإضافية للأطفال (Kinderzuschlag).',
        'Kindergeld виплачує сімейна каса (Familienkasse) – заяву можна подати онлайн або поштою. За низького доходу часто можна отримати ще й додаткову допомогу на дітей (Kinderzuschlag).',
      ),
      service: 'familienkasse-kindergeld',
    },
    {
      id: 'but',
      title: L('Bildung und Teilhabe', 'Education and participation benefits', 'إعانات التعليم والمشاركة', 'Виплати на освіту й участь'),
      body: L(
        'Mit Bürgergeld, Wohngeld, Kinderzuschlag oder Asylbewerberleistungen gibt es Zuschüsse für Schulbedarf, Mittagessen, Ausflüge, Nachhilfe und Vereinsbeiträge. Den Antrag stellen Sie beim Jobcenter bzw. beim Sozialamt.',
        'With Bürgergeld, housing benefit, child supplement or asylum seekers’ benefits you can get grants for school supplies, lunch, trips, tutoring and club fees. Apply at the Jobcenter or the social welfare office.',
        'إذا كنت تحصل على إعانة المواطن أو إعانة السكن أو الإعانة الإضافية للأطفال أو إعانات طالبي اللجوء، فيمكنك الحصول على دعم لمستلزمات المدرسة ووجبة الغداء والرحلات والدروس الخصوصية ورسوم النوادي. قدّم الطلب لدى مركز العمل أو مكتب الشؤون الاجتماعية.',
        'Якщо ви отримуєте Bürgergeld, Wohngeld, Kinderzuschlag або виплати для шукачів притулку, можна отримати кошти на шкільне приладдя, обіди, екскурсії, репетиторство та внески до клубів. Заяву подають до джобцентру або соціального відомства.',
      ),
      service: 'jobcenter-but',
    },
    {
      id: 'unterstuetzung',
      title: L('Unterstützung für Eltern', 'Support for parents', 'دعم للآباء والأمهات', 'Підтримка для батьків'),
      body: L(
        'Frühe Hilfen, Elterncafé, Hausaufgabenhilfe und die Psychologische Beratungsstelle: Es gibt viele kostenlose Angebote für Familien. Fragen Sie auch Ihr Integrationsmanagement.',
        'Early support (Frühe Hilfen), parents’ café, homework help and the psychological counselling centre: there are many free offers for families. Ask your integration management too.',
        'المساعدات المبكرة (Frühe Hilfen)، ومقهى الآباء، والمساعدة في الواجبات المدرسية، ومركز الاستشارة النفسية: هناك عروض مجانية كثيرة للعائلات. اسأل أيضًا فريق إدارة الاندماج في بلديتك.',
        'Рання допомога (Frühe Hilfen), батьківське кафе, допомога з домашніми завданнями та психологічна консультація: для сімей є багато безкоштовних пропозицій. Запитайте також інтеграційний менеджмент.',
      ),
      topic: 'familie',
      helper: 'integrationsmanagement',
    },
  ],
  steward: 'st-integration',
  reviewed: '2026-11-02',
};

const ANERKENNUNG: Pathway = {
  id: 'anerkennung',
  title: L('Berufsabschluss anerkennen lassen', 'Get your professional qualification recognised', 'الاعتراف بالشهادة المهنية', 'Визнання професійної кваліфікації'),
  summary: L(
    'Schritt für Schritt zur Anerkennung eines ausländischen Berufs- oder Studienabschlusses.',
    'Step by step to the recognition of a foreign vocational or university qualification.',
    'خطوة بخطوة نحو الاعتراف بشهادة مهنية أو جامعية أجنبية.',
    'Крок за кроком до визнання іноземної професійної чи університетської кваліфікації.',
  ),
  audience: ['fachkraefte', 'gefluechtete'],
  questions: [{
    id: 'beruf',
    text: L('Welche Art von Abschluss haben Sie?', 'What kind of qualification do you have?', 'ما نوع شهادتك؟', 'Яка у вас кваліфікація?'),
    options: [
      { id: 'reglementiert', label: L('Gesundheit, Pflege, Lehramt oder Erziehung', 'Health, nursing, teaching or early education', 'الصحة أو التمريض أو التدريس أو التربية', 'Охорона здоров’я, догляд, викладання або виховання') },
      { id: 'ihk', label: L('Ausbildungsberuf in Industrie, Handel oder Dienstleistung', 'Vocational qualification in industry, trade or services', 'مهنة تدريب مهني في الصناعة أو التجارة أو الخدمات', 'Робітнича професія в промисловості, торгівлі чи сфері послуг') },
      { id: 'handwerk', label: L('Handwerksberuf', 'Skilled trade (Handwerk)', 'مهنة حِرفية', 'Ремісницька професія') },
      { id: 'studium', label: L('Studium in einem anderen Fach', 'University degree in another field', 'شهادة جامعية في مجال آخر', 'Вища освіта в іншій галузі') },
    ],
  }],
  steps: [
    {
      id: 'beratung',
      title: L('Beraten lassen', 'Get advice', 'الحصول على استشارة', 'Отримати консультацію'),
      body: L(
        'Lassen Sie sich zuerst beraten: Welche Stelle ist zuständig, welche Unterlagen brauchen Sie, was kostet es? Die IQ-Anerkennungsberatung ist kostenlos und einmal im Monat in Künzelsau.',
        'Get advice first: which authority is responsible, which documents do you need, what does it cost? IQ recognition advice is free and comes to Künzelsau once a month.',
        'احصل على الاستشارة أولًا: ما الجهة المختصة، وما الأوراق المطلوبة، وكم تبلغ التكلفة؟ استشارة الاعتراف من شبكة IQ مجانية، وتتوفر مرة في الشهر في Künzelsau.',
        'Спочатку проконсультуйтеся: яка установа відповідальна, які документи потрібні, скільки це коштує? Консультація IQ щодо визнання безкоштовна і раз на місяць проходить у Künzelsau.',
      ),
      service: 'iq-anerkennungsberatung',
      links: [{ label: L('Anerkennungs-Finder (offizielles Portal)', 'Recognition finder (official portal)', 'أداة البحث عن الاعتراف (البوابة الرسمية)', 'Пошук щодо визнання (офіційний портал)'), url: 'https://www.anerkennung-in-deutschland.de' }],
    },
    {
      id: 'unterlagen',
      title: L('Unterlagen und Übersetzungen', 'Documents and translations', 'الأوراق والترجمات', 'Документи та переклади'),
      body: L(
        'Meist brauchen Sie Kopien Ihrer Zeugnisse, eine Fächerliste, Nachweise über Berufserfahrung und Übersetzungen von öffentlich bestellten Übersetzerinnen oder Übersetzern. Fragen Sie vorher, was übersetzt werden muss.',
        'You usually need copies of your certificates, a list of subjects, proof of work experience and translations by sworn translators. Ask beforehand what must be translated.',
        'تحتاج عادةً إلى نسخ من شهاداتك، وقائمة بالمواد الدراسية، وإثباتات للخبرة المهنية، وترجمات من مترجمين محلَّفين. اسأل مسبقًا عمّا يجب ترجمته.',
        'Зазвичай потрібні копії документів про освіту, перелік предметів, підтвердження досвіду роботи та переклади від присяжних перекладачів. Заздалегідь дізнайтеся, що саме треба перекласти.',
      ),
      documents: [
        L('Zeugnisse und Fächerlisten', 'Certificates and lists of subjects', 'الشهادات وقوائم المواد الدراسية', 'Документи про освіту та переліки предметів'),
        L('Nachweise über Berufserfahrung', 'Proof of work experience', 'إثباتات الخبرة المهنية', 'Підтвердження досвіду роботи'),
        L('Tabellarischer Lebenslauf auf Deutsch', 'CV in table form, in German', 'سيرة ذاتية على شكل جدول باللغة الألمانية', 'Резюме у формі таблиці німецькою мовою'),
        L('Pass oder Ausweis', 'Passport or ID card', 'جواز السفر أو بطاقة الهوية', 'Паспорт або посвідчення особи'),
      ],
      helper: 'beratung',
    },
    {
      id: 'antrag-reglementiert',
      title: L('Antrag für reglementierte Berufe', 'Application for regulated professions', 'طلب الاعتراف للمهن المنظَّمة', 'Заява для регульованих професій'),
      body: L(
        'In Gesundheits- und Pflegeberufen, im Lehramt und in der Erziehung dürfen Sie erst nach der Anerkennung im Beruf arbeiten. Für Gesundheitsfachberufe ist das Regierungspräsidium Stuttgart zuständig; für Lehrkräfte und Erziehungsberufe gibt es andere Stellen – die IQ-Beratung nennt sie Ihnen.',
        'In health and nursing professions, teaching and early education you may only work in your profession after recognition. For health professions the Regierungspräsidium Stuttgart is responsible; for teachers and educators there are other authorities – IQ advice will tell you which.',
        'في المهن الصحية والتمريض والتدريس والتربية لا يمكنك العمل في مهنتك إلا بعد الاعتراف بشهادتك. الجهة المختصة بالمهن الصحية هي رئاسة منطقة شتوتغارت (Regierungspräsidium Stuttgart)؛ أما المعلمون والمربّون فلهم جهات أخرى، وستخبرك استشارة IQ بها.',
        'У професіях охорони здоров’я та догляду, у викладанні й вихованні можна працювати лише після визнання. Для медичних професій відповідає Regierungspräsidium Stuttgart; для вчителів і вихователів є інші установи – консультанти IQ підкажуть, які саме.',
      ),
      service: 'rp-anerkennung-gesundheit',
      when: { beruf: ['reglementiert'] },
    },
    {
      id: 'antrag-ihk',
      title: L('Antrag bei der IHK FOSA', 'Application to IHK FOSA', 'تقديم الطلب إلى IHK FOSA', 'Заява до IHK FOSA'),
      body: L(
        'Für Ausbildungsberufe aus Industrie, Handel und Dienstleistung prüft die IHK FOSA die Gleichwertigkeit. Die IHK Heilbronn-Franken berät vorher und hilft beim Antrag.',
        'For vocational qualifications in industry, trade and services, IHK FOSA checks equivalence. The IHK Heilbronn-Franken advises you beforehand and helps with the application.',
        'بالنسبة لمهن التدريب المهني في الصناعة والتجارة والخدمات، تتحقق IHK FOSA من معادلة الشهادة. وتقدّم غرفة الصناعة والتجارة IHK Heilbronn-Franken الاستشارة مسبقًا وتساعد في الطلب.',
        'Для робітничих професій у промисловості, торгівлі та сфері послуг рівноцінність перевіряє IHK FOSA. IHK Heilbronn-Franken заздалегідь консультує та допомагає із заявою.',
      ),
      service: 'ihk-anerkennung',
      when: { beruf: ['ihk'] },
    },
    {
      id: 'antrag-hwk',
      title: L('Antrag bei der Handwerkskammer', 'Application to the Chamber of Crafts', 'تقديم الطلب إلى غرفة الحِرف', 'Заява до Ремісничої палати'),
      body: L(
        'Für Handwerksberufe ist die Handwerkskammer Heilbronn-Franken zuständig. Sie vergleicht Ihren Abschluss mit dem deutschen Gesellen- oder Meisterbrief.',
        'For skilled trades the Chamber of Crafts Heilbronn-Franken is responsible. It compares your qualification with the German journeyman’s or master craftsman’s certificate.',
        'غرفة الحِرف Handwerkskammer Heilbronn-Franken هي الجهة المختصة بالمهن الحِرفية، وهي تقارن شهادتك بشهادة الحِرفي (Geselle) أو المعلّم الحِرفي (Meister) الألمانية.',
        'Для ремісничих професій відповідає Реміснича палата Heilbronn-Franken. Вона порівнює вашу кваліфікацію з німецьким свідоцтвом підмайстра або майстра.',
      ),
      service: 'hwk-anerkennung',
      when: { beruf: ['handwerk'] },
    },
    {
      id: 'zeugnisbewertung',
      title: L('Zeugnisbewertung für Hochschulabschlüsse', 'Statement of comparability for university degrees', 'تقييم الشهادات الجامعية', 'Оцінка диплома про вищу освіту'),
      body: L(
        'Für nicht reglementierte Studienberufe gibt es keine formale Anerkennung. Eine Zeugnisbewertung der Zentralstelle für ausländisches Bildungswesen (ZAB) hilft aber bei Bewerbungen und für die Blaue Karte.',
        'For non-regulated professions based on a university degree there is no formal recognition. A statement of comparability from the Central Office for Foreign Education (ZAB) helps with job applications and for the EU Blue Card.',
        'لا يوجد اعتراف رسمي للمهن الجامعية غير المنظَّمة. لكن تقييم الشهادة من المكتب المركزي للتعليم الأجنبي (ZAB) يساعدك في طلبات التوظيف وفي الحصول على البطاقة الزرقاء.',
        'Для нерегульованих професій з вищою освітою формального визнання немає. Проте оцінка диплома Центральним бюро з питань іноземної освіти (ZAB) допомагає при пошуку роботи та для отримання Блакитної карти ЄС.',
      ),
      topic: 'anerkennung',
      when: { beruf: ['studium'] },
    },
    {
      id: 'kosten',
      title: L('Kosten klären', 'Clarify the costs', 'توضيح التكاليف', 'З’ясувати витрати'),
      body: L(
        'Ein Anerkennungsverfahren kostet meist zwischen 100 und 600 Euro, dazu kommen Übersetzungen. Jobcenter oder Agentur für Arbeit können die Kosten übernehmen; sonst gibt es unter Umständen den Anerkennungszuschuss des Bundes. Beantragen Sie die Kostenübernahme vor dem Anerkennungsantrag.',
        'A recognition procedure usually costs between 100 and 600 euros, plus translations. The Jobcenter or the employment agency can cover the costs; otherwise a federal recognition grant may be available. Apply for the costs to be covered before you submit the recognition application.',
        'تبلغ تكلفة إجراءات الاعتراف عادةً ما بين 100 و600 يورو، إضافةً إلى الترجمات. يمكن أن يتحمّل مركز العمل أو وكالة العمل هذه التكاليف، وإلا فقد تحصل على منحة الاعتراف الاتحادية. قدّم طلب تغطية التكاليف قبل طلب الاعتراف.',
        'Процедура визнання зазвичай коштує від 100 до 600 євро, плюс переклади. Джобцентр або агентура з праці можуть покрити ці витрати; інакше можлива федеральна субсидія на визнання. Подайте заяву на покриття витрат до подання заяви на визнання.',
      ),
      topic: 'arbeit',
    },
    {
      id: 'anpassung',
      title: L('Teilanerkennung: Lücken schließen', 'Partial recognition: closing the gaps', 'الاعتراف الجزئي: سدّ الفجوات', 'Часткове визнання: усунути розбіжності'),
      body: L(
        'Fehlt etwas, bekommen Sie einen Bescheid über die wesentlichen Unterschiede. Mit einer Anpassungsqualifizierung, einer Kenntnisprüfung oder einem Fachsprachkurs (z. B. Pflege B2) erreichen Sie die volle Anerkennung.',
        'If something is missing, you receive a decision listing the substantial differences. With an adaptation qualification, a knowledge test or a specialist language course (e.g. nursing B2) you can achieve full recognition.',
        'إذا كان هناك نقص، تحصل على قرار يوضّح الفروق الجوهرية. ومن خلال تأهيل تكميلي أو امتحان معرفي أو دورة لغة تخصصية (مثل دورة التمريض B2) يمكنك الحصول على الاعتراف الكامل.',
        'Якщо чогось бракує, ви отримаєте рішення з переліком суттєвих відмінностей. Завдяки адаптаційній кваліфікації, іспиту на знання або фаховому мовному курсу (наприклад, догляд B2) можна досягти повного визнання.',
      ),
      topic: 'sprache',
    },
  ],
  steward: 'st-integration',
  reviewed: '2026-11-02',
};

const STATUS: Pathway = {
  id: 'status-aendert-sich',
  title: L('Aufenthalt und Status ändern sich', 'When your residence status changes', 'عندما يتغيّر وضع إقامتك', 'Коли змінюється ваш статус перебування'),
  summary: L(
    'Was jetzt zu tun ist – zum Beispiel nach der Anerkennung: Dann ist nicht mehr das Sozialamt, sondern das Jobcenter zuständig.',
    'What to do now – for example after recognition: the Jobcenter, no longer the social welfare office, is then responsible for you.',
    'ما الذي عليك فعله الآن – مثلًا بعد الاعتراف بك: عندها يصبح مركز العمل (Jobcenter) هو المسؤول عنك بدلًا من مكتب الشؤون الاجتماعية.',
    'Що робити зараз – наприклад, після визнання: тоді за вас відповідає вже не соціальне відомство, а джобцентр.',
  ),
  audience: ['gefluechtete'],
  questions: [{
    id: 'aenderung',
    text: L('Was hat sich geändert?', 'What has changed?', 'ما الذي تغيّر؟', 'Що змінилося?'),
    options: [
      { id: 'anerkannt', label: L('Ich wurde im Asylverfahren anerkannt (Bescheid vom BAMF)', 'I was recognised in the asylum procedure (BAMF decision)', 'تم الاعتراف بي في إجراءات اللجوء (قرار من BAMF)', 'Мене визнано в процедурі надання притулку (рішення BAMF)') },
      { id: 'abgelehnt', label: L('Mein Asylantrag wurde abgelehnt', 'My asylum application was rejected', 'تم رفض طلب لجوئي', 'Мою заяву про надання притулку відхилено') },
      { id: 'arbeit', label: L('Ich beginne eine Ausbildung oder Arbeit', 'I am starting vocational training or a job', 'سأبدأ تدريبًا مهنيًا أو عملًا', 'Я починаю професійне навчання або роботу') },
      { id: 'umzug', label: L('Ich ziehe in eine andere Gemeinde', 'I am moving to another municipality', 'سأنتقل إلى بلدية أخرى', 'Я переїжджаю до іншої громади') },
    ],
  }],
  steps: [
    {
      id: 'bescheid',
      title: L('Bescheid erklären lassen', 'Have the decision explained', 'طلب شرح القرار', 'Попросити пояснити рішення'),
      body: L(
        'Lassen Sie sich jeden Bescheid sofort erklären – von der Migrationsberatung, dem Integrationsmanagement oder der Asylverfahrensberatung. Gegen eine Ablehnung gelten kurze Fristen.',
        'Have every decision explained straight away – by migration counselling, integration management or asylum procedure counselling. Short deadlines apply to appeals against a rejection.',
        'اطلب شرح أي قرار فورًا من استشارات الهجرة أو إدارة الاندماج أو استشارات إجراءات اللجوء. هناك مهل قصيرة للطعن في قرار الرفض.',
        'Одразу попросіть пояснити кожне рішення – у міграційній консультації, інтеграційному менеджменті або консультації з процедури надання притулку. Для оскарження відмови діють короткі строки.',
      ),
      topic: 'beratung',
      helper: 'integrationsmanagement',
      next: [
        { when: { aenderung: ['abgelehnt'] }, step: 'rechtsberatung' },
        { when: { aenderung: ['arbeit'] }, step: 'beschaeftigung' },
        { when: { aenderung: ['umzug'] }, step: 'ummelden' },
      ],
    },
    {
      id: 'aufenthaltserlaubnis',
      title: L('Aufenthaltserlaubnis beantragen', 'Apply for a residence permit', 'طلب تصريح الإقامة', 'Подати заяву на дозвіл на проживання'),
      body: L(
        'Nach der Anerkennung beantragen Sie bei der Ausländerbehörde eine Aufenthaltserlaubnis. Bis sie fertig ist, bekommen Sie eine Fiktionsbescheinigung – bewahren Sie sie gut auf.',
        'After recognition, apply for a residence permit at the immigration office. Until it is ready you receive a Fiktionsbescheinigung – keep it safe.',
        'بعد الاعتراف بك، قدّم طلب تصريح الإقامة لدى دائرة الأجانب. وإلى أن يصبح جاهزًا تحصل على Fiktionsbescheinigung، فاحتفظ بها جيدًا.',
        'Після визнання подайте заяву на дозвіл на проживання до відомства у справах іноземців. Доки його не виготовлять, ви отримаєте Fiktionsbescheinigung – зберігайте її.',
      ),
      documents: [
        L('Bescheid des BAMF', 'BAMF decision', 'قرار BAMF', 'Рішення BAMF'),
        L('Aufenthaltsgestattung', 'Aufenthaltsgestattung (permission to stay during the asylum procedure)', 'إذن الإقامة خلال إجراءات اللجوء (Aufenthaltsgestattung)', 'Посвідка на час процедури надання притулку (Aufenthaltsgestattung)'),
        L('Pass, falls vorhanden', 'Passport, if you have one', 'جواز السفر إن وُجد', 'Паспорт, якщо є'),
        L('Digitales Lichtbild (Code vom Fotostudio)', 'Digital photo (code from the photo studio)', 'صورة رقمية (الرمز من استوديو التصوير)', 'Цифрове фото (код із фотостудії)'),
      ],
      topic: 'aufenthalt',
      when: { aenderung: ['anerkannt'] },
    },
    {
      id: 'jobcenter',
      title: L('Bürgergeld beim Jobcenter beantragen', 'Apply for Bürgergeld at the Jobcenter', 'طلب إعانة المواطن لدى مركز العمل', 'Подати заяву на Bürgergeld у джобцентрі'),
      body: L(
        'Mit der Anerkennung wechselt die Zuständigkeit vom Sozialamt zum Jobcenter. Stellen Sie den Antrag sofort: Bürgergeld gibt es frühestens ab dem Monat, in dem Sie den Antrag stellen.',
        'With recognition, responsibility moves from the social welfare office to the Jobcenter. Apply straight away: Bürgergeld is paid at the earliest from the month in which you apply.',
        'مع الاعتراف بك تنتقل المسؤولية من مكتب الشؤون الاجتماعية إلى مركز العمل (Jobcenter). قدّم الطلب فورًا، فإعانة المواطن لا تُصرف إلا ابتداءً من الشهر الذي تقدّم فيه الطلب.',
        'Після визнання відповідальність переходить від соціального відомства до джобцентру. Подайте заяву одразу: Bürgergeld виплачують не раніше ніж з місяця, у якому ви подали заяву.',
      ),
      deadline: L('sofort nach dem Anerkennungsbescheid', 'straight after the recognition decision', 'فور صدور قرار الاعتراف', 'одразу після рішення про визнання'),
      service: 'jobcenter-buergergeld',
      when: { aenderung: ['anerkannt'] },
    },
    {
      id: 'sozialamt',
      title: L('Sozialamt informieren', 'Inform the social welfare office', 'إبلاغ مكتب الشؤون الاجتماعية', 'Повідомити соціальне відомство'),
      body: L(
        'Geben Sie dem Sozialamt eine Kopie des Bescheids und die Bestätigung Ihres Jobcenter-Antrags. So entsteht keine Lücke bei den Zahlungen.',
        'Give the social welfare office a copy of the decision and the confirmation of your Jobcenter application. That way there is no gap in payments.',
        'أعطِ مكتب الشؤون الاجتماعية نسخة من القرار وتأكيد طلبك لدى مركز العمل، حتى لا تنقطع الدفعات.',
        'Передайте соціальному відомству копію рішення та підтвердження вашої заяви до джобцентру. Так не буде перерви у виплатах.',
      ),
      service: 'sozialamt-asylblg',
      when: { aenderung: ['anerkannt'] },
    },
    {
      id: 'wohnsitz',
      title: L('Wohnsitzregelung beachten', 'Observe the residence rule', 'الالتزام بقاعدة مكان السكن', 'Дотримуватися правила щодо місця проживання'),
      body: L(
        'Anerkannte Schutzberechtigte müssen in der Regel drei Jahre in Baden-Württemberg wohnen bleiben, oft in einer bestimmten Gemeinde (Wohnsitzregelung). Mit Arbeit, Ausbildung oder Studium an einem anderen Ort kann sie aufgehoben werden.',
        'Recognised refugees usually have to live in Baden-Württemberg for three years, often in a specific municipality (residence rule). It can be lifted if you work, train or study somewhere else.',
        'يتعيّن على الحاصلين على الحماية عادةً البقاء في ولاية بادن-فورتمبيرغ ثلاث سنوات، وغالبًا في بلدية محددة (قاعدة مكان السكن). ويمكن رفع هذا الالتزام إذا وجدت عملًا أو تدريبًا مهنيًا أو دراسة في مكان آخر.',
        'Визнані біженці зазвичай мають жити в Баден-Вюртемберзі три роки, часто в певній громаді (правило щодо місця проживання). Його можуть скасувати, якщо ви працюєте, навчаєтеся або здобуваєте професію в іншому місці.',
      ),
      topic: 'aufenthalt',
      when: { aenderung: ['anerkannt'] },
    },
    {
      id: 'wohnung',
      title: L('Eigene Wohnung suchen', 'Look for your own flat', 'البحث عن شقة خاصة', 'Шукати власне житло'),
      body: L(
        'Nach der Anerkennung dürfen Sie eine eigene Wohnung suchen. Legen Sie dem Jobcenter das Wohnungsangebot vor, bevor Sie unterschreiben – es muss der Miethöhe vorher zustimmen.',
        'After recognition you may look for your own flat. Show the offer to the Jobcenter before you sign – it has to approve the rent in advance.',
        'بعد الاعتراف بك يحق لك البحث عن شقة خاصة. اعرض عرض الشقة على مركز العمل قبل التوقيع، إذ يجب أن يوافق مسبقًا على قيمة الإيجار.',
        'Після визнання ви можете шукати власне житло. Покажіть пропозицію джобцентру до підписання договору – він має заздалегідь погодити розмір орендної плати.',
      ),
      topic: 'wohnen',
      helper: 'integrationsmanagement',
      when: { aenderung: ['anerkannt'] },
    },
    {
      id: 'rechtsberatung',
      title: L('Sofort rechtlich beraten lassen', 'Get legal advice immediately', 'الحصول على استشارة قانونية فورًا', 'Негайно отримати юридичну консультацію'),
      body: L(
        'Gegen die Ablehnung können Sie klagen – die Frist beträgt meist nur eine oder zwei Wochen ab Zustellung. Die Asylverfahrensberatung und Anwältinnen oder Anwälte prüfen Ihre Chancen. Mit geringem Einkommen gibt es beim Amtsgericht einen Beratungshilfeschein.',
        'You can appeal against the rejection – the deadline is usually only one or two weeks from delivery. Asylum procedure counselling and lawyers check your chances. With a low income you can get a legal advice voucher (Beratungshilfeschein) at the local court.',
        'يمكنك رفع دعوى ضد قرار الرفض، والمهلة عادةً أسبوع واحد أو أسبوعان فقط من تاريخ التسليم. تفحص استشارات إجراءات اللجوء والمحامون فرصك. وإذا كان دخلك منخفضًا يمكنك الحصول على قسيمة الاستشارة القانونية (Beratungshilfeschein) من المحكمة المحلية (Amtsgericht).',
        'Відмову можна оскаржити в суді – строк зазвичай лише один або два тижні з дня вручення. Консультація з процедури надання притулку та адвокати оцінять ваші шанси. За низького доходу в дільничному суді (Amtsgericht) можна отримати направлення на безоплатну консультацію (Beratungshilfeschein).',
      ),
      deadline: L('Klagefrist: meist 1 oder 2 Wochen ab Zustellung', 'Appeal deadline: usually 1 or 2 weeks from delivery', 'مهلة الطعن: عادةً أسبوع أو أسبوعان من تاريخ التسليم', 'Строк оскарження: зазвичай 1 або 2 тижні з дня вручення'),
      deadlineDays: 7,
      topic: 'recht',
      when: { aenderung: ['abgelehnt'] },
    },
    {
      id: 'beschaeftigung',
      title: L('Ausbildung oder Arbeit mit Duldung', 'Training or work with a Duldung', 'التدريب المهني أو العمل مع Duldung', 'Навчання або робота з Duldung'),
      body: L(
        'Wer eine Ausbildung oder eine feste Arbeit hat, kann unter bestimmten Bedingungen eine Ausbildungs- oder Beschäftigungsduldung bekommen. Die Ausländerbehörde prüft das; bringen Sie den Vertrag mit. Vor jeder neuen Arbeit brauchen Sie ihre Erlaubnis.',
        'If you have vocational training or a steady job, you may under certain conditions get a Duldung for training or employment. The immigration office checks this; bring your contract. You need its permission before starting any new job.',
        'إذا كان لديك تدريب مهني أو عمل ثابت، فيمكنك بشروط معيّنة الحصول على Duldung خاصة بالتدريب أو بالعمل. تتحقق دائرة الأجانب من ذلك، فأحضِر العقد معك. وقبل أي عمل جديد تحتاج إلى إذنها.',
        'Якщо у вас є місце професійного навчання або постійна робота, за певних умов можна отримати Duldung на час навчання чи роботи. Це перевіряє відомство у справах іноземців; візьміть із собою договір. Перед будь-якою новою роботою потрібен їхній дозвіл.',
      ),
      topic: 'aufenthalt',
      when: { aenderung: ['abgelehnt', 'arbeit'] },
    },
    {
      id: 'ummelden',
      title: L('In der neuen Gemeinde anmelden', 'Register in the new municipality', 'التسجيل في البلدية الجديدة', 'Зареєструватися в новій громаді'),
      body: L(
        'Melden Sie sich innerhalb von zwei Wochen in der neuen Gemeinde an. Mit Wohnsitzauflage brauchen Sie vorher die Zustimmung der Ausländerbehörde. Ausländerbehörde, Jobcenter und Beratung können danach andere sein.',
        'Register in the new municipality within two weeks. If you have a residence requirement (Wohnsitzauflage), you need the immigration office’s approval first. Your immigration office, Jobcenter and counselling service may be different afterwards.',
        'سجّل نفسك في البلدية الجديدة خلال أسبوعين. إذا كان عليك التزام بمكان السكن (Wohnsitzauflage) فأنت بحاجة أولًا إلى موافقة دائرة الأجانب. وقد تتغيّر بعد ذلك دائرة الأجانب ومركز العمل وجهة الاستشارة المسؤولة عنك.',
        'Зареєструйтеся в новій громаді протягом двох тижнів. Якщо у вас є обов’язок проживати в певному місці (Wohnsitzauflage), спершу потрібна згода відомства у справах іноземців. Після переїзду відповідальні відомство у справах іноземців, джобцентр і консультація можуть бути іншими.',
      ),
      deadline: L('innerhalb von 14 Tagen nach dem Umzug', 'within 14 days of moving', 'خلال 14 يومًا من الانتقال', 'протягом 14 днів після переїзду'),
      deadlineDays: 14,
      topic: 'meldewesen',
      when: { aenderung: ['umzug'] },
    },
    {
      id: 'zustaendigkeit',
      title: L('Neue Zuständigkeiten prüfen', 'Check who is responsible now', 'التحقق من الجهات المسؤولة الجديدة', 'Перевірити, хто тепер відповідальний'),
      body: L(
        'Wählen Sie in diesem Wegweiser Ihre (neue) Gemeinde und Ihren Status: Er zeigt, welche Ausländerbehörde, welches Jobcenter und welche Beratung jetzt für Sie zuständig sind.',
        'Choose your (new) municipality and your status in this guide: it shows which immigration office, which Jobcenter and which counselling service are now responsible for you.',
        'اختر في هذا الدليل بلديتك (الجديدة) ووضع إقامتك، فيُظهر لك أي دائرة أجانب وأي مركز عمل وأي جهة استشارة أصبحت مسؤولة عنك الآن.',
        'Оберіть у цьому путівнику свою (нову) громаду та статус: він покаже, яке відомство у справах іноземців, який джобцентр і яка консультація тепер відповідають за вас.',
      ),
      topic: 'integrationsmanagement',
      helper: 'integrationsmanagement',
    },
  ],
  steward: 'st-integration',
  reviewed: '2026-11-02',
};

const HELFEN: Pathway = {
  id: 'neuzugewanderte-unterstuetzen',
  title: L('Neuzugewanderte unterstützen – für Arbeitgeber und Ehrenamtliche', 'Supporting newcomers – for employers and volunteers', 'دعم القادمين الجدد – لأصحاب العمل والمتطوعين', 'Підтримка новоприбулих – для роботодавців і волонтерів'),
  summary: L(
    'Wer hilft Betrieben bei der Einstellung, wer begleitet Ehrenamtliche – und wo sind die Grenzen?',
    'Who helps companies with hiring, who supports volunteers – and where are the limits?',
    'من يساعد الشركات في التوظيف، ومن يرافق المتطوعين، وأين تقع الحدود؟',
    'Хто допомагає підприємствам із наймом, хто супроводжує волонтерів – і де межі?',
  ),
  audience: ['arbeitgeber', 'ehrenamtliche'],
  questions: [{
    id: 'rolle',
    text: L('Wie möchten Sie unterstützen?', 'How would you like to help?', 'كيف تودّ أن تقدّم الدعم؟', 'Як ви хочете допомогти?'),
    options: [
      { id: 'arbeitgeber', label: L('Als Arbeitgeber oder Betrieb', 'As an employer or company', 'بصفتي صاحب عمل أو شركة', 'Як роботодавець або підприємство') },
      { id: 'ehrenamt', label: L('Ehrenamtlich', 'As a volunteer', 'بصفتي متطوعًا', 'Як волонтер') },
    ],
  }],
  steps: [
    {
      id: 'arbeitgeber-service',
      title: L('Arbeitgeber-Service ansprechen', 'Contact the employer service', 'التواصل مع خدمة أصحاب العمل', 'Звернутися до служби для роботодавців'),
      body: L(
        'Der Arbeitgeber-Service der Agentur für Arbeit und das Jobcenter schlagen Bewerberinnen und Bewerber vor und beraten zu Förderungen wie Eingliederungszuschuss oder Einstiegsqualifizierung.',
        'The employer service of the employment agency and the Jobcenter suggest applicants and advise on support such as wage subsidies (Eingliederungszuschuss) or entry qualification (Einstiegsqualifizierung).',
        'تقترح خدمة أصحاب العمل في وكالة العمل ومركز العمل مرشحين للوظائف، وتقدّم الاستشارة حول أشكال الدعم مثل إعانة الإدماج (Eingliederungszuschuss) أو التأهيل التمهيدي (Einstiegsqualifizierung).',
        'Служба для роботодавців агентури з праці та джобцентр пропонують кандидатів і консультують щодо підтримки, як-от дотація на працевлаштування (Eingliederungszuschuss) чи вступна кваліфікація (Einstiegsqualifizierung).',
      ),
      service: 'aa-arbeitgeberservice',
      when: { rolle: ['arbeitgeber'] },
    },
    {
      id: 'erlaubnis',
      title: L('Beschäftigungserlaubnis und Fachkräfteverfahren', 'Work permits and the skilled-worker procedure', 'إذن العمل وإجراءات العمالة الماهرة', 'Дозвіл на роботу та процедура для фахівців'),
      body: L(
        'Für Beschäftigte mit Gestattung oder Duldung braucht es vor Arbeitsbeginn die Erlaubnis der Ausländerbehörde. Für Fachkräfte aus dem Ausland gibt es das beschleunigte Fachkräfteverfahren.',
        'Employees with a Gestattung or Duldung need permission from the immigration office before they start work. For skilled workers from abroad there is the fast-track skilled-worker procedure.',
        'يحتاج الموظفون الحاصلون على Gestattung أو Duldung إلى إذن من دائرة الأجانب قبل بدء العمل. وللعمالة الماهرة من الخارج توجد إجراءات العمالة الماهرة المعجّلة.',
        'Працівникам із Gestattung або Duldung перед початком роботи потрібен дозвіл відомства у справах іноземців. Для фахівців з-за кордону існує прискорена процедура для фахівців.',
      ),
      service: 'fachkraefteverfahren',
      when: { rolle: ['arbeitgeber'] },
    },
    {
      id: 'welcome-center',
      title: L('Fachkräfte gewinnen und halten', 'Attract and keep skilled workers', 'استقطاب العمالة الماهرة والحفاظ عليها', 'Залучати й утримувати фахівців'),
      body: L(
        'Das Welcome Center Heilbronn-Franken berät Betriebe zur Gewinnung internationaler Fachkräfte und hilft neuen Beschäftigten und ihren Familien beim Ankommen.',
        'The Welcome Center Heilbronn-Franken advises companies on recruiting international skilled workers and helps new employees and their families settle in.',
        'يقدّم مركز الترحيب Welcome Center Heilbronn-Franken الاستشارة للشركات حول استقطاب العمالة الماهرة الدولية، ويساعد الموظفين الجدد وعائلاتهم على الاستقرار.',
        'Welcome Center Heilbronn-Franken консультує підприємства щодо залучення іноземних фахівців і допомагає новим працівникам та їхнім сім’ям облаштуватися.',
      ),
      service: 'welcome-center',
      when: { rolle: ['arbeitgeber'] },
    },
    {
      id: 'ausbildung',
      title: L('Ausbildung begleiten', 'Support apprentices', 'مرافقة المتدرّبين', 'Супроводжувати учнів'),
      body: L(
        'Die Kümmerer von IHK und Handwerkskammer begleiten Betriebe und Auszubildende mit Fluchtgeschichte – von der Praktikumssuche bis zur Prüfung, auch bei Problemen in der Berufsschule.',
        'The “Kümmerer” coaches of the chambers support companies and apprentices with a refugee background – from finding an internship to the final exam, including problems at vocational school.',
        'يرافق مرشدو غرفة الصناعة والتجارة وغرفة الحِرف (Kümmerer) الشركاتِ والمتدرّبين من خلفية لجوء، من البحث عن تدريب عملي حتى الامتحان، بما في ذلك المشكلات في المدرسة المهنية.',
        'Наставники («Kümmerer») торгово-промислової та ремісничої палат супроводжують підприємства й учнів із досвідом вимушеної міграції – від пошуку практики до іспиту, зокрема при труднощах у професійній школі.',
      ),
      service: 'ihk-kuemmerer',
      when: { rolle: ['arbeitgeber'] },
    },
    {
      id: 'koordination',
      title: L('Mit der Ehrenamtskoordination sprechen', 'Talk to the volunteer coordination', 'التحدث مع تنسيق العمل التطوعي', 'Поговорити з координацією волонтерів'),
      body: L(
        'Die Ehrenamtskoordination des Landratsamts vermittelt Sie an einen Freundeskreis oder ein Projekt in Ihrer Nähe und beantwortet Fragen zu Versicherung und Fahrtkosten.',
        'The district office’s volunteer coordination puts you in touch with a volunteer circle or project near you and answers questions about insurance and travel costs.',
        'يوصلك تنسيق العمل التطوعي في مكتب المقاطعة بمجموعة أصدقاء أو مشروع قريب منك، ويجيب عن أسئلتك حول التأمين وتكاليف التنقل.',
        'Координація волонтерів районного управління порекомендує гурток або проєкт поблизу та відповість на запитання про страхування й транспортні витрати.',
      ),
      service: 'ehrenamtskoordination',
      when: { rolle: ['ehrenamt'] },
    },
    {
      id: 'schulung',
      title: L('Schulungen besuchen', 'Attend training', 'حضور الدورات التدريبية', 'Відвідати навчання'),
      body: L(
        'Schulungen für Ehrenamtliche vermitteln Grundwissen zu Asyl- und Aufenthaltsrecht, Leistungen und interkultureller Kommunikation – und zeigen, wo das Ehrenamt an Grenzen stößt.',
        'Training for volunteers provides basic knowledge of asylum and residence law, benefits and intercultural communication – and shows where volunteering reaches its limits.',
        'تقدّم الدورات التدريبية للمتطوعين معارف أساسية حول قانون اللجوء والإقامة والإعانات والتواصل بين الثقافات، وتوضّح أين تنتهي حدود العمل التطوعي.',
        'Навчання для волонтерів дає базові знання про право притулку й перебування, соціальні виплати та міжкультурне спілкування – і показує, де закінчуються межі волонтерства.',
      ),
      topic: 'ehrenamt',
      when: { rolle: ['ehrenamt'] },
    },
    {
      id: 'freundeskreis',
      title: L('Einem Freundeskreis beitreten', 'Join a volunteer circle', 'الانضمام إلى مجموعة أصدقاء', 'Приєднатися до волонтерського гуртка'),
      body: L(
        'In vielen Gemeinden gibt es Freundes- und Helferkreise: Sprachcafé, Hausaufgabenhilfe, Begleitung zu Terminen, Fahrdienste. Neue Helferinnen und Helfer sind überall willkommen.',
        'Many municipalities have volunteer circles: language café, homework help, accompanying people to appointments, lifts. New helpers are welcome everywhere.',
        'في كثير من البلديات توجد مجموعات أصدقاء ومساعدين: مقهى اللغة، والمساعدة في الواجبات المدرسية، ومرافقة الناس إلى المواعيد، وخدمات التوصيل. المساعدون الجدد مرحَّب بهم في كل مكان.',
        'У багатьох громадах є волонтерські гуртки: мовне кафе, допомога з домашніми завданнями, супровід на прийоми, підвезення. Нових помічників раді бачити всюди.',
      ),
      topic: 'ehrenamt',
      when: { rolle: ['ehrenamt'] },
    },
    {
      id: 'foerderung',
      title: L('Versicherung und Fördermittel', 'Insurance and funding', 'التأمين والتمويل', 'Страхування та фінансування'),
      body: L(
        'Ehrenamtliche sind in Baden-Württemberg über die Sammelversicherung des Landes unfall- und haftpflichtversichert, wenn kein anderer Schutz besteht. Für Projekte gibt es Zuschüsse, z. B. aus dem Ehrenamtsfonds des Landkreises.',
        'In Baden-Württemberg volunteers are covered for accident and liability through the state’s group insurance if they have no other cover. Projects can receive grants, e.g. from the district’s volunteer fund.',
        'في بادن-فورتمبيرغ يكون المتطوعون مؤمَّنين ضد الحوادث والمسؤولية المدنية عبر التأمين الجماعي للولاية إذا لم يكن لديهم تأمين آخر. ويمكن للمشاريع الحصول على منح، مثلًا من صندوق العمل التطوعي في المقاطعة.',
        'У Баден-Вюртемберзі волонтери застраховані від нещасних випадків і відповідальності через колективне страхування землі, якщо не мають іншого захисту. Проєкти можуть отримати гранти, наприклад із волонтерського фонду району.',
      ),
      topic: 'foerderung',
      when: { rolle: ['ehrenamt'] },
    },
    {
      id: 'grenzen',
      title: L('Grenzen kennen, Fachleute einbeziehen', 'Know the limits, involve professionals', 'معرفة الحدود وإشراك المختصين', 'Знати межі, залучати фахівців'),
      body: L(
        'Rechtsberatung dürfen nur Fachleute geben. Verweisen Sie bei Fragen zu Aufenthalt, Asylverfahren oder Leistungen an Migrationsberatung, Jugendmigrationsdienst, Asylverfahrensberatung oder das Integrationsmanagement der Gemeinde.',
        'Only professionals may give legal advice. For questions about residence, the asylum procedure or benefits, refer people to migration counselling, the Youth Migration Service, asylum procedure counselling or the municipality’s integration management.',
        'لا يحق تقديم الاستشارات القانونية إلا للمختصين. عند الأسئلة المتعلقة بالإقامة أو إجراءات اللجوء أو الإعانات، وجّه الأشخاص إلى استشارات الهجرة أو خدمة هجرة الشباب أو استشارات إجراءات اللجوء أو فريق إدارة الاندماج في البلدية.',
        'Юридичні консультації можуть надавати лише фахівці. З питаннями про перебування, процедуру надання притулку чи соціальні виплати направляйте людей до міграційної консультації, молодіжної міграційної служби, консультації з процедури надання притулку або інтеграційного менеджменту громади.',
      ),
      topic: 'beratung',
      helper: 'integrationsmanagement',
    },
  ],
  steward: 'st-ehrenamt',
  reviewed: '2026-11-02',
};

export const PATHWAYS: Pathway[] = [NEU, ARBEIT, FAMILIE, ANERKENNUNG, STATUS, HELFEN];
