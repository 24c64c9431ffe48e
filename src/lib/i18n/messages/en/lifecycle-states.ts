/**
 * The presets' state names, by state id (or `${presetId}:${stateId}` where a preset names a shared
 * id its own way). Apart from the rest of the simulator's words: share links leave these names out,
 * and the code that reads links needs them without the whole message file.
 */
const stateNames: Record<string, string> = {
	exploration: 'Exploration',
	formation: 'Formation',
	stability: 'Stability',
	decline: 'Decline',
	/** A preset's own name for a shared id: `${presetId}:${stateId}`. */
	'telecom:decline': 'Decline',
	ended: 'Ended',
	acquisition: 'Acquisition',
	growth: 'Growth',
	maturity: 'Maturity',
	churn: 'Churned',
	active: 'Active',
	silent: 'Silent',
	dormant: 'Dormant',
	lost: 'Lost',
	new: 'New',
	loyal: 'Loyal',
	'key-follow-up': 'Key follow-up',
	'recency-1': 'Bought 1 year ago',
	'recency-2': 'Bought 2 years ago',
	'recency-3': 'Bought 3 years ago',
	'recency-4': 'Bought 4 years ago'
};

export default stateNames;
