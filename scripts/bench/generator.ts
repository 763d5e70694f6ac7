// The benchmark's Arabic corpus: reports from the Sahel assembled from short sentence templates written for
// this benchmark, with a few figures per report that a party to the conflict gave (verdict «منسوب لقائله»).
// Pure and seeded: the same index gives the same article, so two runs measure the same text.

/** A 32-bit linear congruential generator: reproducible, and plenty for choosing among templates. */
export function seededRandom(seed: number) {
  let state = seed >>> 0 || 1
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 4294967296
  }
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    /** 0 … count-1 in a random order (swapping from the end: every order equally likely). */
    order: (count: number) => {
      const order = Array.from({ length: count }, (_, index) => index)
      for (let last = count - 1; last > 0; last--) {
        const other = Math.floor(next() * (last + 1))
        ;[order[last], order[other]] = [order[other], order[last]]
      }
      return order
    },
  }
}

type Random = ReturnType<typeof seededRandom>

// Who speaks in the reports. `fem` picks the verb's agreement (a group, a body, a plural of things: feminine).
type Speaker = { name: string; fem: boolean }

/** The claimants, as the sources registry holds them; the first four are the seed's own. */
export type BenchSource = Speaker & { key: string; registryName: string; kind: string; partyToConflict: boolean; affiliation?: string }

export const benchSources: BenchSource[] = [
  { key: 'jnim', registryName: 'جماعة نصرة الإسلام والمسلمين', name: 'جماعة نصرة الإسلام والمسلمين', fem: true, kind: 'armedGroup', partyToConflict: true },
  { key: 'zallaqa', registryName: 'مؤسسة الزلاقة', name: 'مؤسسة الزلاقة', fem: true, kind: 'mediaArm', partyToConflict: true, affiliation: 'jnim' },
  { key: 'azawad', registryName: 'الحركات الأزوادية (جبهة تحرير أزواد)', name: 'جبهة تحرير أزواد', fem: true, kind: 'armedGroup', partyToConflict: true },
  { key: 'mali', registryName: 'السلطات المالية', name: 'السلطات المالية', fem: true, kind: 'government', partyToConflict: true },
  { key: 'army', registryName: 'هيئة أركان الجيش المالي', name: 'هيئة أركان الجيش المالي', fem: true, kind: 'military', partyToConflict: true },
  { key: 'isSahel', registryName: 'تنظيم الدولة في الساحل', name: 'تنظيم الدولة في الساحل', fem: false, kind: 'armedGroup', partyToConflict: true },
  { key: 'selfDefence', registryName: 'مجموعات الدفاع الذاتي المحلية', name: 'مجموعات الدفاع الذاتي المحلية', fem: true, kind: 'armedGroup', partyToConflict: true },
  { key: 'relief', registryName: 'جمعية أصدقاء الساحل للإغاثة', name: 'جمعية أصدقاء الساحل للإغاثة', fem: true, kind: 'unNgo', partyToConflict: false },
]

const source = (key: string) => benchSources.find((entry) => entry.key === key)!

// The sides a report is about: who acts, whose statements speak for them, and what their fighters are called.
type Side = Speaker & { sources: string[]; fighters: string; forces: string }

const sides: Side[] = [
  { name: 'جماعة نصرة الإسلام والمسلمين', fem: true, sources: ['jnim', 'zallaqa'], fighters: 'مقاتلي الجماعة', forces: 'مقاتليها' },
  { name: 'تنظيم الدولة في الساحل', fem: false, sources: ['isSahel'], fighters: 'عناصر التنظيم', forces: 'عناصره' },
  { name: 'جبهة تحرير أزواد', fem: true, sources: ['azawad'], fighters: 'مقاتلي الجبهة', forces: 'مقاتليها' },
  { name: 'الجيش المالي', fem: false, sources: ['army', 'mali'], fighters: 'الجنود الماليين', forces: 'جنوده' },
  { name: 'مجموعات الدفاع الذاتي', fem: true, sources: ['selfDefence'], fighters: 'عناصر هذه المجموعات', forces: 'عناصرها' },
]

/** A town the reports happen in; `seedKey` ties it to the seed's places gazetteer. */
type Place = { name: string; region: string; seedKey?: string }

