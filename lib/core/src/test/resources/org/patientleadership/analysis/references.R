# Computes the reference values of the instrument-analysis tests with R's psych package.
# Run from this folder:  Rscript references.R > references.tsv
# (Debian: apt-get install r-cran-psych). Each line: data set, analysis, table, row, column, value,
# tab-separated; values with 17 significant digits; NA where psych gives none. The Java tests read
# references.tsv and never need R.
suppressPackageStartupMessages(library(psych))
out <- function(set, analysis, table, row, col, v) {
  v <- if (is.null(v) || length(v) == 0 || is.na(v)) "NA" else sprintf("%.17g", as.numeric(v))
  cat(set, analysis, table, row, col, v, sep = "\t"); cat("\n")
}
cat("# psych", as.character(packageVersion("psych")), "on", R.version.string, "\n")
for (set in c("items-complete", "items-missing", "items-tiny", "items-constant", "items-negative")) {
  x <- read.csv(paste0(set, ".csv"))
  for (mode in c("pairwise", "complete")) {
    d <- if (mode == "complete") na.omit(x) else x
    a <- suppressWarnings(suppressMessages(alpha(d, warnings = FALSE)))
    for (col in colnames(a$total)) out(set, mode, "total", "", col, a$total[[col]])
    out(set, mode, "feldt", "", "lower", a$feldt$lower.ci)
    out(set, mode, "feldt", "", "upper", a$feldt$upper.ci)
    out(set, mode, "duhachek", "", "lower", a$total$raw_alpha - 1.96 * a$total$ase)
    out(set, mode, "duhachek", "", "upper", a$total$raw_alpha + 1.96 * a$total$ase)
    for (item in rownames(a$alpha.drop)) for (col in colnames(a$alpha.drop))
      out(set, mode, "alpha.drop", item, col, a$alpha.drop[item, col])
    for (item in rownames(a$item.stats)) for (col in colnames(a$item.stats))
      out(set, mode, "item.stats", item, col, a$item.stats[item, col])
    f <- a$response.freq
    if (!is.null(f)) for (item in rownames(f)) for (col in colnames(f)) out(set, mode, "response.freq", item, col, f[item, col])
  }
}
for (set in c("raters-complete", "raters-missing", "raters-two", "raters-two-unused-level")) {
  x <- read.csv(paste0(set, ".csv"))
  d <- na.omit(x)
  icc <- suppressWarnings(suppressMessages(ICC(d, lmer = FALSE)))$results
  for (type in icc$type) for (col in c("ICC", "F", "df1", "df2", "p", "lower bound", "upper bound"))
    out(set, "icc", "results", type, col, icc[icc$type == type, col])
  if (ncol(x) == 2 || set == "raters-complete") {
    p <- na.omit(x[, 1:2])
    q <- cohen.kappa(p, levels = 0:4)
    lw <- outer(0:4, 0:4, function(i, j) 1 - abs(i - j) / 4)
    l <- cohen.kappa(p, w = lw, levels = 0:4)
    out(set, "kappa", "r1-r2", "", "kappa", q$kappa)
    out(set, "kappa", "r1-r2", "", "quadratic", q$weighted.kappa)
    out(set, "kappa", "r1-r2", "", "linear", l$weighted.kappa)
  }
}
