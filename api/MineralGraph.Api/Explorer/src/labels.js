import { svg } from './dom.js';

// Each label's colour and shape, the same in the graph, the legends and the search results, so
// a label never rests on colour alone. Colours from Okabe and Ito's and Paul Tol's colour-blind-safe
// palettes. Shapes are polygons in [-1, 1], which Cytoscape draws as given (shape-polygon-points)
// and the legends draw as SVG, so both look alike.

const shapes = {
  circle: null,
  triangle: [[0, -1], [1, 1], [-1, 1]],
  square: [[-1, -1], [1, -1], [1, 1], [-1, 1]],
  diamond: [[0, -1], [1, 0], [0, 1], [-1, 0]],
  hexagon: [[-1, 0], [-0.5, -0.87], [0.5, -0.87], [1, 0], [0.5, 0.87], [-0.5, 0.87]],
  pentagon: [[0, -1], [0.95, -0.31], [0.59, 0.81], [-0.59, 0.81], [-0.95, -0.31]],
  octagon: [[-0.41, -1], [0.41, -1], [1, -0.41], [1, 0.41], [0.41, 1], [-0.41, 1], [-1, 0.41], [-1, -0.41]],
  star: [[0, -1], [0.24, -0.33], [0.95, -0.31], [0.38, 0.12], [0.59, 0.81], [0, 0.4], [-0.59, 0.81], [-0.38, 0.12], [-0.95, -0.31], [-0.24, -0.33]],
  wide: [[-1, -0.6], [1, -0.6], [1, 0.6], [-1, 0.6]],
  rhomboid: [[-0.5, -0.8], [1, -0.8], [0.5, 0.8], [-1, 0.8]],
  flag: [[-1, -1], [0.4, -1], [1, 0], [0.4, 1], [-1, 1]],
  shield: [[-1, -1], [1, -1], [1, 0.2], [0, 1], [-1, 0.2]],
  document: [[-0.8, -1], [0.4, -1], [0.8, -0.6], [0.8, 1], [-0.8, 1]],
};

const styles = {
  Element: { color: '#0072B2', shape: 'circle' },
  Mineral: { color: '#56B4E9', shape: 'hexagon' },
  Product: { color: '#009E73', shape: 'wide' },
  Technology: { color: '#999933', shape: 'diamond' },
  Application: { color: '#CC79A7', shape: 'star' },
  Mine: { color: '#D55E00', shape: 'triangle' },
  Facility: { color: '#E69F00', shape: 'square' },
  Company: { color: '#882255', shape: 'octagon' },
  Country: { color: '#117733', shape: 'flag' },
  Agency: { color: '#332288', shape: 'shield' },
  Organization: { color: '#AA4499', shape: 'pentagon' },
  Regulation: { color: '#CC3311', shape: 'rhomboid' },
  Source: { color: '#6F6F6F', shape: 'document' },
};

// A label the page does not know yet (the model gained one) still draws, plainly.
const fallback = { color: '#555555', shape: 'circle' };

export const labelStyle = (label) => styles[label] ?? fallback;

/** The Cytoscape style of a label's nodes. */
export function cytoscapeShape(label) {
  const points = shapes[labelStyle(label).shape];
  return points ? { shape: 'polygon', 'shape-polygon-points': points.flat().join(' ') } : { shape: 'ellipse' };
}

/** A small SVG of a shape (a label's or the map's), hidden from screen readers: the text next to it names it. */
export function shapeIcon(shape, color, { size = 14, hollow = false } = {}) {
  const points = shapes[shape];
  const common = { fill: hollow ? 'none' : color, stroke: hollow ? color : '#1f1f1f', 'stroke-width': hollow ? 3 : 1, 'vector-effect': 'non-scaling-stroke' };
  return svg('svg', { class: 'shape-icon', width: size, height: size, viewBox: '-1.2 -1.2 2.4 2.4', 'aria-hidden': 'true', focusable: 'false' },
    points ? svg('polygon', { points: points.map((point) => point.join(',')).join(' '), ...common }) : svg('circle', { r: 1, ...common }));
}

export const labelIcon = (label, options) => shapeIcon(labelStyle(label).shape, labelStyle(label).color, options);

export const shapePoints = (shape) => shapes[shape];
