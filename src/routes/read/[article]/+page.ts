import { error } from '@sveltejs/kit';
import { articleIds, articleText } from '$lib/bank/articles';
import type { EntryGenerator, PageLoad } from './$types';

// Every built-in article is prerendered, so it reads offline.
export const entries: EntryGenerator = () => articleIds().map((article) => ({ article }));

export const load: PageLoad = async ({ params }) => {
	const text = await articleText(params.article);
	if (text === undefined) error(404, 'No such article');
	return { id: params.article, text };
};
