import { describe, expect, it } from 'vitest';
import { titleEn, type TitleInput } from './titles';

const at = (name_en: string, geo_precision: 1 | 2 | 3 = 2) => ({ name_en, geo_precision });
const t = (x: Partial<TitleInput>): TitleInput => ({ type: 'clash', actors: [], fatalities: null, injuries: null, place: null, quantities: {}, ...x });

describe('an English title never names the wrong dead', () => {
	it('a bomb, a mine or an attack on civilians kills the side that is not its perpetrator', () => {
		expect(titleEn(t({ type: 'ied', actors: ['iraqi-army', 'isis'], fatalities: 2, place: at('Rawa', 1) }))).toBe('IED kills 2 Iraqi soldiers in Rawa');
		expect(titleEn(t({ type: 'landmine', actors: ['civilians', 'isis'], fatalities: 1, place: at('Hit') }))).toBe('Landmine kills 1 civilian near Hit');
		expect(titleEn(t({ type: 'assassination', actors: ['unidentified-gunmen', 'sdf'], fatalities: 1 }))).toBe('Assassination kills 1 SDF fighter');
	});
	it('an air strike, a drone, shelling or a clash with both sides named says "people"', () => {
		expect(titleEn(t({ type: 'airstrike', actors: ['iraqi-security-forces', 'isis'], fatalities: 3, place: at('Bayji') }))).toBe('Airstrike kills 3 people near Bayji');
		expect(titleEn(t({ type: 'clash', actors: ['pmf', 'isis'], fatalities: 4, injuries: 2 }))).toBe('Clash kills 4 people, wounds 2');
		expect(titleEn(t({ type: 'drone-strike', actors: ['sdf', 'isis'], injuries: 2 }))).toBe('Drone strike wounds 2 people');
	});
	it('with one side named, that side is the dead', () => {
		expect(titleEn(t({ type: 'airstrike', actors: ['isis'], fatalities: 5, place: at('Bayji') }))).toBe('Airstrike kills 5 ISIS members near Bayji');
		expect(titleEn(t({ type: 'shelling', actors: ['civilians'], injuries: 3 }))).toBe('Shelling wounds 3 civilians');
		// A striker with no noun for its dead (Turkish forces, the coalition) leaves one side that has one.
		expect(titleEn(t({ type: 'drone-strike', actors: ['turkish-forces', 'sdf'], injuries: 2 }))).toBe('Drone strike wounds 2 SDF fighters');
	});
});
