#!/usr/bin/python3
"""Reference values for the reviewer's statistics (docs/review-statistics.md).

Run with Debian's python, which has scipy and statsmodels (apt-get install -y python3-scipy python3-statsmodels):

    /usr/bin/python3 tests/VoiceOfCustomer.Review.Tests/Disparity/make_reference.py

Writes one tab-separated file per function to Data/ beside this script. Each file starts with a comment line naming
the scipy, statsmodels and numpy versions; then a header; then one case per line. Numbers are written with repr (the
shortest text that reads back to the same double); lists inside a field are separated by spaces, 2x2 tables as
"a,b,c,d". The seed is fixed, so running the script again gives the same files with the same library versions.
"""

import math
import os
import sys
import warnings

import numpy as np
import scipy
import scipy.integrate
import scipy.special
import scipy.stats
import statsmodels
import mpmath
from scipy.stats import _boost
from statsmodels.stats.contingency_tables import StratifiedTable
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.proportion import proportion_confint

CASES = 1200
SEED = 20260301
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "Data")
VERSIONS = f"# scipy {scipy.__version__}, statsmodels {statsmodels.__version__}, numpy {np.__version__}, python {sys.version.split()[0]}, seed {SEED}, mpmath {mpmath.__version__}"

rng = np.random.default_rng(SEED)


def r(x):
    return repr(float(x))


