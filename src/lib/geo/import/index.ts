/**
 * Import a user's GeoJSON file: bytes in, a checked RFC 7946 FeatureCollection (or every problem,
 * each with where it is and what to do) out. Pure and browser-safe: runs in a Web Worker.
 *
 * @example
 * const r = importGeoJSON(await file.arrayBuffer());
 * if (r.ok) draw(r.collection); else alert(r.errors.map(describe).join('\n'));
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import gjv from 'geojson-validation';
import { Checker, GEOMETRY_TYPES, caseHint, isObject, kind, typeName } from './check';
import { scanJson } from './scan';
import { decodeUtf8, sniffBinary, sniffText } from './sniff';
import { DEFAULT_LIMITS, type ImportLimits, type ImportProblem, type ImportProgress, type ImportResult } from './types';

export { describe, DEFAULT_LIMITS, type ImportProblem, type ImportResult, type ImportLimits } from './types';

const fail = (code: string, where: string, message: string): ImportResult => ({ ok: false, errors: [{ code, where, message }] });

export function importGeoJSON(input: ArrayBuffer | Uint8Array, options: Partial<ImportLimits> & { onprogress?: ImportProgress } = {}): ImportResult {
	const limits = { ...DEFAULT_LIMITS, ...options };
	const progress = options.onprogress ?? (() => {});
	const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
	const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
	if (bytes.length > limits.maxBytes)
		return fail('too-large', '', `The file is ${mb(bytes.length)}; the limit is ${mb(limits.maxBytes)}. Split it, or simplify it first (e.g. \`mapshaper in.geojson -simplify 10% -o out.geojson\`).`);
	if (bytes.length === 0) return fail('empty', '', 'The file is empty (0 bytes). Choose the file that holds the features.');
	const binary = sniffBinary(bytes);
	if (binary) return { ok: false, errors: [binary] };
	progress('decode', 0);
	const text = decodeUtf8(bytes);
	if (typeof text !== 'string') return { ok: false, errors: [text] };
	if (text.trim() === '') return fail('empty', '', 'The file holds only blank space. Choose the file that holds the features.');

	progress('syntax', 0);
	const syntax = scanJson(text, limits.maxDepth, (f) => progress('syntax', f));
	if (syntax) {
		const where = `line ${syntax.line}, column ${syntax.column}`;
		if (syntax.kind === 'depth')
			return fail('too-deep', where, `The JSON is nested more than ${limits.maxDepth} levels deep; GeoJSON needs at most a few (a MultiPolygon's coordinates are 4). This is not a GeoJSON file, or it is damaged.`);
		const other = sniffText(text);
		if (other) return { ok: false, errors: [other] };
		return fail('not-json', where, `This is not valid JSON: ${syntax.message}. Fix the file there (a JSON validator or an editor will show it), or export it again.`);
	}
	progress('parse', 0);
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (e) {
		return fail('not-json', '', `This is not valid JSON (${e instanceof Error ? e.message : String(e)}).`);
	}
	return checkValue(value, limits, progress);
}

function checkValue(value: unknown, limits: ImportLimits, progress: ImportProgress): ImportResult {
	const warnings: ImportProblem[] = [];
	if (Array.isArray(value)) {
		const hint = value.length > 0 && isObject(value[0]) && value[0].type === 'Feature' ? ' It looks like a list of Features: wrap it as {"type": "FeatureCollection", "features": [ … ]}.' : '';
		return fail('top-array', '', `The file holds a JSON array; GeoJSON is one object (a FeatureCollection, a Feature or a Geometry).${hint}`);
	}
	if (!isObject(value)) return fail('top-not-object', '', `The file holds ${kind(value)}; GeoJSON is one object (a FeatureCollection, a Feature or a Geometry).`);
	const type = value.type;
	if (type === 'Topology')
		return fail('topojson', 'type', 'This is TopoJSON, not GeoJSON: convert it with mapshaper (`mapshaper in.topojson -o format=geojson out.geojson`) or `topo2geo`, then import the result.');
	if (type === undefined && (Object.hasOwn(value, 'spatialReference') || Object.hasOwn(value, 'geometryType') || (Array.isArray(value.features) && isObject(value.features[0]) && Object.hasOwn(value.features[0], 'attributes'))))
		return fail('esrijson', '', 'This is Esri JSON (ArcGIS), not GeoJSON: `ogr2ogr -f GeoJSON -t_srs EPSG:4326 out.geojson in.json`, or ask the ArcGIS server for f=geojson.');
	if (typeof type !== 'string' || !(type === 'FeatureCollection' || type === 'Feature' || GEOMETRY_TYPES.has(type)))
		return fail('type', 'type', `${typeName(type)} is not a GeoJSON type: the top-level "type" must be FeatureCollection, Feature or a geometry type${caseHint(type)}.`);
	if (Object.hasOwn(value, 'crs'))
		warnings.push({ code: 'crs', where: 'crs', message: 'The "crs" member is ignored (RFC 7946 removed it): coordinates are read as WGS84 longitude, latitude.' });

	const c = new Checker(limits.maxErrors);
	let features: Feature[];
	if (type === 'FeatureCollection') {
		if (!Array.isArray(value.features)) return fail('features', 'features', `A FeatureCollection needs a "features" array, found ${kind(value.features)}.`);
		if (value.features.length > limits.maxFeatures)
			return fail('too-many', 'features', `The file has ${value.features.length} features; the limit is ${limits.maxFeatures}. Split it into smaller files.`);
		if (Object.hasOwn(value, 'bbox')) c.bbox(value.bbox, 'bbox');
		features = [];
		const n = value.features.length;
		for (let i = 0; i < n; i++) {
			if (i % 1000 === 0) progress('validate', i / n);
			const f = feature(value.features[i], `features[${i}]`, c);
			if (f) features.push(f);
		}
	} else if (type === 'Feature') {
		const f = feature(value, '', c);
		features = f ? [f] : [];
		warnings.push({ code: 'wrapped', where: '', message: 'The file is a single Feature: it was imported as a collection of one.' });
	} else {
		c.geometry(value, '');
		features = [{ type: 'Feature', properties: {}, geometry: value as unknown as Geometry }];
		warnings.push({ code: 'wrapped', where: '', message: `The file is a bare ${type} geometry: it was imported as one feature with no properties.` });
	}
	if (c.errors.length) return { ok: false, errors: withMore(c) };
	// geojson-validation as a second opinion, now that the shape is known to be safe for it.
	const collection: FeatureCollection = { type: 'FeatureCollection', features };
	const second = gjv.valid(collection, true);
	if (Array.isArray(second) && second.length)
		return { ok: false, errors: second.slice(0, limits.maxErrors).map((m) => ({ code: 'gjv', where: '', message: `${m}.` })) };
	if (c.rewound.length)
		warnings.push({
			code: 'rewound',
			where: c.rewound.slice(0, 3).join(', ') + (c.rewound.length > 3 ? ', …' : ''),
			message: `${c.rewound.length} polygon ring${c.rewound.length === 1 ? ' was' : 's were'} wound the wrong way and ${c.rewound.length === 1 ? 'was' : 'were'} rewound (RFC 7946 right-hand rule: outlines counter-clockwise, holes clockwise).`
		});
	if (features.length === 0) warnings.push({ code: 'no-features', where: 'features', message: 'The collection has no features: the layer is empty.' });
	progress('validate', 1);
	return { ok: true, collection, warnings: [...warnings, ...c.warnings] };
}

function withMore(c: Checker): ImportProblem[] {
	return c.more ? [...c.errors, { code: 'more', where: '', message: `…and ${c.more} more problem${c.more === 1 ? '' : 's'} of the same kinds.` }] : c.errors;
}

/** One Feature, checked; its own keys are copied, never merged into a shared prototype. */
function feature(f: unknown, at: string, c: Checker): Feature | null {
	const p = (s: string) => (at ? `${at}.${s}` : s);
	if (!isObject(f)) {
		c.error('feature', at, `each item of "features" must be a Feature object, found ${kind(f)}.`);
		return null;
	}
	if (f.type !== 'Feature') {
		const geom = typeof f.type === 'string' && GEOMETRY_TYPES.has(f.type);
		c.error('feature-type', p('type'), `${typeName(f.type)} where a Feature was expected${geom ? ': wrap the geometry as {"type": "Feature", "properties": {}, "geometry": … }' : ': each item must have "type": "Feature"'}${caseHint(f.type)}.`);
		return null;
	}
	if (!Object.hasOwn(f, 'geometry')) {
		c.error('no-geometry', at || 'Feature', 'a Feature needs a "geometry" member (an object, or null for no location).');
		return null;
	}
	if (f.geometry !== null) c.geometry(f.geometry, p('geometry'));
	if (Object.hasOwn(f, 'id') && !(typeof f.id === 'string' || (typeof f.id === 'number' && Number.isFinite(f.id))))
		c.error('id', p('id'), `"id" must be a string or a number, found ${kind(f.id)}. Make it one, or remove it.`);
	if (Object.hasOwn(f, 'bbox')) c.bbox(f.bbox, p('bbox'));
	const props = Object.hasOwn(f, 'properties') ? f.properties : null;
	if (props !== null && !isObject(props))
		c.error('properties', p('properties'), `"properties" must be an object or null, found ${kind(props)}. Put the values inside an object, e.g. {"name": …}.`);
	const out: Feature = { type: 'Feature', geometry: f.geometry as Geometry, properties: (props as Feature['properties']) ?? null };
	if (Object.hasOwn(f, 'id')) out.id = f.id as string | number;
	return out;
}
