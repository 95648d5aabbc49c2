/**
 * Images, sounds and files in GIFT text, written as Moodle's editor and export write them
 * (`<img src="@@PLUGINFILE@@/…">`, `<audio><source src="…"></audio>`, links to files) and as
 * Markdown does (`![alt](url)`): taken out of the text and each named in a note on the question's
 * line, never dropped in silence.
 */
import { describe, expect, it } from 'vitest';
import { problemSummary } from '../bank/problems';
import { parseGift } from './gift';
import { fileName, takeMedia, type Media } from './gift-media';

const take = (text: string) => {
	const found: Media[] = [];
	return { text: takeMedia(text, found), found };
};
const read = (text: string) => {
	const { drafts, problems } = parseGift(text, 'quiz.gift');
	return { drafts, notes: problems.map((p) => `${p.line}: ${problemSummary(p)}`) };
};

describe('takeMedia', () => {
	it('takes out an <img>, named by its file', () => {
		expect(take('<p>Map:</p><p><img src="@@PLUGINFILE@@/gujarat-map.png" alt="map" width="400"></p>')).toEqual({
			text: '<p>Map:</p><p></p>',
			found: [{ what: 'image', name: 'gujarat-map.png' }]
		});
	});

	it('takes out an <audio> element with its sources and fallback text', () => {
		expect(take('Listen: <audio controls="true"><source src="@@PLUGINFILE@@/jana%20gana.mp3">@@PLUGINFILE@@/jana%20gana.mp3</audio> Who?')).toEqual({
			text: 'Listen:  Who?',
			found: [{ what: 'audio', name: 'jana gana.mp3' }]
		});
		expect(take('<AUDIO SRC="song.ogg"></AUDIO>x').found).toEqual([{ what: 'audio', name: 'song.ogg' }]);
	});

	it('takes out a Markdown image, and a bare @@PLUGINFILE@@ link by what its name says', () => {
		expect(take('See ![the map](https://example.org/maps/gujarat.png "Gujarat") here')).toEqual({
			text: 'See  here',
			found: [{ what: 'image', name: 'gujarat.png' }]
		});
		expect(take('<a href="@@PLUGINFILE@@/notes.pdf">notes</a>')).toEqual({
			text: '<a href="">notes</a>',
			found: [{ what: 'file', name: 'notes.pdf' }]
		});
	});

	it('names a link to a sound or an image elsewhere, keeping its words', () => {
		expect(take('<a href="http://demo.moodle.net/file.php/5/media/bonjour.mp3">Listen to this greeting:</a>')).toEqual({
			text: '<a href="http://demo.moodle.net/file.php/5/media/bonjour.mp3">Listen to this greeting:</a>',
			found: [{ what: 'audio', name: 'bonjour.mp3' }]
		});
		expect(take('<a href="https://example.org/page">a page</a>').found).toEqual([]);
	});

	it('names a picture pasted into the editor by its type', () => {
		expect(fileName('data:image/png;base64,iVBORw0KGgo=')).toBe('data:image/png');
		expect(take('<img src="data:image/png;base64,iVBORw0KGgo=">').found).toEqual([{ what: 'image', name: 'data:image/png' }]);
	});

	it('leaves text without media as it is', () => {
		expect(take('1 < 2 and [x](y)')).toEqual({ text: '1 < 2 and [x](y)', found: [] });
	});

	// once per bracket takes minutes on such text, past the test's time limit
	it('reads hostile text once, not once per bracket', () => {
		for (const unit of ['<audio', '<img', '![', '![a](', '<a href=', '@@PLUGINFILE@@/']) {
			expect(take(unit.repeat(200_000 / unit.length)).found.length).toBeLessThan(200_000);
		}
	});
});

describe('parseGift: media are named in notes on the question line', () => {
	it('names the image of an [html] question, and reads the rest of its text', () => {
		const { drafts, notes } = read(
			'// question: 2130  name: map\n::map::[html]<p>Which capital?</p>\\n<p><img src\\="@@PLUGINFILE@@/gujarat-map.png" alt\\="map"></p>{\n\t=<p>Gandhinagar</p>\n\t~<p>Surat</p>\n}'
		);
		expect(drafts[0]!.prompt).toBe('Which capital?');
		expect(notes).toEqual(['2: map: question: left-out what=image text=gujarat-map.png (note)']);
	});

	it('names images and sounds of options and feedback too, each file once', () => {
		const { drafts, notes } = read(
			'Q <img src="a.png"> {=<img src\\="a.png">Yes#<audio src\\="yes.mp3"></audio>Right ~No####![b](b.gif)}'
		);
		expect([drafts[0]!.prompt, drafts[0]!.answer, drafts[0]!.feedback]).toEqual(['Q', 'Yes', [{ option: 'Yes', text: 'Right' }]]);
		expect(notes).toEqual([
			'1: -: question: left-out what=image text=a.png (note)',
			'1: -: question: left-out what=image text=b.gif (note)',
			'1: -: question: left-out what=audio text=yes.mp3 (note)'
		]);
	});

	it('keeps [plain] text as written: it has no images', () => {
		const { drafts, notes } = read('[plain]What does <img src="x.png"> do? {=shows a picture}');
		expect([drafts[0]!.prompt, notes]).toEqual(['What does <img src="x.png"> do?', []]);
	});

	it('names nothing for a question left out whole', () => {
		expect(read('Match. <img src="m.png"> {=a -> b =c -> d}').notes).toEqual(['1: -: question: gift-matching (note)']);
	});
});
