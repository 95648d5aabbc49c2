/** Gujarati strings of QR codes shown in turn, the scanner and opening a code or link on /share. Spread into gu.ts. */
export const guScan = {
	scanSeqCount: (k: string, n: string) => `કોડ ${k} / ${n}`,
	scanSeqLabel: (label: string, k: string, n: string) => `${label}: ${n}માંથી ${k}મો કોડ`,
	scanSeqHint: (n: string) =>
		`લિંક એક કોડમાં સમાતી નથી, એટલે તે ${n} કોડમાં વારાફરતી બતાવાય છે. વિદ્યાર્થીઓ કસોટીના સ્કૅનરથી વાંચે, કે ફોનના કૅમેરાથી કોઈ એક કોડ ખોલે: કસોટી બાકીના ભાગ પોતાના સ્કૅનરથી વાંચી લેશે, કોઈ પણ ક્રમમાં.`,
	scanSeqPause: 'કોડ અટકાવો',
	scanSeqPlay: 'કોડ ફરી ચલાવો',
	scanSeqPrevious: 'પાછલો કોડ',
	scanSeqNext: 'પછીનો કોડ',
	scanSeqFullScreen: 'કોડ આખી સ્ક્રીન પર બતાવો',
	scanSeqTooLarge: (length: string, max: string) =>
		`આ સેટ QR કોડ માટે બહુ મોટો છે: તેના બદલે લિંક મોકલો. (લિંક ${length} અક્ષરની છે; QR કોડના ક્રમમાં વધુમાં વધુ ${max} કોડ હોય છે.)`,
	scanCamera: 'કૅમેરાથી સ્કૅન કરો',
	scanStarting: 'કૅમેરા ચાલુ થાય છે…',
	scanStop: 'કૅમેરા બંધ કરો',
	scanVideo: 'કૅમેરાનું દૃશ્ય',
	scanAim: 'કૅમેરાને QR કોડ સામે સ્થિર રાખો. કોડ વારાફરતી બદલાતા હોય તો બધા ભાગ વંચાય ત્યાં સુધી રાખો.',
	scanPictures: 'ચિત્રોમાંથી વાંચો',
	scanPicturesHint: 'કોડના સ્ક્રીનશૉટ કે ફોટા પસંદ કરો: ક્રમના બધા ભાગ એકસાથે પસંદ કરી શકાય.',
	scanReadingPictures: (n: string) => `${n} ચિત્રો વંચાય છે…`,
	scanProgress: (have: string, total: string) => `${total}માંથી ${have} ભાગ વંચાયા.`,
	scanMissing: (parts: string) => `બાકી ભાગ: ${parts}.`,
	scanAddMissing: 'બાકી ભાગોના ચિત્રો પણ પસંદ કરો, કે કૅમેરાથી વાંચો.',
	scanMismatch: 'ભાગો જોડતાં લિંક મેળ ખાતી નથી, એટલે કોડ ફરીથી વાંચીએ છીએ.',
	scanFound: 'કોડ વંચાઈ ગયો.',
	scanFoundMore: (n: string) => `કોડ વંચાયો (અત્યાર સુધી ${n}). હવે પછીનો કોડ બતાવો.`,
	scanNoCamera: 'આ ઉપકરણમાં કૅમેરા મળ્યો નથી. તેના બદલે કોડના ચિત્રોમાંથી વાંચો.',
	scanRefused: 'કૅમેરાની પરવાનગી મળી નથી. બ્રાઉઝરના સેટિંગમાં આ સાઇટને કૅમેરાની છૂટ આપો, કે કોડના ચિત્રોમાંથી વાંચો.',
	scanCameraFailed: 'કૅમેરા ચાલુ થઈ શક્યો નહીં: કદાચ બીજી એપ તેને વાપરે છે. તે એપ બંધ કરીને ફરી પ્રયાસ કરો.',
	scanDecoderFailed: 'QR કોડ વાંચનાર લોડ થઈ શક્યો નહીં. ઇન્ટરનેટ ચાલુ કરીને પાનું એક વાર ફરી ખોલો.',
	scanNoCode: (names: string) => `આ ચિત્રમાં QR કોડ મળ્યો નથી: ${names}.`,
	scanNotKasoti: 'આ કસોટીનો કોડ નથી: તેમાં કસોટીની લિંક નથી.',
	scanOpenHeading: 'સેટ ખોલો',
	scanOpenIntro:
		'શિક્ષક પ્રોજેક્ટર કે ફોન પર QR કોડ બતાવે તો તેને સ્કૅન કરો. કોડના સ્ક્રીનશૉટ કે લિંક મળ્યાં હોય તો તેમાંથી ખોલો.',
	scanOpenPart: (k: string, n: string) =>
		`આ કોડ ${n} કોડના ક્રમનો ${k}મો ભાગ છે. બાકીના ભાગ વાંચવા “કૅમેરાથી સ્કૅન કરો” દબાવો.`,
	scanPasteLabel: 'કે લિંક અહીં ચોંટાડો',
	scanPasteOpen: 'લિંક ખોલો',
	scanPasteNotKasoti: 'આ કસોટીની લિંક નથી. શિક્ષકે મોકલેલી આખી લિંક ચોંટાડો.',
	scanOpening: 'ખૂલે છે…'
};
