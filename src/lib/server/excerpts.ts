/** Excerpt-making lives in $lib/corpus/excerpts; re-exported here for older imports. */
export { ExcerptMaker, glossKey, sourceLine } from '$lib/corpus/excerpts';
