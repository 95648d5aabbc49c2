/** Problems in sets and files, in Gujarati, the app's first language. */
import type { LeftOut, ValueKind } from '../bank/problems';
import { groupedCount } from '../text/grouped-count';
import type { ProblemWords } from './types';

const FOUND: Record<ValueKind, string> = {
	list: 'યાદી',
	object: 'ઑબ્જેક્ટ',
	text: 'લખાણ',
	number: 'સંખ્યા',
	boolean: 'true કે false',
	null: 'null',
	other: 'બીજું કંઈક'
};

const EXPECTED: Record<ValueKind, string> = {
	...FOUND,
	text: 'ડબલ અવતરણચિહ્નમાં લખાણ',
	list: '[ ]માં યાદી',
	object: '{ }માં ઑબ્જેક્ટ'
};

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export const guProblems: ProblemWords = {
	text: {
		'file-empty': () => 'ફાઇલ ખાલી છે.',
		'json-syntax': ({ line, column, atEnd }, num) =>
			atEnd
				? `આ માન્ય JSON નથી: ફાઇલ પંક્તિ ${num(line)}, અક્ષર ${num(column)} પાસે વહેલી પૂરી થઈ જાય છે; બંધ કરતો } કે ] કે અવતરણચિહ્ન ખૂટે છે.`
				: `પંક્તિ ${num(line)}, અક્ષર ${num(column)} પાસે આ માન્ય JSON નથી: તેની બરાબર પહેલાં ખૂટતો કે વધારાનો અલ્પવિરામ, અવતરણચિહ્ન કે કૌંસ શોધો.`,
		'not-an-object': ({ found }) => `ફાઇલમાં { }માં એક સેટ હોવો જોઈએ, ${FOUND[found]} નહીં.`,
		'no-sets': () => 'ફોલ્ડરમાં એક પણ પ્રશ્ન-સેટ (*.json ફાઇલ) નથી.',
		missing: () => 'આ ખૂટે છે.',
		'wrong-type': ({ expected, found, value }) =>
			`અહીં ${EXPECTED[expected]} જોઈએ, ${found === 'list' || found === 'object' ? FOUND[found] : value} નહીં.`,
		empty: () => 'આ ખાલી ન રાખો.',
		'too-long': ({ max }, num) => `બહુ લાંબું છે: વધુમાં વધુ ${num(max)} અક્ષર.`,
		'bad-id': () => 'ઓળખમાં ફક્ત નાના અંગ્રેજી અક્ષરો, અંકો અને એકલા હાઇફન વાપરો, જેમ કે gk-quiz-1.',
		'bad-category': ({ value }) => `${value} કોઈ શ્રેણી નથી: "date", "person" કે "place" લખો.`,
		'bad-kind': ({ value }) => `${value} સ્થળનો કોઈ પ્રકાર નથી: "country", "city", "region" કે "site" લખો.`,
		'bad-lang': ({ value }) => `ભાષા "gu" હોવી જોઈએ, ${value} નહીં.`,
		'bad-article-file': ({ value }) => `${value} લેખની ફાઇલનું નામ નથી: નામ .txtથી પૂરું થાય અને તેમાં ફોલ્ડર ન હોય.`,
		'no-questions': () => 'સેટમાં ઓછામાં ઓછો એક પ્રશ્ન જોઈએ.',
		'bad-range': () => 'સંખ્યાનો ગાળો ખોટો છે: "min" સંખ્યા હોવી જોઈએ અને "max"થી મોટી નહીં.',
		'unknown-field': () => 'કસોટી આ ખાનું ઓળખતી નથી (જોડણી તપાસો): તેમાં લખેલું ખોવાઈ જશે.',
		'no-article-file': ({ file }) => `"${file}" નામની લેખની ફાઇલ નથી.`,
		'article-not-listed': ({ file }) => `"${file}" આ સેટના લેખોની યાદીમાં નથી.`,
		'place-needs-kind': () => 'સ્થળનો પ્રકાર પસંદ કરો, જેથી ખોટા વિકલ્પો પણ એ જ પ્રકારના આવે.',
		'kind-not-place': () => 'પ્રકાર ફક્ત સ્થળના પ્રશ્નોને હોય છે.',
		'quote-not-in-article': () => 'આ અવતરણ મૂળ લખાણમાં શબ્દશઃ નથી.',
		'answer-not-in-quote': ({ answer, withAccept }) =>
			withAccept
				? `જવાબ “${answer}” કે તેની કોઈ બીજી સ્વીકાર્ય જોડણી અવતરણમાં નથી.`
				: `જવાબ “${answer}” અવતરણમાં નથી.`,
		'answer-not-in-statement': ({ answer }) => `જવાબ “${answer}” સાચું/ખોટું માટેના વિધાનમાં નથી.`,
		'gives-away': ({ form }) => `પ્રશ્નમાં જ જવાબ આવી જાય છે: “${form}”. તેની જગ્યાએ _____ મૂકો.`,
		'distractor-is-answer': ({ answer }) => `આ ખોટો વિકલ્પ તો સાચો જવાબ “${answer}” છે.`,
		'distractor-is-accept': ({ form }) => `આ ખોટો વિકલ્પ તો જવાબની સ્વીકાર્ય જોડણી “${form}” છે.`,
		'distractor-repeats': ({ first }, num) => `આ વિકલ્પ બે વાર લખાયો છે (પહેલી વાર લીટી ${num(first + 1)}માં).`,
		'duplicate-set-id': ({ id, otherFile }) => `સેટની ઓળખ "${id}" ${otherFile} પણ વાપરે છે.`,
		'duplicate-question-id': ({ otherFile, otherLine }, num) =>
			otherFile
				? `${otherFile}ના એક પ્રશ્નની ઓળખ પણ આ જ છે.`
				: otherLine !== undefined
					? `પંક્તિ ${num(otherLine)} પરના પ્રશ્નની ઓળખ પણ આ જ છે: દરેક પ્રશ્નને અલગ ઓળખ આપો.`
					: 'આ સેટના બીજા એક પ્રશ્નની ઓળખ પણ આ જ છે.',
		'duplicate-prompt': ({ otherAnswer, otherFile, otherNumber, otherLine }, num) =>
			otherFile
				? `આ જ પ્રશ્ન ${otherFile}માં પણ પુછાયો છે (તેનો જવાબ “${otherAnswer}”).`
				: otherLine !== undefined
					? `પંક્તિ ${num(otherLine)} પરનો પ્રશ્ન પણ આ જ છે (તેનો જવાબ “${otherAnswer}”).`
					: otherNumber !== undefined
						? `પ્રશ્ન ${num(otherNumber)} પણ આ જ પ્રશ્ન છે (તેનો જવાબ “${otherAnswer}”).`
						: `આ જ પ્રશ્ન સેટમાં બીજી વાર પણ છે (બીજાનો જવાબ “${otherAnswer}”).`,
		'file-too-large': ({ size, max }, num) =>
			`ફાઇલ બહુ મોટી છે (${num(megabytes(size))}): એક વારમાં વધુમાં વધુ ${num(megabytes(max))} આયાત થઈ શકે.`,
		'not-text': () => 'આ લખાણની ફાઇલ નથી (સ્પ્રેડશીટ, PDF કે ચિત્ર લાગે છે): પહેલાં તેને CSV UTF-8 કે સાદા લખાણ તરીકે સાચવો.',
		'unknown-format': () =>
			'કસોટી આ લખાણનો પ્રકાર ઓળખતી નથી: Kasoti JSON, Moodle GIFT, Aiken, કે પ્રશ્ન અને જવાબનાં ખાનાંવાળી CSV/TSV ફાઇલ વાપરો. ' +
			'Quizletમાંથી નિકાસ કરતી વખતે શબ્દ અને વ્યાખ્યા વચ્ચે "Tab" અને કાર્ડ વચ્ચે "New line" પસંદ કરો.',
		'no-usable-questions': () => 'ફાઇલમાં કસોટી વાપરી શકે એવો એક પણ પ્રશ્ન નથી.',
		'too-many-questions': ({ count, max }, num) =>
			`ફાઇલમાં ${num(groupedCount(count))} પ્રશ્નો છે: એક વારમાં વધુમાં વધુ ${num(groupedCount(max))} આયાત થઈ શકે.`,
		'categories-to-choose': ({ count }, num) =>
			`${count === 1 ? 'એક પ્રશ્નની' : `${num(count)} પ્રશ્નોની`} શ્રેણી ફાઇલ પરથી જાણી શકાઈ નહીં: તારીખ, વ્યક્તિ કે સ્થળ પસંદ કરો.`,
		'category-to-choose': () => 'શ્રેણી ખબર નથી: તારીખ, વ્યક્તિ કે સ્થળ પસંદ કરો.',
		'title-length': ({ max }, num) => `નામ ${num(1)}થી ${num(max)} અક્ષરનું હોવું જોઈએ.`,
		'aiken-no-answer-line': () => 'પ્રશ્નના વિકલ્પો પછી "ANSWER:" વાળી લીટી નથી.',
		'aiken-no-choices': () => 'પ્રશ્નને વિકલ્પો નથી: પ્રશ્ન એક લીટીમાં, પછી "A) ..." વાળી લીટીઓ, પછી "ANSWER: A" લખો.',
		'aiken-one-choice': () => 'પ્રશ્નને એક જ વિકલ્પ છે: Aikenના પ્રશ્નને ઓછામાં ઓછા બે જોઈએ.',
		'aiken-answer-alone': ({ text }) => `"${text}" પહેલાં કોઈ પ્રશ્ન નથી.`,
		'aiken-answer-case': ({ text }) => `"${text}" મોટા અક્ષરોમાં લખો, જેમ કે "ANSWER: B".`,
		'aiken-answer-letter': ({ text }) => `"${text}"માં એક વિકલ્પનો મોટો અક્ષર જોઈએ, જેમ કે "ANSWER: B".`,
		'aiken-answer-unknown': ({ letter, labels }) => `"ANSWER: ${letter}" કોઈ વિકલ્પનો અક્ષર નથી: વિકલ્પો ${labels} છે.`,
		'aiken-gujarati-label': ({ label }) => `વિકલ્પોને A), B), C) એમ મોટા અંગ્રેજી અક્ષરોથી ઓળખાવો: "${label}" Aiken નથી.`,
		'aiken-empty-choice': ({ label }) => `વિકલ્પ ${label} ખાલી છે.`,
		'csv-unknown-columns': ({ names }) =>
			`કસોટી ${names.map((n) => `"${n}"`).join(', ')} ${names.length === 1 ? 'ખાનું ઓળખતી નથી; તે છોડી દીધું' : 'ખાનાં ઓળખતી નથી; તે છોડી દીધાં'}.`,
		'csv-extra-columns': ({ last }, num) =>
			last === 3
				? `ફક્ત પહેલાં બે ખાનાં (પ્રશ્ન, જવાબ) વંચાય છે; ખાનું ${num(3)}ને મથાળું નથી, એટલે તે છોડી દીધું.`
				: `ફક્ત પહેલાં બે ખાનાં (પ્રશ્ન, જવાબ) વંચાય છે; ${num(3)}થી ${num(last)} સુધીનાં ખાનાંને મથાળું નથી, એટલે તે છોડી દીધાં.`,
		'csv-comma-in-answer': ({ answer }) =>
			`આ હારમાં બે ખાનાં કરતાં વધુ અલ્પવિરામ છે: પહેલા અલ્પવિરામ પછીનું આખું લખાણ જવાબ તરીકે વંચાયું છે, "${answer}". તપાસી લો.`,
		'csv-unclosed-quote': () => 'અવતરણચિહ્ન (")થી શરૂ થતું એક ખાનું ક્યાંય બંધ થતું નથી.',
		'csv-misplaced-quote': () => 'આ હારમાં અવતરણચિહ્ન (") ખોટી જગ્યાએ છે.',
		'csv-no-columns': () => 'ફાઇલમાં પ્રશ્નનું અને જવાબનું ખાનું જોઈએ ("question,answer" જેવી મથાળાની હાર).',
		'csv-continued-line': () => 'જવાબ ખાલી છે: આ લીટી ઉપરની લીટીનું જ લખાણ હોય તો એ લખાણ ડબલ અવતરણચિહ્નમાં મૂકો.',
		'csv-category-name': ({ value }) => `"${value}" તારીખ, વ્યક્તિ કે સ્થળ (date, person, place) નથી.`,
		'csv-kind-name': ({ value }) => `"${value}" દેશ, શહેર, પ્રદેશ કે સ્થળ (country, city, region, site) નથી.`,
		'anki-separator': ({ value }) =>
			`ફાઇલમાં વિભાજક "${value}" લખ્યો છે, પણ Anki એવો વિભાજક ઓળખતું નથી અથવા હારો તેનાથી છૂટી પડતી નથી: વિભાજક હારો જોઈને નક્કી કર્યો છે.`,
		'gift-description': () => 'આમાં { } જવાબ-ભાગ નથી: વર્ણન પ્રશ્ન નથી, એટલે તે છોડી દીધું.',
		'gift-stray-brace': () => 'અહીં } છે પણ તેની પહેલાં { નથી (લખાણમાં કૌંસ માટે \\} લખો).',
		'gift-unclosed-brace': () => 'અહીં { ખૂલે છે પણ }થી ક્યાંય બંધ થતો નથી.',
		'gift-second-block': () => 'અહીં બીજો { } જવાબ-ભાગ છે: એક જ ચાલે (લખાણમાં કૌંસ માટે \\{ લખો).',
		'gift-no-text': () => '{ } પહેલાં પ્રશ્નનું લખાણ નથી.',
		'gift-part-marks': () => 'આંશિક ગુણ (%50%)વાળા જવાબો છોડી દીધા: કસોટીના પ્રશ્નનો એક જ સાચો જવાબ હોય છે.',
		'gift-essay': () => 'આ નિબંધ પ્રકારનો પ્રશ્ન છે (ખાલી { }), જે કસોટી પૂછતી નથી; તે છોડી દીધો.',
		'gift-matching': () => 'આ જોડકાંનો પ્રશ્ન છે, જે કસોટી પૂછતી નથી; તે છોડી દીધો.',
		'gift-multiple-answer': () =>
			'આ અનેક સાચા જવાબોવાળો પ્રશ્ન છે (% ભારવાળા વિકલ્પો), જે કસોટી પૂછતી નથી; તે છોડી દીધો.',
		'gift-too-few-options': () => 'બહુવિકલ્પ પ્રશ્નને ઓછામાં ઓછા બે વિકલ્પ જોઈએ.',
		'gift-no-right-option': () => 'કોઈ વિકલ્પ સાચો દર્શાવ્યો નથી: સાચા વિકલ્પની પહેલાં = મૂકો.',
		'gift-empty-option': () => 'એક વિકલ્પ ખાલી છે.',
		'gift-no-full-marks': () => 'કોઈ જવાબને પૂરા ગુણ નથી: સાચો જવાબ {=જવાબ} એમ લખો.',
		'gift-no-number': () => 'સંખ્યાવાળા પ્રશ્નમાં સંખ્યા જોઈએ, જેમ કે {#1822}.',
		'gift-not-a-number': ({ text }) => `"${text}" સંખ્યા નથી.`,
		'invisible-text': ({ chars }) =>
			`આમાં ફક્ત અદૃશ્ય અક્ષરો (${chars}) છે: કોઈ તેને જોઈ કે લખી શકે નહીં. સાદા અક્ષરોમાં ફરી લખો.`,
		'too-many-options': ({ max }, num) => `આ પ્રશ્નમાં ${num(max)}થી વધુ જવાબ અને વિકલ્પો છે: કોઈ ક્વિઝ આટલા બતાવી ન શકે.`,
		'left-out': ({ what, text }) => LEFT_OUT_GU[what](text),
		'json-no-source': ({ count }, num) =>
			count === 1
				? `${num(count)} પ્રશ્નમાં અવતરણ કે લેખ નથી: GIFT ફાઇલની જેમ તે સેટની પોતાની હકીકત તરીકે લીધો.`
				: `${num(count)} પ્રશ્નોમાં અવતરણ કે લેખ નથી: GIFT ફાઇલની જેમ તે સેટની પોતાની હકીકતો તરીકે લીધા.`,
		'json-too-deep': ({ max }, num) =>
			`અહીં કૌંસ ${num(max)}થી વધુ સ્તર ઊંડા છે: કોઈ પ્રશ્ન-સેટ આવો હોતો નથી, એટલે ફાઇલ વાંચી શકાઈ નથી.`,
		'none-chosen': () => 'ઓછામાં ઓછો એક પ્રશ્ન પસંદ કરો.',
		'lost-letters': () =>
			'અહીંના અક્ષરો "?" બની ગયા છે: ફાઇલ ગુજરાતી અક્ષરો વગરના એન્કોડિંગમાં સચવાઈ છે (Excelનું "CSV (Comma delimited)"). ' +
			'Excelમાં Save As કરી "CSV UTF-8 (Comma delimited)" પસંદ કરો અને એ ફાઇલ આયાત કરો.',
		'not-utf8': () =>
			'અહીંના અક્ષરો UTF-8માં નથી: તેમને Windows-1252 (પશ્ચિમ યુરોપીય) તરીકે વાંચ્યા છે, જેમાં Excel é, ’ અને “ ” સાચવે છે; ' +
			'તે બરાબર દેખાય છે કે નહીં તે તપાસો. Windows-1252માં ગુજરાતી અક્ષરો જ નથી, એટલે તેમાં સચવાયેલું ગુજરાતી લખાણ ખોવાઈ ગયું છે. ' +
			'ફાઇલને "CSV UTF-8" કે UTF-8 લખાણ તરીકે સાચવીને ફરી આયાત કરો.',
		'aiken-duplicate-label': ({ label, first }, num) =>
			`બે વિકલ્પોનો અક્ષર ${label}) છે (પહેલો પંક્તિ ${num(first)} પર): દરેક વિકલ્પને અલગ અક્ષર આપો, A), B), C).`
	},
	fields: {
		'(file)': 'આખી ફાઇલ',
		'(folder)': 'ફોલ્ડર',
		$schema: '$schema',
		id: 'ઓળખ',
		title: 'શીર્ષક (ગુજરાતીમાં)',
		title_en: 'શીર્ષક (અંગ્રેજીમાં)',
		lang: 'ભાષા',
		articles: 'લેખો',
		questions: 'પ્રશ્નો',
		question: 'પ્રશ્ન',
		category: 'શ્રેણી',
		kind: 'સ્થળનો પ્રકાર',
		prompt: 'પ્રશ્ન',
		answer: 'જવાબ',
		accept: 'બીજી જોડણીઓ',
		article: 'લેખ',
		quote: 'અવતરણ',
		en: 'અંગ્રેજીમાં',
		distractors: 'ખોટા વિકલ્પો',
		explanation: 'સમજૂતી',
		feedback: 'પ્રતિભાવ',
		statement: 'સાચું/ખોટું માટેનું વિધાન',
		file: 'ફાઇલનું નામ',
		headline: 'મથાળું (ગુજરાતીમાં)',
		headline_en: 'મથાળું (અંગ્રેજીમાં)',
		columns: 'ખાનાં',
		row: 'હાર',
		separator: 'વિભાજક',
		choices: 'વિકલ્પો'
	},
	item: (list, n) => (list === 'questions' ? `પ્રશ્ન ${n}` : list === 'articles' ? `લેખ ${n}` : `લીટી ${n}`),
	line: (n) => `પંક્તિ ${n}`,
	wholeFile: 'આખી ફાઇલ'
};