const places: Place[] = [
  { name: 'جورا', region: 'منطقة موبتي', seedKey: 'dioura' },
  { name: 'موبتي', region: 'منطقة موبتي', seedKey: 'mopti' },
  { name: 'ماسينا', region: 'منطقة سيغو', seedKey: 'macina' },
  { name: 'كيدال', region: 'إقليم كيدال', seedKey: 'kidal' },
  { name: 'باماكو', region: 'مقاطعة باماكو', seedKey: 'bamako' },
  { name: 'تمبكتو', region: 'منطقة تمبكتو' },
  { name: 'غاو', region: 'إقليم غاو' },
  { name: 'ميناكا', region: 'إقليم ميناكا' },
  { name: 'سيغو', region: 'منطقة سيغو' },
  { name: 'نيونو', region: 'منطقة سيغو' },
  { name: 'بوني', region: 'منطقة موبتي' },
  { name: 'دوينتزا', region: 'منطقة موبتي' },
  { name: 'تساليت', region: 'إقليم كيدال' },
  { name: 'أنسونغو', region: 'إقليم غاو' },
  { name: 'ليري', region: 'منطقة تمبكتو' },
  { name: 'نارا', region: 'منطقة كوليكورو' },
  { name: 'سيفاري', region: 'منطقة موبتي' },
  { name: 'هومبوري', region: 'منطقة موبتي' },
  { name: 'بانكاس', region: 'منطقة موبتي' },
  { name: 'كورو', region: 'منطقة موبتي' },
  { name: 'ديافارابي', region: 'منطقة موبتي' },
  { name: 'غوندام', region: 'منطقة تمبكتو' },
  { name: 'أغلهوك', region: 'إقليم كيدال' },
  { name: 'بوريم', region: 'إقليم غاو' },
]

const months = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر']
const weekdays = ['السبت', 'الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة']
const facilities = ['معسكر للجيش', 'السوق الأسبوعية', 'مركز للدرك', 'قافلة تجارية', 'نقطة تفتيش', 'مقر البلدية']
const livelihoods = ['الرعي وتربية المواشي', 'زراعة الأرز على ضفاف النهر', 'الصيد في نهر النيجر', 'التجارة بين القرى', 'زراعة الدخن والذرة']
const goods = ['كيس الأرز', 'برميل الوقود', 'كيس الدخن', 'لتر الزيت', 'كيس السكر']
const seasons = ['الأمطار', 'الحصاد', 'انتقال القطعان', 'الجفاف']
const outlets = ['إذاعة محلية', 'موقع إخباري مالي', 'صحفيون محليون', 'حساب إخباري على وسائل التواصل']
const officials = ['وزارة الدفاع المالية', 'حاكم المنطقة', 'المتحدث باسم الحكومة الانتقالية', 'قيادة المنطقة العسكرية']
const headings = ['ما الذي نعرفه', 'روايات الأطراف', 'السياق', 'حياة السكان', 'ما لم نتمكن من التحقق منه', 'خلفية الهجوم', 'ردود الفعل', 'الطريق إلى البلدة']

const says = (who: Speaker, fem: string, masc: string) => `${who.fem ? fem : masc} ${who.name}`

/** What one report is about: the sentences all draw on it, so a report stays about one place and one clash. */
type Scene = {
  random: Random
  place: Place
  other: () => string
  actor: Side
  opponent: Side
  day: string
  month: string
  year: number
  toll: number
}

function makeScene(random: Random): Scene {
  const actor = random.pick(sides)
  const opponent = actor.name === 'الجيش المالي' ? random.pick(sides.filter((side) => side !== actor)) : sides[3]
  const place = random.pick(places)
  return {
    random,
    place,
    other: () => random.pick(places.filter((candidate) => candidate !== place)).name,
    actor,
    opponent,
    day: random.pick(weekdays),
    month: random.pick(months),
    year: random.int(2023, 2025),
    toll: random.int(4, 120),
  }
}

