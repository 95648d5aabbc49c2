import { describe, expect, it } from 'vitest';
import type { QuestionSet } from '../bank/schema';
import { fromBase64Url, toBase64Url } from './base64url';
import { crc32Hex } from './crc32';
import { alreadyHeld, decodeSetLink, encodeSetLink, LinkTooLongError, MAX_FRAGMENT_LENGTH, type SharedSet } from './link';

const ARTICLE = 'ભારતના વડાપ્રધાન નરેન્દ્ર મોદી ૧૫ ઑગસ્ટ ૨૦૨૩ના રોજ લાલ કિલ્લા પરથી બોલ્યા. સમારોહ દિલ્હીમાં યોજાયો.';

const set: QuestionSet = {
	id: 'independence-day',
	title: 'સ્વાતંત્ર્ય દિવસ ૨૦૨૩',
	title_en: 'Independence Day 2023',
	lang: 'gu',
	articles: [{ file: 'speech.txt', headline: 'લાલ કિલ્લા પરથી ભાષણ', headline_en: 'Speech from the Red Fort' }],
	questions: [
		{
			id: 'id-date',
			category: 'date',
			prompt: 'વડાપ્રધાન લાલ કિલ્લા પરથી કઈ તારીખે બોલ્યા?',
			answer: '૧૫ ઑગસ્ટ ૨૦૨૩',
			accept: ['15 August 2023'],
			article: 'speech.txt',
			quote: 'ભારતના વડાપ્રધાન નરેન્દ્ર મોદી ૧૫ ઑગસ્ટ ૨૦૨૩ના રોજ લાલ કિલ્લા પરથી બોલ્યા.',
			en: 'Prime Minister Narendra Modi spoke from the Red Fort on 15 August 2023.'
		},
		{
			id: 'id-place',
			category: 'place',
			kind: 'city',
			prompt: 'સમારોહ કયા શહેરમાં યોજાયો?',
			answer: 'દિલ્હી',
			accept: [],
			article: 'speech.txt',
			quote: 'સમારોહ દિલ્હીમાં યોજાયો.',
			en: 'The ceremony was held in Delhi.'
		}
	]
};
const shared: SharedSet = { set, sources: { 'speech.txt': ARTICLE } };
const ORIGIN = 'https://kasoti.example';

