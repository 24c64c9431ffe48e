import { error } from '@sveltejs/kit';
import { loadArticleComponent } from '$lib/content';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data, params }) => {
	const component = await loadArticleComponent(data.article.locale, params.slug);
	if (!component) error(404, 'No such article');
	return { ...data, component };
};
