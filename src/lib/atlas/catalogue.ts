/** The exportable layers as the API lists them: the catalogue's ids, titles and descriptions. */
import type { LayerInfo } from '$lib/types';
import { LAYER_CATALOGUE } from '$lib/model/layers';

export { isLayerId } from '$lib/model/layers';

export const LAYERS: Omit<LayerInfo, 'count' | 'geometryType'>[] = LAYER_CATALOGUE.map(({ id, title, group, description }) => ({ id, title, group, description }));
