/** A count grouped as Indian usage groups it, in ASCII digits: 20,000 and 1,00,000. Apart from digits.ts, which every page loads. */
export function groupedCount(n: number): string {
	return n.toLocaleString('en-IN');
}
