# Makes the fixture data sets of the R references (run once; the CSV files are committed).
# Rscript make-fixtures.R   (from this folder)
set.seed(20261203)
clip <- function(v) pmin(4, pmax(0, round(v)))
latent <- function(n, k, noise) {
  t <- rnorm(n, 2, 1)
  sapply(1:k, function(j) clip(t + rnorm(n, 0, noise)))
}
w <- function(x, f) write.csv(x, f, row.names = FALSE, na = "NA")
items <- function(m) { m <- as.data.frame(m); names(m) <- paste0("i", seq_len(ncol(m))); m }

w(items(latent(30, 8, 0.9)), "items-complete.csv")
m <- latent(40, 8, 1.0)
m[sample(length(m), 38)] <- NA
w(items(m), "items-missing.csv")
w(items(latent(3, 4, 0.7)), "items-tiny.csv")
m <- latent(20, 5, 0.8); m[, 3] <- 2
w(items(m), "items-constant.csv")
m <- latent(25, 5, 0.8); m[, 2] <- 4 - m[, 2]; m[, 5] <- 4 - m[, 5]
w(items(m), "items-negative.csv")

raters <- function(m) { m <- as.data.frame(m); names(m) <- paste0("r", seq_len(ncol(m))); m }
w(raters(latent(15, 4, 0.7)), "raters-complete.csv")
m <- latent(18, 3, 0.9); m[sample(length(m), 6)] <- NA
w(raters(m), "raters-missing.csv")
w(raters(latent(24, 2, 0.8)), "raters-two.csv")
m <- latent(10, 2, 0.6); m[m == 0] <- 1
w(raters(m), "raters-two-unused-level.csv")
