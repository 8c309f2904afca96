# Times R MatchIt on the same synthetic problem as the C# engine (see SyntheticProblem.cs).
# Usage: Rscript matchit.R <csv> [caliper] [replace]
# Same specification: logistic PS (distance = "glm"), nearest neighbour on the logit (link = "linear.logit"),
# 1:1 without replacement, caliper in SDs of the logit (std.caliper = TRUE), largest-first order (MatchIt's default).
suppressPackageStartupMessages(library(MatchIt))
args <- commandArgs(trailingOnly = TRUE)
path <- args[1]
caliper <- if (length(args) > 1) as.numeric(args[2]) else 0.2
replace <- length(args) > 2 && args[3] == "replace"
d <- read.csv(path)
covs <- grep("^x[0-9]+$", names(d), value = TRUE)
f <- reformulate(covs, response = "treat")
timing <- system.time(
  m <- matchit(f, data = d, method = "nearest", distance = "glm", link = "linear.logit",
               caliper = caliper, std.caliper = TRUE, ratio = 1, replace = replace)
)
md <- match.data(m)
t1 <- md$treat == 1
est <- weighted.mean(md$y[t1], md$weights[t1]) - weighted.mean(md$y[!t1], md$weights[!t1])
# Pair-clustered SE (without replacement only; with replacement the pairs share controls) of the weighted regression, as the MatchIt vignette recommends for 1:1 without replacement.
se <- NA
if (!replace) {
  pairs <- tapply(ifelse(t1, md$y, -md$y), md$subclass, sum)
  se <- sd(pairs) / sqrt(length(pairs))
}
cat(sprintf("spec: 1:1 %s replacement, caliper %.2f SD of the logit\n", if (replace) "with" else "without", caliper))
cat(sprintf("R MatchIt %s: elapsed %.3f s (user %.3f s)\n", as.character(packageVersion("MatchIt")), timing[["elapsed"]], timing[["user.self"]]))
cat(sprintf("R ATT estimate %.4f (paired SE %.4f), matched treated %d, matched controls %d\n", est, se, sum(t1), sum(!t1)))
