/**
 * Ready-made lifecycle chains for every lifecycle framework of “The customer lifecycle (how to
 * extend it)” (Chinese web article), plus Pfeifer & Carraway's recency chain (2000).
 *
 * Presets are plain data keyed by ids; the UI supplies each state's name in the page's language
 * (users may rename states later, which is why the model itself carries names). Except for Pfeifer
 * & Carraway's published example, **all money amounts and probabilities are illustrative**: the
 * article describes the stages and their order but gives no figures. They were chosen to show each
 * framework's shape (e.g. the inverted-U profit of the relationship lifecycle), not to describe any
 * real business.
 */
import type { LifecycleChain } from './chain';

export type PresetId = 'relationship' | 'telecom' | 'retail-recency' | 'crm' | 'pfeifer-carraway';

/** A state of a preset: an id the UI translates, and money per customer per period. */
export interface PresetState {
	readonly id: string;
	readonly revenue: number;
	readonly cost: number;
	readonly churned?: boolean;
}

export interface LifecyclePreset {
	readonly id: PresetId;
	/** What one period means; the discount rate and probabilities are per this period. */
	readonly periodUnit: 'month' | 'quarter' | 'year';
	readonly states: readonly PresetState[];
	readonly transitions: readonly (readonly number[])[];
	/** d per period. */
	readonly discountRate: number;
	/** Where a new cohort starts. */
	readonly initialState: string;
	/** Where the framework comes from. */
	readonly source: string;
}

/** One state of a preset: its id, revenue and cost per customer per period, and its transition row. */
type StateRow = readonly [id: string, revenue: number, cost: number, next: readonly number[]];

/**
 * A preset from its settings and one row per state, in the chain's order: id, revenue and cost per
 * customer per period, and the chance of being in each state next period. The last state is the
 * churned one: every framework here ends in one.
 */
function preset(
	settings: Omit<LifecyclePreset, 'states' | 'transitions'>,
	rows: readonly StateRow[]
): LifecyclePreset {
	const states = rows.map(([id, revenue, cost], i): PresetState =>
		i === rows.length - 1 ? { id, revenue, cost, churned: true } : { id, revenue, cost }
	);
	const transitions = rows.map((row) => row[3]);
	const { id, periodUnit, discountRate, initialState, source } = settings;
	return { id, periodUnit, states, transitions, discountRate, initialState, source };
}

/**
 * The transition row of a recency stage (of `width` states, the first one active) from two
 * probabilities per period: `buy`, the chance a customer in this stage buys (which makes them
 * active again), and `age`, the chance that a customer who does not buy moves on to the next
 * stage. So the row puts `buy` on active, (1 − buy)(1 − age) on staying and (1 − buy) · age on the
 * next stage. Pfeifer & Carraway's chain has age = 1: whoever does not buy moves on.
 */
function recencyRow(width: number, stage: number, buy: number, age: number): number[] {
	const row = Array<number>(width).fill(0);
	row[0]! += buy;
	row[stage]! += (1 - buy) * (1 - age);
	row[stage + 1]! += (1 - buy) * age;
	return row;
}

/**
 * Relationship lifecycle (客户关系生命周期): exploration 考察期 → formation 形成期 → stability 稳定期,
 * with decline 退化期 possible from any stage, then the relationship ends. Stages cannot be skipped
 * (exploration never jumps to stability); profit per period is smallest in exploration, larger in
 * formation, largest in stability and falls in decline, the inverted U of the article. A declining
 * relationship is revived (back to formation) only rarely unless the firm invests; "ended" earns
 * and costs nothing (the article's small wind-up cost is left out so the state can be absorbing).
 * Quarterly periods; d = 3 % per quarter (about 12.6 % a year).
 */
const relationship = preset(
	{
		id: 'relationship',
		periodUnit: 'quarter',
		discountRate: 0.03,
		initialState: 'exploration',
		source: '“The customer lifecycle (how to extend it)”: relationship lifecycle theory'
	},
	[
		['exploration', 40, 35, [0.5, 0.35, 0, 0.15, 0]],
		['formation', 120, 70, [0, 0.6, 0.3, 0.1, 0]],
		['stability', 200, 60, [0, 0, 0.9, 0.1, 0]],
		['decline', 80, 60, [0, 0.05, 0, 0.4, 0.55]],
		['ended', 0, 0, [0, 0, 0, 0, 1]]
	]
);

/**
 * Telecom stages A–E: acquisition (获取; handset subsidy makes it loss-making), growth (提升),
 * maturity (成熟), decline (衰退; the early-warning stage where saves happen) and churn (离网),
 * from which a few customers are won back each month (win-back re-enters as an acquisition).
 * Because of win-back no state is absorbing: with d = 0 the value is infinite, which the model
 * reports as divergent. Monthly periods; d = 1 % per month.
 */
const telecom = preset(
	{
		id: 'telecom',
		periodUnit: 'month',
		discountRate: 0.01,
		initialState: 'acquisition',
		source: '“The customer lifecycle (how to extend it)”: telecom stages A–E'
	},
	[
		['acquisition', 60, 90, [0.3, 0.6, 0, 0, 0.1]],
		['growth', 80, 45, [0, 0.6, 0.3, 0.07, 0.03]],
		['maturity', 100, 40, [0, 0, 0.93, 0.06, 0.01]],
		['decline', 70, 45, [0, 0, 0.15, 0.55, 0.3]],
		['churn', 0, 0, [0.03, 0, 0, 0, 0.97]]
	]
);