def write(name, header, rows):
    with open(os.path.join(DATA, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(VERSIONS + "\n")
        f.write("\t".join(header) + "\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"{name}: {len(rows)} cases")


def count(low, high):
    """An integer drawn log-uniformly from [low, high] (low >= 0), so small and large counts are both common."""
    if high <= low:
        return int(low)
    v = math.exp(rng.uniform(math.log(low + 1), math.log(high + 1))) - 1
    return int(min(high, max(low, round(v))))


def size_class(i):
    """Cycles through zero/tiny, small, medium and large scales."""
    return [5, 50, 2_000, 1_000_000][i % 4]


def log_gamma():
    xs = [0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 10.0, 100.5, 1e6, 1e7 + 0.5]
    while len(xs) < CASES:
        xs.append(math.exp(rng.uniform(math.log(1e-3), math.log(1e8))) if len(xs) % 3 else float(count(1, 10**7)))
    write("log_gamma.tsv", ["x", "lgamma"], [[r(x), r(scipy.special.gammaln(x))] for x in xs])


def incomplete_beta():
    rows = []
    while len(rows) < CASES:
        kind = len(rows) % 3
        if kind == 0:  # general real parameters
            a = math.exp(rng.uniform(math.log(0.05), math.log(1e4)))
            b = math.exp(rng.uniform(math.log(0.05), math.log(1e4)))
        else:  # the counts the binomial test and the posteriors use
            a = float(count(1, size_class(len(rows)))) + (0.0 if kind == 1 else rng.uniform(0, 2))
            b = float(count(1, size_class(len(rows) + 1))) + (0.0 if kind == 1 else rng.uniform(0, 2))
        mean = a / (a + b)
        sd = math.sqrt(a * b / ((a + b) ** 2 * (a + b + 1)))
        x = min(1.0, max(0.0, mean + sd * rng.normal(0, 4)))
        if len(rows) % 17 == 0:
            x = float(rng.choice([0.0, 1.0, 1e-300, 1e-12, 1 - 1e-12]))
        value = scipy.special.betainc(a, b, x)
        if value == 0.0 or value > 1e-280:  # skip results at the edge of underflow
            # scipy's betainc (cephes) loses up to about 2e-9 for b near 1e6: mpmath at 40 digits gives the exact value too.
            exact = exact_incomplete_beta(a, b, x)
            if exact is None:
                continue  # mpmath's series did not converge: no exact value to judge scipy by
            rows.append([r(a), r(b), r(x), r(value), r(exact)])
    write("incomplete_beta.tsv", ["a", "b", "x", "ibeta", "ibeta_mpmath"], rows)


def exact_incomplete_beta(a, b, x):
    if x in (0.0, 1.0):
        return x
    mpmath.mp.dps = 40
    for attempt in (lambda: mpmath.betainc(a, b, 0, x, regularized=True),
                    lambda: 1 - mpmath.betainc(b, a, 0, mpmath.mpf(1) - mpmath.mpf(x), regularized=True)):
        try:
            return float(attempt())
        except ValueError:
            pass
    return None


def chi_square():
    xs = [0.0, 1e-300, 1e-10, 0.5, 1.0, 3.841458820694124, 10.0, 100.0, 700.0, 1400.0]
    while len(xs) < CASES:
        xs.append(math.exp(rng.uniform(math.log(1e-8), math.log(1500))))
    write("chi_square_1_survival.tsv", ["x", "sf"], [[r(x), r(scipy.stats.chi2.sf(x, 1))] for x in xs])


def wilson():
    rows = []
    for n, k in [(1, 0), (1, 1), (2, 1), (10, 0), (10, 10), (90, 31), (1_000_000, 0), (1_000_000, 1)]:
        lo, hi = proportion_confint(k, n, alpha=0.05, method="wilson")
        rows.append([str(k), str(n), r(lo), r(hi)])
    while len(rows) < CASES:
        n = count(1, size_class(len(rows)))
        k = int(rng.integers(0, n + 1)) if len(rows) % 5 else int(rng.choice([0, n, min(n, 1)]))
        lo, hi = proportion_confint(k, n, alpha=0.05, method="wilson")
        rows.append([str(k), str(n), r(lo), r(hi)])
    write("wilson.tsv", ["count", "nobs", "low", "high"], rows)


def random_table(i):
    scale = size_class(i)
    n1 = count(0, scale)
    n2 = count(0, scale)
    p = rng.uniform(0, 1) if i % 7 else float(rng.choice([0.0, 1.0, 0.001]))
    shift = rng.uniform(0.5, 3)
    a = int(rng.binomial(n1, min(1.0, p * shift)))
    c = int(rng.binomial(n2, p))
    table = [a, n1 - a, c, n2 - c]
    if i % 11 == 0:  # a degenerate table: one row or one column empty
        table[int(rng.integers(0, 4))] = 0
        if rng.uniform() < 0.5:
            table[[1, 0, 3, 2][i % 4]] = 0
        else:
            table[[2, 3, 0, 1][i % 4]] = 0
    return table


def fisher():
    rows = []
    for t in [[0, 0, 0, 0], [1, 0, 0, 1], [31, 59, 15, 85], [0, 5, 0, 5], [5, 0, 5, 0], [10, 0, 0, 10], [3, 1, 1, 3]]:
        rows.append(fisher_row(t))
    i = 0
    while len(rows) < CASES:
        rows.append(fisher_row(random_table(i)))
        i += 1
    write("fisher_greater.tsv", ["a", "b", "c", "d", "odds_ratio", "p"], rows)


def fisher_row(t):
    odds, p = scipy.stats.fisher_exact([[t[0], t[1]], [t[2], t[3]]], alternative="greater")
    return [str(v) for v in t] + [r(odds), r(p)]


def binomial():
    rows = []
    for x, n, p in [(0, 1, 0.5), (1, 1, 0.5), (0, 100, 0.1), (3, 100, 0.1), (100, 100, 0.1), (0, 1_000_000, 0.001)]:
        rows.append([str(x), str(n), r(p), r(scipy.stats.binomtest(x, n, p, alternative="less").pvalue)])
    while len(rows) < CASES:
        n = count(1, size_class(len(rows)))
        p = math.exp(rng.uniform(math.log(1e-4), 0)) if len(rows) % 3 else rng.uniform(0.001, 0.999)
        p = min(p, 0.999)
        mean = n * p
        sd = math.sqrt(n * p * (1 - p))
        x = int(min(n, max(0, round(mean + sd * rng.normal(0, 3)))))
        if len(rows) % 13 == 0:
            x = int(rng.choice([0, n, max(0, n - 1)]))
        value = scipy.stats.binomtest(x, n, p, alternative="less").pvalue
        if value == 0.0 or value > 1e-280:
            rows.append([str(x), str(n), r(p), r(value)])
    write("binomial_less.tsv", ["x", "n", "p", "p_value"], rows)


def benjamini_hochberg():
    rows = []
    while len(rows) < CASES:
        m = int(rng.integers(1, 60))
        p = rng.uniform(0, 1, m) ** rng.uniform(1, 6)
        if len(rows) % 4 == 0:  # ties, zeros and ones
            p[rng.integers(0, m, max(1, m // 3))] = p[0]
            p[rng.integers(0, m)] = float(rng.choice([0.0, 1.0]))
        q = multipletests(p, method="fdr_bh")[1]
        rows.append([" ".join(r(v) for v in p), " ".join(r(v) for v in q)])
    write("benjamini_hochberg.tsv", ["p", "q"], rows)


def mantel_haenszel():
    rows = []
    while len(rows) < CASES:
        k = int(rng.integers(1, 25))
        scale = size_class(len(rows))
        base = rng.uniform(0.01, 0.6)
        shift = rng.uniform(0.5, 2.5)
        tables = []
        for _ in range(k):
            n1 = count(0, scale)
            n2 = count(0, scale)
            p = min(1.0, base * rng.uniform(0.3, 3))
            a = int(rng.binomial(n1, min(1.0, p * shift)))
            c = int(rng.binomial(n2, p))
            tables.append([a, n1 - a, c, n2 - c])
        # The product leaves out strata with fewer than two items (they carry no information and statsmodels divides
        # by n - 1); the reference is computed on the same strata.
        kept = [t for t in tables if sum(t) >= 2]
        if not kept:
            continue
        st = StratifiedTable([np.array(t, dtype=float).reshape(2, 2) for t in kept])
        plain = st.test_null_odds(correction=False)
        corrected = st.test_null_odds(correction=True)
        deviation = abs(sum(t[0] - (t[0] + t[1]) * (t[0] + t[2]) / sum(t) for t in kept))
        # statsmodels squares |x| - 0.5 even when it is negative; the product clamps it at 0 (docs), so the corrected
        # reference is only written where the two agree.
        corrected_ok = deviation >= 0.5
        rows.append([
            " ".join(",".join(str(v) for v in t) for t in tables),
            r(plain.statistic), r(plain.pvalue), r(scipy.stats.chi2.sf(plain.statistic, 1)),
            r(corrected.statistic) if corrected_ok else "", r(corrected.pvalue) if corrected_ok else "",
            r(scipy.stats.chi2.sf(corrected.statistic, 1)) if corrected_ok else "",
            r(st.oddsratio_pooled),
        ])
    write("mantel_haenszel.tsv",
          ["tables", "statistic", "p_statsmodels", "p_sf", "statistic_corrected", "p_corrected_statsmodels",
           "p_corrected_sf", "odds_ratio_pooled"], rows)


def risk_ratio_posterior():
    """P(p1 >= c * p2) for independent p1 ~ Beta(a1, b1), p2 ~ Beta(a2, b2), by adaptive quadrature (QUADPACK)."""
    rows = []
    while len(rows) < CASES:
        c = 1.25 if len(rows) % 5 else float(rng.choice([1.0, 1.1, 1.5, 2.0]))
        mu = math.exp(rng.uniform(math.log(0.01), math.log(0.6)))
        strength = math.exp(rng.uniform(math.log(0.5), math.log(500)))
        a, b = mu * strength, (1 - mu) * strength
        n1 = count(0, [5, 50, 500, 20_000][len(rows) % 4])
        n2 = count(0, [50, 500, 5_000, 100_000][len(rows) % 4])
        p_true = mu * rng.uniform(0.5, 2.5)
        k1 = int(rng.binomial(n1, min(1.0, p_true)))
        k2 = int(rng.binomial(n2, mu))
        a1, b1, a2, b2 = a + k1, b + n1 - k1, a + k2, b + n2 - k2
        with warnings.catch_warnings():
            warnings.simplefilter("error", scipy.integrate.IntegrationWarning)
            try:
                value, error = posterior_probability(a1, b1, a2, b2, c)
            except (scipy.integrate.IntegrationWarning, OverflowError):
                continue  # QUADPACK did not reach its tolerance: no trustworthy reference for this case
        if error <= 1e-11 * value and value >= 1e-8:
            if len(rows) % 50 == 0:  # cross-check: QUADPACK against mpmath
                exact = posterior_probability_mpmath(a1, b1, a2, b2, c)
                if abs(exact - value) > 1e-10 * value:
                    raise RuntimeError(f"QUADPACK {value!r} and mpmath {exact!r} disagree for {(a1, b1, a2, b2, c)}")
            rows.append([r(a1), r(b1), r(a2), r(b2), r(c), r(value)])
    write("risk_ratio_posterior.tsv", ["a1", "b1", "a2", "b2", "ratio", "probability"], rows)


def posterior_probability(a1, b1, a2, b2, c):
    """Integral of the Beta(a2, b2) density times P(p1 > c t) over t, in panels around p2's quantiles. Where a2 < 1 the
    density is unbounded at 0: with t = u^(1/a2) the integrand in u is bounded (QUADPACK alone gets it wrong there)."""
    p2 = scipy.stats.beta(a2, b2)
    hi = min(1.0 / c, p2.isf(1e-18))
    lo = min(p2.ppf(1e-18), hi)
    points = sorted({min(hi, max(lo, p2.ppf(q))) for q in [1e-9, 1e-6, 1e-3, 0.05, 0.3, 0.5, 0.7, 0.95, 0.999, 1 - 1e-6]})
    edges = [lo] + [x for x in points if lo < x < hi] + [hi]
    if a2 < 1:
        log_beta = scipy.special.betaln(a2, b2)
        k = 1.0 / a2

        def integrand(u):
            t = u ** k
            return k * math.exp((b2 - 1) * math.log1p(-t) - log_beta) * _boost._beta_sf(min(1.0, c * t), a1, b1)

        edges = [0.0] + [x ** a2 for x in edges[1:]]
    else:
        def integrand(t):
            return _boost._beta_pdf(t, a2, b2) * _boost._beta_sf(min(1.0, c * t), a1, b1)
    total, error = 0.0, 0.0
    for left, right in zip(edges, edges[1:]):
        v, e = scipy.integrate.quad(integrand, left, right, epsabs=0, epsrel=1e-13, limit=400)
        total += v
        error += e
    return total, error


def posterior_probability_mpmath(a1, b1, a2, b2, c):
    """The same integral by mpmath's tanh-sinh quadrature at 30 digits, for a cross-check of some cases."""
    mpmath.mp.dps = 30
    a1, b1, a2, b2, c = (mpmath.mpf(v) for v in (a1, b1, a2, b2, c))
    k = 1 / a2 if a2 < 1 else mpmath.mpf(1)  # substitute t = u^(1/a2) only where the density is unbounded at 0
    log_beta = mpmath.log(mpmath.beta(a2, b2))

    def integrand(u):
        t = u ** k
        s = c * t
        sf = mpmath.betainc(a1, b1, s, 1, regularized=True) if s < 1 else 0
        density = mpmath.exp((b2 - 1) * mpmath.log1p(-t) + (a2 - 1 if k == 1 else 0) * mpmath.log(t) - log_beta)
        return k * density * sf

    mean = a2 / (a2 + b2)
    sd = mpmath.sqrt(a2 * b2 / ((a2 + b2) ** 2 * (a2 + b2 + 1)))
    top = 1 / c
    ts = sorted({t for t in [mean - 4 * sd, mean - sd, mean, mean + sd, mean + 4 * sd, mean + 12 * sd] if 0 < t < top})
    return float(mpmath.quad(integrand, [0] + [t ** (1 / k) for t in ts] + [top ** (1 / k)]))


FUNCTIONS = [log_gamma, incomplete_beta, chi_square, wilson, fisher, binomial, benjamini_hochberg, mantel_haenszel,
             risk_ratio_posterior]

if __name__ == "__main__":
    # Optional arguments name the functions to regenerate (default: all); each has its own seeded generator, so one
    # file can be regenerated without changing the others.
    np.seterr(divide="ignore", invalid="ignore")  # statsmodels divides 0 by 0 for degenerate strata, on purpose here
    os.makedirs(DATA, exist_ok=True)
    chosen = sys.argv[1:] or [f.__name__ for f in FUNCTIONS]
    for index, function in enumerate(FUNCTIONS):
        if function.__name__ in chosen:
            rng = np.random.default_rng([SEED, index])
            function()
