// Demo content, written for Mirsad. The Dioura report uses the facts of the seed fixture in our own words.

export type SeedTerm = { key: string; name: { ar: string; en: string }; description?: { ar: string; en: string } }

export type SeedArticle = {
  key: string
  title: string
  dek: string
  body: string
  section: string
  tags: string[]
  authors: string[]
  publishedAt: string | null
  /** Where the article stands in the workflow; published ones went through every stage. */
  stage: 'draft' | 'factCheck' | 'published'
  corrections?: { kind: 'correction' | 'clarification' | 'update'; note: string; at: string }[]
  /** Keys of seedPlaces the article reports from. */
  places?: string[]
  /** The English translation, when the desk has one. */
  en?: { title: string; dek: string; body: string }
  image: { alt: string; caption: string; palette: [string, string, string] }
}

export const seedUsers = [
  { key: 'admin', email: 'admin@mirsad.local', name: 'سلمى الإدريسي', role: 'admin' },
  { key: 'editor', email: 'editor@mirsad.local', name: 'يوسف ولد أحمد', role: 'editor' },
  { key: 'writer', email: 'writer@mirsad.local', name: 'آمنة توري', role: 'writer' },
  { key: 'checker', email: 'checker@mirsad.local', name: 'عمر الأنصاري', role: 'factChecker' },
] as const

/** What readers see on the authors' pages. */
export const seedBios: Record<string, { ar: string; en: string }> = {
  writer: {
    ar: 'مراسلة مرصد في وسط مالي، تغطي النزاع في إقليمي موبتي وماسينا منذ 2019.',
    en: 'Mirsad’s correspondent in central Mali, covering the conflict in the Mopti and Macina regions since 2019.',
  },
  editor: {
    ar: 'محرر الأخبار في مرصد، مسؤول عن قواعد نسبة الأرقام إلى قائليها.',
    en: 'Mirsad’s news editor, in charge of the rules for attributing figures to whoever gave them.',
  },
  checker: {
    ar: 'مدقق معلومات في مرصد، يتابع بيانات الأطراف المسلحة ويقارنها بما يمكن التحقق منه.',
    en: 'A Mirsad fact-checker who follows armed parties’ statements and weighs them against what can be checked.',
  },
}

export type SeedPlace = {
  key: string
  name: { ar: string; en: string }
  nameFr: string
  aliases: string[]
  region: { ar: string; en: string }
  country: { ar: string; en: string }
  latitude: number
  longitude: number
}

const MALI = { ar: 'مالي', en: 'Mali' }

// Coordinates are approximate (town centres), for orientation only.
export const seedPlaces: SeedPlace[] = [
  { key: 'dioura', name: { ar: 'جورا', en: 'Dioura' }, nameFr: 'Dioura', aliases: ['Diora', 'Diura', 'ديورا'], region: { ar: 'موبتي', en: 'Mopti' }, country: MALI, latitude: 14.85, longitude: -5.25 },
  { key: 'mopti', name: { ar: 'موبتي', en: 'Mopti' }, nameFr: 'Mopti', aliases: ['موپتي'], region: { ar: 'موبتي', en: 'Mopti' }, country: MALI, latitude: 14.49, longitude: -4.18 },
  { key: 'macina', name: { ar: 'ماسينا', en: 'Macina' }, nameFr: 'Macina', aliases: ['Massina', 'ماسنا'], region: { ar: 'سيغو', en: 'Ségou' }, country: MALI, latitude: 13.96, longitude: -5.36 },
  { key: 'kidal', name: { ar: 'كيدال', en: 'Kidal' }, nameFr: 'Kidal', aliases: ['Kidaal'], region: { ar: 'كيدال', en: 'Kidal' }, country: MALI, latitude: 18.44, longitude: 1.41 },
  { key: 'bamako', name: { ar: 'باماكو', en: 'Bamako' }, nameFr: 'Bamako', aliases: [], region: { ar: 'مقاطعة باماكو', en: 'Bamako District' }, country: MALI, latitude: 12.64, longitude: -8.0 },
]

