/**
 * The full form of the `chain` field (version 1: links made before the compact form, and chains no
 * preset starts): states separated by `;`, each `id:name:revenue:cost:lost:p1,p2,…`, probabilities
 * as decimals and `lost` 1 or 0; in names, `%`, `:`, `;` and `,` are percent-escaped.
 */
import { MAX_STATES_UI, readNumber, type Chain, type DraftState } from './chain-shape';

const escapeFull = (name: string) => name.replace(/[%:;,]/g, (ch) => encodeURIComponent(ch));
const unescapeFull = (text: string) =>
	text.replace(/%(25|3A|3B|2C)/gi, (code) => decodeURIComponent(code));

/** The full form, which names every state and writes every probability. */
export function fullChain(
	states: readonly DraftState[],
	transitions: readonly (readonly number[])[]
): string {
	return states
		.map((s, i) =>
			[
				s.id,
				escapeFull(s.name),
				String(s.revenue),
				String(s.cost),
				s.churned ? '1' : '0',
				(transitions[i] ?? []).map((p) => String(p)).join(',')
			].join(':')
		)
		.join(';');
}

export function parseFull(text: string): Chain | undefined {
	const parts = text.split(';');
	if (parts.length > MAX_STATES_UI) return undefined;
	const chain: Chain = { states: [], transitions: [] };
	for (const part of parts) {
		const fields = part.split(':');
		if (fields.length !== 6) return undefined;
		const [id, rawName, rawRevenue, rawCost, lost, rawRow] = fields as [
			string,
			string,
			string,
			string,
			string,
			string
		];
		const revenue = readNumber(rawRevenue);
		const cost = readNumber(rawCost);
		const row = rawRow.split(',').map(readNumber);
		if (revenue === undefined || cost === undefined || (lost !== '0' && lost !== '1')) {
			return undefined;
		}
		if (row.length !== parts.length || row.some((p) => p === undefined)) return undefined;
		if (/%/.test(rawName.replace(/%(25|3A|3B|2C)/gi, ''))) return undefined;
		chain.states.push({ id, name: unescapeFull(rawName), revenue, cost, churned: lost === '1' });
		chain.transitions.push(row as number[]);
	}
	return chain;
}
