/**
 * A person's name as the answer asks it, and the other ways of writing it a student may type. -જી
 * after a surname is respect, not the name (મોદીજી -> મોદી); -ભાઈ and -બેન are how Gujarati names
 * a person (મીનાબેન દેસાઈ), so the name keeps them and the bare name is accepted (મીના દેસાઈ).
 */
import { SURNAMES } from './surnames';

/** Honorifics joined to a first name before a surname: મીનાબેન દેસાઈ, રમેશભાઈ પટેલ. */
const GIVEN_HONORIFIC = /^(.*[^\u0ACD])(?:ભાઈ|ભાઇ|બેન|બહેન)$/;

/** Honorifics written apart between a first name and a surname: હિતેન્દ્ર ભાઈ જોષી. */
const APART = new Set(['ભાઈ', 'ભાઇ', 'બેન', 'બહેન']);

/** A person's answer and the other forms of it: the name as written, the name without -ભાઈ or -બેન. */
export type PersonForms = { answer: string; forms: string[] };

/** The answer for a person written `written`, with the forms a student may type instead. */
export function personForms(written: string): PersonForms {
	const words = written.split(' ');
	const last = words[words.length - 1]!;
	// -જી after a surname is respect (મોદીજી); after a first name it is often the name (રાઘવજી, કુંવરજી)
	const bare = last.endsWith('જી') ? last.slice(0, -'જી'.length) : '';
	if (bare !== '' && SURNAMES.has(bare)) words[words.length - 1] = bare;
	const answer = words.join(' ');
	const forms = answer === written ? [] : [written];
	// a first name alone keeps its -ભાઈ (રમેશભાઈ), and so does a father's name between (રમેશભાઈ નાનજીભાઈ સાવલિયા)
	if (words.length === 3 && APART.has(words[1]!)) forms.push(`${words[0]} ${words[2]}`);
	const first = words.length === 2 ? GIVEN_HONORIFIC.exec(words[0]!) : null;
	if (first && [...first[1]!].length >= 2) forms.push(`${first[1]} ${words[1]}`);
	return { answer, forms };
}
