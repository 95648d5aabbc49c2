/**
 * One tab at a time per quiz: two tabs answering the same quiz would rate its cards twice. The
 * tab that has the quiz holds a Web Lock named after it for as long as the quiz is on screen;
 * another tab is told the quiz is open elsewhere and may take it over, and the first is told it moved.
 */

/** Where this tab stands: asking, has the quiz, another tab has it, or another tab took it over. */
export type LockState = 'asking' | 'held' | 'elsewhere' | 'moved';

/** The lock's name for a quiz: the same in every tab of the app. */
export function quizLockName(quizId: string): string {
	return `kasoti-quiz:${quizId}`;
}

export class QuizLock {
	/** Whether this tab may answer the quiz. */
	state = $state<LockState>('asking');
	readonly #name: string;
	#release: (() => void) | undefined;

	constructor(quizId: string) {
		this.#name = quizLockName(quizId);
	}

	/** Takes the quiz if no other tab has it. */
	take(): Promise<LockState> {
		return this.#request({ ifAvailable: true });
	}

	/** Takes the quiz from the tab that has it ("continue here"). */
	takeOver(): Promise<LockState> {
		return this.#request({ steal: true });
	}

	/** Lets the quiz go, for another tab to take. */
	release(): void {
		this.#release?.();
		this.#release = undefined;
	}

	#request(options: LockOptions): Promise<LockState> {
		// Without Web Locks (old browsers) each tab answers on its own; the database refuses a second answer.
		const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
		if (!locks) return Promise.resolve((this.state = 'held'));
		return new Promise((resolve) => {
			locks
				.request(this.#name, options, (lock) => {
					if (!lock) return void resolve((this.state = 'elsewhere'));
					resolve((this.state = 'held'));
					return new Promise<void>((done) => (this.#release = done));
				})
				.catch(() => {
					// The lock was stolen: another tab said "continue here".
					this.#release = undefined;
					if (this.state === 'held') this.state = 'moved';
				});
		});
	}
}