export const seedSections: SeedTerm[] = [
  {
    key: 'sahel',
    name: { ar: 'الساحل', en: 'Sahel' },
    description: {
      ar: 'تغطية ميدانية لما يجري في مالي وجوارها، مع نسبة كل رقم إلى قائله.',
      en: 'Coverage of Mali and its neighbours, with every figure attributed to whoever gave it.',
    },
  },
  {
    key: 'background',
    name: { ar: 'خلفيات', en: 'Background' },
    description: { ar: 'سياق الأحداث وتاريخها.', en: 'The context and history behind the news.' },
  },
  {
    key: 'method',
    name: { ar: 'منهجيتنا', en: 'Our method' },
    description: { ar: 'كيف نعمل وكيف نتحقق.', en: 'How we work and how we check.' },
  },
]

export const seedTags: SeedTerm[] = [
  { key: 'mali', name: { ar: 'مالي', en: 'Mali' } },
  { key: 'mopti', name: { ar: 'موبتي', en: 'Mopti' } },
  { key: 'kidal', name: { ar: 'كيدال', en: 'Kidal' } },
  { key: 'armed-groups', name: { ar: 'الجماعات المسلحة', en: 'Armed groups' } },
  { key: 'verification', name: { ar: 'التحقق', en: 'Verification' } },
]

