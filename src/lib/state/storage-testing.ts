/** For tests only: localStorage as Node lacks it. */

/** A localStorage that keeps entries in a Map, as a browser does within a visit. */
export function memoryStorage(): Storage {
	const entries = new Map<string, string>();
	return {
		get length() {
			return entries.size;
		},
		clear: () => entries.clear(),
		getItem: (key) => entries.get(key) ?? null,
		key: (index) => [...entries.keys()][index] ?? null,
		removeItem: (key) => void entries.delete(key),
		setItem: (key, value) => void entries.set(key, String(value))
	};
}

/** A localStorage that refuses everything, as in private mode or with a full disk. */
export function refusingStorage(): Storage {
	const refuse = () => {
		throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
	};
	return { ...memoryStorage(), getItem: refuse, setItem: refuse };
}