const titles: ((s: Scene) => string)[] = [
  (s) => `${s.actor.name} ${s.actor.fem ? 'تعلن' : 'يعلن'} مقتل ${s.toll} من ${s.opponent.fighters} قرب ${s.place.name}`,
  (s) => `اشتباكات في محيط ${s.place.name} وروايات متضاربة عن عدد القتلى`,
  (s) => `نزوح مئات الأسر من قرى ${s.place.region} بعد هجمات متتالية`,
  (s) => `${s.actor.name} ${s.actor.fem ? 'تقول إنها سيطرت' : 'يقول إنه سيطر'} على ${s.place.name}`,
  (s) => `حصار ${s.place.name}: الأسعار تتضاعف والطريق إلى ${s.other()} مقطوع`,
  (s) => `ما الذي نعرفه عن الهجوم على ${s.random.pick(facilities)} في ${s.place.name}؟`,
  (s) => `كمين على طريق ${s.place.name} و${s.actor.name} ${s.actor.fem ? 'تتبنى' : 'يتبنى'} الهجوم`,
  (s) => `عودة حذرة للسكان إلى ${s.place.name} بعد أسابيع من المعارك`,
  (s) => `روايات متضاربة حول حصيلة المواجهات في ${s.place.name}`,
  (s) => `الأمطار والمعارك تعزلان ${s.place.name} عن بقية ${s.place.region}`,
  (s) => `${s.opponent.name} ${s.opponent.fem ? 'تنفي' : 'ينفي'} استهداف مدنيين في ${s.place.name}`,
  (s) => `${s.place.name} بعد هجوم ${s.day}: شهادات من السكان وما تقوله الأطراف`,
  (s) => `أسواق ${s.place.region} في ${s.month} ${s.year}: تجارة تتراجع تحت ضغط الحصار`,
  (s) => `${s.actor.name} ${s.actor.fem ? 'تتحدث' : 'يتحدث'} عن غنائم من هجوم ${s.place.name} ولا تأكيد مستقلًا`,
]

const deks: ((s: Scene) => string)[] = [
  (s) => `${s.actor.name} ${s.actor.fem ? 'تقول' : 'يقول'} إن ${s.toll} من ${s.opponent.fighters} قُتلوا، ولم يصدر ما يؤكد الحصيلة أو ينفيها من مصدر مستقل حتى الآن.`,
  (s) => `يروي سكان من ${s.place.name} كيف تغيّرت حياتهم منذ ${s.month} الماضي، فيما تتبادل الأطراف الاتهامات.`,
  (s) => `جمعنا ما أعلنته الأطراف عن أحداث ${s.day} في ${s.place.name}، ونسبنا كل رقم إلى قائله.`,
  (s) => `الطريق بين ${s.place.name} و${s.other()} شريان المنطقة التجاري، وقد صار منذ أشهر ساحة للكمائن.`,
  (s) => `لا يصل الصحفيون إلى ${s.place.name} إلا نادرًا؛ هذا ما استطعنا التحقق منه وما لم نستطع.`,
]

