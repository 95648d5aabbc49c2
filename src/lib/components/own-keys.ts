/** Controls that act on Space (or Enter) themselves: a page-wide shortcut leaves those keys to them. */
const CONTROLS = [
	'a[href]',
	'button',
	'summary',
	'input',
	'select',
	'textarea',
	'label',
	'[contenteditable]:not([contenteditable="false"])',
	...['button', 'link', 'checkbox', 'radio', 'switch', 'tab', 'menuitem', 'option', 'slider', 'spinbutton', 'combobox', 'textbox'].map(
		(role) => `[role="${role}"]`
	)
].join(', ');

/** Whether a key pressed on this element belongs to a control it is (or is in), not to the page. */
export function ownsKeys(target: EventTarget | null): boolean {
	return target instanceof Element && target.closest(CONTROLS) !== null;
}