/** What was left out of a question, in Gujarati. */
const LEFT_OUT_GU: Record<LeftOut, (text: string) => string> = {
	image: (text) => `ચિત્ર છોડી દીધું ("${text}"): કસોટી ફક્ત લખાણ બતાવે છે.`,
	audio: (text) => `ઑડિયો છોડી દીધો ("${text}"): કસોટી ફક્ત લખાણ બતાવે છે.`,
	file: (text) => `ફાઇલ છોડી દીધી ("${text}"): કસોટી ફક્ત લખાણ બતાવે છે.`,
	idnumber: (text) => `Moodleનો ID નંબર "${text}" છોડી દીધો: કસોટી દરેક પ્રશ્નને પોતાનો id આપે છે.`,
	'other-number-feedback': (text) => `બીજી કોઈ પણ સંખ્યા માટેનો પ્રતિભાવ ("${text}") છોડી દીધો.`,
	'other-answer-feedback': (text) => `બીજા કોઈ પણ જવાબ માટેનો પ્રતિભાવ ("${text}") છોડી દીધો.`,
	'other-range': (text) => `બીજો સાચો ગાળો ${text} છોડી દીધો: કસોટીનો પ્રશ્ન સંખ્યાનો એક જ ગાળો તપાસે છે.`,
	notetype: (text) => `Ankiનો નોટ પ્રકાર "${text}" છોડી દીધો: દરેક નોટ પ્રશ્ન અને તેના જવાબ તરીકે વંચાય છે.`,
	'extra-field': (text) => `"${text}" ક્ષેત્ર છોડી દીધું: કસોટીમાં તેની જગ્યા નથી.`
};
