package dev.cim.routing.sim;

/**
 * Student's t distribution for whole degrees of freedom: the two-sided CDF {@code P(|T| <= t)} from its finite series
 * in {@code θ = atan(t / √ν)} (Abramowitz and Stegun 26.7.3 and 26.7.4), exact for whole ν, and the quantile by
 * bisection on it.
 */
final class StudentT {

  private StudentT() {}

  /** P(|T| <= t) for ν degrees of freedom, t >= 0. */
  static double twoSided(double t, int nu) {
    double theta = Math.atan(t / Math.sqrt(nu));
    double s = Math.sin(theta);
    double c = Math.cos(theta);
    double c2 = c * c;
    if (nu % 2 == 1) {
      double sum = 0;
      if (nu > 1) {
        double term = c;
        sum = term;
        for (int k = 3; k <= nu - 2; k += 2) {
          term *= c2 * (k - 1) / k;
          sum += term;
        }
      }
      return 2 / Math.PI * (theta + s * sum);
    }
    double term = 1;
    double sum = 1;
    for (int k = 2; k <= nu - 2; k += 2) {
      term *= c2 * (k - 1) / k;
      sum += term;
    }
    return s * sum;
  }

  /** The p-quantile (p in (0.5, 1)) for ν degrees of freedom. */
  static double quantile(double p, int nu) {
    double target = 2 * p - 1; // P(|T| <= q)
    double lo = 0;
    double hi = 1;
    while (twoSided(hi, nu) < target) {
      hi *= 2;
    }
    for (int i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
      double mid = (lo + hi) / 2;
      if (twoSided(mid, nu) < target) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return (lo + hi) / 2;
  }
}
