package dev.cim.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The assignment solver against brute force on small rectangular matrices with many ties. */
class AssignmentSolverProperties {

  @Provide
  Arbitrary<double[][]> matrices() {
    return Arbitraries.integers().between(1, 5).flatMap(rows -> Arbitraries.integers().between(1, 5).flatMap(cols ->
        Arbitraries.integers().between(0, 9).list().ofSize(rows * cols).map(cells -> {
          double[][] c = new double[rows][cols];
          for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
              c[i][j] = cells.get(i * cols + j);
            }
          }
          return c;
        })));
  }

  @Property(tries = 300)
  void solve_matchesBruteForceMinimum(@ForAll("matrices") double[][] cost) {
    int[] match = AssignmentSolver.solve(cost);
    int rows = cost.length;
    int cols = cost[0].length;
    assertThat(match).hasSize(rows);
    Set<Integer> usedCols = new HashSet<>();
    int assigned = 0;
    double total = 0;
    for (int i = 0; i < rows; i++) {
      if (match[i] >= 0) {
        assertThat(usedCols.add(match[i])).as("column %d used twice", match[i]).isTrue();
        total += cost[i][match[i]];
        assigned++;
      }
    }
    assertThat(assigned).as("every row of the smaller side is matched").isEqualTo(Math.min(rows, cols));
    assertThat(total).isEqualTo(bruteForce(cost, 0, new boolean[cols], Math.max(0, rows - cols)));
  }

  /** Minimum over assignments of rows to distinct columns, skipping exactly {@code skips} rows. */
  private static double bruteForce(double[][] cost, int row, boolean[] used, int skips) {
    if (row == cost.length) {
      return skips == 0 ? 0 : Double.POSITIVE_INFINITY;
    }
    double best = Double.POSITIVE_INFINITY;
    if (skips > 0) {
      best = bruteForce(cost, row + 1, used, skips - 1);
    }
    for (int j = 0; j < used.length; j++) {
      if (!used[j]) {
        used[j] = true;
        best = Math.min(best, cost[row][j] + bruteForce(cost, row + 1, used, skips));
        used[j] = false;
      }
    }
    return best;
  }

  @Test
  void solve_emptyAndDegenerate() {
    assertThat(AssignmentSolver.solve(new double[0][0])).isEmpty();
    assertThat(AssignmentSolver.solve(new double[][] {{}, {}})).containsExactly(-1, -1);
    assertThat(AssignmentSolver.solve(new double[][] {{5, 1, 3}})).containsExactly(1);
    assertThat(AssignmentSolver.solve(new double[][] {{5}, {1}, {3}})).containsExactly(-1, 0, -1);
  }
}
