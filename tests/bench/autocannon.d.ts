// The part of autocannon's API the bench uses (the package ships no types).
declare module 'autocannon' {
	interface Options {
		url: string;
		connections?: number;
		duration?: number;
		headers?: Record<string, string>;
		amount?: number;
		timeout?: number;
		/** Requests each connection cycles through. */
		requests?: { method?: string; path: string }[];
	}
	interface Result {
		requests: { average: number; total: number };
		duration: number;
		non2xx: number;
		errors: number;
		latency: { p50: number; p99: number; average: number };
	}
	function autocannon(opts: Options, cb: (err: Error | null, res: Result) => void): unknown;
	export default autocannon;
}
