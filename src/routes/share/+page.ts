import { fetchForOpenedLink } from '$lib/components/link-code';
import { fragmentOf, linkCode, opensWithoutSet } from './link-code';
import type { PageLoad } from './$types';

// a teacher's link opens this page first: its set's code comes sooner
export const load: PageLoad = ({ url }) => fetchForOpenedLink(url, (hash) => !opensWithoutSet(fragmentOf(hash)), linkCode);
