import { describe, expect, it } from 'vitest';
import { kasotiTarget, pageOfFragment } from './scan';

describe('kasotiTarget', () => {
	it('takes a set, an assignment or a result link to its page, whatever address made it', () => {
		expect(kasotiTarget('https://kasoti.example/share#v2.0123abcd.AAAA')).toBe('/share#v2.0123abcd.AAAA');
		expect(kasotiTarget('http://192.168.1.5:4173/share#v1.AAAA')).toBe('/share#v1.AAAA');
		expect(kasotiTarget('https://school.example/assignment#a1.0123abcd.BBBB')).toBe('/assignment#a1.0123abcd.BBBB');
		expect(kasotiTarget('https://school.example/share#a1.0123abcd.BBBB')).toBeUndefined();
		expect(kasotiTarget('https://kasoti.example/teach/class#r1.0123abcd.CCCC')).toBe('/teach/class#r1.0123abcd.CCCC');
	});

	it('reads a link with spaces around it, a trailing slash, or inside a message', () => {
		expect(kasotiTarget('  https://kasoti.example/share#v2.0123abcd.AAAA\n')).toBe('/share#v2.0123abcd.AAAA');
		expect(kasotiTarget('https://kasoti.example/share/#v2.0123abcd.AAAA')).toBe('/share#v2.0123abcd.AAAA');
		expect(kasotiTarget('આજનો સેટ: https://kasoti.example/share#v2.0123abcd.AAAA આભાર')).toBe('/share#v2.0123abcd.AAAA');
	});

	// the fragment kept the sentence's ")." and the link was called damaged
	it('leaves out the punctuation of the sentence a link is written in', () => {
		const set = '/share#v2.0123abcd.AAAA';
		expect(kasotiTarget(`આ અઠવાડિયાનો સેટ (https://kasoti.example${set}).`)).toBe(set);
		expect(kasotiTarget(`“https://kasoti.example${set}”.`)).toBe(set);
		expect(kasotiTarget(`https://kasoti.example${set}।`)).toBe(set);
		expect(kasotiTarget(`https://kasoti.example${set}…`)).toBe(set);
		expect(kasotiTarget('સોંપણી: https://school.example/assignment#a1.0123abcd.B-_b.')).toBe('/assignment#a1.0123abcd.B-_b');
		expect(kasotiTarget('(https://kasoti.example/teach/class#r1.0123abcd.CCCC)')).toBe('/teach/class#r1.0123abcd.CCCC');
	});

	it('says undefined for anything that is not a Kasoti link', () => {
		for (const text of [
			'',
			'Hello, world',
			'https://example.com/',
			'https://kasoti.example/share',
			'https://kasoti.example/share#',
			'https://kasoti.example/share#top',
			'https://kasoti.example/share#r1.0123abcd.CCCC',
			'https://kasoti.example/teach/class#v2.0123abcd.AAAA',
			'https://kasoti.example/quiz#v2.0123abcd.AAAA',
			'https://kasoti.example/constructor#v2.0123abcd.AAAA',
			'https://kasoti.example/share#p1.0123abcd.1.3.https',
			'javascript:alert(1)//share#v2.0123abcd.AAAA',
			'v2.0123abcd.AAAA',
			'WIFI:S:school;T:WPA;P:secret;;'
		]) {
			expect(kasotiTarget(text), text).toBeUndefined();
		}
	});
});

describe('pageOfFragment', () => {
	it('names the page that opens a set, an assignment or a result, and none for anything else', () => {
		expect(pageOfFragment('#v2.0123abcd.AAAA')).toBe('/share');
		expect(pageOfFragment('v1.AAAA')).toBe('/share');
		expect(pageOfFragment('#a1.0123abcd.BBBB')).toBe('/assignment');
		expect(pageOfFragment('#r1.0123abcd.CCCC')).toBe('/teach/class');
		for (const hash of ['', '#', '#top', '#p1.0123abcd.1.3.https', '#v3.0123abcd.AAAA'])
			expect(pageOfFragment(hash), hash).toBeUndefined();
	});
});
