// Radar geometry shared by the archetype charts: one axis per archetype, clockwise from the top.
import { ARCHETYPES } from '../../../core/role/vocabulary';

export const RINGS = [0.25, 0.5, 0.75, 1];

export interface Radar {
  point(index: number, fraction: number): { x: number; y: number };
  /** an SVG `points` attribute for one shape, a fraction of the radius per archetype */
  polygon(fractions: number[]): string;
}

export function radar(cx: number, cy: number, r: number): Radar {
  const point = (index: number, fraction: number) => {
    const angle = -Math.PI / 2 + (index * 2 * Math.PI) / ARCHETYPES.length;
    return { x: cx + Math.cos(angle) * r * fraction, y: cy + Math.sin(angle) * r * fraction };
  };
  const polygon = (fractions: number[]) =>
    fractions
      .map((f, i) => point(i, f))
      .map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`)
      .join(' ');
  return { point, polygon };
}
