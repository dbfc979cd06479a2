/** Colours shared by the basemap, the data layers and the legend swatches. */
export const palette = {
	sea: '#c4d7e3',
	/** Outside the atlas' extent, where it has no data at all. */
	noData: '#dedbd5',
	landContext: '#e6e2d9',
	landNeighbour: '#ebe7de',
	landFocus: '#fbf8f1',
	countryLine: '#9c9485',
	focusLine: '#5f5546',
	governorateLine: '#b9ae9c',
	river: '#5f97c2',
	lake: '#c4d7e3',
	lakeLine: '#8fb3cc',
	labelInk: '#5b5246',
	ink: '#1f1d1a',
	halo: '#fffdf8',
	border: '#b3261e',
	pipeline: '#3b3b3b',
	corridor: '#1f7a70',
	area: '#c98a2b',
	camp: '#7b3fa0',
	borderArea: '#b3261e',
	band: '#2f5d7c',
	measure: '#0d47a1',
	incident: '#c2185b',
	place: '#2b2b2b',
	selected: '#1565c0'
} as const;
