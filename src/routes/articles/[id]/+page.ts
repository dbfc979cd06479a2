import { error } from '@sveltejs/kit';
import type { ApiError, ArticleResponse } from '$lib/types';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, params }) => {
	const r = await fetch(`/api/articles/${encodeURIComponent(params.id)}`);
	if (!r.ok) {
		const body = (await r.json().catch(() => null)) as ApiError | null;
		error(r.status === 404 ? 404 : 502, body?.error?.message ?? `Article ${params.id} could not be loaded`);
	}
	return { article: (await r.json()) as ArticleResponse };
};