/** deflate-raw of arbitrary text, for links made by hand. */
async function deflate(text: string): Promise<Uint8Array> {
	const stream = new Blob([new TextEncoder().encode(text)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
	return new Uint8Array(await new Response(stream).arrayBuffer());
}
/** A v2 link around any payload, its checksum right: what is inside is the test. */
const handMade = async (payload: unknown) => {
	const body = toBase64Url(await deflate(typeof payload === 'string' ? payload : JSON.stringify(payload)));
	return `#v2.${crc32Hex(body)}.${body}`;
};
/** The same payload as a link of the first format, which had no checksum. */
const handMadeV1 = async (payload: unknown) => `#v1.${toBase64Url(await deflate(JSON.stringify(payload)))}`;
const fragmentOf = (link: string) => link.slice(link.indexOf('#'));

describe('base64url', () => {
	it('round-trips every byte value without padding or + and /', () => {
		const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
		const text = toBase64Url(bytes);
		expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(fromBase64Url(text)).toEqual(bytes);
		expect(toBase64Url(Uint8Array.from([0xfb, 0xff]))).toBe('-_8');
	});

	it('refuses characters outside the alphabet and an impossible length', () => {
		expect(fromBase64Url('ab+c')).toBeUndefined();
		expect(fromBase64Url('ab c')).toBeUndefined();
		expect(fromBase64Url('abcde')).toBeUndefined();
	});
});

describe('encodeSetLink and decodeSetLink', () => {
	it('round-trips a Gujarati set and its source text through a /share link', async () => {
		const link = await encodeSetLink(shared, ORIGIN);
		expect(link).toMatch(/^https:\/\/kasoti\.example\/share#v2\.[0-9a-f]{8}\.[A-Za-z0-9_-]+$/);

		const decoded = await decodeSetLink(fragmentOf(link));
		expect(decoded.ok).toBe(true);
		if (!decoded.ok) return;
		expect(decoded.set.title).toBe('સ્વાતંત્ર્ય દિવસ ૨૦૨૩');
		expect(decoded.set.questions.map((q) => q.answer)).toEqual(['૧૫ ઑગસ્ટ ૨૦૨૩', 'દિલ્હી']);
		expect(decoded.set.questions[0]!.accept).toEqual(['15 August 2023']);
		expect(decoded.set.questions[1]!.kind).toBe('city');
		expect(decoded.sources).toEqual({ 'speech.txt': ARTICLE });
		// the quote can still be checked against the text that came with it
		expect(decoded.sources['speech.txt']!.includes(decoded.set.questions[1]!.quote)).toBe(true);
	});

	it('compresses: the link is shorter than the set as JSON', async () => {
		const link = await encodeSetLink(shared, ORIGIN);
		const json = new TextEncoder().encode(JSON.stringify(shared)).length;
		expect(link.length).toBeLessThan(json);
	});

	it('reads the fragment with or without its #', async () => {
		const link = await encodeSetLink(shared, ORIGIN);
		const decoded = await decodeSetLink(fragmentOf(link).slice(1));
		expect(decoded.ok).toBe(true);
	});

	it('leaves out $schema and source texts no question or article names', async () => {
		const link = await encodeSetLink(
			{ set: { ...set, $schema: '../question-set.schema.json' }, sources: { ...shared.sources, 'old.txt': 'જૂનો લેખ' } },
			ORIGIN
		);
		const decoded = await decodeSetLink(fragmentOf(link));
		expect(decoded.ok && decoded.set.$schema).toBe(undefined);
		expect(decoded.ok && Object.keys(decoded.sources)).toEqual(['speech.txt']);
	});

	it('cleans incoming text as an import does: NFC, no control or invisible characters', async () => {
		const dirty = {
			...set,
			title: 'સ્વાતંત્ર્ય\u200B દિવસ\u0007 ૨૦૨૩',
			title_en: 'Independence Day at the Re\u0301d Fort',
			questions: [{ ...set.questions[1]!, prompt: 'સમારોહ કયા   શહેરમાં\u200D યોજાયો?' }]
		};
		const decoded = await decodeSetLink(await handMade({ set: dirty, sources: { 'speech.txt': `${ARTICLE}\u0000` } }));
		expect(decoded.ok).toBe(true);
		if (!decoded.ok) return;
		expect(decoded.set.title).toBe('સ્વાતંત્ર્ય દિવસ ૨૦૨૩');
		expect(decoded.set.title_en).toBe('Independence Day at the R\u00e9d Fort');
		expect(decoded.set.questions[0]!.prompt).toBe('સમારોહ કયા શહેરમાં યોજાયો?');
		expect(decoded.sources['speech.txt']).toBe(ARTICLE);
	});

	it('refuses to make a link no browser would open', async () => {
		// random letters barely compress: enough of them pass the limit
		let seed = 1;
		const letter = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0), String.fromCharCode(0x0a85 + ((seed >>> 16) % 48)));
		const noise = Array.from({ length: 2 * MAX_FRAGMENT_LENGTH }, letter).join('');
		await expect(encodeSetLink({ set, sources: { 'speech.txt': noise } }, ORIGIN)).rejects.toBeInstanceOf(LinkTooLongError);
	});
});

describe('decodeSetLink on a damaged or foreign link', () => {
	const problemOf = async (hash: string) => {
		const decoded = await decodeSetLink(hash);
		return decoded.ok ? 'ok' : `${decoded.problem}: ${decoded.message}`;
	};

	it('says the link holds no set when the fragment is missing', async () => {
		expect(await problemOf('')).toBe('empty: The link holds no set: the part after # is missing');
		expect(await problemOf('#')).toBe('empty: The link holds no set: the part after # is missing');
	});

	it('says a fragment without a version is not a set link', async () => {
		expect(await problemOf('#top')).toBe(
			'format: This is not a Kasoti set link: it does not start with a version such as v1.'
		);
	});

	it('says a link of another format version cannot be read', async () => {
		const link = await encodeSetLink(shared, ORIGIN);
		expect(await problemOf(fragmentOf(link).replace('#v2.', '#v3.'))).toBe(
			'newer: The link is in format v3, which this version of Kasoti cannot read'
		);
	});

	it('says characters outside base64url damage the link', async () => {
		// inside the link: one at its end is the sentence's, and is dropped
		const packed = await handMade({ set, sources: {} });
		const body = `${packed.slice(14, 27)}*${packed.slice(27, 40)}`;
		expect(await problemOf(`#v2.${crc32Hex(body)}.${body}`)).toBe(
			'encoding: The link is damaged: it holds characters a set link never has'
		);
	});

	// "(<link>)." in a message, or a link opened with the sentence's closing quotation mark, which the browser escapes
	it('opens a link with the punctuation of the sentence around it after it', async () => {
		const fragment = fragmentOf(await encodeSetLink(shared, ORIGIN));
		for (const end of ['.', ')', ').', '”', '”.', '"', "'", ',', '!', '?', '।', '…', ' ', '\u200b', '%E2%80%9D', '%22).']) {
			const decoded = await decodeSetLink(`${fragment}${end}`);
			expect(decoded.ok && decoded.set.id, JSON.stringify(end)).toBe('independence-day');
		}
	});

	it('says a link cut short fails its checksum', async () => {
		const fragment = fragmentOf(await encodeSetLink(shared, ORIGIN));
		for (const end of [fragment.length - 1, fragment.length - 2, fragment.length - 3, fragment.length - 4, 20]) {
			expect(await problemOf(fragment.slice(0, end))).toBe(
				'checksum: The link was changed or cut: its checksum does not match its contents'
			);
		}
	});

	it('refuses a link with any one character changed, in the payload or in the checksum', async () => {
		const fragment = fragmentOf(await encodeSetLink(shared, ORIGIN));
		const swap = (c: string) => (c === 'A' ? 'B' : c === '0' ? '1' : c === 'a' ? 'b' : 'A');
		for (let at = 4; at < fragment.length; at += 7) {
			if (fragment[at] === '.') continue;
			const changed = `${fragment.slice(0, at)}${swap(fragment[at]!)}${fragment.slice(at + 1)}`;
			expect((await problemOf(changed)).split(':')[0]).toBe('checksum');
		}
	});

	it('still reads a link of the first format, which has no checksum', async () => {
		const decoded = await decodeSetLink(await handMadeV1({ set, sources: shared.sources }));
		expect(decoded.ok && decoded.set.title).toBe('સ્વાતંત્ર્ય દિવસ ૨૦૨૩');
	});

	it('says a v1 link cut short does not unpack', async () => {
		const fragment = await handMadeV1({ set, sources: shared.sources });
		// half the base64 text, in whole groups of four so it still reads as base64
		const cut = fragment.slice(0, 4 + 4 * Math.floor((fragment.length - 4) / 8));
		expect(await problemOf(cut)).toBe('compression: The link is damaged or cut short: its contents do not unpack');
	});

	// regression: a 143-character link of `[[[[…` left /share on "Loading…" with a stack overflow
	it('refuses contents nested deeper than any set before parsing them', async () => {
		const deep = await handMade('['.repeat(100_000));
		expect(deep.length).toBeLessThan(300);
		expect(await problemOf(deep)).toBe("nested: The link's contents nest more than 32 levels deep: no set is shaped like that");
		const wrapped = await handMade(`{"set":${'{"a":'.repeat(40)}1${'}'.repeat(41)}`);
		expect((await problemOf(wrapped)).split(':')[0]).toBe('nested');
	});

	it('says bytes that are not deflate data do not unpack', async () => {
		expect(await problemOf(`#v1.${toBase64Url(Uint8Array.from([1, 2, 3, 4, 5, 6]))}`)).toBe(
			'compression: The link is damaged or cut short: its contents do not unpack'
		);
	});

	it('says contents that are not JSON, or JSON with no set, are damaged', async () => {
		expect(await problemOf(await handMade('કસોટી {'))).toBe('json: The link is damaged: its contents are not a readable set');
		expect(await problemOf(await handMade([set]))).toBe('json: The link is damaged: it holds no question set');
	});

	it('runs the set through the Kasoti JSON checks and names each problem', async () => {
		const bad = { ...set, id: 'Bad Id', questions: [{ ...set.questions[1]!, prompt: 'દિલ્હીમાં સમારોહ ક્યારે યોજાયો?' }] };
		const decoded = await decodeSetLink(await handMade({ set: bad, sources: {} }));
		expect(decoded.ok).toBe(false);
		if (decoded.ok) return;
		expect(decoded.problem).toBe('invalid');
		expect(decoded.message).toBe('The set in the link has mistakes, so it cannot be added');
		expect(decoded.problems?.map((p) => [p.questionId ?? '-', p.field, p.code, p.params])).toEqual([
			['-', 'id', 'bad-id', {}],
			['id-place', 'prompt', 'gives-away', { form: 'દિલ્હી' }]
		]);
	});

	it('refuses a set with one broken question and names it, instead of leaving the question out unsaid', async () => {
		const broken = { ...set, questions: set.questions.map((q, i) => (i === 0 ? { ...q, answer: '' } : q)) };
		const decoded = await decodeSetLink(await handMade({ set: broken, sources: shared.sources }));
		expect(decoded.ok).toBe(false);
		if (decoded.ok) return;
		expect(decoded.problem).toBe('invalid');
		expect(decoded.problems?.map((p) => [p.questionId, p.field, p.code])).toEqual([[set.questions[0]!.id, 'answer', 'empty']]);
	});

	it('refuses source texts that are not texts of articles', async () => {
		expect(await problemOf(await handMade({ set, sources: { 'speech.txt': 5 } }))).toBe(
			'sources: The source text "speech.txt" in the link is not an article text'
		);
		expect(await problemOf(await handMade({ set, sources: ['x'] }))).toBe(
			'sources: The source texts in the link are not a list of texts by article'
		);
	});

	it('stops unpacking a small link that would grow past the import limit', async () => {
		const bomb = await handMade(' '.repeat(6 * 1024 * 1024));
		expect(bomb.length).toBeLessThan(20_000);
		expect(await problemOf(bomb)).toBe('too-large: The set in the link is larger than 5242880 bytes');
	});

	it('refuses a fragment longer than any browser opens', async () => {
		expect(await problemOf(`#v1.${'A'.repeat(MAX_FRAGMENT_LENGTH)}`)).toBe(
			`too-large: The link is ${MAX_FRAGMENT_LENGTH + 3} characters long: at most ${MAX_FRAGMENT_LENGTH} are read`
		);
	});
});

describe('alreadyHeld', () => {
	it('is true only for the very same set under the same id', () => {
		expect(alreadyHeld(structuredClone(set), [set])).toBe(true);
		expect(alreadyHeld({ ...set, title: 'બીજું' }, [set])).toBe(false);
		expect(alreadyHeld({ ...set, id: 'independence-day-2' }, [set])).toBe(false);
	});
});
