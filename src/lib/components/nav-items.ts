import type { Messages } from '$lib/i18n';

/** A section of the app in the navigation bar. */
export interface NavItem {
	href: string;
	label: keyof Messages;
	/** An SVG path on a 24x24 grid. */
	icon: string;
}

/** The sections that exist; a section joins this list when its pages are built. */
export const NAV_ITEMS: NavItem[] = [
	{ href: '/', label: 'navHome', icon: 'M3 11 12 3l9 8v10h-6v-6H9v6H3z' },
	{
		href: '/quiz',
		label: 'navQuiz',
		icon: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 17h-2v-2h2zm2.1-7.8-.9.9A3.4 3.4 0 0 0 13 15h-2v-.5a4 4 0 0 1 1.2-2.8l1.2-1.3A2 2 0 1 0 10 9H8a4 4 0 1 1 7.1 2.2z'
	},
	{
		href: '/cards',
		label: 'navCards',
		icon: 'M4 5h12a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2zm16-2a2 2 0 0 1 2 2v12h-2V5H8V3z'
	},
	{ href: '/progress', label: 'navProgress', icon: 'M3 20h18v2H3zM5 11h3v8H5zm5.5-6h3v14h-3zM16 8h3v11h-3z' },
	{
		href: '/read',
		label: 'navRead',
		icon: 'M4 4h7a2 2 0 0 1 2 2v14a3 3 0 0 0-3-3H4zm16 0h-7a2 2 0 0 0-2 2v14a3 3 0 0 1 3-3h6z'
	},
	{ href: '/teach', label: 'navTeach', icon: 'M12 3 1 9l11 6 9-4.9V17h2V9zM5 13.2v4l7 3.8 7-3.8v-4L12 17z' },
	{
		href: '/settings',
		label: 'navSettings',
		icon: 'M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8zm9 4-2.1-.7-.5-1.3 1-2-2.4-2.4-2 1-1.3-.5L13 3h-2l-.7 2.1-1.3.5-2-1-2.4 2.4 1 2-.5 1.3L3 11v2l2.1.7.5 1.3-1 2 2.4 2.4 2-1 1.3.5L11 21h2l.7-2.1 1.3-.5 2 1 2.4-2.4-1-2 .5-1.3L21 13z'
	}
];

/** Whether a link is the current section: exact for Home, by prefix for the rest. */
export function isCurrent(href: string, pathname: string): boolean {
	return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}
