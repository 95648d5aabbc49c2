import type { guScan } from './scan-gu';
import type { Shape } from './types';

/** English strings of QR codes shown in turn, the scanner and opening a code or link on /share. Spread into en.ts. */
export const enScan: Shape<typeof guScan> = {
	scanSeqCount: (k, n) => `Code ${k} of ${n}`,
	scanSeqLabel: (label, k, n) => `${label}: code ${k} of ${n}`,
	scanSeqHint: (n) =>
		`The link is too long for one code, so it is shown as ${n} codes in turn. Students read them with Kasoti’s scanner, or open any one code with their phone camera: Kasoti then reads the other parts with its own scanner, in any order.`,
	scanSeqPause: 'Pause the codes',
	scanSeqPlay: 'Play the codes',
	scanSeqPrevious: 'Previous code',
	scanSeqNext: 'Next code',
	scanSeqFullScreen: 'Show the codes full screen',
	scanCamera: 'Scan with the camera',
	scanStarting: 'Starting the camera…',
	scanStop: 'Stop the camera',
	scanVideo: 'Camera view',
	scanAim: 'Hold the camera steady on the QR code. If the codes change in turn, hold it there until every part is read.',
	scanPictures: 'Read from pictures',
	scanPicturesHint: 'Choose screenshots or photos of the codes: you may choose every part of a sequence at once.',
	scanReadingPictures: (n, count) => `Reading ${n} ${count === 1 ? 'picture' : 'pictures'}…`,
	scanProgress: (have, total) => `${have} of ${total} parts read.`,
	scanMissing: (parts) => `Still missing: ${parts}.`,
	scanAddMissing: 'Choose pictures of the missing parts too, or read them with the camera.',
	scanMismatch: 'The parts do not join up into the link, so the codes are being read again.',
	scanFound: 'Code read.',
	scanFoundMore: (n) => `Code read (${n} so far). Show the next one.`,
	scanNoCamera: 'No camera was found on this device. Read the codes from pictures instead.',
	scanRefused: 'Camera permission was refused. Allow the camera for this site in the browser settings, or read the codes from pictures.',
	scanCameraFailed: 'The camera could not start: another app may be using it. Close that app and try again.',
	scanDecoderFailed: 'The QR code reader could not load. Connect to the internet and open the page once more.',
	scanNoCode: (names) => `No QR code was found in: ${names}.`,
	scanNotKasoti: 'This is not a Kasoti code: it holds no Kasoti link.',
	scanOpenHeading: 'Open a set',
	scanOpenIntro:
		'If your teacher shows a QR code on a projector or a phone, scan it. If you were sent screenshots of the codes or a link, open it from those.',
	scanOpenPart: (k, n) => `This code is part ${k} of a sequence of ${n}. Press “Scan with the camera” to read the other parts.`,
	scanPasteLabel: 'Or paste a link here',
	scanPasteOpen: 'Open the link',
	scanPasteNotKasoti: 'This is not a Kasoti link. Paste the whole link your teacher sent.',
	scanOpening: 'Opening…'
};
