import { describe, expect, it } from 'vitest';
import { toGujaratiDigits } from '../text/normalize';
import { en } from './en';
import { gu } from './gu';
import { enReport } from './report-en';
import { guReport } from './report-gu';
import { enScan } from './scan-en';
import { guScan } from './scan-gu';
import { enShell } from './shell-en';
import { guShell } from './shell-gu';
import { enTeach } from './teach-en';
import { guTeach } from './teach-gu';

/** A count as a page passes it: the figure in the chosen digits, and the number itself. */
const counts = [0, 1, 2, 17];
const guNum = (n: number) => toGujaratiDigits(String(n));

describe('counted sentences say one thing in the singular', () => {
	it('in English', () => {
		const say = (f: (n: string, count: number) => string) => counts.map((n) => f(String(n), n));
		expect(say((n, c) => en.sharedConfirm('GK', n, c))).toEqual([
			'Add “GK” (0 questions) to your sets on this phone?',
			'Add “GK” (1 question) to your sets on this phone?',
			'Add “GK” (2 questions) to your sets on this phone?',
			'Add “GK” (17 questions) to your sets on this phone?'
		]);
		expect(say((n, c) => en.setReplaced('GK', n, c))[1]).toBe('“GK” is updated: it now has 1 question.');
		expect(say((n, c) => enReport.reportShowMore(n, c)).slice(1, 3)).toEqual(['Show 1 more student', 'Show 2 more students']);
		expect(enShell.unfinishedProgress('0', '1', 0)).toBe('0 of 1 answered.');
		expect(say((n, c) => enTeach.importExisting('GK', n, c))[1]).toBe(
			'This file is the set “GK”, which is already on this phone (1 question).'
		);
		expect(say((n, c) => enTeach.importShowMore(n, c))).toEqual([
			'Show 0 more questions',
			'Show 1 more question',
			'Show 2 more questions',
			'Show 17 more questions'
		]);
		expect(say((n, c) => enTeach.draftFound(n, 'dates 1', c))[1]).toBe('1 question proposed — dates 1.');
		expect(say((n, c) => enTeach.draftChosen(n, c))[1]).toBe('1 question will be saved, with the article text.');
		expect(say((n, c) => enScan.scanReadingPictures(n, c)).slice(1, 3)).toEqual(['Reading 1 picture…', 'Reading 2 pictures…']);
		expect(say((n, c) => en.forecastSummary(n, 'today: 1', c)).slice(1, 3)).toEqual([
			'1 card in all — today: 1.',
			'2 cards in all — today: 1.'
		]);
		expect(say((n, c) => en.setPageShown(n, n, c))[1]).toBe('1 of 1 question');
		expect(en.quizNewCards('1', 1)).toBe(
			'1 new question from this quiz joined your flashcards. It comes back when due and does not count against the day’s new cards.'
		);
		expect(en.quizNewCards('2', 2)).toMatch(/^2 new questions .* They come back when due and do not count/);
	});

	it('in Gujarati', () => {
		const say = (f: (n: string, count: number) => string) => counts.map((n) => f(guNum(n), n));
		expect(say((n, c) => gu.sharedConfirm('GK', n, c)).slice(1, 3)).toEqual([
			'“GK” (૧ પ્રશ્ન) આ ફોન પર તમારા સેટમાં ઉમેરીએ?',
			'“GK” (૨ પ્રશ્નો) આ ફોન પર તમારા સેટમાં ઉમેરીએ?'
		]);
		expect(say((n, c) => gu.setReplaced('GK', n, c))[1]).toBe('“GK” અપડેટ થયો: હવે તેમાં ૧ પ્રશ્ન છે.');
		expect(say((n, c) => guTeach.importExisting('GK', n, c))[1]).toBe('આ ફાઇલ “GK” સેટની છે, જે આ ફોનમાં પહેલેથી છે (૧ પ્રશ્ન).');
		expect(say((n, c) => guTeach.importShowMore(n, c)).slice(1, 3)).toEqual(['વધુ ૧ પ્રશ્ન બતાવો', 'વધુ ૨ પ્રશ્નો બતાવો']);
		expect(say((n, c) => guTeach.draftFound(n, 'તારીખો ૧', c)).slice(1, 3)).toEqual([
			'૧ પ્રશ્ન સૂચવ્યો — તારીખો ૧.',
			'૨ પ્રશ્નો સૂચવ્યા — તારીખો ૧.'
		]);
		expect(say((n, c) => guTeach.draftChosen(n, c)).slice(1, 3)).toEqual([
			'૧ પ્રશ્ન સચવાશે, લેખના લખાણ સાથે.',
			'૨ પ્રશ્નો સચવાશે, લેખના લખાણ સાથે.'
		]);
		expect(say((n, c) => guScan.scanReadingPictures(n, c)).slice(1, 3)).toEqual(['૧ ચિત્ર વંચાય છે…', '૨ ચિત્રો વંચાય છે…']);
		expect(say((n, c) => guShell.unfinishedProgress(n, '૧૦', c))).toEqual([
			'૧૦માંથી ૦ પ્રશ્નોના જવાબ આપ્યા છે.',
			'૧૦માંથી ૧ પ્રશ્નનો જવાબ આપ્યો છે.',
			'૧૦માંથી ૨ પ્રશ્નોના જવાબ આપ્યા છે.',
			'૧૦માંથી ૧૭ પ્રશ્નોના જવાબ આપ્યા છે.'
		]);
		expect(say((n, c) => gu.replaceProgress(n, '૧૦', c))[1]).toMatch(/^તમારી અધૂરી ક્વિઝમાં ૧૦માંથી ૧ પ્રશ્નનો જવાબ આપ્યો છે\./);
		expect(say((n, c) => gu.setPageShown(n, n, c)).slice(1, 3)).toEqual(['૧ પ્રશ્નમાંથી ૧', '૨ પ્રશ્નોમાંથી ૨']);
		expect(say((n, c) => gu.unitMo(n, c)).slice(1, 3)).toEqual(['૧ મહિનો', '૨ મહિના']);
		expect(say((n, c) => gu.score(n, '૪', c))).toEqual(['૪માંથી ૦ સાચા', '૪માંથી ૧ સાચો', '૪માંથી ૨ સાચા', '૪માંથી ૧૭ સાચા']);
		expect(say((n, c) => guReport.reportShowMore(n, c)).slice(1, 3)).toEqual(['બીજો ૧ વિદ્યાર્થી બતાવો', 'બીજા ૨ વિદ્યાર્થી બતાવો']);
	});
});

describe('keyboard hints', () => {
	it('write the keys in the digits they are given, not in digits of their own', () => {
		for (const hint of [gu.keyboardHint('1', '4'), gu.flipHintKeys('1', '4'), en.keyboardHint('1', '4'), en.flipHintKeys('1', '4')]) {
			expect(hint).toContain('1–4');
			expect(hint).not.toMatch(/[૦-૯]/u);
		}
		expect(gu.keyboardHint('૧', '૩')).toBe('કીબોર્ડ: ૧–૩થી વિકલ્પ, Enterથી આગળ.');
	});
});