const sentences: ((s: Scene) => string)[] = [
  (s) => `وتقع ${s.place.name} في ${s.place.region}، على مسافة ${s.random.int(3, 30) * 10} كلم تقريبًا من ${s.other()}.`,
  () => 'وشهدت المنطقة خلال الأشهر الماضية هجمات متكررة استهدفت مواقع عسكرية وأسواقًا أسبوعية.',
  () => 'وقال أحد سكان البلدة، طالبًا عدم ذكر اسمه لأسباب أمنية، إن أصوات الاشتباكات سُمعت منذ ساعات الفجر الأولى.',
  (s) => `ويعتمد معظم سكان ${s.place.name} على ${s.random.pick(livelihoods)}، وقد تضرر هذا النشاط كثيرًا منذ بدء المواجهات.`,
  () => 'ولم نتمكن من الوصول إلى موقع الأحداث بسبب انقطاع الطرق وضعف شبكات الاتصال.',
  (s) => `وأغلقت ${s.random.int(3, 9)} مدارس أبوابها في الدائرة منذ بداية العام الدراسي، بحسب معلمين تحدثنا إليهم.`,
  (s) => `وتتقاسم السيطرة على الطرق المحيطة بـ${s.place.name} أطراف عدة، ما يجعل التنقل بين القرى محفوفًا بالمخاطر.`,
  (s) => `وبلغ سعر ${s.random.pick(goods)} في السوق المحلية ${s.random.int(5, 30) * 100} فرنك إفريقي، أي ضعف ما كان عليه قبل ${s.random.int(3, 9)} أشهر.`,
  (s) => `وتعود جذور التوتر في ${s.place.region} إلى خلافات قديمة على المراعي ومصادر المياه.`,
  () => 'ويقول عاملون في المجال الإنساني إن الوصول إلى المحتاجين بات أصعب من أي وقت مضى.',
  (s) => `وفي ${s.random.pick(months)} ${s.year - 1}، شهدت ${s.other()} هجومًا مماثلًا خلّف دمارًا واسعًا في السوق.`,
  () => 'ونشرت حسابات على وسائل التواصل صورًا قالت إنها من موقع الهجوم، ولم نتمكن من التحقق من تاريخها أو مكان التقاطها.',
  () => 'ولا تسمح السلطات للصحفيين بدخول المنطقة إلا بمرافقة عسكرية.',
  (s) => `وتعد ${s.place.name} نقطة عبور رئيسية للتجارة بين ${s.place.region} والمناطق الصحراوية في الشمال.`,
  (s) => `واتصلنا ب${s.random.pick(officials)} للتعليق على هذه الروايات، ولم نتلق ردًا حتى ساعة النشر.`,
  (s) => `ويخشى السكان أن تتكرر الهجمات مع اقتراب موسم ${s.random.pick(seasons)}.`,
  () => 'وتحدث شهود عن انتشار كثيف للمسلحين على الدراجات النارية في محيط البلدة.',
  (s) => `وأفاد تجار بأن حركة الشاحنات على الطريق المؤدي إلى ${s.other()} توقفت بشكل شبه كامل.`,
  (s) => `وتستضيف ${s.place.name} منذ ${s.year - 2} آلاف النازحين القادمين من القرى المجاورة.`,
  () => 'ويصعب الحصول على أرقام دقيقة في هذه المنطقة، إذ تنقطع شبكات الهاتف لأيام متتالية.',
  (s) => `ونقل ${s.random.pick(outlets)} عن مصادر محلية أن الهدوء عاد إلى البلدة مساء ${s.day}.`,
  (s) => `ويأتي ذلك بعد أسابيع من إعلان الحكومة الانتقالية خطة لتعزيز الوجود العسكري في ${s.place.region}.`,
  () => 'وتتهم منظمات حقوقية أطراف النزاع كلها بارتكاب انتهاكات بحق المدنيين.',
  (s) => `ولا تزال المدرسة الوحيدة في القرية مغلقة منذ ${s.random.int(3, 9)} أشهر.`,
  (s) => `وقال مزارع من ضواحي ${s.place.name} إنه فقد جزءًا كبيرًا من ماشيته خلال الغارة الأخيرة.`,
  () => 'ويمر نهر النيجر بمحاذاة البلدة، وكانت القوارب وسيلة التنقل الآمنة الوحيدة خلال موسم الفيضان.',
  () => 'ويرى باحثون في شؤون الساحل أن السيطرة على الطرق باتت أهم من السيطرة على المدن.',
  (s) => `وقد أعلنت السلطات حظرًا على تنقل الدراجات النارية في الدائرة منذ ${s.month} ${s.year}.`,
  () => 'ويعتمد المستشفى المحلي على مولد كهربائي واحد، ويعاني نقصًا في الأدوية الأساسية.',
  (s) => `ولم يصدر عن ${s.random.pick(officials)} أي تعليق على الحصيلة التي ${s.actor.fem ? 'أعلنتها' : 'أعلنها'} ${s.actor.name}.`,
  (s) => `وقالت امرأة نزحت من ${s.other()} إن أسرتها قطعت الطريق سيرًا على الأقدام في ${s.random.int(3, 9)} أيام.`,
  () => 'وتوزع منظمات الإغاثة حصصًا غذائية مرة كل شهر، لكنها لا تكفي إلا لأسبوعين بحسب المستفيدين.',
  (s) => `وقد تبادل ${s.actor.name} و${s.opponent.name} الاتهامات مرارًا بشأن المسؤولية عن الهجمات في ${s.place.region}.`,
  () => 'ويقول وجهاء محليون إنهم حاولوا التوسط لوقف القتال دون جدوى.',
  (s) => `وكانت ${s.place.name} قبل سنوات قليلة مقصدًا للتجار القادمين من ${s.other()} ومن دول الجوار.`,
]

export type GeneratedClaim = {
  quote: string
  kind: 'casualties' | 'materiel' | 'territorialControl' | 'statistic' | 'denial'
  sourceKey: string
  figures: { value: number; unit: string }[]
  rationale: string
}

const rationales = [
  'رقم أعلنه طرف في النزاع، ولا مصدر مستقلًا يؤكده أو ينفيه؛ ننسبه إلى قائله.',
  'وارد في بيان الطرف نفسه دون صور أو شهادات مستقلة.',
  'لم نتمكن من الوصول إلى المكان للتحقق، فننقل الرواية منسوبة إلى صاحبها.',
]