export const seedArticles: SeedArticle[] = [
  {
    key: 'dioura',
    title: 'جماعة مسلحة تعلن السيطرة على معسكر للجيش المالي في جورا وتتحدث عن 40 قتيلًا',
    dek: '«نصرة الإسلام والمسلمين» تنشر حصيلة وقائمة بما تقول إنها غنائم، ولم يتسنَّ التحقق منها من مصدر مستقل، فيما تلتزم السلطات المالية الصمت.',
    section: 'sahel',
    tags: ['mali', 'mopti', 'armed-groups'],
    places: ['dioura', 'mopti', 'macina', 'bamako'],
    authors: ['writer'],
    publishedAt: '2025-05-25T09:30:00.000Z',
    stage: 'published',
    corrections: [
      {
        kind: 'update',
        note: 'أضفنا أن السلطات المالية لم تعلّق على الهجوم حتى ساعة تحديث هذا التقرير.',
        at: '2025-05-25T16:00:00.000Z',
      },
    ],
    image: {
      alt: 'رسم تجريدي لكثبان رملية تحت شمس الظهيرة',
      caption: 'صورة توضيحية مولّدة لهذا العرض التجريبي.',
      palette: ['#c98b4a', '#8a4b2a', '#f2d49b'],
    },
    body: `أعلنت جماعة «نصرة الإسلام والمسلمين» أن مقاتليها هاجموا ظهر الجمعة 23 مايو 2025 معسكرًا للجيش المالي في بلدة جورا، التابعة لولاية موبتي في إقليم ماسينا وسط البلاد، وقالت إنها بسطت سيطرتها الكاملة عليه. ولم يصدر حتى ساعة النشر أي تعليق من الجيش أو الحكومة في باماكو، ولم يتمكن «مرصد» من التحقق من رواية الجماعة عبر مصدر مستقل.

## بيانان وحصيلتان

جاء الإعلان الأول يوم الهجوم نفسه عبر مؤسسة «الزلاقة»، الذراع الإعلامية للجماعة، واكتفى بوصف العملية بأنها «ضربة نوعية» من دون أي رقم عن الخسائر. وفي مساء السبت 24 مايو نشرت الجماعة بيانًا ثانيًا أكثر تفصيلًا قالت فيه إن 40 عسكريًا ماليًا قُتلوا، وإن مقاتليها دمّروا 21 آلية عسكرية بينها 3 مدرعات.

وعدّد البيان الثاني ما تقول الجماعة إنها استولت عليه: 6 آليات، و4 رشاشات من عيار 14.5 ملم، و5 رشاشات ثقيلة من طراز «دوشكا»، و13 رشاشًا من طراز «بيكا»، و4 قاذفات «آر بي جي» و16 قذيفة لها، و57 بندقية كلاشينكوف، و4 مسدسات، ومدفعَي هاون، و126 مخزن ذخيرة، و162 صندوق ذخيرة، و36 شريط طلقات لرشاشات «بيكا»، إلى جانب معدات وأمتعة عسكرية لم يحدد عددها.

هذه الأرقام صادرة عن طرف في النزاع، ولم تُنشر حتى الآن صور أو شهادات مستقلة تؤكدها أو تنفيها، لذلك ننقلها منسوبة إلى قائلها، وسنحدّث هذا التقرير إذا صدرت رواية رسمية أو توفرت أدلة جديدة.

## لماذا جورا؟

تقع جورا في منطقة موبتي التي تنشط فيها جماعات مسلحة عدة، أبرزها «كتيبة ماسينا» المرتبطة بالجماعة نفسها. ويرى مراقبون للشأن المالي أن الهجوم يشير إلى قدرة الجماعة على ضرب مواقع عسكرية في أنحاء البلاد، رغم الدعم الروسي الذي يتلقاه الجيش عبر مجموعة «فاغنر» ثم «الفيلق الإفريقي»، وإلى انتقالها من أسلوب الكرّ والفرّ إلى محاولات السيطرة المؤقتة على الأرض.

## توقيت لافت

تزامن الهجوم مع زيارة وزير الدفاع ساديو كامارا إلى مدينة كيدال في الشمال، وهي أول زيارة له إليها منذ أن دخلتها القوات الحكومية مدعومة بعناصر «فاغنر» في نوفمبر 2023. وتبقى كيدال نقطة توتر حساسة بين الدولة المالية والحركات الأزوادية، ما يجعل ضربة في وسط البلاد في هذا التوقيت رسالة لا تخطئها العين.

## صمت رسمي وقلق بين السكان

لم تتناول وسائل الإعلام الحكومية الهجوم، ولم تصدر السلطات أي بيان بشأنه. ويعيش سكان المنطقة قلقًا متزايدًا، إذ يجدون أنفسهم بين الجماعات المسلحة من جهة، والجيش المدعوم من «فاغنر» من جهة أخرى، في ظل تقارير متكررة عن انتهاكات تطال المدنيين.

## ليس الهجوم الأول

تعرّض المعسكر نفسه لهجوم في 28 سبتمبر 2023 نفّذته الحركات الأزوادية، التي قالت حينها إنها سيطرت عليه بالكامل وقتلت 98 جنديًا ماليًا وأسرت آخرين، وتقول جبهة تحرير أزواد إن بعضهم ما زال محتجزًا لديها حتى اليوم.`,
  },
  {
    key: 'kidal',
    title: 'وزير الدفاع المالي في كيدال لأول مرة منذ دخول الجيش المدينة',
    dek: 'زيارة ساديو كامارا إلى الشمال جاءت في اليوم الذي أعلنت فيه جماعة مسلحة هجومًا على معسكر في وسط البلاد.',
    section: 'sahel',
    tags: ['mali', 'kidal'],
    places: ['kidal', 'bamako', 'dioura'],
    authors: ['writer', 'editor'],
    publishedAt: '2025-05-24T15:00:00.000Z',
    stage: 'published',
    image: {
      alt: 'رسم تجريدي لطريق صحراوي يمتد نحو الأفق',
      caption: 'صورة توضيحية مولّدة لهذا العرض التجريبي.',
      palette: ['#d9b77e', '#5d6b7a', '#f6ead2'],
    },
    body: `وصل وزير الدفاع في الحكومة الانتقالية المالية ساديو كامارا إلى مدينة كيدال شمال البلاد، في أول زيارة يقوم بها إلى المدينة منذ أن دخلتها القوات الحكومية، بدعم من عناصر مجموعة «فاغنر» الروسية، في نوفمبر 2023.

## مدينة رمزية

ظلت كيدال لسنوات خارج سيطرة الدولة المركزية، وهي اليوم نقطة اشتباك حساسة بين باماكو والحركات الأزوادية التي تعدّها معقلها التاريخي. ولذلك تحمل أي زيارة رسمية إليها رسالة سياسية تتجاوز طابعها العسكري.

## تزامن مع هجوم في الوسط

جاءت الزيارة في اليوم نفسه الذي أعلنت فيه جماعة «نصرة الإسلام والمسلمين» هجومًا على معسكر للجيش في جورا بولاية موبتي. ولم تربط السلطات بين الحدثين، ولم تعلّق على الهجوم حتى الآن.

## ما الذي نعرفه وما الذي لا نعرفه

نعرف أن الزيارة جرت، وأنها الأولى من نوعها منذ نوفمبر 2023. أما ما دار فيها من لقاءات وما أُعلن خلالها من قرارات، فلم يصدر بشأنه بيان رسمي مفصل حتى ساعة النشر، وسنضيف ما يصلنا من معلومات موثقة.`,
  },
  {
    key: 'dioura-2023',
    title: 'جورا قبل عامين: حين أعلنت الحركات الأزوادية السيطرة على المعسكر نفسه',
    dek: 'في 28 سبتمبر 2023 قالت الحركات الأزوادية إنها قتلت 98 جنديًا وأسرت آخرين. ما الذي نعرفه عن ذلك الهجوم؟',
    section: 'background',
    tags: ['mali', 'mopti', 'armed-groups'],
    places: ['dioura', 'mopti'],
    authors: ['checker'],
    publishedAt: '2025-05-26T08:00:00.000Z',
    stage: 'published',
    image: {
      alt: 'رسم تجريدي لسور معسكر عند الغروب',
      caption: 'صورة توضيحية مولّدة لهذا العرض التجريبي.',
      palette: ['#7a3b2e', '#2f3a4a', '#e8a15c'],
    },
    body: `لم يكن هجوم مايو 2025 الأول على معسكر جورا. ففي 28 سبتمبر 2023 هاجمت الحركات الأزوادية المعسكر ذاته، وأعلنت بعد ذلك أنها سيطرت عليه بالكامل.

## حصيلة منسوبة إلى طرف واحد

قالت الحركات الأزوادية حينها إن 98 جنديًا ماليًا قُتلوا في الهجوم، وإن مقاتليها أسروا عددًا آخر من الجنود. وتقول جبهة تحرير أزواد إن بعض هؤلاء الأسرى ما زالوا محتجزين لديها إلى اليوم. ولم نعثر على رقم رسمي مالي يمكن مقارنته بهذه الحصيلة.

## لماذا نعود إلى هذا الرقم؟

يُستشهد برقم 2023 كثيرًا عند الحديث عن الهجوم الأخير، وأحيانًا من دون ذكر مصدره. نعيد هنا نشره منسوبًا إلى من أعلنه، لأن رقمًا صادرًا عن طرف في نزاع مسلح يبقى ادعاءً إلى أن تؤكده مصادر مستقلة.`,
  },
  {
    key: 'method',
    title: 'كيف نتعامل مع أرقام أطراف النزاع؟',
    dek: 'بيانات الجماعات المسلحة والجيوش والمصادر المجهولة تصلنا كل يوم. هذه قواعدنا في نسبتها والتحقق منها قبل نشرها.',
    section: 'method',
    tags: ['verification'],
    authors: ['editor'],
    en: {
      title: 'How do we handle figures from parties to a conflict?',
      dek: 'Statements from armed groups, armies and unnamed sources reach us every day. These are our rules for attributing and checking them before we publish.',
      body: `When we cover a conflict we are rarely on the spot when it happens. The first toll usually comes from one of the sides: an armed group’s statement, a military announcement, a social-media account, or “sources” who will not be named.

## Every figure has a speaker

We publish no figure for the dead, the captured or the weapons seized unless it is attributed to whoever gave it, in the form they gave it. We write “the group says that…”, not “… were killed”, for as long as no independent source has confirmed it.

## A verdict for every claim

Our fact-checkers review each claim in an article on its own and record a verdict: unverified, attributed but impossible to confirm, corroborated by at least two independent sources, disputed, false, or misleading. No article is published before every claim in it has been looked at.

## Unnamed sources

We turn to a source we do not name when naming them would put them at risk. We describe them to readers as precisely as we safely can, and we say why we did not name them.

## Right of reply

Whenever we can, we contact the party a claim is about before we publish, and we say so if they did not answer. When we find a mistake in what we published, we correct it in public and give the date of the correction.`,
    },
    publishedAt: '2025-05-20T10:00:00.000Z',
    stage: 'published',
    image: {
      alt: 'رسم تجريدي لعدسة مكبرة فوق أوراق',
      caption: 'صورة توضيحية مولّدة لهذا العرض التجريبي.',
      palette: ['#2e5a66', '#c9d6d8', '#a33a2a'],
    },
    body: `في تغطية النزاعات نادرًا ما نكون في المكان لحظة وقوع الحدث. تصلنا الحصيلة الأولى في الغالب من أحد الأطراف: بيان جماعة مسلحة، أو إعلان عسكري، أو حساب على مواقع التواصل، أو «مصادر» لا تريد كشف هويتها.

## كل رقم له قائل

لا ننشر رقمًا عن القتلى أو الأسرى أو السلاح المستولى عليه إلا منسوبًا إلى من قاله، وبالصيغة التي قاله بها. ونكتب «تقول الجماعة إن…» لا «قُتل…» ما دام الرقم لم يُؤكَّد من مصدر مستقل.

## حكم لكل ادعاء

يراجع مدققو المعلومات كل ادعاء في المقال على حدة، ويسجلون حكمًا عليه: غير متحقق منه، أو منسوب لا يمكن تأكيده، أو مؤكَّد من مصدرين مستقلين على الأقل، أو متنازع عليه، أو خاطئ، أو مضلل. ولا يُنشر المقال قبل أن يُنظر في كل ادعاء فيه.

## المصادر المجهولة

نلجأ إلى مصدر لا يُذكر اسمه حين يكون في كشف هويته خطر عليه، ونصفه للقارئ بأدق ما يمكن من دون أن نعرّضه للخطر، ونشرح لماذا لم نسمّه.

## حق الرد

نتصل بالطرف الذي يتناوله الادعاء قبل النشر كلما أمكن، ونذكر إن لم يردّ. وحين يتبين خطأ فيما نشرناه نصححه علنًا ونذكر تاريخ التصحيح.`,
  },
]

