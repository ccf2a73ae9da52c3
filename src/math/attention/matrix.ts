/**
 * Small dense matrices as arrays of rows, for the attention lab's few-by-few computations (at most 8 × 16 here): plain
 * nested arrays keep every intermediate printable and comparable in tests, and at this size speed is not a concern.
 * A linear-algebra package would be hundreds of times larger than these few functions.
 */

/** A matrix as rows of equal length: `matrix[i][j]` is row i, column j. */
export type Matrix = readonly (readonly number[])[];

/** [rows, columns] of `matrix`; a matrix with no rows is 0 × 0. */
export function shapeOf(matrix: Matrix): [rows: number, columns: number] {
  return [matrix.length, matrix[0]?.length ?? 0];
}

/** Throws unless every row of `matrix` has the same length. */
export function assertRectangular(matrix: Matrix, name = 'matrix'): void {
  const columns = matrix[0]?.length ?? 0;
  matrix.forEach((row, index) => {
    if (row.length !== columns) throw new RangeError(`${name} row ${index} has ${row.length} entries, expected ${columns}`);
  });
}

/** A × B for an n × m matrix A and an m × p matrix B; throws when the inner sizes differ. */
export function multiply(left: Matrix, right: Matrix): number[][] {
  const [rows, inner] = shapeOf(left);
  const [rightRows, columns] = shapeOf(right);
  if (inner !== rightRows) throw new RangeError(`cannot multiply ${rows}×${inner} by ${rightRows}×${columns}`);
  return left.map((row) =>
    Array.from({ length: columns }, (_unused, column) => {
      let sum = 0;
      for (let k = 0; k < inner; k += 1) sum += row[k]! * right[k]![column]!;
      return sum;
    }),
  );
}

/** Aᵀ. */
export function transpose(matrix: Matrix): number[][] {
  const [rows, columns] = shapeOf(matrix);
  return Array.from({ length: columns }, (_unused, column) => Array.from({ length: rows }, (_row, row) => matrix[row]![column]!));
}

/** A + B, entry by entry; throws when the shapes differ. */
export function add(left: Matrix, right: Matrix): number[][] {
  const [rows, columns] = shapeOf(left);
  const [rightRows, rightColumns] = shapeOf(right);
  if (rows !== rightRows || columns !== rightColumns) {
    throw new RangeError(`cannot add ${rows}×${columns} and ${rightRows}×${rightColumns}`);
  }
  return left.map((row, i) => row.map((value, j) => value + right[i]![j]!));
}

/** `factor` · A. */
export function scale(matrix: Matrix, factor: number): number[][] {
  return matrix.map((row) => row.map((value) => value * factor));
}

/** The matrices side by side, [A | B | …], for matrices with the same number of rows. */
export function concatenateColumns(matrices: readonly Matrix[]): number[][] {
  const rows = matrices[0]?.length ?? 0;
  matrices.forEach((matrix, index) => {
    if (matrix.length !== rows) throw new RangeError(`matrix ${index} has ${matrix.length} rows, expected ${rows}`);
  });
  return Array.from({ length: rows }, (_unused, row) => matrices.flatMap((matrix) => [...matrix[row]!]));
}

/** The top-left `rows` × `columns` block of `matrix` (which must be at least that large). */
export function topLeft(matrix: Matrix, rows: number, columns: number): number[][] {
  const [available, availableColumns] = shapeOf(matrix);
  if (rows > available || columns > availableColumns) {
    throw new RangeError(`cannot take ${rows}×${columns} from ${available}×${availableColumns}`);
  }
  return matrix.slice(0, rows).map((row) => row.slice(0, columns));
}
