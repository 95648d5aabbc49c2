import { expect, it } from 'vitest';
import { classFileName } from './file-name';

it('file names keep Gujarati and drop what file systems refuse', () => {
	expect(classFileName('આશા પટેલ', 'Week 3: "Putin"/Kim?')).toBe('kasoti-આશા-પટેલ-Week-3-Putin-Kim.txt');
	expect(classFileName('', '***')).toBe('kasoti.txt');
});
