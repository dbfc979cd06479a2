/**
 * An ACLED-shaped CSV export, generated: `rows` events over the frontier frame (lon 35–48,
 * lat 31–38), 2017–2025, with ACLED's column names, event types, precision mix (geo 1/2/3 about
 * 70/22/8 %, time 1/2/3 about 85/10/5 %), two actors from a pool, one to three sources, notes with
 * Arabic, commas, quotes and line breaks. Seeded: the same arguments give the same bytes. Streamed
 * to disk, so a million rows never sit in memory.
 *   npx tsx tests/bench/acled.ts --rows 1000000 --out /tmp/acled-1m.csv
 */
import { createWriteStream, existsSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { rng } from '../seeded';

const HEADER = 'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp';
const TYPES: [string, string[]][] = [
	['Battles', ['Armed clash', 'Government regains territory']],
	['Explosions/Remote violence', ['Air/drone strike', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED']],
	['Violence against civilians', ['Attack', 'Abduction/forced disappearance']],
	['Protests', ['Peaceful protest']],
	['Strategic developments', ['Arrests', 'Looting/property destruction', 'Other']]
];
const ACTORS = ['Military Forces of Syria (2024-)', 'Islamic State (Syria)', 'Syrian Democratic Forces', 'Military Forces of Iraq (2022-)', 'Popular Mobilization Forces', 'Unidentified Armed Group (Syria)', 'Military Forces of the United States (2021-)', 'Military Forces of Turkey (2016-)', 'Civilians (Syria)', 'Protesters (Iraq)'];
const SOURCES = ['SANA', 'Syrian Observatory for Human Rights', 'Rudaw', 'Iraqi News Agency', 'Kurdistan 24', 'Shafaq News', 'Deir Ezzor 24'];
const PLACES = [['Syria', 'Deir ez-Zor', 'Al Mayadin'], ['Syria', 'Al Hasakah', 'Al Hol'], ['Iraq', 'Al Anbar', 'Al Qaim'], ['Iraq', 'Nineveh', 'Sinjar'], ['Syria', 'Ar Raqqa', 'Ar Raqqa']];

const q = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export async function generateAcled(rows: number, out: string, seed = 1): Promise<{ path: string; bytes: number; reused: boolean }> {
	if (existsSync(`${out}`) && existsSync(`${out}.done-${rows}-${seed}`)) return { path: out, bytes: statSync(out).size, reused: true };
	const r = rng(seed);
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
	const w = createWriteStream(out);
	const day0 = Date.UTC(2017, 0, 1);
	const days = Math.floor((Date.UTC(2025, 11, 31) - day0) / 86_400_000);
	w.write(`${HEADER}\n`);
	for (let i = 0; i < rows; i++) {
		const [type, subs] = pick(TYPES);
		const [country, admin1, location] = pick(PLACES);
		const date = new Date(day0 + Math.floor(r() * days) * 86_400_000).toISOString().slice(0, 10);
		const g = r();
		const gp = g < 0.7 ? 1 : g < 0.92 ? 2 : 3;
		const t = r();
		const tp = t < 0.85 ? 1 : t < 0.95 ? 2 : 3;
		const a1 = pick(ACTORS);
		const a2 = r() < 0.6 ? pick(ACTORS) : '';
		const src = Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(SOURCES));
		const notes = `On ${date}, ${a1} ${type.toLowerCase()} near ${location}, "reportedly"${r() < 0.1 ? '\nاشتباكات في ريف دير الزور' : ''}.`;
		const line = [
			`${country === 'Syria' ? 'SYR' : 'IRQ'}${i + 1}`, date, date.slice(0, 4), tp, 'Political violence', type, pick(subs), a1, '', 1, a2, '', a2 ? 2 : 0, 12, '',
			country === 'Syria' ? 760 : 368, 'Middle East', country, admin1, '', '', location, (31 + r() * 7).toFixed(4), (35 + r() * 13).toFixed(4), gp,
			src.join('; '), 'National', notes, Math.floor(r() * 4), '', 1700000000 + i
		].map((v) => q(String(v))).join(',');
		if (!w.write(`${line}\n`)) await once(w, 'drain');
	}
	w.end();
	await once(w, 'finish');
	createWriteStream(`${out}.done-${rows}-${seed}`).end();
	return { path: out, bytes: statSync(out).size, reused: false };
}

if (process.argv[1]?.endsWith('acled.ts')) {
	const argv = process.argv.slice(2);
	const opt = (n: string) => (argv.includes(`--${n}`) ? argv[argv.indexOf(`--${n}`) + 1] : undefined);
	const res = await generateAcled(Number(opt('rows') ?? 1_000_000), opt('out') ?? '/tmp/acled-1m.csv', Number(opt('seed') ?? 1));
	console.log(`${res.path}: ${(res.bytes / 1e6).toFixed(1)} MB${res.reused ? ' (reused)' : ''}`);
}
