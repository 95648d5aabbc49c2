/**
 * Some chat apps and mail clients escape a link's `#` as `%23`: /share%23v2.… then names a page
 * that does not exist, and the set, the assignment or the result never reaches the page that reads it.
 */

/** The pages whose links carry their contents after `#`. */
const LINK_PAGES = /^\/(share|assignment|teach\/class)%23(.+)$/i;

/** The address `pathname` meant, with its `#` back, or undefined when it is no such escaped link. */
export function unescapedLink(pathname: string): string | undefined {
	const link = LINK_PAGES.exec(pathname);
	return link ? `/${link[1]!.toLowerCase()}#${link[2]}` : undefined;
}