/** The claims a report quotes: one or two from the side that acted, a reply from the other, sometimes a relief figure. */
function makeClaims(s: Scene): GeneratedClaim[] {
  const { random } = s
  const own = source(random.pick(s.actor.sources))
  const other = source(random.pick(s.opponent.sources))
  const rationale = () => random.pick(rationales)
  const vehicles = random.int(3, 40)
  const weapons = random.int(10, 200)
  const families = random.int(20, 900)
  const wounded = random.int(3, 60)
  const offered: GeneratedClaim[] = [
    { quote: `${says(own, 'وقالت', 'وقال')} في بيان إن ${s.toll} من ${s.opponent.fighters} قُتلوا في المواجهات قرب ${s.place.name}`, kind: 'casualties', sourceKey: own.key, figures: [{ value: s.toll, unit: 'قتيل / killed' }], rationale: rationale() },
    { quote: `${says(own, 'وأعلنت', 'وأعلن')} تدمير ${vehicles} من الآليات العسكرية خلال الهجوم على ${s.place.name}`, kind: 'materiel', sourceKey: own.key, figures: [{ value: vehicles, unit: 'آلية مدمرة / vehicles destroyed' }], rationale: rationale() },
    { quote: `${says(own, 'وأعلنت', 'وأعلن')} الاستيلاء على ${weapons} من قطع السلاح وكميات من الذخيرة`, kind: 'materiel', sourceKey: own.key, figures: [{ value: weapons, unit: 'قطعة سلاح / weapons' }], rationale: rationale() },
    { quote: `${says(own, 'وأكدت', 'وأكد')} ${own.fem ? 'أنها باتت تسيطر' : 'أنه بات يسيطر'} على ${s.place.name} والطرق المؤدية إليها`, kind: 'territorialControl', sourceKey: own.key, figures: [], rationale: rationale() },
  ]
  const replies: GeneratedClaim[] = [
    { quote: `${says(other, 'ونفت', 'ونفى')} أن تكون ${other.fem ? 'قواتها' : 'قواته'} قد استهدفت مدنيين في ${s.place.name}`, kind: 'denial', sourceKey: other.key, figures: [], rationale: rationale() },
    { quote: `${says(other, 'وقالت', 'وقال')} إن ${wounded} من المدنيين أصيبوا في قصف استهدف سوق ${s.place.name}`, kind: 'casualties', sourceKey: other.key, figures: [{ value: wounded, unit: 'جريح / wounded' }], rationale: rationale() },
  ]
  const relief: GeneratedClaim = {
    quote: `${says(source('relief'), 'وقالت', 'وقال')} إن ${families} من الأسر نزحت من ${s.place.name} خلال أسبوع واحد`,
    kind: 'statistic',
    sourceKey: 'relief',
    figures: [{ value: families, unit: 'أسرة نازحة / displaced families' }],
    rationale: 'رقم منظمة إغاثة لم نطّلع على طريقة إحصائه.',
  }
  const first = offered.splice(Math.floor(random.next() * offered.length), 1)[0]
  const claims = [first, random.pick(replies)]
  if (random.next() < 0.5) claims.push(random.pick(offered))
  if (random.next() < 0.3) claims.push(relief)
  return claims
}

/** Paragraphs of about `words` words, a heading every few paragraphs, and each claim set into one of them. */
function writeBody(s: Scene, words: number, claims: GeneratedClaim[] = []): string {
  const { random } = s
  const paragraphs: string[][] = []
  let count = 0
  // Templates are dealt like cards: none comes back before all the others have been used once.
  let deck: number[] = []
  const deal = () => {
    if (!deck.length) deck = random.order(sentences.length)
    return deck.pop()!
  }
  while (count < words) {
    const paragraph: string[] = []
    for (let n = random.int(3, 5); n > 0 && count < words; n--) {
      const sentence = sentences[deal()](s)
      paragraph.push(sentence)
      count += sentence.split(/\s+/).length
    }
    paragraphs.push(paragraph)
  }
  for (const claim of claims) {
    const paragraph = paragraphs[Math.floor(random.next() * paragraphs.length)]
    paragraph.splice(random.int(0, paragraph.length), 0, `${claim.quote}.`)
  }
  const blocks: string[] = []
  paragraphs.forEach((paragraph, index) => {
    if (index > 0 && index % 3 === 0) blocks.push(`## ${random.pick(headings)}`)
    blocks.push(paragraph.join(' '))
  })
  return blocks.join('\n\n')
}

