import { distanceKm, formatDistance, type LngLat } from '$lib/geo/measure';
import { intlTag } from '$lib/i18n';

/**
 * The measure tool's state, shared by the button and readout (ui) and the map layer: on or off,
 * and the points dropped so far (a third point starts a new measurement).
 */
export class MeasureState {
	active = $state(false);
	points = $state.raw<LngLat[]>([]);
	readonly km = $derived(this.points.length === 2 ? distanceKm(this.points[0], this.points[1]) : null);
	readonly text = $derived(this.km === null ? '' : formatDistance(this.km, intlTag()));

	toggle(): void {
		this.active = !this.active;
		this.points = [];
	}
	stop(): void {
		this.active = false;
		this.points = [];
	}
	add(p: LngLat): void {
		this.points = this.points.length >= 2 ? [p] : [...this.points, p];
	}
}
