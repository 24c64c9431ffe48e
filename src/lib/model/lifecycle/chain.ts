/**
 * The lifecycle chain: what a customer base looks like to a discrete-time Markov chain.
 *
 * Each customer is in exactly one *state* (a lifecycle stage such as "active" or "dormant") at the
 * start of every period. While in state s a customer brings revenue `revenue_s` and costs `cost_s`
 * in that period, so the firm's net cash flow (Pfeifer & Carraway's reward) is
 * R_s = revenue_s − cost_s. Between periods the customer moves to state j with probability P_sj
 * (row s of the transition matrix sums to 1). Cash flows are valued with a discount rate d per
 * period; a flow in period t (t = 0 is now) is worth 1/(1+d)^t today.
 *
 * Source: P. E. Pfeifer and R. L. Carraway, "Modeling customer relationships as Markov chains",
 * Journal of Interactive Marketing 14(2), 2000, pp. 43–55. Code name ↔ paper symbol:
 * `transitions` ↔ P, `revenue − cost` ↔ R, `discountRate` ↔ d.
 */
import { maxMoney } from '../errors';

/** One customer state (a lifecycle stage) with its per-period revenue and cost per customer. */
export interface LifecycleState {
	/** Stable identifier (presets use ids such as 'dormant'; the UI translates names by id). */
	readonly id: string;
	/** Display name; users may rename states, so the model carries the name it was given. */
	readonly name: string;
	/** Revenue per customer per period while in this state (money per period). */
	readonly revenue: number;
	/** Cost to serve per customer per period while in this state (money per period). */
	readonly cost: number;
	/** Marks a churned / lost state: expected time to churn counts periods until one is entered. */
	readonly churned?: boolean;
}

/** A discrete-time Markov chain over customer states, with money and a discount rate. */
export interface LifecycleChain {
	readonly states: readonly LifecycleState[];
	/** P: `transitions[i][j]` is the probability of moving from state i to state j in one period. */
	readonly transitions: readonly (readonly number[])[];
	/** d: discount rate per period as a decimal (0.2 = 20 % per period), at least 0. */
	readonly discountRate: number;
}

/**
 * Where a cohort starts: a state id (everyone starts there) or shares per state (in the order of
 * `chain.states`, non-negative, summing to 1).
 */
export type InitialCohort = string | readonly number[];

/** A cohort followed through time: how many customers, where they start, for how many periods. */
export interface CohortSpec {
	/** N: number of customers in the cohort at period 0 (a whole number ≥ 1). */
	readonly cohortSize: number;
	/** The horizon: number of periods projected, t = 0 … periods − 1 (a whole number ≥ 1). */
	readonly periods: number;
	readonly initial: InitialCohort;
}

/**
 * How far a row of P may be from summing to 1. Wider than machine precision (1e-9) on purpose:
 * people type probabilities such as 0.333333, and a row within this tolerance is rescaled to sum
 * to exactly 1 before any computation.
 */
export const ROW_SUM_TOLERANCE = 1e-6;

/** Largest number of states accepted (the dense linear algebra here is meant for ≤ 30 states). */
export const MAX_STATES = 30;

/** Longest horizon accepted, in periods (100 years of months). */
export const MAX_PERIODS = 1200;

/**
 * Smallest positive discount rate accepted (0 itself is allowed). Below it 1/(1+d) rounds to 1 and
 * values of order R/d overflow, so such a rate is neither usefully positive nor exactly zero.
 */
export const MIN_POSITIVE_DISCOUNT_RATE = 1e-9;

/** Largest revenue or cost per customer per period accepted, in absolute value: the models' one bound. */
export const MAX_MONEY = maxMoney;

/** Largest cohort accepted by the closed-form projection. */
export const MAX_COHORT_SIZE = 1_000_000_000;
