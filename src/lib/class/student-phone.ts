/**
 * This phone's id as a student's: made once, at random, and kept in localStorage beside the name the
 * student types, so the teacher's report tells apart two students of one name (report.ts).
 */
import { readStored, writeStored } from '$lib/state/persisted';

/** Beside `kasoti.student-name`, the name the student last typed. */
export const PHONE_KEY = 'kasoti.student-phone';
/** What a result link may carry as a phone: today's ids are 12 of [0-9a-z]; a later version may make longer ones. */
export const PHONE_PATTERN = /^[0-9A-Za-z_-]{6,40}$/;
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A new id of 12 base-36 characters (62 bits): two phones of one class never share one. */
export function makePhoneId(random: (buffer: Uint32Array) => Uint32Array = (b) => crypto.getRandomValues(b)): string {
	let id = '';
	for (const word of random(new Uint32Array(12))) id += ALPHABET[word % ALPHABET.length];
	return id;
}

/**
 * This phone's id, made and kept the first time it is asked for; undefined where storage keeps
 * nothing (blocked site data): a new id each time would make one student's retake look like another student.
 */
export function studentPhone(): string | undefined {
	const read = () => readStored(PHONE_KEY, (raw) => (raw ? String(JSON.parse(raw)) : ''));
	const kept = read();
	if (PHONE_PATTERN.test(kept)) return kept;
	writeStored(PHONE_KEY, makePhoneId());
	const made = read();
	return PHONE_PATTERN.test(made) ? made : undefined;
}
