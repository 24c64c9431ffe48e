/**
 * Customer-base ("buy till you die") models: BG/NBD, Pareto/NBD and Gamma-Gamma fitted to a
 * customer summary by maximum likelihood, their predictions, and CLV per customer.
 */
export * from './bgnbd-fit';
export * from './bgnbd-predict';
export * from './clv';
export * from './clv-interval';
export * from './gamma-gamma-fit';
export * from './gamma-gamma-predict';
export * from './histogram';
export * from './maximise';
export * from './mle';
export * from './palive-history';
export * from './pareto-nbd-fit';
export * from './pareto-nbd-predict';
export * from './simulate';
export * from './steps';
export * from './summary';
export * from './transaction-model';
export * from './validation';
