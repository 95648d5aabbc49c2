import { describe, expect, it } from 'vitest';
import { carryEdits, isEdited } from './carry-edits';
import { findItems, type DraftItem } from './draft';

const FIRST = 'માર્ગ મંત્રી હર્ષદભાઈ પટેલે વડોદરા શહેરમાં પુલનું ઉદ્ઘાટન કર્યું. કાર્યક્રમમાં કલેક્ટર સુધા મહેતા હાજર રહ્યાં હતાં.';
/** The same article with a sentence added and the second one reworded. */
const SECOND =
	'માર્ગ મંત્રી હર્ષદભાઈ પટેલે વડોદરા શહેરમાં પુલનું ઉદ્ઘાટન કર્યું. કાર્યક્રમમાં કલેક્ટર સુધા મહેતા પણ આવ્યાં હતાં. ' +
	'મંગળવારે પટેલે ભરૂચની મુલાકાત લીધી.';

const byAnswer = (list: DraftItem[], answer: string) => list.find((i) => i.answer === answer)!;

describe('carryEdits', () => {
	it('keeps the edits of proposals whose answer is still in the same sentence, and counts those lost', () => {
		const before = findItems(FIRST, []);
		const minister = byAnswer(before, 'હર્ષદભાઈ પટેલ');
		minister.prompt = 'કયા મંત્રીએ પુલનું ઉદ્ઘાટન કર્યું?';
		byAnswer(before, 'વડોદરા').ticked = false;
		// its sentence is reworded in the new text
		byAnswer(before, 'સુધા મહેતા').answer = 'સુધાબેન મહેતા';
		const { items, lost } = carryEdits(before, findItems(SECOND, []));
		expect(lost).toBe(1);
		expect(byAnswer(items, 'હર્ષદભાઈ પટેલ').prompt).toBe('કયા મંત્રીએ પુલનું ઉદ્ઘાટન કર્યું?');
		expect(byAnswer(items, 'વડોદરા').ticked).toBe(false);
		expect(byAnswer(items, 'સુધા મહેતા').prompt).toBe('કાર્યક્રમમાં કલેક્ટર કોણ પણ આવ્યાં હતાં?');
		expect(items.filter(isEdited).map((i) => i.answer)).toEqual(['હર્ષદભાઈ પટેલ', 'વડોદરા']);
	});

	it('loses nothing when no proposal was changed', () => {
		expect(carryEdits(findItems(FIRST, []), findItems(SECOND, [])).lost).toBe(0);
	});

	it('offers a question longer than 250 characters unticked, and takes it so for no edit', () => {
		const crowd = 'રાજ્યના વિવિધ જિલ્લાઓમાંથી આવેલા ખેડૂતો, પશુપાલકો અને સહકારી મંડળીઓના આગેવાનોની હાજરીમાં ';
		const long = `કાર્યક્રમમાં ${crowd.repeat(3)}ભરૂચમાં નવો પ્લાન્ટ ખુલ્લો મુકાયો.`;
		const offered = findItems(`${long} આજે સુરતમાં વરસાદ પડ્યો.`, []);
		expect(offered.map((i) => [i.answer, i.ticked, isEdited(i)])).toEqual([
			['ભરૂચ', false, false],
			['સુરત', true, false]
		]);
	});

	it('offers a list’s third item unticked, and takes it so for no edit', () => {
		const offered = findItems('આજે ભરૂચ, પાટણ, મહીસાગર અને બોટાદમાં વરસાદ પડ્યો.', []);
		expect(offered.map((i) => [i.answer, i.ticked, isEdited(i)])).toEqual([
			['ભરૂચ', true, false],
			['પાટણ', true, false],
			['મહીસાગર', false, false],
			['બોટાદ', false, false]
		]);
	});

	it('takes a repeat left unticked as offered for no edit, and keeps the tick of one the teacher ticked', () => {
		// પટેલ alone, after હર્ષદભાઈ પટેલ, comes unticked; FIRST has no sentence of it
		const offered = findItems(SECOND, []);
		expect([byAnswer(offered, 'પટેલ').ticked, isEdited(byAnswer(offered, 'પટેલ'))]).toEqual([false, false]);
		expect(carryEdits(offered, findItems(FIRST, [])).lost).toBe(0);
		byAnswer(offered, 'પટેલ').ticked = true;
		const { items } = carryEdits(offered, findItems(`${SECOND} પુલ પાછળ ૫૦ કરોડ રૂપિયા ખર્ચાયા.`, []));
		expect(byAnswer(items, 'પટેલ').ticked).toBe(true);
	});
});
