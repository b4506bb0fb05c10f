package org.certamen.engine.estimation;

/** An ability estimate θ̂ on the logistic metric and its standard error (posterior SD). */
public record AbilityEstimate(double theta, double standardError) {
}
