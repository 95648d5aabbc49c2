/** Gujarati strings of the class results pages: report. Spread into gu.ts. */
export const guReport = {
	reportHeading: 'વર્ગનું પરિણામ',
	reportNone: 'હજી કોઈ વિદ્યાર્થીનું પરિણામ આવ્યું નથી.',
	reportSummary: 'સારાંશ',
	reportStudents: 'ગણાયેલા વિદ્યાર્થીઓ',
	reportMean: 'સરેરાશ ગુણ',
	reportMedian: 'મધ્યસ્થ ગુણ',
	reportDuplicates: 'બે વાર આવેલાં પરિણામ',
	reportRetakes: 'ફરી આપેલી ક્વિઝ',
	reportCountingNote: 'બે વાર આવેલું પરિણામ એક જ વાર ગણાય છે. ફરી આપેલી ક્વિઝ ગણાતી નથી: દરેક વિદ્યાર્થીનું પહેલું પરિણામ જ ગણાય છે.',
	reportSharedLead:
		'એક જ નામ જુદા જુદા ફોન પરથી આવ્યું છે: દરેક ફોનને જુદો વિદ્યાર્થી ગણ્યો છે, પહેલું પરિણામ આવ્યું એ ક્રમે નંબર આપીને.',
	/** A name typed on `n` phones, always two or more, and its students' labels. */
	reportSharedItem: (name: string, n: string, labels: string) => `“${name}” ${n} ફોન પરથી: ${labels}`,
	/** `column` is the name of the column of hand-in times. */
	reportSharedHint: (column: string) => `“${column}” સ્તંભ પરથી એમને ઓળખી શકાશે. હવે પછી વિદ્યાર્થીઓને પોતાનું આખું નામ લખવા કહો.`,
	reportScoresHeading: 'ગુણની વહેંચણી',
	reportScoresCaption: 'દરેક પટ્ટી એટલે દસ ટકાના એક ગાળામાં ગુણ લાવનાર વિદ્યાર્થીઓ.',
	reportScoresSummary: (n: string, _count: number, band: string) => `સૌથી વધુ વિદ્યાર્થી ${band} ગુણના ગાળામાં છે: ${n}.`,
	reportScoresList: 'દરેક ગાળામાં વિદ્યાર્થીઓ:',
	reportBand: (from: string, to: string) => `${from}–${to}%`,
	reportBandItem: (band: string, n: string) => `${band}: ${n}`,
	reportFacilityHeading: 'પ્રશ્ન પ્રમાણે સાચા જવાબ',
	reportFacilityCaption: 'દરેક પટ્ટી એટલે એ પ્રશ્નનો સાચો જવાબ આપનાર વિદ્યાર્થીઓની ટકાવારી.',
	reportFacilitySummary: (easiest: string, high: string, hardest: string, low: string) =>
		`સૌથી સહેલો પ્રશ્ન ${easiest} (${high} સાચા), સૌથી અઘરો પ્રશ્ન ${hardest} (${low} સાચા).`,
	reportFacilityEven: (value: string) => `પુછાયેલા દરેક પ્રશ્નમાં ${value} સાચા.`,
	reportFacilityNone: 'હજી કોઈ પ્રશ્નનો જવાબ આવ્યો નથી.',
	reportFacilityList: 'દરેક પ્રશ્નમાં સાચા જવાબ:',
	reportFacilityItem: (n: string, value: string) => `પ્રશ્ન ${n}: ${value}`,
	reportNotAsked: 'કોઈને પુછાયો નથી',
	reportStudentsHeading: 'વિદ્યાર્થી પ્રમાણે',
	reportQuestionsHeading: 'પ્રશ્ન પ્રમાણે',
	reportSortHint: 'કોઈ સ્તંભના મથાળા પર દબાવો: યાદી એ પ્રમાણે ગોઠવાશે, ફરી દબાવો તો ઊલટા ક્રમમાં.',
	reportShowing: (shown: string, total: string) => `${total}માંથી ${shown} વિદ્યાર્થી બતાવ્યા છે.`,
	reportShowMore: (n: string, count: number) => (count === 1 ? `બીજો ${n} વિદ્યાર્થી બતાવો` : `બીજા ${n} વિદ્યાર્થી બતાવો`),
	reportShowAll: (n: string) => `બધા ${n} બતાવો`,
	reportColStudent: 'નામ',
	reportColScore: 'ગુણ',
	reportColTime: 'સમય',
	reportColFinished: 'પૂરી કરી',
	reportColRetakes: 'ફરી આપી',
	reportColNumber: 'ક્રમ',
	reportColQuestion: 'પ્રશ્ન',
	reportColCategory: 'શ્રેણી',
	reportColAsked: 'કેટલાને પુછાયો',
	reportColFacility: 'સાચા',
	reportColDiscrimination: 'તફાવત',
	reportColMeanTime: 'સરેરાશ સમય',
	reportColWrong: 'ખોટા જવાબ',
	reportOf: (right: string, total: string) => `${right}/${total}`,
	reportMinutes: (minutes: string, seconds: string) => `${minutes} મિ. ${seconds} સે.`,
	reportSeconds: (seconds: string) => `${seconds} સે.`,
	reportAnswer: (answer: string) => `જવાબ: ${answer}`,
	reportWrongItem: (given: string, n: string) => `${given} (${n})`,
	reportMoreWrong: (n: string) => `અને બીજા ${n} જવાબ (બધા CSVમાં)`,
	reportNoWrong: 'એકેય નહીં',
	reportNoFigure: 'આંકડો નથી',
	reportCheck: 'તપાસો',
	reportQuestionsNote: (low: string, high: string, good: string) =>
		`સાચા: પ્રશ્ન જેમને પુછાયો તેમાંથી સાચો જવાબ આપનારની ટકાવારી. તફાવત: ગુણ પ્રમાણે ઉપલા ત્રીજા ભાગના વિદ્યાર્થીઓમાં સાચા જવાબનું પ્રમાણ, તેમાંથી નીચલા ત્રીજા ભાગનું પ્રમાણ બાદ કરતાં; ${low}થી ${high} સુધી (Moodleના જૂના પ્રશ્ન-વિશ્લેષણનો discrimination index). ${good} કે વધુ સારો ગણાય; શૂન્યથી ઓછો હોય તો પ્રશ્ન અને તેનો જવાબ ફરી તપાસો.`,
	reportDownloadsHeading: 'સ્પ્રેડશીટ માટે',
	reportDownloadStudents: 'વિદ્યાર્થીઓની CSV ફાઇલ',
	reportDownloadQuestions: 'પ્રશ્નોની CSV ફાઇલ',
	reportStudentsFile: (title: string) => `${title} - વિદ્યાર્થીઓ.csv`,
	reportQuestionsFile: (title: string) => `${title} - પ્રશ્નો.csv`,
	reportDownloaded: (file: string) => `${file} ડાઉનલોડ થઈ.`,
	assignDueInvalid: 'આ તારીખ સાચી નથી: કૅલેન્ડરમાંથી દિવસ પસંદ કરો, કે ખાનું ખાલી રાખો.',
	classResultCount: (n: string, _count: number) => `${n} પરિણામ`,
	classDeleteConfirm: (n: string, count: number) =>
		count === 0
			? 'આ સોંપણી ભૂંસી નાખવી?'
			: count === 1
				? `આ સોંપણી અને તેનું ${n} પરિણામ ભૂંસી નાખવાં?`
				: `આ સોંપણી અને તેનાં ${n} પરિણામ ભૂંસી નાખવાં?`,
	collectAdded: (n: string, count: number) => (count === 1 ? `${n} નવું પરિણામ ઉમેર્યું.` : `${n} નવાં પરિણામ ઉમેર્યાં.`),
	collectAlready: (n: string, count: number) =>
		count === 1 ? `${n} પરિણામ પહેલેથી હતું: ફરી ગણ્યું નથી.` : `${n} પરિણામ પહેલેથી હતાં: ફરી ગણ્યાં નથી.`,
	/** `links` names each link: the name before it, its line or its start. */
	collectBroken: (n: string, count: number, links: string) =>
		count === 1
			? `${n} લિંક બદલાઈ કે કપાઈ ગઈ છે (${links}): એ વિદ્યાર્થી પાસે ફરી મંગાવો.`
			: `${n} લિંક બદલાઈ કે કપાઈ ગઈ છે (${links}): એ વિદ્યાર્થીઓ પાસે ફરી મંગાવો.`,
	collectLine: (n: string) => `લીટી ${n}`,
	collectUnknown: (n: string, count: number, names: string) =>
		count === 1
			? `${n} પરિણામ (${names}) આ ફોન પર ન બનેલી સોંપણીનું છે: ઉમેર્યું નથી.`
			: `${n} પરિણામ (${names}) આ ફોન પર ન બનેલી સોંપણીનાં છે: ઉમેર્યાં નથી.`,
	collectWrongQuestions: (n: string, count: number, names: string) =>
		count === 1
			? `${n} પરિણામમાં (${names}) સોંપણીએ ન પૂછેલા પ્રશ્નનો જવાબ છે, કે એક જ પ્રશ્નનો જવાબ બે વાર છે: ઉમેર્યું નથી.`
			: `${n} પરિણામમાં (${names}) સોંપણીએ ન પૂછેલા પ્રશ્નોના જવાબ છે, કે એક જ પ્રશ્નનો જવાબ બે વાર છે: ઉમેર્યાં નથી.`,
	collectWrongClock: (n: string, count: number, names: string) =>
		count === 1
			? `${n} પરિણામ (${names}) ખોટી તારીખવાળા ફોન પર અપાયું છે: ઉમેર્યું નથી. ` +
				'વિદ્યાર્થીને ફોનમાં સાચી તારીખ મૂકીને ફરી ક્વિઝ આપવા કહો.'
			: `${n} પરિણામ (${names}) ખોટી તારીખવાળા ફોન પર અપાયાં છે: ઉમેર્યાં નથી. ` +
				'એ વિદ્યાર્થીઓને ફોનમાં સાચી તારીખ મૂકીને ફરી ક્વિઝ આપવા કહો.',
	/** Column names of the CSV files: ASCII figures follow them, so a unit goes in the name. */
	reportCsv: {
		student: 'નામ',
		score: 'ગુણ (%)',
		right: 'સાચા',
		total: 'પુછાયેલા',
		categoryRight: (category: string) => `${category}: સાચા`,
		categoryTotal: (category: string) => `${category}: પુછાયેલા`,
		time: 'સમય (સેકન્ડ)',
		finished: 'પૂરી કરી',
		retakes: 'ફરી આપી',
		mistimed: 'ખોટા સમયવાળાં પરિણામો',
		number: 'ક્રમ',
		question: 'પ્રશ્ન',
		answer: 'જવાબ',
		category: 'શ્રેણી',
		asked: 'કેટલાને પુછાયો',
		facility: 'સાચા (%)',
		discrimination: 'તફાવત (−1થી 1)',
		meanTime: 'સરેરાશ સમય (સેકન્ડ)',
		wrong: 'ખોટા જવાબ (કેટલી વાર)'
	}
};
