package dev.cim.routing;

import java.util.Arrays;

/**
 * Minimum-cost assignment on a rectangular cost matrix (the Hungarian method with potentials, in the shortest
 * augmenting path form of Jonker and Volgenant): every row of the smaller side is matched to a distinct row of the
 * other side so that the total cost is minimal. O(n² m) for n = min(rows, columns), m = max(rows, columns).
 * Stateless; not part of the API.
 */
final class AssignmentSolver {
  private AssignmentSolver() {}

  /**
   * Solves an assignment problem.
   *
   * @param cost {@code cost[row][column]}, finite, every row the same length
   * @return for each row the column assigned to it, or -1 if the row is unassigned (only when there are more rows
   *     than columns)
   */
  static int[] solve(double[][] cost) {
    int rows = cost.length;
    if (rows == 0) {
      return new int[0];
    }
    int cols = cost[0].length;
    if (cols == 0) {
      int[] none = new int[rows];
      Arrays.fill(none, -1);
      return none;
    }
    if (rows <= cols) {
      return solveWide(cost, rows, cols, false);
    }
    int[] colToRow = solveWide(cost, cols, rows, true);
    int[] rowToCol = new int[rows];
    Arrays.fill(rowToCol, -1);
    for (int c = 0; c < cols; c++) {
      rowToCol[colToRow[c]] = c;
    }
    return rowToCol;
  }

  /** n rows, m >= n columns; with {@code transposed} the matrix is read as cost[j][i]. Returns row -> column. */
  private static int[] solveWide(double[][] cost, int n, int m, boolean transposed) {
    double[] u = new double[n + 1];
    double[] v = new double[m + 1];
    int[] p = new int[m + 1]; // p[j]: the row (1-based) matched to column j, 0 for none
    int[] way = new int[m + 1];
    double[] minv = new double[m + 1];
    boolean[] used = new boolean[m + 1];
    for (int i = 1; i <= n; i++) {
      p[0] = i;
      int j0 = 0;
      Arrays.fill(minv, Double.POSITIVE_INFINITY);
      Arrays.fill(used, false);
      do {
        used[j0] = true;
        int i0 = p[j0];
        double delta = Double.POSITIVE_INFINITY;
        int j1 = -1;
        for (int j = 1; j <= m; j++) {
          if (!used[j]) {
            double c = transposed ? cost[j - 1][i0 - 1] : cost[i0 - 1][j - 1];
            double cur = c - u[i0] - v[j];
            if (cur < minv[j]) {
              minv[j] = cur;
              way[j] = j0;
            }
            if (minv[j] < delta) {
              delta = minv[j];
              j1 = j;
            }
          }
        }
        for (int j = 0; j <= m; j++) {
          if (used[j]) {
            u[p[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        j0 = j1;
      } while (p[j0] != 0);
      do {
        int j1 = way[j0];
        p[j0] = p[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    int[] rowToCol = new int[n];
    Arrays.fill(rowToCol, -1);
    for (int j = 1; j <= m; j++) {
      if (p[j] != 0) {
        rowToCol[p[j] - 1] = j - 1;
      }
    }
    return rowToCol;
  }
}