/**
 * Retail recency stages (the article's retail example): active (活跃), silent (沉默), dormant (休眠),
 * lost (流失). The article says the active stage typically lasts 30–45 days and the dormant stage
 * covers 3 to 6 months without a purchase. A Markov chain has no memory of days, so each stage's
 * length becomes a monthly chance of moving on, chosen so the (geometric) stay has the same mean
 * length:
 * - active ≈ 1.25 months (37.5 days, the middle of 30–45) → age = 1/1.25 = 0.8 a month;
 * - silent runs from about 1.25 to 3 months → 1.75 months → age = 1/1.75 ≈ 0.571;
 * - dormant runs from 3 to 6 months → 3 months → age = 1/3;
 * - lost, beyond 6 months: only big events (anniversary sales, Double 11) win back 2 % a month.
 * Purchase chances per month (illustrative): active 0.6, silent 0.25, dormant 0.1.
 * Revenue is earned in the active stage (customers reach it by buying); the other stages carry the
 * monthly cost of their tactic: related products and new items (silent), heavier promotions and
 * points-expiry reminders (dormant), the lowest-level reactivation attempts (lost).
 * d = 1 % per month.
 */
const retailRecency = preset(
	{
		id: 'retail-recency',
		periodUnit: 'month',
		discountRate: 0.01,
		initialState: 'active',
		source:
			'“The customer lifecycle (how to extend it)”: retail, active 30–45 days, dormant 3–6 months'
	},
	[
		['active', 120, 80, recencyRow(4, 0, 0.6, 0.8)],
		['silent', 0, 3, recencyRow(4, 1, 0.25, 1 / 1.75)],
		['dormant', 0, 5, recencyRow(4, 2, 0.1, 1 / 3)],
		['lost', 0, 1, [0.02, 0, 0, 0.98]]
	]
);

/**
 * CRM stages (the article's CRM example, a CRM product whose rules are configurable): new (新客户),
 * loyal (忠实客户), key follow-up (重点跟进客户: wavering or high-potential customers a salesperson works
 * on), silent (沉默客户) and lost (流失客户, absorbing here). Key follow-up costs more to serve (sales
 * time). Monthly periods; d = 1 % per month.
 */
const crm = preset(
	{
		id: 'crm',
		periodUnit: 'month',
		discountRate: 0.01,
		initialState: 'new',
		source: '“The customer lifecycle (how to extend it)”: CRM lifecycle stages'
	},
	[
		['new', 60, 40, [0.4, 0.25, 0.15, 0.15, 0.05]],
		['loyal', 150, 50, [0, 0.85, 0.1, 0.05, 0]],
		['key-follow-up', 100, 60, [0, 0.25, 0.45, 0.25, 0.05]],
		['silent', 10, 5, [0, 0, 0.1, 0.6, 0.3]],
		['lost', 0, 0, [0, 0, 0, 0, 1]]
	]
);

/**
 * Pfeifer & Carraway's recency chain (2000): state j = last purchase j periods ago,
 * state 5 = lost (absorbing). From state j a customer buys with probability 0.30, 0.20, 0.15, 0.05
 * (back to state 1) or otherwise moves to j + 1. A purchase brings a margin of 40 and every
 * customer still in states 1–4 is mailed at a cost of 4, so R = [36, −4, −4, −4, 0]; d = 0.2.
 * These are the paper's published numbers, not illustrative ones.
 */
const pfeiferCarraway = preset(
	{
		id: 'pfeifer-carraway',
		periodUnit: 'year',
		discountRate: 0.2,
		initialState: 'recency-1',
		source: 'Pfeifer & Carraway (2000), Journal of Interactive Marketing 14(2), example'
	},
	[
		['recency-1', 40, 4, recencyRow(5, 0, 0.3, 1)],
		['recency-2', 0, 4, recencyRow(5, 1, 0.2, 1)],
		['recency-3', 0, 4, recencyRow(5, 2, 0.15, 1)],
		['recency-4', 0, 4, recencyRow(5, 3, 0.05, 1)],
		['lost', 0, 0, [0, 0, 0, 0, 1]]
	]
);

/** All presets, in the order the UI offers them. */
export const lifecyclePresets: readonly LifecyclePreset[] = [
	relationship,
	telecom,
	retailRecency,
	crm,
	pfeiferCarraway
];

/**
 * Looks a preset up by id.
 *
 * @example
 * lifecyclePreset('retail-recency').states.map((s) => s.id)
 * //=> ['active', 'silent', 'dormant', 'lost']
 */
export function lifecyclePreset(id: PresetId): LifecyclePreset {
	const preset = lifecyclePresets.find((p) => p.id === id);
	if (!preset) throw new RangeError(`unknown lifecycle preset "${id}"`);
	return preset;
}

/**
 * Turns a preset into a chain, naming each state with `nameOf(id)` (the UI passes its
 * translation; the default is the id itself). Returns fresh arrays, so editing the chain never
 * touches the preset.
 *
 * @example
 * chainFromPreset(lifecyclePreset('pfeifer-carraway')).states[0]
 * //=> { id: 'recency-1', name: 'recency-1', revenue: 40, cost: 4, churned: false }
 */
export function chainFromPreset(
	preset: LifecyclePreset,
	nameOf: (stateId: string) => string = (id) => id
): LifecycleChain {
	return {
		states: preset.states.map((s) => ({
			id: s.id,
			name: nameOf(s.id),
			revenue: s.revenue,
			cost: s.cost,
			churned: s.churned === true
		})),
		transitions: preset.transitions.map((row) => [...row]),
		discountRate: preset.discountRate
	};
}
