package org.patientleadership.analysis;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * The arithmetic behind the analyses: sums of matrices, the Moore–Penrose inverse of a symmetric matrix (as
 * psych's {@code Pinv}), the F distribution (as R's {@code pf} and {@code qf}) and finite-or-empty results. Not
 * part of the API; stateless and thread-safe.
 */
final class Numbers {

    /** psych's tolerance for {@code Pinv}: {@code sqrt(.Machine$double.eps)}. */
    private static final double PINV_TOLERANCE = Math.sqrt(Math.ulp(1.0));

    private Numbers() {
    }

    /** Gives a finite value, or empty for NaN and infinities: no NaN leaves this package. */
    static OptionalDouble finite(double value) {
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    static double sum(double[][] m) {
        double s = 0;
        for (double[] row : m) {
            for (double v : row) {
                s += v;
            }
        }
        return s;
    }

    static double trace(double[][] m) {
        double s = 0;
        for (int i = 0; i < m.length; i++) {
            s += m[i][i];
        }
        return s;
    }

    static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                double aik = a[i][k];
                for (int j = 0; j < n; j++) {
                    c[i][j] += aik * b[k][j];
                }
            }
        }
        return c;
    }

    /** The matrix without row and column {@code drop}. */
    static double[][] minor(double[][] m, int drop) {
        int n = m.length;
        double[][] r = new double[n - 1][n - 1];
        for (int i = 0, ri = 0; i < n; i++) {
            if (i == drop) {
                continue;
            }
            for (int j = 0, rj = 0; j < n; j++) {
                if (j != drop) {
                    r[ri][rj++] = m[i][j];
                }
            }
            ri++;
        }
        return r;
    }

    static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    /** The sample variance (n − 1). */
    static double variance(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        return ss / (values.length - 1);
    }

    /**
     * The Moore–Penrose inverse of a symmetric matrix, from its eigen decomposition (cyclic Jacobi): the same as
     * psych's {@code Pinv}, which keeps the singular values above {@code sqrt(eps)} times the largest.
     */
    static double[][] pseudoInverse(double[][] symmetric) {
        int n = symmetric.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = symmetric[i].clone();
        }
        double[][] v = new double[n][n];
        for (int i = 0; i < n; i++) {
            v[i][i] = 1;
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    off += a[p][q] * a[p][q];
                }
            }
            if (off < 1e-30) {
                break;
            }
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (Math.abs(a[p][q]) < 1e-300) {
                        continue;
                    }
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int k = 0; k < n; k++) {
                        double akp = a[k][p];
                        double akq = a[k][q];
                        a[k][p] = c * akp - s * akq;
                        a[k][q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < n; k++) {
                        double apk = a[p][k];
                        double aqk = a[q][k];
                        a[p][k] = c * apk - s * aqk;
                        a[q][k] = s * apk + c * aqk;
                    }
                    for (int k = 0; k < n; k++) {
                        double vkp = v[k][p];
                        double vkq = v[k][q];
                        v[k][p] = c * vkp - s * vkq;
                        v[k][q] = s * vkp + c * vkq;
                    }
                }
            }
        }
        double largest = 0;
        for (int i = 0; i < n; i++) {
            largest = Math.max(largest, Math.abs(a[i][i]));
        }
        double[][] inverse = new double[n][n];
        for (int k = 0; k < n; k++) {
            double lambda = a[k][k];
            if (!(Math.abs(lambda) > PINV_TOLERANCE * largest)) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    inverse[i][j] += v[i][k] * v[j][k] / lambda;
                }
            }
        }
        return inverse;
    }

    // ------------------------------------------------------------------ F distribution

    /** The upper tail {@code P(F > f)} of the F distribution, as R's {@code pf(f, d1, d2, lower.tail = FALSE)}. */
    static double fUpper(double f, double d1, double d2) {
        if (f <= 0) {
            return 1;
        }
        return regularizedBeta(d2 / (d2 + d1 * f), d2 / 2, d1 / 2);
    }

    /** The quantile of the F distribution, as R's {@code qf(p, d1, d2)}: the f with {@code P(F ≤ f) = p}. */
    static double fQuantile(double p, double d1, double d2) {
        double a = d1 / 2;
        double b = d2 / 2;
        double low = 0;
        double high = 1;
        // bisection on x = d1 f / (d1 f + d2), where P(F <= f) = I_x(a, b)
        for (int i = 0; i < 200 && high - low > 0; i++) {
            double mid = (low + high) / 2;
            if (mid == low || mid == high) {
                break;
            }
            if (regularizedBeta(mid, a, b) < p) {
                low = mid;
            } else {
                high = mid;
            }
        }
        double x = (low + high) / 2;
        return d2 * x / (d1 * (1 - x));
    }

    /** The regularised incomplete beta function I_x(a, b), by its continued fraction (modified Lentz). */
    static double regularizedBeta(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        if (x > (a + 1) / (a + b + 2)) {
            return 1 - regularizedBeta(1 - x, b, a);
        }
        double front = Math.exp(a * Math.log(x) + b * Math.log1p(-x) - logBeta(a, b)) / a;
        double tiny = 1e-300;
        double f = 1;
        double c = 1;
        double d = 0;
        for (int i = 0; i <= 10_000; i++) {
            int m = i / 2;
            double numerator;
            if (i == 0) {
                numerator = 1;
            } else if (i % 2 == 0) {
                numerator = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m));
            } else {
                numerator = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1));
            }
            d = 1 + numerator * d;
            d = Math.abs(d) < tiny ? tiny : d;
            d = 1 / d;
            c = 1 + numerator / c;
            c = Math.abs(c) < tiny ? tiny : c;
            double cd = c * d;
            f *= cd;
            if (Math.abs(1 - cd) < 1e-15) {
                break;
            }
        }
        return front * (f - 1);
    }

    private static double logBeta(double a, double b) {
        return logGamma(a) + logGamma(b) - logGamma(a + b);
    }

    /** The log of the gamma function (Lanczos, g = 7, n = 9; relative error about 1e-15). */
    static double logGamma(double x) {
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        double[] g = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
            1.5056327351493116e-7};
        double z = x - 1;
        double s = g[0];
        for (int i = 1; i < 9; i++) {
            s += g[i] / (z + i);
        }
        double t = z + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(s);
    }
}