/** Work in progress, never published: the public site must show neither. */
export const seedUnpublished: SeedArticle[] = [
  {
    key: 'analysis',
    title: 'ماذا يقول هجوم جورا عن استراتيجية الجماعة في وسط مالي؟',
    dek: 'تحليل ينتظر التحقق: قراءات مراقبين لانتقال الجماعة من الكر والفر إلى السيطرة المؤقتة.',
    section: 'background',
    tags: ['mali', 'armed-groups'],
    authors: ['writer'],
    publishedAt: null,
    stage: 'factCheck',
    image: {
      alt: 'رسم تجريدي لخريطة تتقاطع عليها خطوط',
      caption: 'صورة توضيحية مولّدة لهذا العرض التجريبي.',
      palette: ['#4a5a3a', '#c7b98f', '#7a2e24'],
    },
    body: `يرى مراقبون أن الجماعة باتت قادرة على ضرب أي موقع عسكري في مالي، حتى في ظل التعبئة والاستنفار، وأن هجوم جورا يؤكد تحوّلها من حرب العصابات إلى السيطرة الميدانية المؤقتة.

هذه القراءة صادرة عن محللين لم نسمّهم بعد، وتنتظر أن يتحقق فريق التدقيق من أن لكل قول قائلًا معروفًا قبل النشر.`,
  },
  {
    key: 'draft',
    title: 'مسودة: شهادات من نازحين وصلوا إلى موبتي',
    dek: 'مسودة قيد الكتابة، لم تمر بالتحرير ولا بالتحقق.',
    section: 'sahel',
    tags: ['mopti'],
    authors: ['writer'],
    publishedAt: null,
    stage: 'draft',
    image: {
      alt: 'رسم تجريدي لخيام في سهل منبسط',
      caption: 'صورة توضيحية مولّدة لهذا العرض التجريبي.',
      palette: ['#6b7a4a', '#d8c9a3', '#3a3a3a'],
    },
    body: `ملاحظات أولية من مقابلات لم تكتمل بعد، ولا يجوز نشرها قبل التحقق من هويات المتحدثين وأقوالهم.`,
  },
]
