import { coordinate, type Surface } from './surface.ts';

/** f(θ) = θ²: the simplest bowl, with g = 2θ. The facts sheet's Adam table starts here from θ₀ = 1. */
export const square: Surface = {
  id: 'square',
  dimension: 1,
  tex: 'f(\\theta)=\\theta^{2}',
  value: (point) => coordinate(point, 0) ** 2,
  gradient: (point) => [2 * coordinate(point, 0)],
  domain: [[-1.5, 1.5]],
  defaultStart: [1],
  minimumValue: 0,
  minima: [[0]],
};

/**
 * f(x, y) = x² + 10y²: an elongated bowl whose curvature differs tenfold between the axes, so one learning rate
 * cannot suit both directions (plain GD with α = 0.1 makes y flip sign forever).
 */
export const bowl: Surface = {
  id: 'bowl',
  dimension: 2,
  tex: 'f(x,y)=x^{2}+10y^{2}',
  value: (point) => coordinate(point, 0) ** 2 + 10 * coordinate(point, 1) ** 2,
  gradient: (point) => [2 * coordinate(point, 0), 20 * coordinate(point, 1)],
  domain: [
    [-1.5, 1.5],
    [-1.5, 1.5],
  ],
  defaultStart: [1, 1],
  minimumValue: 0,
  minima: [[0, 0]],
};

/**
 * f(x, y) = x² − y²: a saddle at the origin, unbounded below along y. Gradient methods started exactly on y = 0
 * never leave the ridge; a little y lets them escape, at speeds that differ between optimizers.
 */
export const saddle: Surface = {
  id: 'saddle',
  dimension: 2,
  tex: 'f(x,y)=x^{2}-y^{2}',
  value: (point) => coordinate(point, 0) ** 2 - coordinate(point, 1) ** 2,
  gradient: (point) => [2 * coordinate(point, 0), -2 * coordinate(point, 1)],
  domain: [
    [-2, 2],
    [-2, 2],
  ],
  defaultStart: [1.5, 0.05],
  minimumValue: undefined,
  minima: [],
};
