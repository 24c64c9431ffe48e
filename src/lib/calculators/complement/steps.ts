/** How the complementary-product calculator writes its steps and sources. */
import type complementEn from '$lib/i18n/messages/en/complement';
import type { Step } from '$lib/model/expr';
import type { StepKinds } from '$lib/ui/calculator/steps';

/** The last part of a step id: `complement.with.premium` → `premium`. */
export const stepKey = (step: Step) => step.id.split('.').pop() ?? step.id;

/** Discounted counts read as decimals, every other step as money. */
export const kinds: StepKinds = (step) =>
	['discountedRepurchases', 'discountedOwnerYears'].includes(stepKey(step)) ? 'number' : 'money';

/** Step id → name, symbol on the left, for every step the model returns. */
export function stepLabels(steps: readonly Step[], t: typeof complementEn) {
	const names: Record<string, string> = {};
	const symbols: Record<string, string> = {};
	for (const step of steps) {
		const key = stepKey(step);
		const prime = step.id.startsWith('complement.with.') ? '′' : '';
		names[step.id] = t.steps.names[key as keyof typeof t.steps.names] ?? key;
		symbols[step.id] =
			key === 'discountedRepurchases'
				? `D${prime}`
				: key === 'discountedOwnerYears'
					? `A${prime}`
					: key === 'clv'
						? `CLV${prime}`
						: key === 'difference'
							? 'ΔCLV'
							: (t.symbols[key as keyof typeof t.symbols] ?? key);
	}
	return { names, symbols };
}

/** How variables are shown inside formulas: the sources in the reader's words, CLV and CLV′. */
export const renamed = (t: typeof complementEn): Record<string, string> => ({
	...t.symbols,
	CLV_with: 'CLV′',
	CLV_without: 'CLV'
});