export type GeneratedArticle = {
  title: string
  dek: string
  /** Plain text for lexicalFromText: "## " headings, blank lines between paragraphs. */
  text: string
  claims: GeneratedClaim[]
  /** Keys of the seed's places the report happens in. */
  placeKeys: string[]
  sectionKey: 'sahel' | 'background'
  tagKeys: string[]
  /** Keys of the searchTopics written into it. */
  searchTopics: string[]
  words: number
}

const CORPUS_SEED = 20_250_523

/**
 * Rarer subjects for measuring search (scripts/bench/search-quality.ts): each is written in a few reports only,
 * in inflected forms, other spellings (hamza seats, shadda, Persian letters, glyphs pasted from a PDF) and words
 * that hold a shorter word inside them. A report holds a subject exactly when the generator wrote it there.
 */
export const searchTopics: { key: string; sentences: ((place: string) => string)[] }[] = [
  { key: 'observers', sentences: [(p) => `ودعت منظمات محلية المراقبين الدوليين إلى زيارة ${p}.`, (p) => `وقال مراقبون إن الوضع في ${p} يزداد سوءًا.`, (p) => `ولم يُسمح للمراقبين بدخول ${p} منذ أسابيع.`] },
  { key: 'armour', sentences: [(p) => `وشوهدت مدرعات تتجه نحو ${p} صباح اليوم.`, (p) => `وأصيبت مدرعة تابعة للجيش بعبوة ناسفة قرب ${p}.`, () => 'واحترقت المدرعة بالكامل على الطريق.'] },
  { key: 'identity', sentences: [() => 'وصادر المسلحون بطاقات الهوية من ركاب الحافلة.', () => 'وطلب الجنود من السكان إبراز هوياتهم.', () => 'ورفض الرجل الكشف عن هويته خوفًا من الانتقام.'] },
  { key: 'reader', sentences: [() => 'ونقدم للقارئ هنا ما تحققنا منه وما لم نتحقق منه.', () => 'ويستطيع القارئ الاطلاع على نص البيان كاملًا.'] },
  // Pasted from a PDF: a lam-alef ligature, and a word in presentation forms.
  { key: 'refugees', sentences: [() => 'وأحصت المنظمة مئات ﻻجئين في المخيم.', () => 'وقال ﺍﻟﻼﺟﺌﻮﻥ إن الطريق مقطوع.', () => 'ويعيش اللاجئون في خيام مؤقتة.'] },
  { key: 'religion', sentences: [() => 'وشارك رجال الدين في جهود الوساطة بين الأطراف.', () => 'وتحدث زعيم ديني محلي عن ضرورة التهدئة.'] },
  { key: 'peace', sentences: [() => 'ودعا وجهاء القرية إلى الحفاظ على السلم الأهلي.', (p) => `وتعهد الطرفان بالعمل من أجل السلم الأهلي في ${p}.`] },
  { key: 'hostages', sentences: [() => 'وأعلنت الجماعة أنها تحتجز رهائن منذ أشهر.', () => 'وأُفرج عن رهينة أجنبية بعد مفاوضات طويلة.', () => 'وقالت أسرة الرهينة إنها لم تتلق أي خبر عنه.'] },
  { key: 'drones', sentences: [(p) => `وحلقت طائرات مسيّرة فوق ${p} طوال الليل.`, () => 'وأسقطت الجماعة مسيّرة قالت إنها تابعة للجيش.', () => 'واستهدفت ضربة بطائرة مسيرة تجمعًا قرب السوق.'] },
  // Typed on a Persian keyboard: ی for ي.
  { key: 'artillery', sentences: [(p) => `وقصفت المدفعیة أطراف ${p} ليلًا.`, () => 'وسُمع دوي المدفعية من القرى المجاورة.', () => 'وتمركزت وحدات مدفعية على التلال.'] },
  { key: 'wells', sentences: [() => 'وجفت آبار القرية بسبب انقطاع الأمطار.', (p) => `وحفرت منظمة إغاثة بئرًا جديدة قرب ${p}.`, () => 'وتتقاسم عائلات عدة مياه البئر الوحيدة.'] },
  // The hamza on its other seats: مئذنة, مأذنة.
  { key: 'minaret', sentences: [() => 'وتضررت مئذنة المسجد الكبير في القصف.', () => 'وسقطت المأذنة على منازل مجاورة.', () => 'وارتفعت المآذن فوق البلدة القديمة.'] },
  { key: 'vaccines', sentences: [() => 'وأطلقت السلطات الصحية حملة لقاحات ضد الحصبة.', () => 'ونفد اللقاح من المركز الصحي قبل أسبوع.', () => 'وتلقى مئات الأطفال لقاحهم الأول.'] },
  { key: 'locusts', sentences: [() => 'وهاجمت أسراب الجراد حقول الدخن.', () => 'وحذر مزارعون من موجة جراد جديدة.'] },
  { key: 'elections', sentences: [() => 'وأرجأت الحكومة الانتقالية الانتخابات إلى أجل غير مسمى.', (p) => `ولم تُجرَ انتخابات محلية في ${p} منذ سنوات.`, () => 'وطالبت أحزاب بموعد للانتخاب.'] },
]

