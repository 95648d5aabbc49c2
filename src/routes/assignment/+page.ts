import { fetchForOpenedLink } from '$lib/components/link-code';
import { linkCode } from './link-code';
import type { PageLoad } from './$types';

// a teacher's link opens this page first: its assignment's code comes sooner
export const load: PageLoad = ({ url }) => fetchForOpenedLink(url, (hash) => hash.length > 1, linkCode);