/** Words holding a shorter query word inside them (مدينة, لقاء, سُلّمت), common across the corpus. */
const nearMisses = [
  'وتنتشر نقاط التفتيش عند مداخل المدينة.',
  'وعقد الوسطاء لقاءً مع أعيان القرية.',
  'ونفت البلدية أن تكون المساعدات قد سُلّمت للمسلحين.',
  'وتضاعفت أسعار الخبز في المدينة منذ بداية الحصار.',
]

/** The reports of a corpus of `total` that hold search topic `topic`: a few, spread from the oldest to the newest. */
export function topicReports(topic: number, total: number): number[] {
  const count = Math.min(12, Math.max(3, Math.round(total / 2000)))
  const phase = ((topic + 1) * 0.618_034) % 1
  return [...new Set(Array.from({ length: count }, (_, n) => Math.min(total - 1, Math.floor(((n + phase) / count) * total))))]
}

/** The search topics and near misses of report `index` written into its paragraphs (their own random draws: the rest of the report is unchanged). */
function addSearchTopics(text: string, index: number, total: number, place: string): { text: string; topics: string[] } {
  const random = seededRandom(CORPUS_SEED * 3 + index * 104_729)
  const topics = searchTopics.filter((_, topic) => topicReports(topic, total).includes(index))
  const added = [...topics.flatMap((topic) => random.order(topic.sentences.length).slice(0, random.int(1, 2)).map((n) => topic.sentences[n](place))), ...nearMisses.filter(() => random.next() < 0.2)]
  if (!added.length) return { text, topics: [] }
  const blocks = text.split('\n\n')
  const paragraphs = blocks.map((block, at) => (block.startsWith('## ') ? -1 : at)).filter((at) => at >= 0)
  for (const sentence of added) {
    const at = paragraphs[Math.floor(random.next() * paragraphs.length)]
    blocks[at] = `${blocks[at]} ${sentence}`
  }
  return { text: blocks.join('\n\n'), topics: topics.map((topic) => topic.key) }
}

/** Report number `index` of the corpus, 300 to 700 words long; with `total`, the search topics of a corpus that size too. */
export function generateArticle(index: number, total?: number): GeneratedArticle {
  const random = seededRandom(CORPUS_SEED + index * 7919)
  const scene = makeScene(random)
  const claims = makeClaims(scene)
  const written = writeBody(scene, random.int(300, 700), claims)
  const { text, topics } = total ? addSearchTopics(written, index, total, scene.place.name) : { text: written, topics: [] }
  const tagKeys = ['mali', ...(scene.place.seedKey === 'mopti' || scene.place.region === 'منطقة موبتي' ? ['mopti'] : []), ...(scene.place.seedKey === 'kidal' ? ['kidal'] : []), 'armed-groups']
  return {
    title: random.pick(titles)(scene),
    dek: random.pick(deks)(scene),
    text,
    claims,
    placeKeys: scene.place.seedKey ? [scene.place.seedKey] : [],
    sectionKey: random.next() < 0.75 ? 'sahel' : 'background',
    tagKeys,
    searchTopics: topics,
    words: text.replace(/^## /gm, '').split(/\s+/).length,
  }
}

/** A long report body (the admin save measurement): `words` words of the same kind of text. */
export function generateLongText(words: number, seed = 1): string {
  return writeBody(makeScene(seededRandom(CORPUS_SEED + seed)), words)
}
